import { beforeAll, expect, it } from "vitest";
import { funnel, isAggregateMode } from "@/db/queries/analytics-funnel";
import { insertHistory } from "../support/analytics-fixture";
import { describeOnEngines } from "../support/engines";
import { funnelFixture, U1, U2 } from "../support/funnel-fixture";
import { funnelCases } from "../support/funnel-expected";

describeOnEngines("funnel analytics on the hand-made fixture", (conn) => {
  let orgId = "";
  beforeAll(async () => {
    ({ orgId } = await insertHistory(conn().db, funnelFixture(), [U1, U2]));
  });

  it.each(funnelCases.map((c) => [c.name, c] as const))("%s", async (_, c) => {
    const { db } = conn();
    expect(await funnel(db, { orgId, ...c.query })).toEqual(c.expected);
    // The aggregate answers the default mode; the history computation must agree with it.
    if (isAggregateMode(c.query)) expect(await funnel(db, { orgId, ...c.query }, "history")).toEqual(c.expected);
  });

  it("sees nothing of another organization", async () => {
    const { db } = conn();
    const other = await insertHistory(db, funnelFixture(), [U1, U2]);
    const query = funnelCases[0]?.query;
    if (!query) throw new Error("no case");
    expect((await funnel(db, { orgId: other.orgId, ...query })).cohortSize).toBe(18);
    expect((await funnel(db, { orgId, ...query })).cohortSize).toBe(18);
  });
});
