import { describe, expect, it } from "vitest";
import { generatePassword, MIN_PASSWORD_LENGTH } from "@/lib/settings/one-time-password";
import { createUserSchema, organizationSchema, reorderStagesSchema, stageDetailsSchema } from "@/lib/settings/schemas";
import { stageKeyFrom, stageKeyPattern } from "@/lib/settings/stage-key";

describe("stage keys from English names", () => {
  it.each([
    ["Qualified lead", "qualified_lead"],
    ["  Follow-up #2  ", "follow_up_2"],
    ["2nd call", "stage_2nd_call"],
    ["Café visit", "cafe_visit"],
    ["VIP", "vip"],
  ])("%s → %s", (label, key) => {
    expect(stageKeyFrom(label)).toBe(key);
  });

  it("gives no key for a name without Latin letters or digits, or for the reserved `lost`", () => {
    expect(stageKeyFrom("وفاداری")).toBeNull();
    expect(stageKeyFrom("---")).toBeNull();
    expect(stageKeyFrom("Lost")).toBeNull();
  });

  it("keeps within the schema's stages_key_format check, 40 characters at most", () => {
    const key = stageKeyFrom("A very long stage name that goes on and on beyond forty characters");
    expect(key).toMatch(stageKeyPattern);
    expect(key?.length).toBeLessThanOrEqual(40);
    expect(key?.endsWith("_")).toBe(false);
  });
});

describe("one-time passwords", () => {
  it("are long, from the unambiguous alphabet, and different every time", () => {
    const passwords = Array.from({ length: 200 }, generatePassword);
    for (const password of passwords) {
      expect(password).toMatch(/^([a-km-zA-HJ-NP-Z2-9]{5}-){3}[a-km-zA-HJ-NP-Z2-9]{5}$/);
      expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});

describe("settings validation", () => {
  it("takes a blank password as 'generate one' and keeps a typed one as typed", () => {
    expect(createUserSchema.parse({ name: "Rana", email: " Rana@X.test ", role: "sales", password: "" })).toEqual({ name: "Rana", email: "rana@x.test", role: "sales" });
    expect(createUserSchema.parse({ name: "Rana", email: "r@x.test", role: "sales", password: " spaced pass " }).password).toBe(" spaced pass ");
    expect(createUserSchema.safeParse({ name: "Rana", email: "r@x.test", role: "admin" }).success).toBe(false);
  });

  it("reads required fields from a form's comma-separated value or a JSON array, and idle days in Persian digits", () => {
    const base = { labelHe: "א", labelFa: "ب", labelEn: "C", transitionRule: "forward_only" };
    expect(stageDetailsSchema.parse({ ...base, requiredFields: "phone,note,phone", idleDays: "۲۱" })).toMatchObject({ requiredFields: ["phone", "note"], idleDays: 21 });
    expect(stageDetailsSchema.parse({ ...base, requiredFields: [], idleDays: 7 }).requiredFields).toEqual([]);
    expect(stageDetailsSchema.safeParse({ ...base, requiredFields: "birthday", idleDays: 7 }).success).toBe(false);
    expect(stageDetailsSchema.safeParse({ ...base, requiredFields: "", idleDays: 0 }).success).toBe(false);
  });

  it("accepts IANA time zones and the offered ISO currencies only", () => {
    const org = { name: "Acme", timeZone: "Asia/Tehran", currency: "IRR", country: "IR", defaultLocale: "fa", heCalendar: "gregory" };
    expect(organizationSchema.safeParse(org).success).toBe(true);
    expect(organizationSchema.safeParse({ ...org, timeZone: "UTC" }).success).toBe(true);
    expect(organizationSchema.safeParse({ ...org, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(organizationSchema.safeParse({ ...org, currency: "IRT" }).success).toBe(false);
    expect(organizationSchema.safeParse({ ...org, heCalendar: "persian" }).success).toBe(false);
  });

  it("only takes stage keys that match the schema's format in a reorder", () => {
    expect(reorderStagesSchema.safeParse({ journey: "acquisition", keys: ["awareness", "Bad Key"] }).success).toBe(false);
  });
});
