import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { customers } from "@/db/schema";
import { getLoyalty } from "@/lib/analytics/loyalty/trends";
import { loyaltyReference } from "../support/reference/loyalty";
import { getTeam } from "@/lib/analytics/loyalty/team";
import { teamReference } from "../support/reference/team";
import { describeOnEngines } from "../support/engines";
import { loadReferenceData } from "../support/retention-fixture";
import { createHandFixture, HAND_NOW } from "../support/retention-hand-fixture";

type Org = Awaited<ReturnType<typeof createHandFixture>>;

/* Local (Asia/Jerusalem) months January..June 2025 of the hand fixture; see its comment. */
describeOnEngines("loyalty trends, lifecycle and team", (conn) => {
  let org: Org;
  beforeAll(async () => {
    org = await createHandFixture(conn().db);
  });
  const scope = () => ({ orgId: org.orgId, now: HAND_NOW });
  const range = { from: "2025-01", to: "2025-07" };
  const pick = async <K extends string>(keys: K[]) =>
    (await getLoyalty(conn().db, scope(), range)).months.map((m) => [m.month, ...keys.map((k) => m[k as keyof typeof m])]);

  it("repeat-purchase rate: buyers whose purchase that month was not their first ever", async () => {
    // Jan buyers A, C, E, G: C's second January purchase and E (first in Dec) repeat; A and G are first → 2/4.
    // Feb A, B, D: only A repeats → 1/3. Mar B, Apr A, Jun C: repeats → 1. May: no buyers → null.
    expect(await pick(["buyers", "repeatBuyers", "repeatRate"])).toEqual([
      ["2025-01", 4, 2, 0.5],
      ["2025-02", 3, 1, 1 / 3],
      ["2025-03", 1, 1, 1],
      ["2025-04", 1, 1, 1],
      ["2025-05", 0, 0, null],
      ["2025-06", 1, 1, 1],
    ]);
  });

  it("NPS of the month's feedback, overall and per stage", async () => {
    const months = (await getLoyalty(conn().db, scope(), range)).months;
    // Jan: 10 (conversion), 9 and 6 (retention), 8 (awareness) → (2 − 1) / 4 = 25.
    expect(months[0]).toMatchObject({ responses: 4, promoters: 2, passives: 1, detractors: 1, nps: 25 });
    expect(months[0]?.npsByStage).toEqual({
      conversion: { responses: 1, nps: 100 },
      retention: { responses: 2, nps: 0 },
      awareness: { responses: 1, nps: 0 },
    });
    // Feb: one 0 given 31 Jan 22:15 UTC = 1 Feb locally → −100.
    expect(months[1]).toMatchObject({ responses: 1, nps: -100, npsByStage: { loyalty: { responses: 1, nps: -100 } } });
    // Mar: no feedback → null. Apr: 10, 9, 7 in loyalty → (2 − 0) / 3.
    expect(months[2]).toMatchObject({ responses: 0, nps: null, npsByStage: {} });
    expect(months[3]?.nps).toBeCloseTo(200 / 3, 10);
    expect(months[3]?.npsByStage.loyalty?.responses).toBe(3);
    expect(months[3]?.npsByStage.loyalty?.nps).toBeCloseTo(200 / 3, 10);
  });

  it("referrals, customers in loyalty at month end, churn from retention stages", async () => {
    // Referrals by local creation month: Jan B and G (31 Dec 22:30 UTC), Feb D, Mar F, May H (30 Apr 21:30 UTC).
    // Loyalty at month end: Feb B, C; Mar C (B lost 20 Mar); Apr A (moved 31 Mar 21:30 UTC = 1 Apr), C; then A, C.
    // Churn: Mar B (loyalty → lost), May D (retention → lost); F's drop from awareness in Apr is not churn.
    expect(await pick(["referrals", "loyaltyCount", "churned"])).toEqual([
      ["2025-01", 2, 0, 0],
      ["2025-02", 1, 2, 0],
      ["2025-03", 1, 1, 1],
      ["2025-04", 0, 2, 0],
      ["2025-05", 1, 2, 1],
      ["2025-06", 0, 2, 0],
    ]);
  });

  it("revenue won against the value still in the pipeline", async () => {
    // Revenue: Jan A 10000 + C 1000 + 1000 + E 1500 + G 2500; Feb A 5000 + B 3000 + D 7000; Mar 4000; Apr 2000; Jun 6000.
    // Mean purchase to date: Jan (500 + 16000) / 6; Feb 31500 / 9; Mar 35500 / 10; Apr, May 37500 / 11; Jun 43500 / 12.
    // In acquisition stages at month end: Jan B, C, G; Feb D, G; Mar D, F, G; Apr G; May, Jun G, H, I.
    expect(await pick(["revenueMinor", "purchases", "averagePurchaseMinor", "pipelineCustomers", "pipelineValueMinor"])).toEqual([
      ["2025-01", 16000, 5, 2750, 3, 8250],
      ["2025-02", 15000, 3, 3500, 2, 7000],
      ["2025-03", 4000, 1, 3550, 3, 10650],
      ["2025-04", 2000, 1, 37500 / 11, 1, 3409],
      ["2025-05", 0, 0, 37500 / 11, 3, 10227],
      ["2025-06", 6000, 1, 3625, 3, 10875],
    ]);
  });

  it("lifecycle: new, returning, resurrecting, dormant (negative)", async () => {
    // Jan: new A, C, G; returning E (Dec too). Feb: new B, D; returning A; dormant C, E, G.
    // Mar: returning B; dormant A, D. Apr: resurrecting A; dormant B. May: dormant A. Jun: resurrecting C.
    expect((await pick(["lifecycle"])).map(([month, l]) => [month, l])).toEqual([
      ["2025-01", { new: 3, returning: 1, resurrecting: 0, dormant: 0 }],
      ["2025-02", { new: 2, returning: 1, resurrecting: 0, dormant: -3 }],
      ["2025-03", { new: 0, returning: 1, resurrecting: 0, dormant: -2 }],
      ["2025-04", { new: 0, returning: 0, resurrecting: 1, dormant: -1 }],
      ["2025-05", { new: 0, returning: 0, resurrecting: 0, dormant: -1 }],
      ["2025-06", { new: 0, returning: 0, resurrecting: 1, dormant: 0 }],
    ]);
  });

  it("team: moves made, conversions of owned customers, median whole days to convert", async () => {
    const rows = await getTeam(conn().db, scope(), range);
    // sales1: moves A ×2, C ×1, D ×4, F ×1, I ×1 = 9 (A's December move is out of range); conversions D (1 Feb 10:00 →
    //   10 Feb 09:00 = 8 d 23 h → 8 whole days) and I (2 days) → median (8 + 2) / 2 = 5.
    // sales2: moves B ×3, E ×1; conversion B (5 Jan 10:00 → 31 Jan 22:00 = 26.5 d → 26).
    // manager: C's conversion (1 Dec 10:00 → 20 Jan 08:00 = 49 d 22 h → 49), one move.
    // owner: owns G, converted on creation 31 Dec 22:30 UTC (1 Jan locally, so in range): 0 days, no moves.
    expect(rows.map((r) => [r.userId, r.moves, r.conversions, r.medianDaysToConvert])).toEqual([
      [org.salesId, 9, 2, 5],
      [org.sales2Id, 4, 1, 26],
      [org.managerId, 1, 1, 49],
      [org.ownerId, 0, 1, 0],
    ]);
  });

  it("leaves out conversions outside the range and follows a change of owner", async () => {
    // December 2024 only: A's conversion (15 Dec, sales1, also sales1's one move) and E's (20 Dec, sales2).
    // G's conversion (31 Dec 22:30 UTC) is January locally. Ties sort by name: "Owner" before "manager".
    const december = await getTeam(conn().db, scope(), { from: "2024-12", to: "2025-01" });
    expect(december.map((r) => [r.userId, r.moves, r.conversions])).toEqual([
      [org.salesId, 1, 1],
      [org.sales2Id, 0, 1],
      [org.ownerId, 0, 0],
      [org.managerId, 0, 0],
    ]);
    // D (created 1 Feb) goes to sales2: its conversion (8 days) follows; moves stay with whoever made them.
    await conn()
      .db.update(customers)
      .set({ ownerId: org.sales2Id })
      .where(and(eq(customers.orgId, org.orgId), eq(customers.createdAt, new Date("2025-02-01T10:00:00Z"))));
    const rows = await getTeam(conn().db, scope(), range);
    expect(rows.slice(0, 2).map((r) => [r.userId, r.moves, r.conversions, r.medianDaysToConvert])).toEqual([
      [org.sales2Id, 4, 2, (26 + 8) / 2],
      [org.salesId, 9, 1, 2],
    ]);
  });

  it("equals the in-memory references", async () => {
    const data = await loadReferenceData(conn().db, org.orgId, HAND_NOW);
    const { range: months, ...loyalty } = await getLoyalty(conn().db, scope(), { from: "2024-10", to: "2025-07" });
    expect(loyalty).toEqual(loyaltyReference(data, months));
    expect(await getTeam(conn().db, scope(), { from: "2024-10", to: "2025-07" })).toEqual(teamReference(data, months));
  });
});
