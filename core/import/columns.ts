/**
 * The columns of a customer export, which an import reads back (SPEC §5), by their API names.
 * `extra` holds the customer's fields of other systems as a JSON object.
 */
export const customerColumns = ["externalId", "name", "email", "phone", "phoneE164", "channel", "stage", "ownerEmail", "createdAt", "extra", "doNotContact"] as const;
/** What an import can take from a column: the export's columns, and a name in two parts as other systems export it. */
export const importFields = ["externalId", "name", "firstName", "lastName", "email", "phone", "phoneE164", "channel", "stage", "ownerEmail", "createdAt", "extra", "doNotContact"] as const;
export type ImportField = (typeof importFields)[number];
/** Our field → the header of the file's column that holds it. */
export type ImportMapping = Partial<Record<ImportField, string>>;

/** The fields whose distinct values the owner maps to ours once, in the wizard's value step. */
export const valueFields = ["stage", "ownerEmail"] as const;
export type ValueField = (typeof valueFields)[number];

/**
 * How an import reads what the column mapping does not say: the time zone of dates written without
 * an offset (default: the organization's) and, per value field, a file value (folded by
 * `labelKey`) → a stage key or user id ("" = the default: the first stage, or the importer).
 * `sourceRows`: for a retry of rejected rows, the row number each of its rows had in the first file.
 */
export interface ImportOptions {
  timeZone?: string;
  values?: Partial<Record<ValueField, Record<string, string>>>;
  sourceRows?: number[];
}

export const importEncodings = ["utf-8", "windows-1255", "windows-1256"] as const;
export type ImportEncoding = (typeof importEncodings)[number];

/**
 * `pending`: uploaded, waiting for its column mapping; `waiting`: started, queued behind the
 * organization's running import; `running` may be interrupted (see `worker`).
 */
export const importStatuses = ["pending", "waiting", "running", "done", "failed"] as const;
export type ImportStatus = (typeof importStatuses)[number];
