import { beforeAll, expect, it } from "vitest";
import { getRetention } from "@/lib/analytics/retention/cohorts";
import { retentionReference } from "../support/reference/retention";
import { describeOnEngines } from "../support/engines";
import { loadReferenceData } from "../support/retention-fixture";
import { createHandFixture, HAND_NOW } from "../support/retention-hand-fixture";

const n = null;

/*
 * Purchase months per customer in Asia/Jerusalem (see the fixture):
 *   A {Jan, Feb, Apr}  B {Feb, Mar} (its first purchase, 31 Jan 22:30 UTC, is 1 Feb locally)
 *   C {Jan, Jun} (31 May 21:30 UTC is 1 Jun locally)  D {Feb}
 *   E {Dec 2024, Jan} (31 Dec 21:59:59 UTC is still 31 Dec locally)
 *   G {Jan} (31 Dec 22:40 UTC is already 1 Jan locally)
 * Cohorts: Dec 2024 = {E}; Jan 2025 = {A, C, G}; Feb 2025 = {B, D}; Mar..Jun 2025 empty.
 * Current month: June 2025, so cohort month c + k after June is null, and c + k = June is partial
 * (shown "so far", left out of the average).
 */
const f = false;
describeOnEngines("retention cohorts", (conn) => {
  let orgId = "";
  beforeAll(async () => {
    ({ orgId } = await createHandFixture(conn().db));
  });
  const query = (mode: "on" | "onOrAfter", from = "2025-01", to = "2025-07") => getRetention(conn().db, { orgId, now: HAND_NOW }, { from, to, mode });

  it("mode=on: share of the cohort buying in month k after its first month", async () => {
    const result = await query("on");
    expect(result.cohorts.map((c) => c.month)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    // Jan {A,C,G}: k0 all 3; k1 Feb: A; k2 Mar: none; k3 Apr: A; k4 May: none; k5 Jun: C; k6 = Jul: not begun.
    expect(result.cohorts[0]).toMatchObject({ size: 3, counts: [3, 1, 0, 1, 0, 1, n, n, n, n, n, n] });
    expect(result.cohorts[0]?.retained).toEqual([1, 1 / 3, 0, 1 / 3, 0, 1 / 3, n, n, n, n, n, n]);
    // Feb {B,D}: k0 both; k1 Mar: B; k2 Apr, k3 May, k4 Jun: nobody; k5 = Jul: not begun.
    expect(result.cohorts[1]).toMatchObject({ size: 2, counts: [2, 1, 0, 0, 0, n, n, n, n, n, n, n] });
    expect(result.cohorts[1]?.retained).toEqual([1, 0.5, 0, 0, 0, n, n, n, n, n, n, n]);
    // Empty cohorts have no shares.
    expect(result.cohorts.slice(2).every((c) => c.size === 0 && c.retained.every((f) => f === null))).toBe(true);
    // June is Jan's k5 and Feb's k4.
    expect(result.cohorts[0]?.partial).toEqual([f, f, f, f, f, true, f, f, f, f, f, f]);
    expect(result.cohorts[1]?.partial).toEqual([f, f, f, f, true, f, f, f, f, f, f, f]);
    // Size-weighted over completed months: k0 5/5; k1 (1+1)/5; k2 0/5; k3 (1+0)/5; k4 Feb's is
    // June, so Jan alone: 0/3; k5 only Jan reached it, in June: none.
    expect(result.average).toEqual([1, 0.4, 0, 0.2, 0, n, n, n, n, n, n, n]);
  });

  it("mode=onOrAfter: share buying in month k or any later month", async () => {
    const result = await query("onOrAfter");
    // Jan: last months A Apr, C Jun, G Jan → k0 3; k1..k3 (≥ Feb, Mar, Apr): A, C; k4, k5 (≥ May, Jun): C.
    expect(result.cohorts[0]?.counts).toEqual([3, 2, 2, 2, 1, 1, n, n, n, n, n, n]);
    // Feb: last months B Mar, D Feb → k0 2; k1 (≥ Mar): B; then nobody.
    expect(result.cohorts[1]?.counts).toEqual([2, 1, 0, 0, 0, n, n, n, n, n, n, n]);
    // k1 (2+1)/5; k2 (2+0)/5; k3 (2+0)/5; k4 Jan alone 1/3; k5 partial: none.
    expect(result.average).toEqual([1, 0.6, 0.4, 0.4, 1 / 3, n, n, n, n, n, n, n]);
  });

  it("selects cohorts by their local month: December 2024 holds E only, not G", async () => {
    const result = await query("on", "2024-12-01", "2025-01-01");
    // E bought Dec and Jan; Feb..Jun nothing; k6 = Jun is partial; k7 = Jul 2025 has not begun.
    expect(result.cohorts).toEqual([
      { month: "2024-12", size: 1, counts: [1, 1, 0, 0, 0, 0, 0, n, n, n, n, n], retained: [1, 1, 0, 0, 0, 0, 0, n, n, n, n, n], partial: [f, f, f, f, f, f, true, f, f, f, f, f] },
    ]);
    expect(result.average).toEqual([1, 1, 0, 0, 0, 0, n, n, n, n, n, n]);
  });

  it("leaves out months that have not begun and answers empty ranges", async () => {
    const result = await query("on", "2025-05", "2025-09");
    expect(result.cohorts.map((c) => c.month)).toEqual(["2025-05", "2025-06"]);
    expect(result.average.every((f) => f === null)).toBe(true);
    const future = await query("on", "2025-08", "2025-09");
    expect(future.cohorts).toEqual([]);
  });

  it("equals the in-memory reference", async () => {
    const data = await loadReferenceData(conn().db, orgId, HAND_NOW);
    for (const mode of ["on", "onOrAfter"] as const) {
      const { range, ...sqlResult } = await query(mode, "2024-10", "2025-07");
      expect(sqlResult).toEqual(retentionReference(data, range, mode));
    }
  });
});
