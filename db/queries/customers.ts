import "server-only";
import { and, asc, desc, eq, getTableColumns, getTableName, gt, lt, or, sql, type SQL } from "drizzle-orm";
import type { SearchTerms } from "@/core/search/terms";
import type { Db } from "../client";
import { customers, stages, users, type Channel, type Journey } from "../schema";
import { readMatchesThroughTrigramIndex, searchMatch, withSearchPlanning } from "./customer-search";

export { customerSortsList as customerSorts } from "@/core/customers/constants";
import type { customerSortsList } from "@/core/customers/constants";
export type CustomerSort = (typeof customerSortsList)[number];

export interface CustomerFilters {
  orgId: string;
  /** Set for sales users: only their own customers. */
  ownerId?: string;
  /** A search already folded into words and phone digits (core/search/terms.ts). */
  search?: SearchTerms;
  stage?: string;
  journey?: Journey;
  channel?: Channel;
  owner?: string;
  stale?: boolean;
  lost?: boolean;
}

export interface CustomerPage extends CustomerFilters {
  sort: CustomerSort;
  dir: "asc" | "desc";
  limit: number;
  cursor?: { value: string; id: string };
}

const sortColumns = {
  name: customers.name,
  createdAt: customers.createdAt,
  stageEnteredAt: customers.stageEnteredAt,
  lastActivityAt: customers.lastActivityAt,
} as const;

const staleCondition = sql`${customers.lastActivityAt} <= now() - ${stages.idleDays} * interval '1 day'`;

export function customerConditions(f: CustomerFilters): SQL | undefined {
  return and(
    eq(customers.orgId, f.orgId),
    f.ownerId ? eq(customers.ownerId, f.ownerId) : undefined,
    f.owner ? eq(customers.ownerId, f.owner) : undefined,
    f.search ? searchMatch(f.search) : undefined,
    f.stage ? eq(customers.stageKey, f.stage) : undefined,
    f.journey ? eq(stages.journey, f.journey) : undefined,
    f.channel ? eq(customers.channel, f.channel) : undefined,
    f.lost === undefined ? undefined : eq(customers.lost, f.lost),
    f.stale === undefined ? undefined : f.stale ? and(eq(customers.lost, false), staleCondition) : sql`not (${staleCondition})`,
  );
}

/**
 * How many customers, in the list's order, a search reads before it goes to the trigram index
 * instead: 1–2 ms at 1M. The table is in creation order, so a walk by creation reads consecutive
 * pages (0.36 µs a customer), while one by name, stage entry or activity jumps across it
 * (1.2–2 µs); docs/benchmarks.md, "The search's plan chosen at run time".
 */
const searchWalk = (sort: CustomerSort) => (sort === "createdAt" ? 2_500 : 1_000);

/** How much farther a search walks when its first walk found at least a quarter of a page. */
const WIDER_WALK = 4;

/**
 * One page of customers, keyset-paged on (sort column, id) so deep pages cost the same as the first.
 * `walk` is only for tests, to reach every plan of a search on a small organization.
 */
export async function listCustomers(db: Db, page: CustomerPage, walk = searchWalk(page.sort)) {
  const rows = page.search ? await searchRows(db, page, page.search, walk) : await pageRows(db, page, customers, listConditions(page));
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > page.limit && last ? { value: sortValueOf(last.customer, page.sort), id: last.customer.id } : null;
  return { items, nextCursor };
}

/**
 * A search page, with its plan chosen by what the search finds rather than by the planner's guess
 * of how many customers match, which at 1M is off by up to 3× and then walks 60,000 customers in
 * list order to fill a page of a 600-customer surname (60–70 ms against 3 ms through the index).
 * So: read the first `walk` customers in list order and keep the matches; a full page among them is
 * the page. A quarter of a page or more says the matches are dense enough for a walk four times as
 * long (which stops as soon as the page is full). Fewer means they are sparse, and every match is
 * read through the trigram index and sorted.
 */
function searchRows(db: Db, page: CustomerPage, search: SearchTerms, walk: number) {
  const unsearched = { ...page, search: undefined };
  // The code chooses these plans, so the planner needs no estimate of the matches.
  const match = searchMatch(search, undefined, { opaque: true });
  return withSearchPlanning(db, async (tx) => {
    for (const length of [walk, walk * WIDER_WALK]) {
      const walked = await pageRows(tx, page, inListOrder(tx, unsearched, length), match);
      if (walked.length > page.limit) return walked;
      if (walked.length * WIDER_WALK <= page.limit) break;
    }
    await readMatchesThroughTrigramIndex(tx);
    return pageRows(tx, page, inListOrder(tx, unsearched, page.limit + 1, match));
  });
}

/**
 * The list's first `count` customers (those `match` finds, when given), standing in for the
 * `customers` table: the subquery takes the table's name, so the page's columns and joins read
 * from it, and the page joins only these rows.
 */
function inListOrder(db: Db, page: CustomerPage, count: number, match?: SQL) {
  const query = db.select(getTableColumns(customers)).from(customers).$dynamic();
  const readsStage = page.journey !== undefined || page.stale !== undefined;
  return (readsStage ? query.innerJoin(stages, joinStages) : query)
    .where(and(listConditions(page), match))
    .orderBy(...listOrder(page))
    .limit(count)
    .as(getTableName(customers));
}

function pageRows(db: Db, page: CustomerPage, source: typeof customers | ReturnType<typeof inListOrder>, where?: SQL) {
  return db
    .select({
      customer: customers,
      stageJourney: stages.journey,
      idleDays: stages.idleDays,
      ownerName: users.name,
      stale: sql<boolean>`(not ${customers.lost} and ${staleCondition})`,
    })
    .from(source)
    .innerJoin(stages, joinStages)
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .where(where)
    .orderBy(...listOrder(page))
    .limit(page.limit + 1);
}

const joinStages = and(eq(stages.orgId, customers.orgId), eq(stages.key, customers.stageKey));

function listConditions(page: CustomerPage): SQL | undefined {
  const column = sortColumns[page.sort];
  if (!page.cursor) return customerConditions(page);
  const value = cursorValue(page);
  const id = page.cursor.id;
  const after = page.dir === "asc"
    ? or(gt(column, value), and(eq(column, value), gt(customers.id, id)))
    : or(lt(column, value), and(eq(column, value), lt(customers.id, id)));
  return and(customerConditions(page), after);
}

function listOrder(page: CustomerPage) {
  const column = sortColumns[page.sort];
  return page.dir === "asc" ? [asc(column), asc(customers.id)] : [desc(column), desc(customers.id)];
}

function cursorValue(page: CustomerPage): string | Date {
  const value = page.cursor?.value ?? "";
  return page.sort === "name" ? value : new Date(value);
}

function sortValueOf(customer: typeof customers.$inferSelect, sort: CustomerSort): string {
  const value = customer[sort];
  return value instanceof Date ? value.toISOString() : String(value);
}

export async function getCustomer(db: Db, { orgId, ownerId, id }: { orgId: string; ownerId?: string; id: string }) {
  const [row] = await db
    .select({ customer: customers, ownerName: users.name })
    .from(customers)
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id), ownerId ? eq(customers.ownerId, ownerId) : undefined));
  return row;
}
