import { describe, expect, it } from "vitest";
import { mappingSchema, optionsSchema, retryImportSchema } from "@/lib/import/schemas";
import { createCustomerSchema, listQuerySchema, moveSchema, updateCustomerSchema } from "@/lib/customers/schemas";
import { organizationSchema, stageDetailsSchema } from "@/lib/settings/schemas";
import { fieldErrors } from "@/core/validation/fields";

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);

/** Every C0 control character but tab, line feed and carriage return. */
const forbidden = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !"\t\n\r".includes(c));
const loneSurrogates = ["\ud800", "a\udfffb", "\udc00\ud800"];

describe("text fields refuse what PostgreSQL cannot store or nobody types", () => {
  it("refuses NUL and the other C0 controls in every text helper, with one code", () => {
    for (const c of forbidden) {
      expect(errorsOf(createCustomerSchema.safeParse({ name: `a${c}b` })), `U+${c.charCodeAt(0).toString(16)}`).toEqual({ name: ["invalid_characters"] });
      expect(errorsOf(createCustomerSchema.safeParse({ name: "A", externalId: `x${c}` }))).toEqual({ externalId: ["invalid_characters"] });
      expect(errorsOf(moveSchema.safeParse({ to: "engagement", version: 1, note: `n${c}` }))).toEqual({ note: ["invalid_characters"] });
      // A phone's spaces may be any whitespace, but not the vertical tab or form feed among them.
      expect(errorsOf(createCustomerSchema.safeParse({ name: "A", phone: `+972${c}50 123 4567` }))).toMatchObject({ phone: expect.arrayContaining(["invalid_characters"]) });
    }
  });

  it("refuses lone UTF-16 surrogates (they cannot be encoded) but keeps pairs", () => {
    for (const s of loneSurrogates) expect(errorsOf(createCustomerSchema.safeParse({ name: s }))).toEqual({ name: ["invalid_characters"] });
    expect(createCustomerSchema.parse({ name: "Dana 😀" }).name).toBe("Dana 😀");
  });

  it("keeps tab, newline and the carriage return a textarea sends", () => {
    expect(moveSchema.parse({ to: "engagement", version: 1, note: "line one\r\nline\ttwo" }).note).toBe("line one\r\nline\ttwo");
  });

  it("covers the list's search, settings text and the import mapping", () => {
    expect(errorsOf(listQuerySchema.safeParse({ q: "a\u0000b" }))).toEqual({ q: ["invalid_characters"] });
    expect(errorsOf(updateCustomerSchema.safeParse({ version: 1, name: "A", channel: "other", externalId: "\u0000" }))).toEqual({ externalId: ["invalid_characters"] });
    expect(errorsOf(organizationSchema.safeParse({ name: "Org\u0000", timeZone: "UTC", currency: "ILS", country: "IL", defaultLocale: "en", heCalendar: "gregory" }))).toEqual({ name: ["invalid_characters"] });
    expect(errorsOf(stageDetailsSchema.safeParse({ labelHe: "א", labelFa: "ب", labelEn: "\ud800", transitionRule: "any", requiredFields: [], idleDays: 3 }))).toEqual({ labelEn: ["invalid_characters"] });
    expect(mappingSchema.safeParse({ name: "Name\u0000" }).success).toBe(false);
  });

  it("covers the import's value mapping, whose keys are the file's values, and the cells of a retry", () => {
    for (const value of ["Le\u0000ad", "\ud800"]) {
      const errors = errorsOf(optionsSchema.safeParse({ values: { stage: { [value]: "awareness" } } }));
      expect(Object.keys(errors), value).toEqual([`values.stage.${value}`]);
    }
    expect(optionsSchema.safeParse({ values: { stage: { "Lead\t ": "awareness" } } }).success).toBe(true);
    const id = "0b7c5a52-5a0e-4c61-9d43-1d0b9a3f4e21";
    expect(errorsOf(retryImportSchema.safeParse({ id, rows: [{ row: 3, cells: { name: "Fi\u0000xed" } }] }))).toEqual({ "rows.0.cells.name": ["invalid_characters"] });
    expect(retryImportSchema.safeParse({ id, rows: [{ row: 3, cells: { name: "Fixed", extra: '{"notes":"a\\u0000b"}' } }] }).success).toBe(true);
  });

  it("reads instants only in ISO 8601, so no stray character turns one into another date", () => {
    const at = (value: string) => moveSchema.safeParse({ to: "engagement", version: 1, at: value });
    expect(errorsOf(at("2\u0000026-01-01T10:00:00.000Z"))).toEqual({ at: ["invalid"] });
    expect(errorsOf(at("Jan 1 2026"))).toEqual({ at: ["invalid"] });
    expect(at("2026-01-01T10:00:00.000Z").data?.at).toEqual(new Date("2026-01-01T10:00:00.000Z"));
    expect(at("۲۰۲۶-۰۱-۰۱T10:00+03:30").data?.at).toEqual(new Date("2026-01-01T06:30:00.000Z"));
    expect(at("2026-01-01").data?.at).toEqual(new Date("2026-01-01T00:00:00.000Z"));
    // PostgreSQL has no year 0: it failed the insert.
    expect(errorsOf(at("0000-06-01T00:00:00Z"))).toEqual({ at: ["invalid"] });
    expect(errorsOf(createCustomerSchema.safeParse({ name: "A", birthday: "0000-01-01" }))).toEqual({ birthday: ["invalid"] });
  });
});
