import fc from "fast-check";

/**
 * Text an attacker or a confused client sends: markup, SQL, bidi overrides and isolates, ZWNJ,
 * Persian and Arabic-Indic digits, spreadsheet formulas, reply-encoding look-alikes, control
 * characters, blanks, and strings far past every length limit (400 KB: under the 1 MB body limit).
 */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'; drop table customers; --",
    "1' or '1'='1",
    "\u202eevil\u202c",
    "\u2067مشتری\u2069 \u2066abc\u2069",
    "نیم\u200cفاصله",
    "۱۲۳٫۴۵",
    "١٢٣",
    "۲۰۲۶-۰۱-۰۱",
    "=cmd|' /C calc'!A0",
    "$@1",
    "\u0000\u0007",
    "x".repeat(5000),
    "ש".repeat(200_000),
    "",
    " ",
  ),
);

/** Any JSON-ish value, plus the numbers JSON cannot carry (NaN, ±Infinity, -0: a browser's reply encoding can). */
export const hostileValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

const inDigits = (zero: number) => (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));

/**
 * Values of the same shape as a valid one that a form could send and validation may let through, so
 * the call reaches the domain rules: other ids, other versions (also in Persian and Arabic-Indic
 * digits), other keys, flipped flags.
 */
export function nearMiss(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid === "number") {
    const near = fc.integer({ min: valid - 2, max: valid + 2 });
    return fc.oneof(near, near.map(inDigits(0x06f0)), near.map(inDigits(0x0660)), fc.integer({ min: -1, max: 2 ** 31 }));
  }
  if (typeof valid === "boolean") return fc.boolean();
  if (typeof valid === "string" && /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(valid)) return fc.uuid();
  if (typeof valid === "string" && /^[a-z][a-z0-9_]*$/.test(valid)) return fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/);
  if (Array.isArray(valid) && valid.length > 0) return fc.array(fc.oneof(...valid.map((item) => fc.oneof(fc.constant(item), nearMiss(item)))), { maxLength: valid.length + 1 });
  return hostileText;
}
