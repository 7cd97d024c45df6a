import { randomUUID } from "node:crypto";
import { beforeAll, expect, it } from "vitest";
import { provideConnection } from "@/db/index";
import type { CurrentUser } from "@/lib/auth/session";
import { getJourneyMapFor } from "@/lib/journey-map/service";
import { buildHistory } from "../support/analytics-fixture";
import { describeOnEngines } from "../support/engines";
import { U1, U2 } from "../support/funnel-fixture";
import { insertMapHistory, mapUser } from "../support/journey-map-fixture";

/*
 * Time in stage, latest visit, where the latest visit in the range is not the customer's last: the
 * next visit to the stage ended exactly at the range's end or after it. Range [March 1, March 11) UTC.
 *   awareness:  G 2 days (next visit ended at March 11 00:00), H 4 (next ended March 20), I 5, J ½
 *               (J's first visit is not counted: the next one ended in the range)
 *   engagement: G 2, H 1, J ½ (I is still there)
 */
const history = () =>
  buildHistory("UTC", [
    { id: randomUUID(), channel: "other", ownerId: U1, events: [["awareness", "2024-03-01T00:00Z"], ["engagement", "2024-03-03T00:00Z"], ["awareness", "2024-03-05T00:00Z"], ["engagement", "2024-03-11T00:00Z"]] },
    { id: randomUUID(), channel: "other", ownerId: U1, events: [["awareness", "2024-03-02T00:00Z"], ["engagement", "2024-03-06T00:00Z"], ["awareness", "2024-03-07T00:00Z"], ["engagement", "2024-03-20T00:00Z"]] },
    { id: randomUUID(), channel: "other", ownerId: U2, events: [["awareness", "2024-03-04T00:00Z"], ["engagement", "2024-03-09T00:00Z"]] },
    { id: randomUUID(), channel: "other", ownerId: U2, events: [["awareness", "2024-03-01T12:00Z"], ["engagement", "2024-03-02T00:00Z"], ["awareness", "2024-03-02T12:00Z"], ["engagement", "2024-03-03T00:00Z"]] },
  ]);

describeOnEngines("journey map time in stage when the next visit ends at or after the range's end", (conn) => {
  let orgId = "";
  const as = (role: CurrentUser["role"], id = U1) => mapUser(orgId, role, id);
  const times = async (user: CurrentUser) =>
    Object.fromEntries(
      (await getJourneyMapFor(user, { journey: "acquisition", from: "2024-03-01", to: "2024-03-11", locale: "en" })).stages
        .filter((s) => s.medianDays !== null)
        .map((s) => [s.key, [s.medianDays, s.p90Days]]),
    );

  beforeAll(async () => {
    provideConnection(conn());
    ({ orgId } = await insertMapHistory(conn().db, { ...history(), touchpoints: [], feedback: [] }, [U1, U2]));
  });

  it("counts the visit whose next visit ended at the range's end or later, and not the one whose next ended in it", async () => {
    expect(await times(as("manager"))).toEqual({
      awareness: [3, expect.closeTo(4.7, 9)], // ½, 2, 4, 5: (2 + 4) / 2; 4 + 0.7 × (5 − 4)
      engagement: [1, expect.closeTo(1.8, 9)], // ½, 1, 2: 1; 1 + 0.8 × (2 − 1)
    });
  });

  it("keeps to the sales user's own customers", async () => {
    expect(await times(as("sales", U1))).toEqual({
      awareness: [3, expect.closeTo(3.8, 9)], // G 2, H 4: 2 + 0.9 × 2
      engagement: [1.5, expect.closeTo(1.9, 9)], // H 1, G 2
    });
  });
});
