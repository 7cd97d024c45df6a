import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { expect, it } from "vitest";
import { loadAnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { addDays } from "@/core/analytics/dates";
import type { Db } from "@/db/client";
import { customers } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { loadStageFigures } from "@/lib/journey-map/figures";
import { buildHistory } from "../support/analytics-fixture";
import { describeOnEngines } from "../support/engines";
import { U1, U2 } from "../support/funnel-fixture";
import { insertMapHistory, mergedHistory, mergeInDatabase } from "../support/journey-map-fixture";
import { journeyMapReference, type MapHistory } from "../support/reference/journey-map-reference";

const HOUR = 3_600_000;
const BASE_DATE = "2024-03-10";
const BASE = Date.parse(`${BASE_DATE}T00:00:00Z`);
const keys = ["awareness", "engagement", "consideration", "qualified", "conversion", "retention", "loyalty", "lost"];
const channel = fc.constantFrom("whatsapp" as const, "instagram" as const, "phone" as const);
// Touchpoints and feedback land on whole hours like the events, so many fall exactly on a move.
const hourOffset = fc.integer({ min: -24, max: 40 * 24 });

const customer = fc.record({
  ownerId: fc.constantFrom(U1, U2, null),
  // Whole days often, so that histories start and moves fall exactly on a range's first instant.
  start: fc.oneof(fc.integer({ min: 0, max: 30 * 24 }), fc.integer({ min: 0, max: 30 }).map((d) => d * 24)),
  moves: fc.array(
    fc.record({ key: fc.constantFrom(...keys), gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 96 }), fc.constantFrom(24, 48, 72)), reason: fc.option(fc.constantFrom("price", "timing", "competitor"), { nil: undefined }) }),
    { minLength: 1, maxLength: 7 },
  ),
  touchpoints: fc.array(fc.record({ channel, hour: hourOffset }), { maxLength: 5 }),
  feedback: fc.array(fc.record({ score: fc.integer({ min: 0, max: 10 }), hour: hourOffset, comment: fc.constantFrom(null, "", "  ", "great", "too slow\n") }), { maxLength: 4 }),
});

/** Reassigns the `n`th customer (of those left) to `ownerId`, as the database update does. */
function reassigned(history: MapHistory, reassign: [number, string | null] | undefined): MapHistory {
  if (!reassign) return history;
  const id = history.customers[reassign[0] % history.customers.length]?.id;
  return { ...history, customers: history.customers.map((c) => (c.id === id ? { ...c, ownerId: reassign[1] } : c)) };
}

/** The journey map's stored facts: the attribution, the visits and the per-day counts summed by key. */
async function storedFacts(db: Db, orgId: string) {
  return Promise.all([
    queryRows(db, sql`select id, attributed_stage from touchpoints where org_id = ${orgId} union all select id, attributed_stage from feedback where org_id = ${orgId} order by 1`),
    queryRows(db, sql`select * from journey_map_visits where org_id = ${orgId} order by event_id`),
    queryRows(
      db,
      sql`select owner_id, stage_key, kind, day::text, other_day::text, label, sum(n)::int as n from journey_map_days where org_id = ${orgId}
        group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0 order by 1, 2, 3, 4, 5, 6`,
    ),
  ]);
}

/** Damages the stored facts: a visit gone, a visit's exit moved, a count gone and a count invented. */
async function driftFacts(db: Db, orgId: string) {
  await db.execute(sql`delete from journey_map_visits where org_id = ${orgId} and event_id = (select event_id from journey_map_visits where org_id = ${orgId} order by event_id limit 1)`);
  await db.execute(sql`update journey_map_visits set exit_at = exit_at + interval '1 day' where org_id = ${orgId} and event_id = (select event_id from journey_map_visits where org_id = ${orgId} and exit_at is not null order by event_id desc limit 1)`);
  await db.execute(sql`delete from journey_map_days where org_id = ${orgId} and id = (select id from journey_map_days where org_id = ${orgId} order by id limit 1)`);
  await db.execute(sql`insert into journey_map_days (org_id, stage_key, kind, day, n, folded) values (${orgId}, 'awareness', 'entry', '2020-01-01', 3, true)`);
}

