import { beforeAll, expect, it } from "vitest";
import { moveCustomer } from "@/db/mutations/moves";
import { feedback, purchases } from "@/db/schema";
import { getLoyaltyKpiTrends } from "@/lib/analytics/loyalty/kpi-trends";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const at = (day: string) => new Date(`${day}T10:00:00Z`);

describeOnEngines("loyalty KPI trends", (conn) => {
  let orgId = "";

  /*
   * One organization in Asia/Jerusalem; "now" is 6 December 2026, so December counts 6 days so far
   * and is compared with 1–6 November (core/analytics/periods.ts).
   *   purchases: a 1000 on 15 Oct, 2000 on 3 Nov, 1500 on 2 Dec; b 500 on 2 Nov and 5 Nov; c 300 on 4 Nov; d 4000 on 20 Nov
   *     1–6 Nov: buyers a (bought before), b (twice), c (first purchase) → repeat rate 2/3, revenue 3300
   *     December so far: a, a repeat buyer → 100 %, revenue 1500
   *   feedback: a 10 on 2 Nov, c 3 on 3 Nov, b 9 on 25 Nov, d 10 on 3 Dec → NPS 0 in 1–6 Nov, 100 in December
   *   moves: d retention on 10 Oct, lost on 6 Nov (churned in 1–6 Nov); c loyalty on 10 Oct, lost on 10 Nov
   *     (churned in November, not in its first 6 days); b lost from awareness on 3 Nov (no churn: acquisition);
   *     a loyalty on 1 Dec → customers in loyalty: 1 at the end of October, 0 at the end of November, 1 now.
   */
  beforeAll(async () => {
    const { db } = conn();
    const org = await createTestOrg(db);
    orgId = org.orgId;
    const ids: Record<string, string> = {};
    for (const name of ["a", "b", "c", "d"]) ids[name] = (await createTestCustomer(db, { orgId, actorId: org.ownerId, name, at: at("2026-10-01") })).id;
    const move = (name: string, version: number, to: string, day: string) =>
      moveCustomer(db, { orgId, actorId: org.ownerId, customerId: ids[name]!, version, to, at: at(day), reason: to === "lost" ? "price" : null });
    await move("d", 1, "retention", "2026-10-10");
    await move("d", 2, "lost", "2026-11-06");
    await move("c", 1, "loyalty", "2026-10-10");
    await move("c", 2, "lost", "2026-11-10");
    await move("b", 1, "lost", "2026-11-03");
    await move("a", 1, "loyalty", "2026-12-01");
    const buy = (name: string, amountMinor: number, day: string) => ({ orgId, customerId: ids[name]!, amountMinor, currency: "ILS", at: at(day) });
    await db.insert(purchases).values([
      buy("a", 1000, "2026-10-15"),
      buy("a", 2000, "2026-11-03"),
      buy("a", 1500, "2026-12-02"),
      buy("b", 500, "2026-11-02"),
      buy("b", 500, "2026-11-05"),
      buy("c", 300, "2026-11-04"),
      buy("d", 4000, "2026-11-20"),
    ]);
    const rate = (name: string, score: number, day: string) => ({ orgId, customerId: ids[name]!, score, stageKey: "awareness", at: at(day) });
    await db.insert(feedback).values([rate("a", 10, "2026-11-02"), rate("c", 3, "2026-11-03"), rate("b", 9, "2026-11-25"), rate("d", 10, "2026-12-03")]);
  });

  it("compares a month so far with the same days of the month before, and customers in loyalty with its end", async () => {
    const result = await getLoyaltyKpiTrends(conn().db, { orgId, now: new Date("2026-12-06T12:00:00Z") }, "2026-12");
    expect(result.partial).toBe(true);
    expect(result.previous).toEqual({ from: "2026-11-01", to: "2026-11-07" });
    expect(result.previousMonth).toBe("2026-11");
    const { repeatRate, nps, loyaltyCount, churned, revenue } = result.trends;
    expect(repeatRate).toMatchObject({ current: 1, previous: 2 / 3 });
    expect(nps).toMatchObject({ current: 100, previous: 0 });
    expect(loyaltyCount).toMatchObject({ current: 1, previous: 0 });
    expect(churned).toMatchObject({ current: 0, previous: 1 });
    expect(revenue).toMatchObject({ current: 1500, previous: 3300 });
    // Six months, December (so far) last: July–September had nothing.
    expect(revenue.spark).toEqual([0, 0, 0, 1000, 7300, 1500]);
    expect(churned.spark).toEqual([0, 0, 0, 0, 2, 0]);
    expect(loyaltyCount.spark).toEqual([0, 0, 0, 1, 0, 1]);
  });

  it("compares a month that has ended with the whole month before", async () => {
    const result = await getLoyaltyKpiTrends(conn().db, { orgId, now: new Date("2026-12-06T12:00:00Z") }, "2026-11");
    expect(result.partial).toBe(false);
    expect(result.previous).toEqual({ from: "2026-10-01", to: "2026-11-01" });
    const { repeatRate, nps, loyaltyCount, churned, revenue } = result.trends;
    // November: a (bought in October), b (twice), c, d (first purchases) → 2/4; October: a's first purchase → 0.
    expect(repeatRate).toMatchObject({ current: 0.5, previous: 0 });
    expect(nps).toMatchObject({ current: expect.closeTo(100 / 3, 9), previous: null });
    expect(loyaltyCount).toMatchObject({ current: 0, previous: 1 });
    expect(churned).toMatchObject({ current: 2, previous: 0 });
    expect(revenue).toMatchObject({ current: 7300, previous: 1000 });
  });
});
