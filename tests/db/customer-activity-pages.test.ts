import { expect, it } from "vitest";
import type { Db } from "@/db/client";
import { addTouchpoint } from "@/db/mutations/activity";
import { pageTouchpoints, type ActivityCursor } from "@/db/queries/customer-activity-pages";
import { decodeCursor, encodeCursor } from "@/lib/customers/cursor";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

describeOnEngines("a customer's activity, page by page", (conn) => {
  const db = () => conn().db as Db;

  it("walks the touchpoints newest first, ties by id, microseconds kept, each once", async () => {
    const org = await createTestOrg(db());
    const customer = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, at: new Date("2025-01-01T00:00:00Z") });
    const other = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, at: new Date("2025-01-01T00:00:00Z") });
    const on = { orgId: org.orgId, actorId: org.ownerId, channel: "phone" as const, kind: "call" as const };
    const instants = ["2025-03-01T10:00:00.000Z", "2025-03-02T10:00:00.000Z", "2025-03-02T10:00:00.000Z", "2025-03-02T10:00:00.000Z", "2025-03-03T10:00:00.000Z"];
    const rows: { id: string; at: Date }[] = [];
    for (const at of instants) {
      const row = await addTouchpoint(db(), { ...on, customerId: customer.id, at: new Date(at) });
      if (row) rows.push(row);
    }
    await addTouchpoint(db(), { ...on, customerId: other.id, at: new Date("2025-03-04T10:00:00Z") });
    const expected = [...rows].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);

    const seen: string[] = [];
    let cursor: ActivityCursor | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await pageTouchpoints(db(), { orgId: org.orgId, customerId: customer.id, limit: 2, cursor });
      seen.push(...page.items.map((r) => r.id));
      if (!page.nextCursor) break;
      // Through the API's cursor text and back, as a client would send it.
      const decoded = decodeCursor(encodeCursor({ value: page.nextCursor.at, id: page.nextCursor.id }) ?? "", "instant");
      if (!decoded || decoded === "invalid") throw new Error(`cursor ${JSON.stringify(page.nextCursor)} did not survive`);
      cursor = { at: decoded.value, id: decoded.id };
    }
    expect(seen).toEqual(expected);
  });
});
