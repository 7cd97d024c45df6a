import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { expect, it } from "vitest";
import { organizations, purchases } from "@/db/schema";
import { getLoyalty } from "@/lib/analytics/loyalty/trends";
import { loyaltyReference } from "../support/reference/loyalty";
import { getRetention } from "@/lib/analytics/retention/cohorts";
import { monthFromIndex, monthIndex } from "@/lib/analytics/retention/months";
import { retentionReference } from "../support/reference/retention";
import { getTeam } from "@/lib/analytics/loyalty/team";
import { teamReference } from "../support/reference/team";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";
import { insertCustomers, loadReferenceData, type FixtureCustomer } from "../support/retention-fixture";

const NOW = new Date("2025-07-10T00:00:00Z");
const START = Date.UTC(2024, 0, 1);
const MONTHS = 18;
const MINUTE = 60_000;
const stageKeys = ["awareness", "engagement", "consideration", "conversion", "retention", "loyalty"] as const;

/** Instants anywhere in the 18 months, often within hours of a month's start (time-zone edges). */
const instant = fc.oneof(
  fc.integer({ min: 0, max: Date.UTC(2025, 6, 1) - START - 1 }).map((ms) => new Date(START + ms)),
  fc
    .record({ month: fc.integer({ min: 1, max: MONTHS - 1 }), minutes: fc.integer({ min: -600, max: 600 }) })
    .map(({ month, minutes }) => new Date(Date.UTC(2024, month, 1) + minutes * MINUTE)),
);

const customerArb = fc.record({
  createdAt: instant,
  owner: fc.integer({ min: 0, max: 4 }),
  referred: fc.boolean(),
  first: fc.constantFrom(...stageKeys),
  moves: fc.array(
    fc.record({ to: fc.constantFrom(...stageKeys, "lost"), gapMinutes: fc.integer({ min: 1, max: 90 * 24 * 60 }), actor: fc.integer({ min: 0, max: 4 }) }),
    { maxLength: 6 },
  ),
  purchases: fc.array(fc.record({ at: instant, amountMinor: fc.integer({ min: 0, max: 50_000 }) }), { maxLength: 4 }),
  feedback: fc.array(fc.record({ at: instant, score: fc.integer({ min: 0, max: 10 }), stageKey: fc.constantFrom(...stageKeys) }), { maxLength: 3 }),
});

const scenarioArb = fc.record({
  timeZone: fc.constantFrom("Asia/Jerusalem", "Asia/Tehran", "UTC", "America/Los_Angeles"),
  customers: fc.array(customerArb, { minLength: 1, maxLength: 14 }),
  /** Purchases written afterwards, in their own statement, for customers that already exist. */
  late: fc.array(fc.record({ customer: fc.nat(), at: instant, amountMinor: fc.integer({ min: 0, max: 50_000 }) }), { maxLength: 5 }),
  /** Purchases whose amount is divisible by this are deleted at the end (0: none). */
  deleteDivisor: fc.constantFrom(0, 3, 7),
  firstMonth: fc.integer({ min: 0, max: MONTHS - 1 }),
  span: fc.integer({ min: 1, max: 14 }),
  dayPrecisionTo: fc.boolean(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function toFixture(s: Scenario["customers"][number], ids: string[], people: (string | null)[]): FixtureCustomer & { id: string } {
  const id = crypto.randomUUID();
  const events: NonNullable<FixtureCustomer["events"]> = [{ from: null, to: s.first, at: s.createdAt, actorId: people[s.owner] ?? null }];
  for (const move of s.moves) {
    const last = events.at(-1);
    const at = new Date((last?.at.getTime() ?? 0) + move.gapMinutes * MINUTE);
    if (!last || at > NOW || (last.to === "lost" && move.to === "lost")) continue;
    events.push({ from: last.to, to: move.to, at, actorId: people[move.actor] ?? null });
  }
  const referredById = s.referred && ids.length > 0 ? (ids[ids.length - 1] ?? null) : null;
  return { id, createdAt: s.createdAt, ownerId: people[s.owner] ?? null, referredById, events, purchases: s.purchases, feedback: s.feedback };
}

describeOnEngines("retention and loyalty SQL equal the in-memory references (property)", (conn) => {
  it("for random histories, time zones, ranges and modes", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const { db } = conn();
        const org = await createTestOrg(db);
        await db.update(organizations).set({ timeZone: scenario.timeZone }).where(eq(organizations.id, org.orgId));
        const people = [org.ownerId, org.managerId, org.salesId, org.sales2Id, null];
        const ids: string[] = [];
        const fixtures = scenario.customers.map((c) => {
          const fixture = toFixture(c, ids, people);
          ids.push(fixture.id);
          return fixture;
        });
        const half = Math.ceil(fixtures.length / 2);
        await insertCustomers(db, org.orgId, fixtures.slice(0, half));
        await insertCustomers(db, org.orgId, fixtures.slice(half));
        const late = scenario.late.map((p) => ({ orgId: org.orgId, customerId: ids[p.customer % ids.length] as string, currency: "ILS", at: p.at, amountMinor: p.amountMinor }));
        if (late.length) await db.insert(purchases).values(late);
        if (scenario.deleteDivisor) {
          await db.delete(purchases).where(and(eq(purchases.orgId, org.orgId), sql`${purchases.amountMinor} % ${scenario.deleteDivisor} = 0`));
        }

        const first = monthFromIndex(monthIndex("2024-01") + scenario.firstMonth);
        const end = monthFromIndex(monthIndex(first) + scenario.span);
        const query = { from: first, to: scenario.dayPrecisionTo ? `${end}-15` : end };
        const scope = { orgId: org.orgId, now: NOW };
        const data = await loadReferenceData(db, org.orgId, NOW);
        for (const mode of ["on", "onOrAfter"] as const) {
          const { range, ...result } = await getRetention(db, scope, { ...query, mode });
          expect(result).toEqual(retentionReference(data, range, mode));
        }
        const { range, ...loyalty } = await getLoyalty(db, scope, query);
        expect(loyalty).toEqual(loyaltyReference(data, range));
        expect(await getTeam(db, scope, query)).toEqual(teamReference(data, range));
      }),
      { numRuns: 25 },
    );
  });
});