describeOnEngines("journey map figures equal the reference implementation on random histories", (conn) => {
  it("attributes touchpoints and feedback to the stage of their instant and counts every figure alike, after back-dated moves and merges", async () => {
    const { db } = conn();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("Asia/Jerusalem", "Asia/Tehran", "UTC", "UTC"),
        fc.array(customer, { minLength: 1, maxLength: 10 }),
        fc.record({ start: fc.integer({ min: 0, max: 30 }), days: fc.integer({ min: 1, max: 20 }), journey: fc.constantFrom("acquisition" as const, "retention" as const), ownerId: fc.option(fc.constantFrom(U1, U2), { nil: undefined, freq: 3 }), today: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }) }),
        // The last events written after the touchpoints and feedback (back-dated moves), and a merge.
        // A customer given to another owner (the sales scope counts by the current owner).
        fc.record({
          holdBack: fc.integer({ min: 0, max: 12 }),
          merge: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
          reassign: fc.option(fc.tuple(fc.nat(), fc.constantFrom(U1, U2, null)), { nil: undefined }),
        }),
        async (timeZone, specs, raw, writes) => {
          const ids = specs.map(() => randomUUID());
          const base = buildHistory(
            timeZone,
            specs.map((s, i) => {
              let at = BASE + s.start * HOUR;
              return { id: ids[i], channel: "other" as const, ownerId: s.ownerId, events: s.moves.map((m) => [m.key, (at += m.gap * HOUR), m.reason] as [string, number, string?]) };
            }),
          );
          const written: MapHistory = {
            ...base,
            touchpoints: specs.flatMap((s, i) => s.touchpoints.map((t) => ({ customerId: ids[i] as string, channel: t.channel, at: BASE + t.hour * HOUR }))),
            feedback: specs.flatMap((s, i) => s.feedback.map((f) => ({ id: randomUUID(), customerId: ids[i] as string, score: f.score, comment: f.comment, at: BASE + f.hour * HOUR }))),
          };
          const { orgId } = await insertMapHistory(db, written, [U1, U2], writes.holdBack);
          const [survivor, merged] = (writes.merge ?? []).map((n) => ids[n % ids.length] as string);
          const merging = survivor !== undefined && merged !== undefined && survivor !== merged;
          if (merging) await mergeInDatabase(db, orgId, U1, survivor, merged);
          const history = reassigned(merging ? mergedHistory(written, survivor, merged) : written, writes.reassign);
          if (writes.reassign) {
            const [n, ownerId] = writes.reassign;
            const id = history.customers[n % history.customers.length]?.id ?? "";
            await db.update(customers).set({ ownerId }).where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
          }
          const ctx = await loadAnalyticsContext(db, { orgId });
          const from = addDays(BASE_DATE, raw.start);
          // With today inside the range, the NPS trend compares the days so far only.
          const today = raw.today === undefined ? undefined : addDays(BASE_DATE, raw.today);
          const query = { journey: raw.journey, from, to: addDays(from, raw.days), ownerId: raw.ownerId, today };
          const actual = await loadStageFigures(db, ctx, query);
          const expected = journeyMapReference(history, query);
          const sorted = (m: typeof actual) =>
            [...m].map(([key, f]) => ({
              key,
              ...f,
              lost: [...f.lost].sort((a, b) => (a.reason ?? "").localeCompare(b.reason ?? "")),
              channels: [...f.channels].sort((a, b) => a.channel.localeCompare(b.channel)),
            }));
          expect(sorted(actual)).toEqual(sorted(expected));
          // What the triggers kept is what the set-based rebuilds (backfill, bulk seed) compute, and
          // folding the appended counts changes no sum.
          const kept = await storedFacts(db, orgId);
          await db.execute(sql`select journey_map_fold(${orgId}::uuid)`);
          expect(await storedFacts(db, orgId)).toEqual(kept);
          await db.execute(sql`select journey_map_attribute_org(${orgId}::uuid)`);
          // The rebuild writes only what differs, so it must also mend facts that drifted.
          await driftFacts(db, orgId);
          await db.execute(sql`select journey_map_rebuild_org(${orgId}::uuid)`);
          expect(await storedFacts(db, orgId)).toEqual(kept);
        },
      ),
      { numRuns: 40 },
    );
  });
});
