import { eq } from "drizzle-orm";
import fc from "fast-check";
import { expect, it } from "vitest";
import { listCustomers, type CustomerPage, type CustomerSort } from "@/db/queries/customers";
import { customers, stages } from "@/db/schema";
import { searchTerms } from "@/core/search/terms";
import { describeOnEngines } from "../support/engines";
import { createTestOrg } from "../support/factories";

const DAY = 86_400_000;
const stageKeys = ["awareness", "consideration", "conversion", "retention"] as const;
const channelList = ["whatsapp", "instagram"] as const;
const letter = fc.constantFrom("a", "b", "c", "d");

// Names of two to eight letters from a small alphabet, so that a search of one to three letters matches
// anywhere from none to nearly all of the customers; three days for each date, so that sorts tie.
const customer = fc.record({
  name: fc.string({ unit: letter, minLength: 2, maxLength: 8 }),
  stage: fc.constantFrom(...stageKeys),
  channel: fc.constantFrom(...channelList),
  lost: fc.boolean(),
  owned: fc.boolean(),
  createdDay: fc.integer({ min: 0, max: 2 }),
  enteredDay: fc.integer({ min: 0, max: 2 }),
  // Days since the last activity: far from every stage's idle days (14 or 30) on either side.
  idle: fc.constantFrom(1, 400),
});

/** A filter in one listing of four. */
const sometimes = <T>(value: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: value, weight: 1 });

const listing = fc.record({
  search: fc.oneof(letter, fc.string({ unit: letter, minLength: 2, maxLength: 3 })),
  secondWord: sometimes(letter),
  sort: fc.constantFrom<CustomerSort>("name", "createdAt", "stageEnteredAt", "lastActivityAt"),
  dir: fc.constantFrom("asc" as const, "desc" as const),
  limit: fc.integer({ min: 1, max: 4 }),
  walk: fc.integer({ min: 1, max: 12 }),
  stage: sometimes(fc.constantFrom(...stageKeys)),
  journey: sometimes(fc.constantFrom("acquisition" as const, "retention" as const)),
  channel: sometimes(fc.constantFrom(...channelList)),
  lost: sometimes(fc.boolean()),
  stale: sometimes(fc.boolean()),
  salesView: fc.boolean(),
});

type Row = typeof customers.$inferSelect;

describeOnEngines("a customer search pages exactly like the reference, whichever plan it takes", (conn) => {
  it("walks the list order or reads the trigram index, with every sort, filter and cursor", async () => {
    const { db } = conn();
    const org = await createTestOrg(db);
    const stageRows = await db.select().from(stages).where(eq(stages.orgId, org.orgId));
    const stageOf = new Map(stageRows.map((s) => [s.key, s]));
    const now = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(customer, { minLength: 5, maxLength: 30 }), listing, async (specs, q) => {
        await db.delete(customers).where(eq(customers.orgId, org.orgId));
        const rows = await db
          .insert(customers)
          .values(specs.map((c) => ({
            orgId: org.orgId,
            name: c.name,
            stageKey: c.stage,
            channel: c.channel,
            lost: c.lost,
            ownerId: c.owned ? org.salesId : org.sales2Id,
            createdAt: new Date(now - (10 + c.createdDay) * DAY),
            stageEnteredAt: new Date(now - (10 + c.enteredDay) * DAY),
            lastActivityAt: new Date(now - c.idle * DAY),
          })))
          .returning();

        const words = [q.search, ...(q.secondWord ? [q.secondWord] : [])];
        const isStale = (c: Row) => c.lastActivityAt.getTime() <= now - (stageOf.get(c.stageKey)?.idleDays ?? 0) * DAY;
        const expected = rows
          .filter((c) => words.every((w) => c.name.includes(w)))
          .filter((c) => !q.salesView || c.ownerId === org.salesId)
          .filter((c) => q.stage === undefined || c.stageKey === q.stage)
          .filter((c) => q.journey === undefined || stageOf.get(c.stageKey)?.journey === q.journey)
          .filter((c) => q.channel === undefined || c.channel === q.channel)
          .filter((c) => q.lost === undefined || c.lost === q.lost)
          .filter((c) => q.stale === undefined || (q.stale ? !c.lost && isStale(c) : !isStale(c)))
          .sort((a, b) => compare(a, b, q.sort) * (q.dir === "asc" ? 1 : -1))
          .map((c) => c.id);

        const page: CustomerPage = {
          orgId: org.orgId,
          ownerId: q.salesView ? org.salesId : undefined,
          search: searchTerms(words.join(" "), "IL"),
          sort: q.sort,
          dir: q.dir,
          limit: q.limit,
          stage: q.stage,
          journey: q.journey,
          channel: q.channel,
          lost: q.lost,
          stale: q.stale,
        };
        const seen: string[] = [];
        let cursor: CustomerPage["cursor"];
        do {
          const result = await listCustomers(db, { ...page, cursor }, q.walk);
          seen.push(...result.items.map((r) => r.customer.id));
          cursor = result.nextCursor ?? undefined;
        } while (cursor && seen.length <= rows.length);
        expect(seen).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

function compare(a: Row, b: Row, sort: CustomerSort): number {
  const x = a[sort];
  const y = b[sort];
  const bySort = x instanceof Date && y instanceof Date ? x.getTime() - y.getTime() : x < y ? -1 : x > y ? 1 : 0;
  return bySort !== 0 ? bySort : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
