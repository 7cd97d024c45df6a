import { hash, verify } from "@node-rs/argon2";

/**
 * OWASP Password Storage Cheat Sheet parameters for argon2id (19 MiB, 2 passes, 1 lane).
 * Argon2id is the library's default algorithm; its const enum cannot be imported under
 * isolatedModules, so it is left implicit (hashes start with `$argon2id$`).
 */
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** The parameters are read from the hash itself, so older hashes keep verifying. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
