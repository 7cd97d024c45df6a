import { describe, expect, it } from "vitest";
import { columnIndexes, labelKey, mappingErrors, suggestMapping } from "@/lib/import/fields";
import { channelLookup, fieldLabels, stageLookup } from "@/lib/import/labels";
import { cellsOf, validateRow, type RowContext } from "@/lib/import/row";

const stages = [
  { key: "awareness", labelHe: "מודעות", labelFa: "آگاهی", labelEn: "Awareness" },
  { key: "conversion", labelHe: "המרה", labelFa: "خرید", labelEn: "Conversion" },
];

const context = (overrides: Partial<RowContext> = {}): RowContext => ({
  locale: "fa",
  timeZone: "Asia/Tehran",
  now: new Date("2025-01-01T00:00:00Z"),
  persianLetters: false,
  stages: stageLookup(stages),
  channels: channelLookup(),
  users: new Map([["sales@demo.test", "user-1"]]),
  ...overrides,
});

describe("import rows", () => {
  it("accepts a full row, with labels for channel and stage and Persian digits", () => {
    const result = validateRow(
      7,
      { externalId: "۱۲۳", name: "سارا رضایی", email: "Sara@Example.COM", phone: "۰۹۱۲ ۳۴۵ ۶۷۸۹", channel: "اینستاگرام", stage: "خرید", ownerEmail: "SALES@demo.test", createdAt: "۱۴۰۳/۰۱/۰۱" },
      context(),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        row: 7,
        externalId: "123",
        name: "سارا رضایی",
        email: "sara@example.com",
        phone: "0912 345 6789",
        channel: "instagram",
        stage: "conversion",
        ownerId: "user-1",
        createdAt: new Date("2024-03-19T20:30:00Z"),
      },
    });
  });

  it("accepts keys and English or Hebrew labels in any case, and `lost` by its labels", () => {
    const ok = (cells: Record<string, string>) => validateRow(1, { name: "x", externalId: "e", ...cells }, context());
    expect(ok({ channel: "WhatsApp", stage: "AWARENESS" })).toMatchObject({ ok: true, value: { channel: "whatsapp", stage: "awareness" } });
    expect(ok({ channel: "word_of_mouth", stage: "המרה" })).toMatchObject({ ok: true, value: { channel: "word_of_mouth", stage: "conversion" } });
    expect(ok({ stage: "از دست‌رفته" })).toMatchObject({ ok: true, value: { stage: "lost" } });
    expect(ok({ stage: "Lost" })).toMatchObject({ ok: true, value: { stage: "lost" } });
  });

  it("reports every bad field with its code", () => {
    const result = validateRow(
      3,
      { name: "", email: "not-an-email", phone: "abc", channel: "carrier pigeon", stage: "nowhere", ownerEmail: "ghost@demo.test", createdAt: "1405/01/01" },
      context(),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        name: ["required"],
        email: ["invalid_email"],
        phone: ["invalid"],
        channel: ["unknown_channel"],
        stage: ["unknown_stage"],
        ownerEmail: ["unknown_user"],
        createdAt: ["in_future"],
      },
    });
    expect(validateRow(4, { name: "x", externalId: "e", createdAt: "31/31/2024" }, context())).toEqual({ ok: false, errors: { createdAt: ["invalid_date"] } });
    expect(validateRow(5, { name: "x".repeat(201), externalId: "e" }, context())).toEqual({ ok: false, errors: { name: ["too_big"] } });
  });

  it("needs an external id or an email, so a second import can find the customer", () => {
    expect(validateRow(2, { name: "No key" }, context())).toEqual({ ok: false, errors: { externalId: ["key_required"] } });
    expect(validateRow(2, { name: "Email only", email: "a@b.co" }, context()).ok).toBe(true);
  });

  it("stores Windows-1256 Arabic yeh and kaf as the Persian letters in a Persian import", () => {
    const cells = cellsOf(["p", "علي كريمي", "آگاهي"], { externalId: 0, name: 1, stage: 2 }, true);
    expect(cells).toEqual({ externalId: "p", name: "علی کریمی", stage: "آگاهی" });
    expect(validateRow(1, cells, context({ persianLetters: true }))).toMatchObject({ ok: true, value: { name: "علی کریمی", stage: "awareness" } });
  });
});

describe("column mapping", () => {
  const headers = ["External ID", "نام", "E-mail", "stage", "ownerEmail", "extra"];

  it("suggests columns by API name or by a field label in any locale", () => {
    expect(suggestMapping(["externalId", "name", "email"], fieldLabels())).toEqual({ externalId: "externalId", name: "name", email: "email" });
    expect(suggestMapping(headers, fieldLabels())).toEqual({ externalId: "External ID", name: "نام", stage: "stage", ownerEmail: "ownerEmail" });
  });

  it("requires the name and existing headers, and maps cells by column", () => {
    expect(mappingErrors({ email: "E-mail" }, headers)).toEqual({ name: ["required"] });
    expect(mappingErrors({ name: "نام", phone: "Phone" }, headers)).toEqual({ phone: ["unknown_column"] });
    const indexes = columnIndexes({ name: "نام", email: "E-mail", phone: "missing" }, headers);
    expect(indexes).toEqual({ name: 1, email: 2 });
    expect(cellsOf(["x", "  Dana ", "'=cmd", "s"], indexes)).toEqual({ name: "Dana", email: "=cmd" });
    expect(cellsOf(["x", "   ", ""], indexes)).toEqual({});
  });

  it("folds spellings of labels onto one key", () => {
    expect(labelKey("  Word_of  Mouth ")).toBe("word of mouth");
    expect(labelKey("شبکه‌های اجتماعی")).toBe(labelKey("شبکه های اجتماعي"));
    expect(labelKey("شناسهٔ بیرونی")).toBe(labelKey("شناسه بیرونی"));
    expect(labelKey("\u200fמזהה\u200e חיצוני")).toBe("מזהה חיצוני");
  });
});
