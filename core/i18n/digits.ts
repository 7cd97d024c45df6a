const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** Replaces Persian (۰–۹) and Arabic-Indic (٠–٩) digits with ASCII ones, and their separators. */
export function normalizeDigits(input: string): string {
  return input
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - PERSIAN_ZERO))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - ARABIC_ZERO))
    .replace(/\u066b/g, ".")
    .replace(/\u066c/g, ",");
}
