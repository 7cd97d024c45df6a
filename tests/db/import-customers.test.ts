import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, expect, it } from "vitest";
import { listRejections } from "@/db/queries/imports";
import { customers, stageEvents, stages, users } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";
import { runImport, uploadsDir, utf8 } from "../support/import-fixture";
import { encodeLegacy } from "../support/legacy-encode";

const uploads = uploadsDir();
afterAll(() => uploads.remove());

describeOnEngines("customer import: create, upsert, row errors", (conn) => {
  const db = () => conn().db;

  async function customersOf(orgId: string) {
    return db().select().from(customers).where(eq(customers.orgId, orgId)).orderBy(asc(customers.externalId));
  }

  async function eventsOf(orgId: string) {
    return db().select().from(stageEvents).where(eq(stageEvents.orgId, orgId));
  }

  it("creates customers from a UTF-8 file with a BOM, with their first stage event at createdAt", async () => {
    const org = await createTestOrg(db());
    const [sales] = await db().select().from(users).where(eq(users.id, org.salesId));
    const file = [
      "externalId,name,email,phone,channel,stage,ownerEmail,createdAt",
      `e-1,"Cohen, Dana",Dana@Example.com,+972-50-123-4567,WhatsApp,המרה,${sales?.email},2024-01-15`,
      "e-2,Omer Levi,,,instagram,,,",
    ].join("\r\n");
    const { job, summary } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: utf8(`\ufeff${file}\r\n`), locale: "he" });

    expect(summary.encoding).toBe("utf-8");
    expect(job).toMatchObject({ status: "done", totalRows: 2, rowsDone: 2, createdCount: 2, updatedCount: 0, rejectedCount: 0 });
    const [dana, omer] = await customersOf(org.orgId);
    // 2024-01-15 is midnight in Israel (UTC+2 in winter).
    const midnight = new Date("2024-01-14T22:00:00Z");
    expect(dana).toMatchObject({ externalId: "e-1", name: "Cohen, Dana", email: "dana@example.com", phone: "+972-50-123-4567", channel: "whatsapp", stageKey: "conversion", ownerId: org.salesId, createdAt: midnight, stageEnteredAt: midnight, version: 1 });
    expect(omer).toMatchObject({ externalId: "e-2", name: "Omer Levi", channel: "instagram", stageKey: "awareness", ownerId: org.ownerId, lost: false });
    const events = await eventsOf(org.orgId);
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.customerId === dana?.id)).toMatchObject({ fromKey: null, toKey: "conversion", at: midnight, actorId: org.ownerId, channel: "whatsapp" });
  });

  it("keeps the analytics aggregates current: the triggers fire on the batched inserts", async () => {
    const org = await createTestOrg(db());
    const rows = Array.from({ length: 30 }, (_, i) => `x-${i},Customer ${i},${i % 3 === 0 ? "consideration" : "awareness"},2024-0${1 + (i % 3)}-10`);
    await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: utf8(`externalId,name,stage,createdAt\n${rows.join("\n")}\n`), locale: "en", batchRows: 7 });
    const [funnel] = await queryRows<{ customers: number }>(db(), sql`select coalesce(sum(customers), 0)::int as customers from funnel_cohort_days where org_id = ${org.orgId} and journey = 'acquisition'`);
    expect(funnel?.customers).toBe(30);
    const entered = await queryRows<{ stage_key: string; entered: number }>(
      db(),
      sql`select stage_key, sum(entered)::int as entered from loyalty_stage_months where org_id = ${org.orgId} group by 1 order by 1`,
    );
    expect(entered).toEqual([
      { stage_key: "awareness", entered: 20 },
      { stage_key: "consideration", entered: 10 },
    ]);
  });

  it("reads Windows-1255 Hebrew and Windows-1256 Persian, and stores Persian letters in fa", async () => {
    const org = await createTestOrg(db());
    const hebrew = "externalId,name,stage,createdAt\nh-1,ישראל ישראלי,התלבטות,15.03.2024\n";
    const persian = "externalId,name,stage,channel,createdAt\np-1,علي كريمي,توجه,تلگرام,1403/01/01\n";
    const he = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: encodeLegacy(hebrew, "windows-1255"), locale: "he" });
    const fa = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: encodeLegacy(persian, "windows-1256"), locale: "fa" });
    expect([he.summary.encoding, fa.summary.encoding]).toEqual(["windows-1255", "windows-1256"]);
    expect([he.job.createdCount, fa.job.createdCount]).toEqual([1, 1]);
    const [h, p] = await customersOf(org.orgId);
    expect(h).toMatchObject({ name: "ישראל ישראלי", stageKey: "consideration", createdAt: new Date("2024-03-14T22:00:00Z") });
    // Jalali 1403/01/01 is 20 March 2024, midnight in the organization's zone (Asia/Jerusalem).
    expect(p).toMatchObject({ name: "علی کریمی", stageKey: "consideration", channel: "telegram", createdAt: new Date("2024-03-19T22:00:00Z") });
  });

  it("upserts on externalId, then on email; blank cells keep values; a re-import creates nothing", async () => {
    const org = await createTestOrg(db());
    const byId = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, externalId: "crm-1", name: "Old name", phone: "050-1111111", channel: "email" });
    const byEmail = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Maya", email: "Maya@Example.com" });
    const otherId = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, externalId: "crm-9", name: "Noa", email: "noa@example.com" });
    const file = utf8(
      [
        "externalId,name,email,phone,channel",
        "crm-1,New name,,,",
        "crm-2,Maya Katz,MAYA@example.com,,sms",
        "crm-3,Noa Again,noa@example.com,,",
        "crm-4,Fresh,fresh@example.com,,",
        "",
      ].join("\n"),
    );
    const first = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en" });
    expect(first.job).toMatchObject({ createdCount: 1, updatedCount: 2, unchangedCount: 0, rejectedCount: 1 });
    const rows = await customersOf(org.orgId);
    expect(rows).toHaveLength(4);
    expect(rows.find((c) => c.id === byId.id)).toMatchObject({ name: "New name", phone: "050-1111111", channel: "email", version: 2 });
    expect(rows.find((c) => c.id === byEmail.id)).toMatchObject({ externalId: "crm-2", name: "Maya Katz", email: "Maya@Example.com", channel: "sms" });
    expect(rows.find((c) => c.id === otherId.id)).toMatchObject({ externalId: "crm-9", name: "Noa" });
    expect(await listRejections(db(), { orgId: org.orgId, importId: first.job.id })).toEqual([
      { row: 3, errors: { email: ["email_other_external_id"] }, cells: { externalId: "crm-3", name: "Noa Again", email: "noa@example.com" } },
    ]);

    const eventsBefore = (await eventsOf(org.orgId)).length;
    const again = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en" });
    expect(again.job).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 3, rejectedCount: 1 });
    // Untouched: same rows, same versions, same updatedAt.
    expect(await customersOf(org.orgId)).toEqual(rows);
    expect((await eventsOf(org.orgId)).length).toBe(eventsBefore);
  });

  it("applies a changed stage as a move through the journey's rules; a refused move rejects the whole row", async () => {
    const org = await createTestOrg(db());
    await db().update(stages).set({ transitionRule: "forward_only" }).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "conversion")));
    const moving = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, externalId: "m-1", name: "Mover", at: new Date("2024-01-01T00:00:00Z") });
    const stuck = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, externalId: "m-2", name: "Stuck", stage: "conversion", at: new Date("2024-01-01T00:00:00Z") });
    const file = utf8("externalId,name,stage\nm-1,Mover Renamed,consideration\nm-2,Stuck Renamed,awareness\nm-3,Gone,lost\n");
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.managerId, bytes: file, locale: "en" });
    expect(job).toMatchObject({ createdCount: 0, updatedCount: 1, rejectedCount: 2 });
    const rows = await customersOf(org.orgId);
    expect(rows.find((c) => c.id === moving.id)).toMatchObject({ name: "Mover Renamed", stageKey: "consideration", version: 3 });
    expect(rows.find((c) => c.id === stuck.id)).toMatchObject({ name: "Stuck", stageKey: "conversion", version: 1 });
    const moves = (await eventsOf(org.orgId)).filter((e) => e.fromKey !== null);
    expect(moves).toMatchObject([{ customerId: moving.id, fromKey: "awareness", toKey: "consideration", actorId: org.managerId }]);
    expect((await listRejections(db(), { orgId: org.orgId, importId: job.id })).map(({ row, errors }) => ({ row, errors }))).toEqual([
      { row: 2, errors: { stage: ["reason_required_backward"] } },
      { row: 3, errors: { stage: ["lost_on_create"] } },
    ]);
  });

  it("numbers rejected rows by data row (quoted line breaks and blank lines aside) and imports the rest", async () => {
    const org = await createTestOrg(db());
    const file = utf8(
      [
        "externalId,name,email,channel,createdAt",
        'r-1,"Two\nlines",,,',
        "",
        "r-2,,bad-email,fax,yesterday",
        "r-3,Fine,,,",
        'r-4,"Unclosed,,,',
      ].join("\n"),
    );
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en" });
    expect(job).toMatchObject({ totalRows: 4, createdCount: 2, rejectedCount: 2 });
    expect((await listRejections(db(), { orgId: org.orgId, importId: job.id })).map(({ row, errors }) => ({ row, errors }))).toEqual([
      { row: 2, errors: { email: ["invalid_email"], createdAt: ["invalid_date"] } },
      { row: 4, errors: { row: ["malformed"] } },
    ]);
    expect((await customersOf(org.orgId)).map((c) => c.name)).toEqual(["Two\nlines", "Fine"]);
  });

  it("matches external ids and emails holding quotes, backslashes, commas and braces", async () => {
    const org = await createTestOrg(db());
    const file = utf8('externalId,name,email\n"a""b\\c,{d}",Odd,"o\'neil@example.com"\n');
    const first = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en" });
    const again = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en" });
    expect([first.job.createdCount, again.job.createdCount, again.job.unchangedCount]).toEqual([1, 0, 1]);
    expect((await customersOf(org.orgId)).map((c) => c.externalId)).toEqual(['a"b\\c,{d}']);
  });

  it("treats repeated keys inside one file as one customer, the later row winning", async () => {
    const org = await createTestOrg(db());
    const file = utf8("externalId,name,email\nd-1,First,dup@example.com\nd-1,Second,\n,Third,DUP@example.com\nd-2,Other,\n");
    const { job } = await runImport(db(), { dir: uploads.dir, orgId: org.orgId, userId: org.ownerId, bytes: file, locale: "en" });
    expect(job).toMatchObject({ createdCount: 2, updatedCount: 2, rejectedCount: 0 });
    expect((await customersOf(org.orgId)).map((c) => [c.externalId, c.name, c.email])).toEqual([
      ["d-1", "Third", "dup@example.com"],
      ["d-2", "Other", null],
    ]);
  });
});
