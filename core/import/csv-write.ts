/** A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a formula-like cell with an apostrophe, so spreadsheets show it as text. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse for imports, so an exported file imports back unchanged (`'+972…` is `+972…`). */
export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** RFC 4180: quoted when it holds a quote, comma or line break; inner quotes doubled. */
export function csvCell(value: string | null | undefined): string {
  const text = neutralise(value ?? "");
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** Excel opens a UTF-8 CSV as UTF-8 (Hebrew and Persian intact) only when it starts with a BOM. */
export const UTF8_BOM = "\ufeff";
