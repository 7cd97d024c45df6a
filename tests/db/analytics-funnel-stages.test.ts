import { beforeAll, expect, it } from "vitest";
import { loadAnalyticsContext, type AnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { funnelKpis } from "@/db/queries/analytics-funnel-kpis";
import { flow, snapshot } from "@/db/queries/analytics-funnel-snapshot";
import { timeInStage, timeToConvert } from "@/db/queries/analytics-funnel-times";
import { insertHistory } from "../support/analytics-fixture";
import { describeOnEngines } from "../support/engines";
import { flowInMarch, kpisMarch, snapshotEnd, snapshotMid, timeInMarch, toConvertInMarch } from "../support/funnel-expected-stages";
import { funnelFixture, MARCH, U1, U2 } from "../support/funnel-fixture";
import { rounded } from "../support/round";

describeOnEngines("snapshot, time in stage, flow and KPIs on the hand-made fixture", (conn) => {
  let ctx: AnalyticsContext;
  const march = { ...MARCH, journey: "acquisition" as const };
  beforeAll(async () => {
    const { orgId } = await insertHistory(conn().db, funnelFixture(), [U1, U2]);
    ctx = await loadAnalyticsContext(conn().db, { orgId });
  });

  it("snapshots each stage as of a date from the history", async () => {
    expect(await snapshot(conn().db, ctx, { asOf: "2024-03-15" })).toEqual(snapshotMid);
    expect(await snapshot(conn().db, ctx, { asOf: "2024-03-31" })).toEqual(snapshotEnd);
    // U1's instagram customers: c09 engagement, c14 retention, c20 awareness; c28 has no event yet.
    expect(await snapshot(conn().db, ctx, { asOf: "2024-03-31", channel: "instagram", ownerId: U1 })).toEqual([
      { key: "awareness", customers: 1 },
      { key: "engagement", customers: 1 },
      { key: "retention", customers: 1 },
    ]);
  });

  it("gives median and p90 days in stage, latest and cumulative", async () => {
    expect(rounded(await timeInStage(conn().db, ctx, march))).toEqual(rounded(timeInMarch));
  });

  it("gives the days to convert", async () => {
    expect(rounded(await timeToConvert(conn().db, ctx, MARCH))).toEqual(rounded(toConvertInMarch));
  });

  it("counts the flow between stages, backward moves and lost included", async () => {
    expect(await flow(conn().db, ctx, march)).toEqual(flowInMarch);
  });

  it("compares the KPIs with the previous period of the same length", async () => {
    const kpis = await funnelKpis(conn().db, ctx, { ...march, cohort: "created", order: "any", breakdown: "channel" });
    expect(rounded(kpis)).toEqual(rounded(kpisMarch));
  });

  it("counts a running March so far and compares it with as many days of February", async () => {
    const kpis = await funnelKpis(conn().db, ctx, { ...march, cohort: "created", order: "any" }, "2024-03-10");
    const [current, previous] = await Promise.all([
      funnelKpis(conn().db, ctx, { ...march, from: "2024-03-01", to: "2024-03-11", cohort: "created", order: "any" }),
      funnelKpis(conn().db, ctx, { ...march, from: "2024-02-01", to: "2024-02-11", cohort: "created", order: "any" }),
    ]);
    expect(kpis.partial).toBe(true);
    expect([kpis.currentRange, kpis.previousRange]).toEqual([{ from: "2024-03-01", to: "2024-03-11" }, { from: "2024-02-01", to: "2024-02-11" }]);
    expect([kpis.current, kpis.previous]).toEqual([current.current, previous.current]);
  });
});
