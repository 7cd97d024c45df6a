import { z } from "zod";
import type { CustomerExtra } from "@/core/customers/constants";
import { isSafeText } from "@/core/validation/fields";

const MAX_KEYS = 100;
const MAX_KEY = 200;
const MAX_VALUE = 5000;

/**
 * The `extra` cell: a JSON object of texts (our export's column, or the unmapped columns of another
 * system's export, see cellsOf). At most 100 fields; names up to 200 and values up to 5,000 characters,
 * under the rule of every text field (a NUL, which jsonb cannot hold, failed the whole batch).
 */
export const extraSchema = z
  .string()
  .optional()
  .transform((text, issue): CustomerExtra | undefined => {
    if (text === undefined) return undefined;
    const object = parseObject(text);
    if (!object || !Object.values(object).every((v) => typeof v === "string")) {
      issue.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
    const entries = Object.entries(object as CustomerExtra);
    if (entries.length > MAX_KEYS || entries.some(([k, v]) => k.length > MAX_KEY || v.length > MAX_VALUE)) {
      issue.addIssue({ code: "custom", message: "too_big" });
      return z.NEVER;
    }
    if (entries.some(([k, v]) => !isSafeText(k) || !isSafeText(v))) {
      issue.addIssue({ code: "custom", message: "invalid_characters" });
      return z.NEVER;
    }
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  });

/** The JSON object a text holds, or null. */
export function parseObject(text: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
