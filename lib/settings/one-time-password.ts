import { randomInt } from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand (no 0/O, 1/l/I). */
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** The shortest password an owner may type for someone. */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * A generated password in four groups of five (about 115 bits of entropy from the CSPRNG), shown to
 * the owner once and stored only as an argon2id hash.
 */
export function generatePassword(): string {
  const group = () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return [group(), group(), group(), group()].join("-");
}
