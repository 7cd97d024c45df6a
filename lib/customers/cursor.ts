import { isSafeText } from "@/core/validation/fields";

/**
 * Keyset cursors of the customer list and the board: base64url JSON `{value, id}`, the last row's
 * sort value and id. A cursor comes back from the client, so it is checked as strictly as any
 * input: a value or id the database cannot read would otherwise fail the query (a 500).
 */
export type Cursor = { value: string; id: string };

/** What the value holds: a name (text), or an instant as the list (ms) or the board (µs) writes it. */
export type CursorKind = "text" | "instant";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;
/** The longest sort text: names are at most 200 characters. */
const MAX_TEXT = 200;

/** A calendar-true UTC instant in years 1–9999, which both JavaScript and PostgreSQL read alike. */
function isInstantText(value: string): boolean {
  if (!INSTANT.test(value) || value.startsWith("0000")) return false;
  const seconds = value.slice(0, 19);
  const date = new Date(`${seconds}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === seconds;
}

const validValue = (value: string, kind: CursorKind) => (kind === "instant" ? isInstantText(value) : value.length <= MAX_TEXT && isSafeText(value));

export function encodeCursor(cursor: Cursor | null): string | null {
  return cursor ? Buffer.from(JSON.stringify(cursor)).toString("base64url") : null;
}

export function decodeCursor(text: string | undefined, kind: CursorKind): Cursor | undefined | "invalid" {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return "invalid";
  }
  if (!parsed || typeof parsed !== "object" || !("value" in parsed) || !("id" in parsed)) return "invalid";
  const { value, id } = parsed;
  if (typeof value !== "string" || typeof id !== "string" || !UUID.test(id) || !validValue(value, kind)) return "invalid";
  return { value, id };
}
