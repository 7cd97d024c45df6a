import { beforeAll, expect, it } from "vitest";
import { moveCustomer } from "@/db/mutations/moves";
import { listDetractorsSince, periodFigures } from "@/db/queries/home";
import { feedback, purchases } from "@/db/schema";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

type Org = Awaited<ReturnType<typeof createTestOrg>>;
const at = (iso: string) => new Date(iso);

describeOnEngines("home trends", (conn) => {
  let org: Org;
  const ids: Record<string, string> = {};

  /*
   * Purchases (minor units) and feedback around the window [2026-11-01T00:00Z, 2026-11-07T00:00Z):
   *   a: 1000 on 31 Oct 23:59 (before), 2500 on 1 Nov 00:00 (in), 700 on 6 Nov 23:59 (in), 9000 on 7 Nov 00:00 (after)
   *   b: 300 on 3 Nov (in)
   *   feedback in the window: a 10, b 9, c 3, d 6, e 7 then e 1 → 2 promoters, 3 detractors of 6 answers
   *   feedback outside: a 0 on 8 Nov
   * Another organization's purchase and feedback inside the window count for nobody here.
   * Revenue in the window: 2500 + 700 + 300 = 3500.
   * Detractors since 1 Nov, by latest feedback: c (3), d (6); a's latest is 0 on 8 Nov → a too; e lost → left out.
   */
  beforeAll(async () => {
    const { db } = conn();
    org = await createTestOrg(db);
    const base = { orgId: org.orgId, actorId: org.ownerId, ownerId: org.salesId, at: at("2026-10-01T00:00:00Z") };
    for (const name of ["a", "b", "c", "d", "e"]) ids[name] = (await createTestCustomer(db, { ...base, name })).id;
    await moveCustomer(db, { orgId: org.orgId, actorId: org.ownerId, customerId: ids.e!, version: 1, to: "lost", at: at("2026-11-02T00:00:00Z"), reason: "gone" });
    const buy = (name: string, amountMinor: number, when: string) => ({ orgId: org.orgId, customerId: ids[name]!, amountMinor, currency: "ILS", at: at(when) });
    await db.insert(purchases).values([
      buy("a", 1000, "2026-10-31T23:59:59Z"),
      buy("a", 2500, "2026-11-01T00:00:00Z"),
      buy("a", 700, "2026-11-06T23:59:59Z"),
      buy("a", 9000, "2026-11-07T00:00:00Z"),
      buy("b", 300, "2026-11-03T12:00:00Z"),
    ]);
    const rate = (name: string, score: number, when: string) => ({ orgId: org.orgId, customerId: ids[name]!, score, stageKey: "awareness", at: at(when) });
    await db.insert(feedback).values([
      rate("a", 10, "2026-11-02T10:00:00Z"),
      rate("b", 9, "2026-11-02T10:00:00Z"),
      rate("c", 3, "2026-11-03T10:00:00Z"),
      rate("d", 6, "2026-11-04T10:00:00Z"),
      rate("e", 7, "2026-11-05T10:00:00Z"),
      rate("e", 1, "2026-11-05T11:00:00Z"),
      rate("a", 0, "2026-11-08T10:00:00Z"),
    ]);
    const other = await createTestOrg(db);
    const stranger = await createTestCustomer(db, { orgId: other.orgId, actorId: other.ownerId, ownerId: other.salesId, at: at("2026-10-01T00:00:00Z") });
    await db.insert(purchases).values({ orgId: other.orgId, customerId: stranger.id, amountMinor: 50_000, currency: "ILS", at: at("2026-11-03T00:00:00Z") });
    await db.insert(feedback).values({ orgId: other.orgId, customerId: stranger.id, score: 0, stageKey: "awareness", at: at("2026-11-03T00:00:00Z") });
  });

  it("sums the revenue and counts the NPS answers of a half-open window of instants", async () => {
    const figures = await periodFigures(conn().db, { orgId: org.orgId, from: at("2026-11-01T00:00:00Z"), to: at("2026-11-07T00:00:00Z") });
    // e's two answers both count (promoter/detractor counts are per answer, as the loyalty NPS): 7 passive, 1 detractor.
    expect(figures).toEqual({ revenueMinor: 3500, promoters: 2, detractors: 3, responses: 6 });
    expect(await periodFigures(conn().db, { orgId: org.orgId, from: at("2026-12-01T00:00:00Z"), to: at("2026-12-07T00:00:00Z") })).toEqual({
      revenueMinor: 0,
      promoters: 0,
      detractors: 0,
      responses: 0,
    });
  });

  it("lists customers whose latest feedback since an instant was a detractor's, lowest score first, lost ones left out", async () => {
    const rows = await listDetractorsSince(conn().db, { orgId: org.orgId, since: at("2026-11-01T00:00:00Z") });
    expect(rows.map((r) => [r.name, r.score])).toEqual([
      ["a", 0],
      ["c", 3],
      ["d", 6],
    ]);
  });
});
