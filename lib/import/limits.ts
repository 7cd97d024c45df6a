/** Uploads above this are refused with 413 (checked in the browser too, before sending). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
