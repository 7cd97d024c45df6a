import Papa from "papaparse";
import { and, eq } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { customerColumns, customers, stages, users } from "@/db/schema";
import { exportCustomersCsv } from "@/lib/import/export";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";
import { runImport, uploadsDir } from "../support/import-fixture";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

async function read(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describeOnEngines("customer export", (conn) => {
  const db = () => conn().db;

  it("writes UTF-8 with a BOM, the import's columns, neutralised formulas and RFC 4180 quoting", async () => {
    const org = await createTestOrg(db());
    const at = new Date("2024-05-01T09:30:00Z");
    await createTestCustomer(db(), {
      orgId: org.orgId, actorId: org.ownerId, ownerId: org.salesId, externalId: "=1+2", name: '=HYPERLINK("http://evil","x")', email: "a@b.co",
      phone: "+972 50 123 4567", phoneE164: "+972501234567", channel: "whatsapp", stage: "engagement", at, extra: { "Lead Status": "=Open", Company: "Acme, Inc." },
    });
    await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "כהן, דנה \"הגדולה\"", at: new Date("2024-05-02T00:00:00Z") });
    const bytes = await read(await exportCustomersCsv(db(), { orgId: org.orgId }));
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const [sales] = await db().select().from(users).where(eq(users.id, org.salesId));
    expect(text).toBe(
      [
        "\ufeffexternalId,name,email,phone,phoneE164,channel,stage,ownerEmail,createdAt,extra,doNotContact",
        `'=1+2,"'=HYPERLINK(""http://evil"",""x"")",a@b.co,'+972 50 123 4567,'+972501234567,whatsapp,engagement,${sales?.email},2024-05-01T09:30:00.000Z,` +
          // jsonb keeps an object's keys in its own order (shorter first).
          `"{""Company"":""Acme, Inc."",""Lead Status"":""=Open""}",`,
        `,"כהן, דנה ""הגדולה""",,,,other,awareness,,2024-05-02T00:00:00.000Z,,`,
        "",
      ].join("\r\n"),
    );
  });

  it("applies the list's filters and pages through every customer in creation order", async () => {
    const org = await createTestOrg(db());
    const base = Date.parse("2024-01-01T00:00:00Z");
    // More than one page (2,000 rows), with pairs of customers created at the same instant.
    await db().insert(customers).values(
      Array.from({ length: 2105 }, (_, i) => ({
        orgId: org.orgId, externalId: `p-${i}`, name: `P ${i}`, channel: i % 2 ? ("sms" as const) : ("email" as const), stageKey: i % 3 ? "awareness" : "retention",
        lost: i % 5 === 0, ownerId: i % 4 ? org.salesId : org.sales2Id, stageEnteredAt: new Date(base), lastActivityAt: new Date(base), createdAt: new Date(base + Math.floor(i / 2) * 1000),
      })),
    );
    const rows = async (filters: Record<string, unknown>) => {
      const text = new TextDecoder().decode(await read(await exportCustomersCsv(db(), { orgId: org.orgId, ...filters })));
      return Papa.parse<string[]>(text.replace(/^\ufeff/, "").trimEnd()).data.slice(1);
    };
    const column = (name: string) => customerColumns.indexOf(name as (typeof customerColumns)[number]);
    const all = await rows({});
    expect(all).toHaveLength(2105);
    expect(new Set(all.map((r) => r[0])).size).toBe(2105);
    expect(all.map((r) => r[column("createdAt")])).toEqual([...all.map((r) => r[column("createdAt")] ?? "")].sort());
    expect(await rows({ channel: "sms" })).toHaveLength(1052);
    expect((await rows({ lost: true })).every((r) => r[column("stage")] === "lost")).toBe(true);
    expect(await rows({ lost: true })).toHaveLength(421);
    expect(await rows({ journey: "retention", lost: false })).toHaveLength(561);
    expect(await rows({ owner: org.sales2Id, q: "P 10" })).toEqual(expect.arrayContaining([expect.arrayContaining(["p-100"])]));
    expect((await rows({ owner: org.sales2Id })).every((r) => Number(r[0]?.slice(2)) % 4 === 0)).toBe(true);
  });

  it("an export imports back into another organization unchanged, E.164 phones and other fields included", async () => {
    const source = await createTestOrg(db());
    await db().update(stages).set({ labelEn: "Engaged" }).where(and(eq(stages.orgId, source.orgId), eq(stages.key, "engagement")));
    await createTestCustomer(db(), {
      orgId: source.orgId, actorId: source.ownerId, ownerId: source.salesId, externalId: "rt-1", name: "@mention", phone: "0912 000 0000", phoneE164: "+989120000000",
      email: "rt@example.com", channel: "telegram", stage: "engagement", at: new Date("2023-03-04T05:06:07.890Z"), extra: { "Lead Status": "Open", "یادداشت": "تماس بگیرید" },
    });
    const optedOut = await createTestCustomer(db(), { orgId: source.orgId, actorId: source.ownerId, email: "only@example.com", name: "-minus, comma", at: new Date("2023-04-01T00:00:00Z") });
    await db().update(customers).set({ doNotContact: true, doNotContactAt: new Date() }).where(and(eq(customers.orgId, source.orgId), eq(customers.id, optedOut.id)));
    const bytes = await read(await exportCustomersCsv(db(), { orgId: source.orgId }));
    const target = await createTestOrg(db());
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: target.orgId, userId: target.ownerId, bytes, locale: "he" });
    // The owner is a user of the source organization, unknown in the target: the importer owns the customer instead.
    expect(job).toMatchObject({ createdCount: 2, rejectedCount: 0 });
    const again = await runImport(db(), { dir: uploads.dir, orgId: target.orgId, userId: target.ownerId, bytes, locale: "he" });
    expect(again.job).toMatchObject({ createdCount: 0, unchangedCount: 2, rejectedCount: 0 });
    const pick = (c: typeof customers.$inferSelect) => [c.externalId, c.name, c.email, c.phone, c.phoneE164, c.channel, c.stageKey, c.createdAt.toISOString(), c.extra, c.doNotContact];
    const of = async (orgId: string) => (await db().select().from(customers).where(eq(customers.orgId, orgId)).orderBy(customers.createdAt)).map(pick);
    expect(await of(target.orgId)).toEqual(await of(source.orgId));
    const [imported] = await db().select().from(customers).where(and(eq(customers.orgId, target.orgId), eq(customers.externalId, "rt-1")));
    expect(imported?.ownerId).toBe(target.ownerId);
  });
});
