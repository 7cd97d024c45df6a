import fc from "fast-check";
import { expect, it } from "vitest";
import { mergeCustomers } from "@/db/mutations/customer-merge";
import { funnel } from "@/db/queries/analytics-funnel";
import { pathsFromScratch, storedPaths } from "@/db/queries/analytics-funnel-paths";
import { loadAnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { flow, snapshot } from "@/db/queries/analytics-funnel-snapshot";
import { timeInStage, timeToConvert } from "@/db/queries/analytics-funnel-times";
import { addDays } from "@/core/analytics/dates";
import { funnelReference } from "../support/reference/funnel";
import { flowReference, snapshotReference, timeInStageReference, timeToConvertReference } from "../support/reference/history";
import type { FunnelQuery } from "@/core/analytics/types";
import { Rng } from "@/db/seed/random";
import { buildHistory, insertHistory } from "../support/analytics-fixture";
import type { History } from "../support/reference/timelines";
import { describeOnEngines } from "../support/engines";
import { U1, U2 } from "../support/funnel-fixture";

const HOUR = 3_600_000;
const BASE_DATE = "2024-02-20";
const BASE = Date.parse(`${BASE_DATE}T00:00:00Z`);
const keys = ["awareness", "engagement", "consideration", "qualified", "conversion", "retention", "loyalty", "lost"];

// Each customer starts somewhere in 45 days; each next event follows 0 to 72 hours later (0: a tie),
// or whole days later so that conversion windows end exactly on an event.
const customer = fc.record({
  channel: fc.constantFrom("whatsapp" as const, "instagram" as const, "referral" as const),
  ownerId: fc.constantFrom(U1, U2, null),
  start: fc.integer({ min: 0, max: 45 * 24 }),
  moves: fc.array(fc.record({ key: fc.constantFrom(...keys), gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 72 }), fc.constantFrom(24, 48, 168)) }), { maxLength: 7 }),
});

const query = fc.record({
  start: fc.integer({ min: 0, max: 40 }),
  days: fc.integer({ min: 1, max: 30 }),
  journey: fc.constantFrom("acquisition" as const, "retention" as const),
  cohort: fc.constantFrom("created" as const, "active" as const),
  order: fc.constantFrom("any" as const, "strict" as const),
  windowDays: fc.option(fc.constantFrom(1, 2, 3, 7), { nil: undefined }),
  asOf: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
  breakdown: fc.option(fc.constantFrom("channel" as const, "owner" as const), { nil: undefined }),
  channel: fc.option(fc.constantFrom("whatsapp" as const, "referral" as const), { nil: undefined, freq: 4 }),
  ownerId: fc.option(fc.constantFrom(U1, U2), { nil: undefined, freq: 4 }),
});

// How the history arrives: events in a shuffled order over two statements (the second holds events
// earlier than ones already written: back-dated moves, imports), then maybe a merge of two customers.
const arrival = fc.record({ shuffle: fc.integer(), later: fc.nat({ max: 30 }), merge: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }) });

function shuffled(history: History, seed: number): History {
  const rng = new Rng(seed);
  const events = [...history.events];
  for (let i = events.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [events[i], events[j]] = [events[j] as (typeof events)[number], events[i] as (typeof events)[number]];
  }
  return { ...history, events };
}

/** The history after the merged-away customer's record and events are gone (docs/architecture.md, "Merging customers"). */
function withoutCustomer(history: History, id: string): History {
  return { ...history, customers: history.customers.filter((c) => c.id !== id), events: history.events.filter((e) => e.customerId !== id) };
}

describeOnEngines("funnel analytics equal the reference implementation on random histories", (conn) => {
  it("in every mode, with snapshot, time in stage, time to convert and flow", async () => {
    const { db } = conn();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("Asia/Jerusalem", "Asia/Tehran", "UTC"),
        fc.array(customer, { minLength: 1, maxLength: 12 }),
        query,
        arrival,
        async (timeZone, specs, raw, how) => {
          const written = buildHistory(
            timeZone,
            specs.map((s) => {
              let at = BASE + s.start * HOUR;
              return { channel: s.channel, ownerId: s.ownerId, events: s.moves.map((m) => [m.key, (at += m.gap * HOUR)] as [string, number]) };
            }),
          );
          const { orgId, insertRest } = await insertHistory(db, shuffled(written, how.shuffle), [U1, U2], Math.min(how.later, written.events.length));
          await insertRest();
          let history = written;
          const pair = how.merge && [written.customers[how.merge[0] % written.customers.length], written.customers[how.merge[1] % written.customers.length]];
          if (pair?.[0] && pair[1] && pair[0].id !== pair[1].id) {
            const version = written.events.filter((e) => e.customerId === pair[0]?.id).length + 1;
            await mergeCustomers(db, { orgId, actorId: U1, survivorId: pair[0].id, mergedId: pair[1].id, version });
            history = withoutCustomer(written, pair[1].id);
          }
          expect(await storedPaths(db, { orgId })).toEqual(await pathsFromScratch(db, { orgId }));
          const ctx = await loadAnalyticsContext(db, { orgId });
          const from = addDays(BASE_DATE, raw.start);
          const q: FunnelQuery = {
            ...raw,
            from,
            to: addDays(from, raw.days),
            asOf: raw.asOf === undefined ? undefined : addDays(BASE_DATE, raw.asOf),
          };
          expect(await funnel(db, { orgId, ...q })).toEqual(funnelReference(history, q));
          // The created cohort in both orders with the same window and asOf: what funnel_paths answers.
          for (const order of ["any", "strict"] as const) {
            const created: FunnelQuery = { ...q, cohort: "created", order };
            expect(await funnel(db, { orgId, ...created })).toEqual(funnelReference(history, created));
          }
          const range = { from: q.from, to: q.to, journey: q.journey, channel: q.channel, ownerId: q.ownerId };
          const asOf = { asOf: q.asOf ?? q.to, channel: q.channel, ownerId: q.ownerId };
          expect(await snapshot(db, ctx, asOf)).toEqual(snapshotReference(history, asOf));
          expect(await timeInStage(db, ctx, range)).toEqual(timeInStageReference(history, range));
          expect(await timeToConvert(db, ctx, range)).toEqual(timeToConvertReference(history, range));
          expect(await flow(db, ctx, range)).toEqual(flowReference(history, range));
        },
      ),
      { numRuns: 25 },
    );
  });
});
