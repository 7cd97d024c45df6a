import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { semaphore } from "@/core/security/semaphore";

/**
 * OWASP Password Storage Cheat Sheet parameters for argon2id (19 MiB, 2 passes, 1 lane).
 * Argon2id is the library's default algorithm; its const enum cannot be imported under
 * isolatedModules, so it is left implicit (hashes start with `$argon2id$`).
 */
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/**
 * Argon2 runs on half the cores at most, the rest queueing: a burst of sign-ins (each past the
 * throttle) waits instead of taking every core from the other requests.
 */
const argon2Slot = semaphore(Math.max(1, Math.floor(availableParallelism() / 2)));

export function hashPassword(password: string): Promise<string> {
  return argon2Slot(() => hash(password, options));
}

/** The parameters are read from the hash itself, so older hashes keep verifying. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2Slot(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password with today's parameters, to verify against when no account has
 * the email: an unknown email then costs the same argon2 work, and time, as a wrong password.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString("base64url"));
  return dummy;
}
