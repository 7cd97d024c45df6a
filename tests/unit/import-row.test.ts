import { describe, expect, it } from "vitest";
import { labelKey } from "@/core/import/fields";
import { channelLookup } from "@/core/import/labels";
import { cellsOf, rowLayout, validateRow, type RowContext } from "@/core/import/row";
import { valueResolvers } from "@/core/import/value-resolve";

const stages = [
  { key: "awareness", labelHe: "מודעות", labelFa: "آگاهی", labelEn: "Awareness", archived: false },
  { key: "engagement", labelHe: "מעורבות", labelFa: "تعامل", labelEn: "Engagement", archived: false },
  { key: "consideration", labelHe: "התלבטות", labelFa: "توجه", labelEn: "Consideration", archived: false },
  { key: "conversion", labelHe: "המרה", labelFa: "خرید", labelEn: "Conversion", archived: false },
  { key: "old", labelHe: "ישן", labelFa: "قدیمی", labelEn: "Old", archived: true },
];
const users = [
  { id: "user-1", name: "Yael Mizrahi", email: "sales@demo.test" },
  { id: "user-2", name: "امیر رستمی", email: "manager@demo.test" },
];

const context = (overrides: Partial<RowContext> = {}, values = {}): RowContext => {
  const resolve = valueResolvers({ values }, stages, users);
  return {
    locale: "fa",
    timeZone: "Asia/Tehran",
    now: new Date("2025-01-01T00:00:00Z"),
    country: "IL",
    channels: channelLookup(),
    channelColumn: "Source",
    stage: resolve.stage,
    owner: resolve.owner,
    ...overrides,
  };
};

describe("import rows", () => {
  it("reads the do-not-contact flag written as the export writes it or in words of he/fa/en; blank keeps the customer's", () => {
    const flag = (value: string) => {
      const result = validateRow(1, { name: "x", doNotContact: value }, context());
      return result.ok ? result.value.doNotContact : result.errors;
    };
    expect(["true", "Yes", "1", "כן", "بله"].map(flag)).toEqual([true, true, true, true, true]);
    expect(["false", "no", "0", "לא", "خیر"].map(flag)).toEqual([false, false, false, false, false]);
    expect(flag("")).toBeUndefined();
    expect(flag("maybe")).toEqual({ doNotContact: ["invalid_choice"] });
  });

  it("accepts a full row, with labels for channel and stage and Persian digits", () => {
    const result = validateRow(
      7,
      { externalId: "۱۲۳", name: "سارا رضایی", email: "Sara@Example.COM", phone: "۰۹۱۲ ۳۴۵ ۶۷۸۹", channel: "اینستاگرام", stage: "خرید", ownerEmail: "SALES@demo.test", createdAt: "۱۴۰۳/۰۱/۰۱" },
      context({ country: "IR" }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        row: 7,
        externalId: "123",
        name: "سارا رضایی",
        email: "sara@example.com",
        phone: "0912 345 6789",
        phoneE164: "+989123456789",
        channel: "instagram",
        stage: "conversion",
        ownerId: "user-1",
        createdAt: new Date("2024-03-19T20:30:00Z"),
        extra: undefined,
      },
    });
  });

  it("accepts keys and English or Hebrew labels in any case, and `lost` by its labels", () => {
    const ok = (cells: Record<string, string>) => validateRow(1, { name: "x", ...cells }, context());
    expect(ok({ channel: "WhatsApp", stage: "AWARENESS" })).toMatchObject({ ok: true, value: { channel: "whatsapp", stage: "awareness" } });
    expect(ok({ channel: "word_of_mouth", stage: "המרה" })).toMatchObject({ ok: true, value: { channel: "word_of_mouth", stage: "conversion" } });
    expect(ok({ stage: "از دست‌رفته" })).toMatchObject({ ok: true, value: { stage: "lost" } });
    expect(ok({ stage: "Lost" })).toMatchObject({ ok: true, value: { stage: "lost" } });
  });

  it("reads other CRMs' stages, sources and owners, and takes unknown ones as the defaults instead of rejecting the row", () => {
    const ok = (cells: Record<string, string>) => validateRow(1, { name: "x", ...cells }, context());
    expect(ok({ stage: "Marketing Qualified Lead", channel: "Organic Search", ownerEmail: "Yael  Mizrahi" })).toMatchObject({
      ok: true,
      value: { stage: "engagement", channel: "search", ownerId: "user-1" },
    });
    expect(ok({ stage: "Opportunity", ownerEmail: "امير رستمي" })).toMatchObject({ ok: true, value: { stage: "consideration", ownerId: "user-2" } });
    // Unknown stage and owner: the defaults (first stage, the importer); an unknown source is kept in `extra`.
    expect(ok({ stage: "Unqualified", ownerEmail: "ghost@demo.test", channel: "carrier pigeon" })).toMatchObject({
      ok: true,
      value: { stage: undefined, ownerId: undefined, channel: undefined, extra: { Source: "carrier pigeon" } },
    });
    // An archived stage's name is no target either.
    expect(ok({ stage: "Old" })).toMatchObject({ ok: true, value: { stage: undefined } });
  });

  it("follows the owner's value mapping over the suggestions", () => {
    const values = { stage: { [labelKey("Lead")]: "consideration", [labelKey("Customer")]: "" }, ownerEmail: { [labelKey("Jane Roe")]: "user-2" } };
    const ok = (cells: Record<string, string>) => validateRow(1, { name: "x", ...cells }, context({}, values));
    expect(ok({ stage: "lead", ownerEmail: "JANE ROE" })).toMatchObject({ ok: true, value: { stage: "consideration", ownerId: "user-2" } });
    expect(ok({ stage: "Customer" })).toMatchObject({ ok: true, value: { stage: undefined } });
  });

  it("names a row by its name, else first and last name, else the email's local part, else the phone", () => {
    const name = (cells: Record<string, string>) => {
      const result = validateRow(1, cells, context());
      return result.ok ? result.value.name : result.errors;
    };
    expect(name({ name: "Dana Cohen", firstName: "D", lastName: "C" })).toBe("Dana Cohen");
    expect(name({ firstName: "Dana", lastName: "Cohen" })).toBe("Dana Cohen");
    expect(name({ lastName: "Cohen", email: "d@example.com" })).toBe("Cohen");
    expect(name({ email: "Dana.Cohen+crm@Example.com" })).toBe("dana.cohen+crm");
    expect(name({ phone: "(03) 9509 3311" })).toBe("(03) 9509 3311");
    expect(name({ externalId: "x-1", channel: "email" })).toEqual({ name: ["required"] });
    expect(name({ firstName: "x".repeat(150), lastName: "y".repeat(60) })).toEqual({ name: ["too_big"] });
  });

  it("keeps phones as written in any country's format, with E.164 in the organization's country unless they carry their own", () => {
    const phone = (text: string, country: RowContext["country"] = "IL") => {
      const result = validateRow(1, { name: "x", phone: text }, context({ country }));
      return result.ok ? [result.value.phone, result.value.phoneE164] : result.errors;
    };
    expect(phone("(03) 9509 3311", "AU")).toEqual(["(03) 9509 3311", "+61395093311"]);
    expect(phone("+1 (617) 555-0142 ext. 7")).toEqual(["+1 (617) 555-0142 ext. 7", "+16175550142"]);
    expect(phone("050-123-4567")).toEqual(["050-123-4567", "+972501234567"]);
    expect(phone("+44 20 7946 0958")).toEqual(["+44 20 7946 0958", "+442079460958"]);
    expect(phone("12345")).toEqual(["12345", undefined]);
    expect(phone("call me")).toEqual({ phone: ["invalid"] });
    expect(validateRow(1, { name: "x", phoneE164: "+972501234567" }, context())).toMatchObject({ ok: true, value: { phone: "+972501234567", phoneE164: "+972501234567" } });
    expect(validateRow(1, { name: "x", phoneE164: "0501234567" }, context())).toEqual({ ok: false, errors: { phoneE164: ["invalid"] } });
  });

  it("reports every bad field with its code", () => {
    const result = validateRow(3, { name: "", email: "not-an-email", phone: "abc", createdAt: "1405/01/01" }, context());
    expect(result).toEqual({ ok: false, errors: { email: ["invalid_email"], phone: ["invalid"], createdAt: ["in_future"] } });
    expect(validateRow(4, { name: "x", createdAt: "31/31/2024" }, context())).toEqual({ ok: false, errors: { createdAt: ["invalid_date"] } });
    expect(validateRow(5, { name: "x".repeat(201) }, context())).toEqual({ ok: false, errors: { name: ["too_big"] } });
    expect(validateRow(6, { name: "x", extra: "[1]" }, context())).toEqual({ ok: false, errors: { extra: ["invalid"] } });
    expect(validateRow(7, { name: "x", extra: JSON.stringify({ notes: "n".repeat(5001) }) }, context())).toEqual({ ok: false, errors: { extra: ["too_big"] } });
  });

  it("reads dates without an offset in the import's time zone", () => {
    const at = (timeZone: string) => {
      const result = validateRow(1, { name: "x", createdAt: "2024-03-05 14:22" }, context({ timeZone, locale: "en" }));
      return result.ok ? result.value.createdAt?.toISOString() : result.errors;
    };
    expect(at("America/New_York")).toBe("2024-03-05T19:22:00.000Z");
    expect(at("Asia/Jerusalem")).toBe("2024-03-05T12:22:00.000Z");
  });
});

