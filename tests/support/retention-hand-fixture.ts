import type { Db } from "@/db/client";
import { createTestOrg } from "./factories";
import { insertCustomers } from "./retention-fixture";

/** "Now" for the hand-made fixture: June 2025 is the current month in Asia/Jerusalem. */
export const HAND_NOW = new Date("2025-06-15T12:00:00Z");

const t = (iso: string) => new Date(iso);

/**
 * The hand-made organization (Asia/Jerusalem: UTC+2 in winter, UTC+3 from 28 March 2025), shared
 * by the retention and loyalty db tests, which derive every expected figure from it in comments.
 * Local months are noted where the UTC instant falls in another month.
 *
 * Purchases (local month):             Stage history:
 *   A  Jan 10, Feb 05, Apr 20           awareness 2024-11-01 → conversion 2024-12-15 → retention Jan 10
 *                                       → loyalty 2025-03-31T21:30Z (Apr 1 00:30 local)
 *   B  2025-01-31T22:30Z (Feb), Mar 15  engagement Jan 05 → conversion 2025-01-31T22:00Z (Feb 1 local)
 *                                       → loyalty Feb 20 → lost Mar 20
 *   C  Jan 20, Jan 25, 2025-05-31T21:30Z awareness 2024-12-01 → conversion Jan 20 08:00 → loyalty Feb 01
 *      (Jun 1 00:30 local)               (the last move made by sales1, though C is the manager's)
 *   D  Feb 10                           consideration Feb 01 → conversion Feb 10 09:00 → retention Apr 10
 *                                       → lost May 05 → retention May 20
 *   E  2024-12-31T21:59:59Z (Dec), Jan 03 conversion 2024-12-20 → retention Jan 03
 *   F  —                                awareness Mar 01 → lost Apr 01
 *   G  2024-12-31T22:40Z (Jan 1 local)  conversion 2024-12-31T22:30Z (Jan 1 00:30 local; created then)
 *   H  —                                awareness 2025-04-30T21:30Z (May 1 local; created then)
 *   I  —                                awareness May 01 → conversion May 03
 */
export async function createHandFixture(db: Db) {
  const org = await createTestOrg(db);
  const { ownerId, managerId, salesId: s1, sales2Id: s2 } = org;
  const ids = { A: crypto.randomUUID(), B: crypto.randomUUID(), C: crypto.randomUUID() };
  const ev = (from: string | null, to: string, at: string, actorId: string) => ({ from, to, at: t(at), actorId });
  const buy = (at: string, amountMinor: number) => ({ at: t(at), amountMinor });
  await insertCustomers(db, org.orgId, [
    {
      id: ids.A,
      createdAt: t("2024-11-01T10:00:00Z"),
      ownerId: s1,
      events: [
        ev(null, "awareness", "2024-11-01T10:00:00Z", s1),
        ev("awareness", "conversion", "2024-12-15T10:00:00Z", s1),
        ev("conversion", "retention", "2025-01-10T09:00:00Z", s1),
        ev("retention", "loyalty", "2025-03-31T21:30:00Z", s1),
      ],
      purchases: [buy("2025-01-10T10:00:00Z", 10000), buy("2025-02-05T10:00:00Z", 5000), buy("2025-04-20T10:00:00Z", 2000)],
      feedback: [
        { at: t("2025-01-15T10:00:00Z"), score: 10, stageKey: "conversion" },
        { at: t("2025-04-02T10:00:00Z"), score: 10, stageKey: "loyalty" },
      ],
    },
    {
      id: ids.C,
      createdAt: t("2024-12-01T10:00:00Z"),
      ownerId: managerId,
      events: [
        ev(null, "awareness", "2024-12-01T10:00:00Z", managerId),
        ev("awareness", "conversion", "2025-01-20T08:00:00Z", managerId),
        ev("conversion", "loyalty", "2025-02-01T10:00:00Z", s1),
      ],
      purchases: [buy("2025-01-20T10:00:00Z", 1000), buy("2025-01-25T10:00:00Z", 1000), buy("2025-05-31T21:30:00Z", 6000)],
      feedback: [
        { at: t("2025-01-31T22:15:00Z"), score: 0, stageKey: "loyalty" },
        { at: t("2025-04-03T10:00:00Z"), score: 9, stageKey: "loyalty" },
      ],
    },
    {
      id: ids.B,
      createdAt: t("2025-01-05T10:00:00Z"),
      ownerId: s2,
      referredById: ids.A,
      events: [
        ev(null, "engagement", "2025-01-05T10:00:00Z", s2),
        ev("engagement", "conversion", "2025-01-31T22:00:00Z", s2),
        ev("conversion", "loyalty", "2025-02-20T10:00:00Z", s2),
        ev("loyalty", "lost", "2025-03-20T10:00:00Z", s2),
      ],
      purchases: [buy("2025-01-31T22:30:00Z", 3000), buy("2025-03-15T10:00:00Z", 4000)],
      feedback: [
        { at: t("2025-01-16T10:00:00Z"), score: 9, stageKey: "retention" },
        { at: t("2025-01-17T10:00:00Z"), score: 6, stageKey: "retention" },
        { at: t("2025-04-04T10:00:00Z"), score: 7, stageKey: "loyalty" },
      ],
    },
    {
      createdAt: t("2025-02-01T10:00:00Z"),
      ownerId: s1,
      referredById: ids.C,
      events: [
        ev(null, "consideration", "2025-02-01T10:00:00Z", s1),
        ev("consideration", "conversion", "2025-02-10T09:00:00Z", s1),
        ev("conversion", "retention", "2025-04-10T10:00:00Z", s1),
        ev("retention", "lost", "2025-05-05T10:00:00Z", s1),
        ev("lost", "retention", "2025-05-20T10:00:00Z", s1),
      ],
      purchases: [buy("2025-02-10T10:00:00Z", 7000)],
    },
    {
      createdAt: t("2024-12-20T10:00:00Z"),
      ownerId: s2,
      events: [ev(null, "conversion", "2024-12-20T10:00:00Z", s2), ev("conversion", "retention", "2025-01-03T12:00:00Z", s2)],
      purchases: [buy("2024-12-31T21:59:59Z", 500), buy("2025-01-03T10:00:00Z", 1500)],
      feedback: [{ at: t("2025-01-18T10:00:00Z"), score: 8, stageKey: "awareness" }],
    },
    {
      createdAt: t("2025-03-01T10:00:00Z"),
      ownerId: s1,
      referredById: ids.A,
      events: [ev(null, "awareness", "2025-03-01T10:00:00Z", s1), ev("awareness", "lost", "2025-04-01T10:00:00Z", s1)],
    },
    {
      createdAt: t("2024-12-31T22:30:00Z"),
      ownerId,
      referredById: ids.A,
      events: [ev(null, "conversion", "2024-12-31T22:30:00Z", ownerId)],
      purchases: [buy("2024-12-31T22:40:00Z", 2500)],
    },
    {
      createdAt: t("2025-04-30T21:30:00Z"),
      ownerId: s2,
      referredById: ids.B,
      events: [ev(null, "awareness", "2025-04-30T21:30:00Z", s2)],
    },
    {
      createdAt: t("2025-05-01T10:00:00Z"),
      ownerId: s1,
      events: [ev(null, "awareness", "2025-05-01T10:00:00Z", s1), ev("awareness", "conversion", "2025-05-03T10:00:00Z", s1)],
    },
  ]);
  return org;
}
