import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { addPurchase, addTouchpoint } from "@/db/mutations/activity";
import { moveCustomer } from "@/db/mutations/moves";
import { boardColumnPage, boardColumns, boardFirstPages, boardValues, type BoardCursor, type BoardFilter } from "@/db/queries/board";
import { customers, purchases, stages } from "@/db/schema";
import { searchTerms } from "@/core/search/terms";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

type Org = Awaited<ReturnType<typeof createTestOrg>>;

describeOnEngines("board", (conn) => {
  let org: Org;
  const ids: Record<string, string> = {};

  /*
   * Acquisition stages of `org` (idle days: awareness 7, engagement 10, consideration 14):
   *   awareness      c1 sales 20 d ago (stale), c2 sales 2 d ago                         → 2, 0
   *   engagement     c3 sales2 5 d ago, 100.00 + 25.00; c8 sales2 15 d ago, touched 1 d ago;
   *                  c6 sales 99_000 then lost (not on the board)                         → 2, 12_500
   *   consideration  c4 manager 3 d ago, 40_000; c5 sales moved in 1 d ago with 7_000     → 2, 47_000
   *   conversion     nobody                                                               → 0, 0
   * Retention: c7 sales in retention with 5_000. Another organization has a customer in awareness.
   */
  beforeAll(async () => {
    const { db } = conn();
    org = await createTestOrg(db);
    const base = { orgId: org.orgId, actorId: org.ownerId };
    const buy = (customerId: string, amountMinor: number) =>
      addPurchase(db, { orgId: org.orgId, customerId, amountMinor, currency: "ILS", at: daysAgo(1) });
    ids.c1 = (await createTestCustomer(db, { ...base, name: "c1", ownerId: org.salesId, at: daysAgo(20) })).id;
    ids.c2 = (await createTestCustomer(db, { ...base, name: "c2", ownerId: org.salesId, at: daysAgo(2) })).id;
    ids.c3 = (await createTestCustomer(db, { ...base, name: "c3", ownerId: org.sales2Id, stage: "engagement", at: daysAgo(5) })).id;
    await buy(ids.c3, 10_000);
    await buy(ids.c3, 2_500);
    ids.c8 = (await createTestCustomer(db, { ...base, name: "c8", ownerId: org.sales2Id, stage: "engagement", at: daysAgo(15) })).id;
    await addTouchpoint(db, { orgId: org.orgId, customerId: ids.c8, actorId: org.sales2Id, channel: "phone", kind: "call", at: daysAgo(1) });
    const c6 = await createTestCustomer(db, { ...base, name: "c6", ownerId: org.salesId, stage: "engagement", at: daysAgo(4) });
    await buy(c6.id, 99_000);
    await moveCustomer(db, { ...base, customerId: c6.id, to: "lost", version: c6.version, reason: "moved away" });
    ids.c4 = (await createTestCustomer(db, { ...base, name: "c4", ownerId: org.managerId, stage: "consideration", at: daysAgo(3) })).id;
    await buy(ids.c4, 40_000);
    const c5 = await createTestCustomer(db, { ...base, name: "c5", ownerId: org.salesId, at: daysAgo(10) });
    ids.c5 = c5.id;
    await moveCustomer(db, { ...base, customerId: c5.id, to: "consideration", version: c5.version, at: daysAgo(1), purchaseAmountMinor: 7_000 });
    ids.c7 = (await createTestCustomer(db, { ...base, name: "c7", ownerId: org.salesId, stage: "retention", at: daysAgo(6) })).id;
    await buy(ids.c7, 5_000);

    const other = await createTestOrg(db);
    const stranger = await createTestCustomer(db, { orgId: other.orgId, actorId: other.ownerId, ownerId: other.salesId });
    await addPurchase(db, { orgId: other.orgId, customerId: stranger.id, amountMinor: 1_000_000, currency: "ILS", at: daysAgo(1) });
  });

  /** [stage, count, value] per column, as the board shows them. */
  const summary = async (scope: { ownerId?: string; journey: "acquisition" | "retention"; filter?: BoardFilter }) => {
    const query = { orgId: org.orgId, ...scope };
    const [columns, values] = await Promise.all([boardColumns(conn().db, query), boardValues(conn().db, query)]);
    expect(Object.keys(values).sort()).toEqual(columns.map((c) => c.key).sort());
    return columns.map((c) => [c.key, c.count, values[c.key]]);
  };

  it("counts and values each live stage of the journey, lost customers and other organizations left out", async () => {
    expect(await summary({ journey: "acquisition" })).toEqual([
      ["awareness", 2, 0],
      ["engagement", 2, 12_500],
      ["consideration", 2, 47_000],
      ["conversion", 0, 0],
    ]);
    const [awareness] = await boardColumns(conn().db, { orgId: org.orgId, journey: "acquisition" });
    expect(awareness).toMatchObject({ labelHe: "מודעות", labelFa: "آگاهی", labelEn: "Awareness", idleDays: 7 });
    expect(await summary({ journey: "retention" })).toEqual([
      ["retention", 1, 5_000],
      ["loyalty", 0, 0],
    ]);
  });

  it("scopes a sales user's board to their own customers", async () => {
    expect(await summary({ ownerId: org.salesId, journey: "acquisition" })).toEqual([
      ["awareness", 2, 0],
      ["engagement", 0, 0],
      ["consideration", 1, 7_000],
      ["conversion", 0, 0],
    ]);
    expect(await summary({ ownerId: org.sales2Id, journey: "acquisition" })).toEqual([
      ["awareness", 0, 0],
      ["engagement", 2, 12_500],
      ["consideration", 0, 0],
      ["conversion", 0, 0],
    ]);
    const pages = await boardFirstPages(conn().db, { orgId: org.orgId, ownerId: org.sales2Id, stageKeys: ["awareness", "engagement"] });
    expect(pages.get("awareness")?.items).toEqual([]);
    expect(pages.get("engagement")?.items.map((c) => c.name)).toEqual(["c3", "c8"]);
  });

  it("narrows counts, values and cards to one owner and to a search, within the caller's scope", async () => {
    const owner = { owner: org.sales2Id };
    expect(await summary({ journey: "acquisition", filter: owner })).toEqual([
      ["awareness", 0, 0],
      ["engagement", 2, 12_500],
      ["consideration", 0, 0],
      ["conversion", 0, 0],
    ]);
    const search = (q: string) => ({ search: searchTerms(q, "IL") });
    expect(await summary({ journey: "acquisition", filter: search("C4") })).toEqual([
      ["awareness", 0, 0],
      ["engagement", 0, 0],
      ["consideration", 1, 40_000],
      ["conversion", 0, 0],
    ]);
    // A sales user filtering by a colleague sees nothing of the colleague's.
    expect((await summary({ ownerId: org.salesId, journey: "acquisition", filter: owner })).map(([, count]) => count)).toEqual([0, 0, 0, 0]);
    const pages = await boardFirstPages(conn().db, { orgId: org.orgId, stageKeys: ["awareness", "engagement"], filter: { ...owner, ...search("c8") } });
    expect(pages.get("engagement")?.items.map((c) => c.name)).toEqual(["c8"]);
    expect(pages.get("awareness")?.items).toEqual([]);
    const page = await boardColumnPage(conn().db, { orgId: org.orgId, stageKey: "awareness", filter: search("c1") });
    expect(page.items.map((c) => c.name)).toEqual(["c1"]);
  });

  it("shows cards newest entry first with owner, days in stage, value and the stale flag", async () => {
    const pages = await boardFirstPages(conn().db, { orgId: org.orgId, stageKeys: ["awareness", "engagement", "consideration", "conversion"] });
    const cards = (key: string) => (pages.get(key)?.items ?? []).map((c) => [c.name, c.ownerName, c.daysInStage, c.stale, c.valueMinor]);
    expect(cards("awareness")).toEqual([
      ["c2", "sales", 2, false, 0],
      ["c1", "sales", 20, true, 0],
    ]);
    // c8 entered 15 days ago (> 10 idle days) but a touchpoint yesterday keeps it fresh.
    expect(cards("engagement")).toEqual([
      ["c3", "sales2", 5, false, 12_500],
      ["c8", "sales2", 15, false, 0],
    ]);
    expect(cards("consideration")).toEqual([
      ["c5", "sales", 1, false, 7_000],
      ["c4", "manager", 3, false, 40_000],
    ]);
    expect(pages.get("conversion")).toEqual({ items: [], nextCursor: null });
    const c5 = pages.get("consideration")?.items[0];
    expect(c5).toMatchObject({ id: ids.c5, version: 2, stageKey: "consideration" });
    expect(pages.get("awareness")?.nextCursor).toBeNull();
  });

  it("measures staleness against the given instant and the stage's idle days", async () => {
    const later = new Date(Date.now() + 6 * DAY);
    const pages = await boardFirstPages(conn().db, { orgId: org.orgId, stageKeys: ["awareness", "consideration"], now: later });
    // awareness idles after 7 days: c2 (2 + 6 days) is now stale; consideration (14 days) is not yet.
    expect(pages.get("awareness")?.items.map((c) => [c.name, c.stale, c.daysInStage])).toEqual([
      ["c2", true, 8],
      ["c1", true, 26],
    ]);
    expect(pages.get("consideration")?.items.map((c) => c.stale)).toEqual([false, false]);
  });

  it("pages a column by keyset, ties on the entry instant broken by id, without gaps or repeats", async () => {
    const { db } = conn();
    const paged = await createTestOrg(db);
    const same = daysAgo(3);
    const expected: string[] = [];
    for (let i = 0; i < 7; i++) {
      const at = i < 3 ? same : daysAgo(10 + i);
      const c = await createTestCustomer(db, { orgId: paged.orgId, actorId: paged.ownerId, stage: "conversion", at });
      expected.push(c.id);
    }
    const first3 = expected.slice(0, 3).sort().reverse();
    const order = [...first3, ...expected.slice(3)];
    const seen: string[] = [];
    let after: BoardCursor | undefined;
    const sizes: number[] = [];
    do {
      const page = await boardColumnPage(db, { orgId: paged.orgId, stageKey: "conversion", after, limit: 2 });
      sizes.push(page.items.length);
      seen.push(...page.items.map((c) => c.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(sizes).toEqual([2, 2, 2, 1]);
    expect(seen).toEqual(order);
    const first = await boardFirstPages(db, { orgId: paged.orgId, stageKeys: ["conversion"], limit: 2 });
    expect(first.get("conversion")?.items.map((c) => c.id)).toEqual(order.slice(0, 2));
    expect(first.get("conversion")?.nextCursor).toEqual({ enteredAt: same.toISOString().replace("Z", "000Z"), id: order[1] });
  });

  it("keeps each customer's purchase total with every write to purchases", async () => {
    const { db } = conn();
    const totals = await createTestOrg(db);
    const base = { orgId: totals.orgId, actorId: totals.ownerId };
    const a = await createTestCustomer(db, { ...base, name: "a", ownerId: totals.salesId, at: daysAgo(9) });
    const b = await createTestCustomer(db, { ...base, name: "b", ownerId: totals.salesId, stage: "consideration", at: daysAgo(8) });
    const c = await createTestCustomer(db, { ...base, name: "c", ownerId: totals.sales2Id, at: daysAgo(7) });
    const purchase = (customerId: string, amountMinor: number) => ({ orgId: totals.orgId, customerId, amountMinor, currency: "ILS", at: daysAgo(6) });
    // One statement, two customers: a 1_000 + 2_500, b 4_000.
    const [a1, a2, b1] = await db.insert(purchases).values([purchase(a.id, 1_000), purchase(a.id, 2_500), purchase(b.id, 4_000)]).returning();
    await addPurchase(db, purchase(c.id, 700));
    await moveCustomer(db, { ...base, customerId: b.id, to: "conversion", version: b.version, at: daysAgo(2), purchaseAmountMinor: 10_000 });
    // Corrections: a's 2_500 becomes 500, a's 1_000 was c's; b's 4_000 is deleted.
    const byId = (id = "") => and(eq(purchases.orgId, totals.orgId), eq(purchases.id, id));
    await db.update(purchases).set({ amountMinor: 500 }).where(byId(a2?.id));
    await db.update(purchases).set({ customerId: c.id }).where(byId(a1?.id));
    await db.delete(purchases).where(byId(b1?.id));

    const stored = await db.select({ name: customers.name, total: customers.purchasesMinor }).from(customers).where(eq(customers.orgId, totals.orgId));
    expect(Object.fromEntries(stored.map((r) => [r.name, r.total]))).toEqual({ a: 500, b: 10_000, c: 1_700 });
    const values = (ownerId?: string) => boardValues(db, { orgId: totals.orgId, ownerId, journey: "acquisition" });
    expect(await values()).toEqual({ awareness: 2_200, engagement: 0, consideration: 0, conversion: 10_000 });
    expect(await values(totals.salesId)).toEqual({ awareness: 500, engagement: 0, consideration: 0, conversion: 10_000 });
    const pages = await boardFirstPages(db, { orgId: totals.orgId, stageKeys: ["awareness", "conversion"] });
    const cards = (key: string) => pages.get(key)?.items.map((card) => [card.name, card.valueMinor]);
    expect(cards("awareness")).toEqual([["c", 1_700], ["a", 500]]);
    expect(cards("conversion")).toEqual([["b", 10_000]]);
  });

  it("leaves archived stages off the board", async () => {
    const { db } = conn();
    const archived = await createTestOrg(db);
    await db.update(stages).set({ archivedAt: new Date() }).where(and(eq(stages.orgId, archived.orgId), eq(stages.key, "engagement")));
    const columns = await boardColumns(db, { orgId: archived.orgId, journey: "acquisition" });
    expect(columns.map((c) => c.key)).toEqual(["awareness", "consideration", "conversion"]);
    expect(await boardValues(db, { orgId: archived.orgId, journey: "acquisition" })).toEqual({ awareness: 0, consideration: 0, conversion: 0 });
  });
});
