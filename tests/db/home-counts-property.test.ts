import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { foldAllStageEventCounts } from "@/db/mutations/analytics-fold";
import { bulkMove } from "@/db/mutations/bulk-moves";
import { moveCustomer } from "@/db/mutations/moves";
import { boardColumns, boardValues } from "@/db/queries/board";
import { countCustomersByStage, countMovesSince, countOpenTasks } from "@/db/queries/home";
import { customers, purchases, tasks, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { deleteOrganization } from "@/db/seed/demo-org";
import { queryRows } from "@/db/sql";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";
import { mergeSomeCustomers } from "../support/merges";
import { random } from "../support/random";

const NOW = new Date("2025-06-20T09:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Week starts on and off the hour (a half-hour zone's midnight, an odd instant), in the seeded history and around the test's own moves. */
const sinceInstants = () => [
  new Date(NOW.getTime() - 40 * DAY),
  new Date(NOW.getTime() - 90 * DAY + 30 * MINUTE),
  new Date(Date.now() - 2 * DAY - 17 * MINUTE - 3_001),
  new Date(Date.now() - 5 * MINUTE),
];
const stageKeys = ["awareness", "engagement", "consideration", "conversion", "retention", "loyalty", "lost"];

interface Live {
  ownerId: string | null;
  stageKey: string;
  lost: boolean;
  purchasesMinor: number;
}

/** The counts computed from the customer rows themselves, as `countCustomersByStage` shapes them. */
function countsOf(rows: Live[]) {
  const counts = new Map<string, { stageKey: string; lost: boolean; count: number }>();
  for (const r of rows) {
    const key = `${r.stageKey}|${r.lost}`;
    const entry = counts.get(key) ?? { stageKey: r.stageKey, lost: r.lost, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => `${a.stageKey}|${a.lost}`.localeCompare(`${b.stageKey}|${b.lost}`));
}

const sorted = <T extends { stageKey: string; lost: boolean }>(rows: T[]) => [...rows].sort((a, b) => `${a.stageKey}|${a.lost}`.localeCompare(`${b.stageKey}|${b.lost}`));

describeOnEngines("customer_stage_counts, owner_move_hours and assignee_open_tasks equal the live counts of the customers, their moves and open tasks", (conn) => {
  let orgId = "";
  let staff: string[] = [];

  beforeAll(async () => {
    ({ orgId } = await seedDemo(conn().db, { customers: 200, seed: 7, now: NOW }));
    staff = (await conn().db.select({ id: users.id }).from(users).where(eq(users.orgId, orgId))).map((u) => u.id);
  });

  const liveRows = (db: Db) =>
    db
      .select({ ownerId: customers.ownerId, stageKey: customers.stageKey, lost: customers.lost, purchasesMinor: customers.purchasesMinor })
      .from(customers)
      .where(eq(customers.orgId, orgId));

  /** Every reader of the aggregate (home counts per scope, board counts and values per journey) against the live rows. */
  async function expectReadersEqualLive(db: Db) {
    const live = await liveRows(db);
    expect(live.length).toBeGreaterThan(0);
    const scopes: { ownerId?: string }[] = [{}, ...staff.map((ownerId) => ({ ownerId }))];
    for (const scope of scopes) {
      const own = scope.ownerId ? live.filter((r) => r.ownerId === scope.ownerId) : live;
      expect(sorted(await countCustomersByStage(db, { orgId, ...scope }))).toEqual(countsOf(own));
      for (const journey of ["acquisition", "retention"] as const) {
        const columns = await boardColumns(db, { orgId, ...scope, journey });
        const values = await boardValues(db, { orgId, ...scope, journey });
        expect(columns.length).toBeGreaterThan(0);
        for (const column of columns) {
          const inColumn = own.filter((r) => r.stageKey === column.key && !r.lost);
          expect(column.count).toBe(inColumn.length);
          expect(values[column.key]).toBe(inColumn.reduce((sum, r) => sum + r.purchasesMinor, 0));
        }
      }
      if (scope.ownerId) {
        const [open] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from tasks where org_id = ${orgId} and assignee_id = ${scope.ownerId} and done_at is null`);
        expect(await countOpenTasks(db, { orgId, assigneeId: scope.ownerId })).toBe(open?.n);
      }
      for (const since of sinceInstants()) {
        const [expected] = await queryRows<{ n: number }>(
          db,
          sql`select count(*)::int as n from stage_events e join customers c on c.org_id = e.org_id and c.id = e.customer_id
              where e.org_id = ${orgId} and e.at >= ${since.toISOString()}::timestamptz and e.from_key is not null
              ${scope.ownerId ? sql`and c.owner_id = ${scope.ownerId}` : sql``}`,
        );
        expect(await countMovesSince(db, { orgId, ...scope, since })).toBe(expected?.n);
      }
    }
    return live;
  }

  /** The rows the triggers appended, summed per key, against the same sums from the base tables (keys with nothing left out). */
  async function aggregatesMatchLive(db: Db) {
    const nil = sql`'00000000-0000-0000-0000-000000000000'::uuid`;
    const same = (kept: ReturnType<typeof sql>, live: ReturnType<typeof sql>) =>
      sql`coalesce((select jsonb_agg(x order by x) from (${kept}) x), '[]') = coalesce((select jsonb_agg(x order by x) from (${live}) x), '[]')`;
    const [row] = await queryRows<{ stages: boolean; moves: boolean; tasks: boolean }>(
      db,
      sql`select ${same(
        sql`select owner_id::text as owner_id, stage_key, lost, sum(customers)::int as customers, sum(purchases_minor)::bigint as purchases
            from customer_stage_counts where org_id = ${orgId} group by 1, 2, 3 having sum(customers) <> 0 or sum(purchases_minor) <> 0`,
        sql`select coalesce(owner_id, ${nil})::text as owner_id, stage_key, lost, count(*)::int as customers, sum(purchases_minor)::bigint as purchases
            from customers where org_id = ${orgId} group by 1, 2, 3`,
      )} as stages,
      ${same(
        sql`select owner_id::text as owner_id, hour, sum(moves)::int as moves from owner_move_hours where org_id = ${orgId} group by 1, 2 having sum(moves) <> 0`,
        sql`select coalesce(c.owner_id, ${nil})::text as owner_id, date_trunc('hour', e.at, 'UTC') as hour, count(*)::int as moves
            from stage_events e join customers c on c.org_id = e.org_id and c.id = e.customer_id
            where e.org_id = ${orgId} and e.from_key is not null group by 1, 2`,
      )} as moves,
      ${same(
        sql`select assignee_id::text as assignee_id, sum(tasks)::int as tasks from assignee_open_tasks where org_id = ${orgId} group by 1 having sum(tasks) <> 0`,
        sql`select coalesce(assignee_id, ${nil})::text as assignee_id, count(*)::int as tasks from tasks where org_id = ${orgId} and done_at is null group by 1`,
      )} as tasks`,
    );
    return row ?? { stages: false, moves: false, tasks: false };
  }

  it("after the seed", async () => {
    const { db } = conn();
    expect(await aggregatesMatchLive(db)).toEqual({ stages: true, moves: true, tasks: true });
    await expectReadersEqualLive(db);
  });

  it("after rounds of random moves, bulk moves, new customers, owner changes, purchases, task changes and merges; folded or not", { timeout: 120_000 }, async () => {
    const { db } = conn();
    const rng = random(20251206);
    for (let round = 0; round < 4; round++) {
      const people = await db
        .select({ id: customers.id, version: customers.version, stageKey: customers.stageKey, lost: customers.lost, enteredAt: customers.stageEnteredAt })
        .from(customers)
        .where(eq(customers.orgId, orgId));
      const pick = () => rng.pick(people);

      for (const c of new Set(Array.from({ length: 10 }, pick))) {
        const to = rng.pick(stageKeys.filter((k) => k !== (c.lost ? "lost" : c.stageKey)));
        const purchase = to === "conversion" && rng.next() < 0.5 ? { purchaseAmountMinor: 1 + rng.int(50_000), currency: "ILS" } : {};
        await moveCustomer(db, { orgId, actorId: rng.pick(staff), customerId: c.id, version: c.version, to, reason: "test", ...purchase });
      }
      const batch = [...new Set(Array.from({ length: 6 }, pick))].filter((c) => !c.lost || rng.next() < 0.5);
      await bulkMove(db, { orgId, actorId: rng.pick(staff), to: rng.pick(["engagement", "retention", "lost"]), reason: "bulk", items: batch.map((c) => ({ customerId: c.id, version: c.version })) });

      for (let i = 0; i < 3; i++) {
        await createTestCustomer(db, { orgId, actorId: rng.pick(staff), ownerId: rng.next() < 0.3 ? null : rng.pick(staff), stage: rng.pick(stageKeys.slice(0, 6)) });
      }
      await db.update(customers).set({ ownerId: rng.pick(staff) }).where(and(eq(customers.orgId, orgId), eq(customers.id, pick().id)));
      await db.update(customers).set({ ownerId: null }).where(and(eq(customers.orgId, orgId), eq(customers.id, pick().id)));
      // Touchpoint-like writes change no counted field: the row-level trigger must not fire for them.
      await db.update(customers).set({ lastActivityAt: NOW }).where(eq(customers.orgId, orgId));

      await db.insert(purchases).values(Array.from({ length: 4 }, () => ({ orgId, customerId: pick().id, at: NOW, amountMinor: 1 + rng.int(90_000), currency: "ILS" })));
      const bought = await db.select({ id: purchases.id }).from(purchases).where(eq(purchases.orgId, orgId));
      await db.update(purchases).set({ amountMinor: rng.int(90_000), customerId: pick().id }).where(and(eq(purchases.orgId, orgId), eq(purchases.id, rng.pick(bought).id)));
      await db.delete(purchases).where(and(eq(purchases.orgId, orgId), eq(purchases.id, rng.pick(bought).id)));

      // Tasks: new (some unassigned, some born done), done, reopened, reassigned, deleted.
      const newTask = () => ({ orgId, customerId: pick().id, assigneeId: rng.next() < 0.2 ? null : rng.pick(staff), title: "call", dueOn: "2025-06-21", doneAt: rng.next() < 0.2 ? NOW : null });
      await db.insert(tasks).values(Array.from({ length: 5 }, newTask));
      const taskIds = (await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.orgId, orgId))).map((t) => t.id);
      const oneTask = () => and(eq(tasks.orgId, orgId), eq(tasks.id, rng.pick(taskIds)));
      await db.update(tasks).set({ doneAt: NOW }).where(oneTask());
      await db.update(tasks).set({ doneAt: null }).where(oneTask());
      await db.update(tasks).set({ assigneeId: rng.pick(staff) }).where(oneTask());
      await db.update(tasks).set({ assigneeId: null, doneAt: null }).where(oneTask());
      await db.update(tasks).set({ title: "renamed" }).where(oneTask());
      await db.delete(tasks).where(oneTask());

      await mergeSomeCustomers(db, orgId, rng.pick(staff), 2, round);

      expect(await aggregatesMatchLive(db)).toEqual({ stages: true, moves: true, tasks: true });
      await expectReadersEqualLive(db);
      if (round % 2 === 1) {
        await foldAllStageEventCounts(db);
        const [unfolded] = await queryRows<{ n: number }>(
          db,
          sql`select ((select count(*) from customer_stage_counts where org_id = ${orgId} and not folded) + (select count(*) from owner_move_hours where org_id = ${orgId} and not folded) + (select count(*) from assignee_open_tasks where org_id = ${orgId} and not folded))::int as n`,
        );
        expect(unfolded?.n).toBe(0);
        expect(await aggregatesMatchLive(db)).toEqual({ stages: true, moves: true, tasks: true });
      }
    }
  });

  it("notices a change the triggers did not see (the comparison is not vacuous)", async () => {
    const { db } = conn();
    // A customer with moves, handed to someone else: the moves would change owner too.
    const [c] = await queryRows<{ id: string; lost: boolean; owner_id: string | null }>(
      db,
      sql`select c.id, c.lost, c.owner_id from customers c where c.org_id = ${orgId}
          and exists (select from stage_events e where e.org_id = c.org_id and e.customer_id = c.id and e.from_key is not null) limit 1`,
    );
    if (!c) throw new Error("no customer with moves");
    const ownerId = staff.find((id) => id !== c.owner_id);
    await db.transaction(async (tx) => {
      await tx.execute(sql`alter table customers disable trigger customer_stage_counts_update`);
      await tx.execute(sql`alter table customers disable trigger owner_move_hours_owner_update`);
      await tx.update(customers).set({ lost: !c.lost, ownerId }).where(and(eq(customers.orgId, orgId), eq(customers.id, c.id)));
      await tx.execute(sql`alter table customers enable trigger customer_stage_counts_update`);
      await tx.execute(sql`alter table customers enable trigger owner_move_hours_owner_update`);
      await tx.execute(sql`alter table tasks disable trigger assignee_open_tasks_insert`);
      await tx.insert(tasks).values({ orgId, customerId: c.id, assigneeId: ownerId, title: "unseen", dueOn: "2025-06-21" });
      await tx.execute(sql`alter table tasks enable trigger assignee_open_tasks_insert`);
    });
    expect(await aggregatesMatchLive(db)).toEqual({ stages: false, moves: false, tasks: false });
    await db.execute(sql`select customer_stage_counts_rebuild(${orgId}), owner_move_hours_rebuild(${orgId}), assignee_open_tasks_rebuild(${orgId})`);
    expect(await aggregatesMatchLive(db)).toEqual({ stages: true, moves: true, tasks: true });
  });

  it("deleting an organization leaves none of its rows in either table", async () => {
    const { db } = conn();
    const other = await createTestOrg(db);
    const stranger = await createTestCustomer(db, { orgId: other.orgId, actorId: other.ownerId, ownerId: other.salesId });
    await db.insert(tasks).values({ orgId: other.orgId, customerId: stranger.id, assigneeId: other.salesId, title: "call", dueOn: "2025-06-21" });
    await deleteOrganization(db, other.orgId);
    const [left] = await queryRows<{ n: number }>(db, sql`select ((select count(*) from customer_stage_counts where org_id = ${other.orgId}) + (select count(*) from owner_move_hours where org_id = ${other.orgId}) + (select count(*) from assignee_open_tasks where org_id = ${other.orgId}))::int as n`);
    expect(left?.n).toBe(0);
  });
});
