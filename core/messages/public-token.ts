import { createHash, randomBytes } from "node:crypto";

/** A public link's secret: 256 random bits, URL-safe. Only its hash is stored. */
export const newPublicToken = () => randomBytes(32).toString("base64url");

export const hashPublicToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token in a URL as we make them (43 base64url characters); anything else cannot be one, so is not looked up. */
export const isPublicTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
