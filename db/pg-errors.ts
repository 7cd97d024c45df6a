/** The SQLSTATE of a database error (drizzle wraps the driver's error in `cause`), if any. */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/**
 * The name of the constraint or unique index a statement broke with a unique violation (SQLSTATE
 * 23505), or null for any other error. Drizzle wraps the driver's error in `cause`; PGlite names the
 * constraint `constraint`, postgres.js `constraint_name`.
 */
export function uniqueViolation(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const fields = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (fields.code === "23505") {
      const name = fields.constraint ?? fields.constraint_name;
      return typeof name === "string" ? name : "";
    }
  }
  return null;
}