describe("row cells", () => {
  const headers = ["Record ID", "نام", "Email", "Associated Company", "", "Notes"];

  it("maps cells by column and keeps the other non-blank columns as `extra`", () => {
    const layout = rowLayout({ externalId: "Record ID", name: "نام", email: "Email" }, headers);
    expect(cellsOf(["7", "  Dana ", "'=cmd", "Acme, Inc.", "x", ""], layout)).toEqual({
      externalId: "7",
      name: "Dana",
      email: "=cmd",
      extra: JSON.stringify({ "Associated Company": "Acme, Inc." }),
    });
    expect(cellsOf(["", "   ", "", "", "", ""], layout)).toEqual({});
  });

  it("adds the other columns to a mapped `extra` object (our export's)", () => {
    const layout = rowLayout({ name: "نام", extra: "Notes" }, headers);
    const extra = (record: string[]) => cellsOf(record, layout).extra;
    expect(extra(["", "x", "", "Acme", "", '{"Lead Status":"Open"}'])).toBe(JSON.stringify({ "Lead Status": "Open", "Associated Company": "Acme" }));
    expect(extra(["", "x", "", "Acme", "", "not json"])).toBe("not json");
  });

  it("stores Windows-1256 Arabic yeh and kaf as the Persian letters in a Persian import", () => {
    const cells = cellsOf(["p", "علي كريمي", "آگاهي"], rowLayout({ externalId: "id", name: "name", stage: "stage" }, ["id", "name", "stage"], true));
    expect(cells).toEqual({ externalId: "p", name: "علی کریمی", stage: "آگاهی" });
    expect(validateRow(1, cells, context())).toMatchObject({ ok: true, value: { name: "علی کریمی", stage: "awareness" } });
  });
});
