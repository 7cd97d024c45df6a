import fc from "fast-check";

/** Every C0 control character a text field refuses: all but tab, line feed and carriage return. */
export const refusedControls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !"\t\n\r".includes(c));

/** Text past every body limit: 1 MiB. */
export const megabyte = "x".repeat(1024 * 1024);

/**
 * What `valid` becomes with one character no text field takes, put inside it (not at an end, where
 * trimming might remove it): each refused control, a lone high and a lone low surrogate; or the
 * 1 MiB string. `controls` narrows the controls (the action sweep rotates through them).
 */
export function textHazards(valid: unknown, controls: readonly string[] = refusedControls): { label: string; value: string }[] {
  const text = typeof valid === "string" && valid.length > 1 ? valid : "ab";
  const inside = (c: string) => `${text.slice(0, 1)}${c}${text.slice(1)}`;
  const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  return [
    ...controls.map((c) => ({ label: hex(c), value: inside(c) })),
    { label: "lone high surrogate", value: inside("\ud800") },
    { label: "lone low surrogate", value: inside("\udc00") },
    { label: "1 MiB", value: megabyte },
  ];
}

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
    "a\u0000b",
    ...refusedControls.map((c) => `x${c}y`),
    "\ud800",
    "a\udfffb",
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

/** A place in a call where text can go: a string value, or a key of a nested object (an unknown field, or a record's key). */
export interface TextSpot {
  /** The dotted path of the value, or of the object whose key it is: where a refusal's field error must be. */
  path: string;
  text: string;
  /** Whether the text is a key (of the object at `path`) rather than the value at `path`. */
  isKey: boolean;
  /** The call with `text` at this spot instead. */
  put: (text: string) => Record<string, unknown>;
}

/** Every string value of a call, at any depth (mapping headers, rows' cells, list items), and every key below the top level. */
export function textSpots(call: Record<string, unknown>): TextSpot[] {
  const spots: TextSpot[] = [];
  const walk = (value: unknown, path: (string | number)[], rebuild: (next: unknown) => unknown) => {
    const put = (next: unknown) => rebuild(next) as Record<string, unknown>;
    if (typeof value === "string") spots.push({ path: path.join("."), text: value, isKey: false, put });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], (next) => rebuild(value.map((old, j) => (j === i ? next : old)))));
    else if (value && typeof value === "object") {
      const entries = Object.entries(value);
      for (const [key, item] of entries) {
        walk(item, [...path, key], (next) => rebuild({ ...value, [key]: next }));
        if (path.length > 0) spots.push({ path: path.join("."), text: key, isKey: true, put: (text) => put(Object.fromEntries(entries.map(([k, v]) => [k === key ? text : k, v]))) });
      }
    }
  };
  walk(call, [], (next) => next);
  return spots;
}
