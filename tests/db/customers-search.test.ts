import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { updateCustomerProfile } from "@/db/mutations/customer-profile";
import { listCustomers } from "@/db/queries/customers";
import { organizations } from "@/db/schema";
import { searchTerms } from "@/core/search/terms";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";
import { runImport, uploadsDir, utf8 } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

describeOnEngines("customer search forgives spelling", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;

  beforeAll(async () => {
    const { db } = conn();
    org = await createTestOrg(db);
    await db.update(organizations).set({ country: "IR" }).where(eq(organizations.id, org.orgId));
    const base = { orgId: org.orgId, actorId: org.ownerId, ownerId: org.salesId };
    for (const [name, phone, email, externalId] of [
      ["محمد محمدی", "0912 345 6789", null, null],
      ["علی محمدي", "+98 912 000 1111", null, null],
      ["رضا محمدى", null, "Reza@Example.com", null],
      ["فاطمة كريمي", "053-874-6826", null, null],
      ["سارا نیک‌نام", null, null, "HS-4411"],
      ["مُحَمَّد رضایی", null, null, null],
      ["מֹשֶׁה לוי", "+972 50 123 4567", null, null],
      ["José Müller", null, null, null],
    ] as const) {
      await createTestCustomer(db, { ...base, name, phone, email, externalId });
    }
  });

  const found = async (q: string, country: "IR" | "IL" = "IR") =>
    (await listCustomers(conn().db, { orgId: org.orgId, sort: "name", dir: "asc", limit: 50, search: searchTerms(q, country) })).items
      .map((r) => r.customer.name)
      .sort();

  it("finds with Arabic yeh exactly what it finds with Persian yeh (محمدي = محمدی)", async () => {
    const everyMohammadi = ["رضا محمدى", "علی محمدي", "محمد محمدی"].sort();
    expect(await found("محمدی")).toEqual(everyMohammadi);
    expect(await found("محمدي")).toEqual(everyMohammadi);
    expect(await found("محمدى")).toEqual(everyMohammadi);
  });

  it("ignores kaf and teh marbuta forms, ZWNJ, harakat and niqqud", async () => {
    expect(await found("فاطمه کریمی")).toEqual(["فاطمة كريمي"]);
    expect(await found("نیکنام")).toEqual(["سارا نیک‌نام"]);
    expect(await found("نیک‌نام")).toEqual(["سارا نیک‌نام"]);
    expect(await found("محمد رضایی")).toEqual(["مُحَمَّد رضایی"]);
    expect(await found("משה")).toEqual(["מֹשֶׁה לוי"]);
    expect(await found("jose MULLER")).toEqual(["José Müller"]);
  });

  it("matches every word in any order, and emails and external ids without case", async () => {
    expect(await found("محمدی علی")).toEqual(["علی محمدي"]);
    expect(await found("REZA@example")).toEqual(["رضا محمدى"]);
    expect(await found("hs-44")).toEqual(["سارا نیک‌نام"]);
  });

  it("finds phones by their digits however they were written", async () => {
    expect(await found("0538746826")).toEqual(["فاطمة كريمي"]);
    expect(await found("+972 53 874 6826")).toEqual(["فاطمة كريمي"]);
    expect(await found("٠٥٣-٨٧٤")).toEqual(["فاطمة كريمي"]);
    expect(await found("۰۹۱۲")).toEqual(["علی محمدي", "محمد محمدی"].sort());
    expect(await found("09120001111")).toEqual(["علی محمدي"]);
    expect(await found("+98912345")).toEqual(["محمد محمدی"]);
    expect(await found("0501234567", "IL")).toEqual(["מֹשֶׁה לוי"]);
  });

  it("keeps the search columns current when the profile is edited", async () => {
    const { db } = conn();
    const customer = await createTestCustomer(db, { orgId: org.orgId, actorId: org.ownerId, name: "Temp Name", phone: "021 5555 0000" });
    expect(await found("temp")).toEqual(["Temp Name"]);
    await updateCustomerProfile(db, {
      orgId: org.orgId,
      id: customer.id,
      version: customer.version,
      patch: { name: "کیان كاظمي", phone: "021 7777 0000", email: null, externalId: null },
    });
    expect(await found("temp")).toEqual([]);
    expect(await found("کیان کاظمی")).toEqual(["کیان كاظمي"]);
    expect(await found("5555")).toEqual([]);
    expect(await found("۷۷۷۷")).toEqual(["کیان كاظمي"]);
  });

  it("finds imported customers the same way", async () => {
    const file = "externalId,name,phone\ni-1,نرگس يوسفي,+98 935 111 2233\n";
    await runImport(conn().db, { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: utf8(file), locale: "fa" });
    expect(await found("نرگس یوسفی")).toEqual(["نرگس يوسفي"]);
    expect(await found("09351112233")).toEqual(["نرگس يوسفي"]);
  });
});
