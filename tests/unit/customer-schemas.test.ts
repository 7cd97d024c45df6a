import { describe, expect, it } from "vitest";
import { createCustomerSchema, feedbackSchema, listQuerySchema, moveSchema, purchaseSchema, updateCustomerSchema } from "@/lib/customers/schemas";
import { fieldErrors } from "@/core/validation/fields";

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);

describe("customer input schemas", () => {
  it("reads form strings: blanks are absent, Persian digits are digits", () => {
    const move = moveSchema.parse({ to: "engagement", version: "۳", channel: "", note: " ", reason: "", at: "", purchaseAmount: "" });
    expect(move).toEqual({ to: "engagement", version: 3 });
    expect(purchaseSchema.parse({ amount: "۱۲۰٫۵۰" }).amount).toBe(12050);
    expect(feedbackSchema.parse({ score: "٩" }).score).toBe(9);
  });

  it("names each invalid field with a stable code", () => {
    expect(errorsOf(createCustomerSchema.safeParse({ name: "", email: "not-an-email", channel: "fax" }))).toEqual({
      name: ["required"],
      email: ["invalid_email"],
      channel: ["invalid_choice"],
    });
    expect(errorsOf(feedbackSchema.safeParse({ score: 11 }))).toEqual({ score: ["too_big"] });
    expect(errorsOf(purchaseSchema.safeParse({ amount: "12.345" }))).toEqual({ amount: ["invalid"] });
    expect(errorsOf(createCustomerSchema.safeParse({ name: "A", role: "owner" }))).toEqual({ _: ["unknown_field"] });
  });

  it("accepts phones as written in any country, the same rule for creating and editing", () => {
    for (const phone of ["(03) 9509 3311", "+1 (617) 555-0142 ext. 7", "+44 20 7946 0958", "050-123-4567", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "+49 30/901820", "03.95.09.33.11"]) {
      expect(createCustomerSchema.safeParse({ name: "A", phone }).success, phone).toBe(true);
      expect(updateCustomerSchema.safeParse({ version: 1, name: "A", channel: "other", phone }).success, phone).toBe(true);
    }
    for (const phone of ["call me", "12 34", "++972 50 123 4567", "050-123-4567 or 052", "1".repeat(18)]) {
      expect(errorsOf(createCustomerSchema.safeParse({ name: "A", phone })), phone).toEqual({ phone: ["invalid"] });
    }
  });

  it("applies list defaults and rejects out-of-range pages", () => {
    expect(listQuerySchema.parse({})).toMatchObject({ sort: "createdAt", dir: "desc", limit: 25 });
    expect(listQuerySchema.parse({ stale: "true", lost: "0", channel: "" })).toMatchObject({ stale: true, lost: false });
    expect(listQuerySchema.safeParse({ limit: "500" }).success).toBe(false);
  });

  it("reads a submitted filter form's empty selects as unset, keeping the search", () => {
    const submitted = { q: "محمدی", stage: "", journey: "", channel: "", owner: "", lost: "", stale: "", sort: "", dir: "", limit: "", cursor: "" };
    expect(listQuerySchema.parse(submitted)).toEqual({ q: "محمدی", sort: "createdAt", dir: "desc", limit: 25 });
    expect(listQuerySchema.parse({ lost: "true", stale: "false", sort: "name", dir: "asc" })).toMatchObject({ lost: true, stale: false, sort: "name", dir: "asc" });
    expect(errorsOf(listQuerySchema.safeParse({ lost: "yes", stale: "toString" }))).toEqual({ lost: ["invalid"], stale: ["invalid"] });
  });
});
