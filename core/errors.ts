/**
 * Expected failures of a domain operation. Pages turn them into localised messages (by `code`),
 * the API into problem+json with the matching status.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 410 | 413 | 422,
    readonly code: string,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new DomainError(404, "not_found");

export const forbidden = () => new DomainError(403, "forbidden");

export const versionConflict = (currentVersion?: number) =>
  new DomainError(409, "version_conflict", {}, currentVersion === undefined ? {} : { currentVersion });

export const invalid = (fieldErrors: Record<string, string[]>) => new DomainError(422, "validation", fieldErrors);

/** The customer asked not to be contacted: no message, survey request or automated message goes out. */
export const doNotContact = () => new DomainError(409, "do_not_contact");

/** A public link that worked once and no longer does (`used`, `expired`). */
export const gone = (code: "used" | "expired") => new DomainError(410, code);
