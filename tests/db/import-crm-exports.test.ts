import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { listRejections } from "@/db/queries/imports";
import { customers, organizations, stageEvents, users } from "@/db/schema";
import { labelKey } from "@/core/import/fields";
import type { PhoneCountry } from "@/core/phone/phone-number";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";
import { runImport, uploadsDir } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", name));
const rowsOf = (bytes: Buffer) => Papa.parse<Record<string, string>>(bytes.toString("utf8"), { header: true, skipEmptyLines: true }).data;

/** What each source stage means in the default journey, worked out by hand; blank and "Other" start in the first stage. */
const hubspotStages: Record<string, string> = {
  Subscriber: "awareness",
  Lead: "awareness",
  "Marketing Qualified Lead": "engagement",
  "Sales Qualified Lead": "consideration",
  Opportunity: "consideration",
  Customer: "conversion",
  Evangelist: "loyalty",
  Other: "awareness",
};
const pipedriveStages: Record<string, string> = {
  "": "awareness",
  "Lead In": "awareness",
  "Contact Made": "engagement",
  "Demo Scheduled": "consideration",
  "Proposal Made": "consideration",
  "Negotiations Started": "consideration",
};

/**
 * `+` and the digits of an international number; a local one (`(03) 9509 3311`, no country code) is
 * read as a number of the organization's country: its calling code, then the digits without the trunk 0.
 */
const e164 = (phone: string, callingCode: string) => {
  const digits = phone.replace(/\D/g, "");
  return phone.startsWith("+") ? `+${digits}` : `+${callingCode}${digits.slice(1)}`;
};

describeOnEngines("importing other CRMs' real export formats", (conn) => {
  const db = () => conn().db;

  /** An organization whose sales user is called as in the files; "Daniel Levi" is mapped to the second sales user by the owner. */
  async function orgWithStaff(country: PhoneCountry) {
    const org = await createTestOrg(db());
    await db().update(organizations).set({ country }).where(eq(organizations.id, org.orgId));
    await db().update(users).set({ name: "Yael Mizrahi" }).where(eq(users.id, org.salesId));
    const owners: Record<string, string> = { "Yael Mizrahi": org.salesId, "Daniel Levi": org.sales2Id };
    return { ...org, ownerOf: (name: string) => owners[name] ?? org.ownerId };
  }

  async function imported(orgId: string) {
    const rows = await db().select().from(customers).where(eq(customers.orgId, orgId));
    return new Map(rows.map((c) => [c.externalId, c]));
  }

  it("imports every row of a HubSpot contacts export, with stages and owners mapped, dates in the account's time zone", async () => {
    const org = await orgWithStaff("AU");
    const bytes = fixture("hubspot-all-contacts.csv");
    const source = rowsOf(bytes);
    expect(source.length).toBeGreaterThanOrEqual(100);
    const options = { timeZone: "America/New_York", values: { ownerEmail: { [labelKey("Daniel Levi")]: org.sales2Id } } };
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes, locale: "en", options });
    expect(await listRejections(db(), { orgId: org.orgId, importId: job.id })).toEqual([]);
    expect(job).toMatchObject({ totalRows: source.length, createdCount: source.length, rejectedCount: 0 });

    const byId = await imported(org.orgId);
    expect(byId.size).toBe(source.length);
    for (const row of source) {
      const customer = byId.get(row["Record ID"] ?? "");
      const given = [row["First Name"], row["Last Name"]].filter(Boolean).join(" ");
      const phone = row["Phone Number"] || null;
      expect({ id: row["Record ID"], name: customer?.name }).toEqual({ id: row["Record ID"], name: given || row.Email?.split("@")[0] || phone });
      expect(customer).toMatchObject({
        email: row.Email || null,
        phone,
        phoneE164: phone && e164(phone, "61"),
        stageKey: hubspotStages[row["Lifecycle Stage"] ?? ""],
        ownerId: org.ownerOf(row["Contact owner"] ?? ""),
      });
      // "2024-03-05 14:22" in New York (UTC−5 in winter, −4 in summer).
      const local = new Date(`${row["Create Date"]?.replace(" ", "T")}:00Z`);
      expect([4, 5].map((h) => local.getTime() + h * 3_600_000)).toContain(customer?.createdAt.getTime());
      // Columns with no field of ours are kept; blank ones are not.
      expect(customer?.extra?.["Marketing contact status"]).toBe(row["Marketing contact status"]);
      expect(customer?.extra?.["Associated Company"]).toBe(row["Associated Company"] || undefined);
    }
    expect(new Set([...byId.values()].map((c) => c.channel))).toEqual(new Set(["search", "ads", "website", "social", "referral", "email", "other"]));
    expect((await db().select().from(stageEvents).where(eq(stageEvents.orgId, org.orgId))).length).toBe(source.length);

    const again = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes, locale: "en", options });
    expect(again.job).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: source.length, rejectedCount: 0 });
  });

  it("imports every row of a Pipedrive people export, names from `Person - Name` or the email, the mobile phone, the deal stage", async () => {
    const org = await orgWithStaff("IL");
    const bytes = fixture("pipedrive-people.csv");
    const source = rowsOf(bytes);
    expect(source.length).toBeGreaterThanOrEqual(100);
    const options = { values: { ownerEmail: { [labelKey("Daniel Levi")]: org.sales2Id } } };
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes, locale: "en", options });
    expect(await listRejections(db(), { orgId: org.orgId, importId: job.id })).toEqual([]);
    expect(job).toMatchObject({ createdCount: source.length, rejectedCount: 0 });

    const byId = await imported(org.orgId);
    for (const row of source) {
      const customer = byId.get(row["Person - ID"] ?? "");
      const phone = row["Person - Phone - Mobile"] || null;
      expect(customer).toMatchObject({
        name: row["Person - Name"] || row["Person - Email - Work"]?.split("@")[0] || phone,
        email: row["Person - Email - Work"] || null,
        phone,
        phoneE164: phone && e164(phone, "972"),
        stageKey: pipedriveStages[row["Deal - Stage"] ?? ""],
        ownerId: org.ownerOf(row["Person - Owner"] ?? ""),
      });
      expect(customer?.extra?.["Person - Email - Home"]).toBe(row["Person - Email - Home"] || undefined);
      expect(customer?.extra?.["Person - Label"]).toBe(row["Person - Label"] || undefined);
    }
    // Pipedrive writes times in the account's zone: the organization's (Asia/Jerusalem) when the owner picks none.
    const first = source[0];
    const created = byId.get(first?.["Person - ID"] ?? "")?.createdAt;
    const wall = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Jerusalem", dateStyle: "short", timeStyle: "medium" }).format(created);
    expect(wall).toBe(first?.["Person - Person created"]);
  });

  it("matches rows with no external id or email on name and phone, so importing them again duplicates nothing", async () => {
    const org = await orgWithStaff("IL");
    const file = Buffer.from("First Name,Last Name,Phone Number\nDana,Cohen,050-123-4567\nOmer,Cohen,050-123-4567\n,,+972 52 555 0101\n");
    const first = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "he" });
    const again = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "he" });
    expect([first.job.createdCount, again.job.createdCount, again.job.unchangedCount]).toEqual([3, 0, 3]);
    const names = (await db().select().from(customers).where(eq(customers.orgId, org.orgId))).map((c) => [c.name, c.phoneE164]).sort();
    expect(names).toEqual([
      ["+972 52 555 0101", "+972525550101"],
      ["Dana Cohen", "+972501234567"],
      ["Omer Cohen", "+972501234567"],
    ]);
  });
});
