import "server-only";
import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from "drizzle-orm";
import type { SearchTerms } from "@/core/search/terms";
import type { Db } from "../client";
import { customers, stages, users, type Channel, type Journey } from "../schema";
import { searchMatch, withSearchPlanning } from "./customer-search";

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

/** One page of customers, keyset-paged on (sort column, id) so deep pages cost the same as the first. */
export async function listCustomers(db: Db, page: CustomerPage) {
  const column = sortColumns[page.sort];
  const after = page.cursor
    ? (page.dir === "asc" ? or(gt(column, cursorValue(page)), and(eq(column, cursorValue(page)), gt(customers.id, page.cursor.id)))
      : or(lt(column, cursorValue(page)), and(eq(column, cursorValue(page)), lt(customers.id, page.cursor.id))))
    : undefined;
  const order = page.dir === "asc" ? [asc(column), asc(customers.id)] : [desc(column), desc(customers.id)];
  const query = (on: Db) => on
    .select({
      customer: customers,
      stageJourney: stages.journey,
      idleDays: stages.idleDays,
      ownerName: users.name,
      stale: sql<boolean>`(not ${customers.lost} and ${staleCondition})`,
    })
    .from(customers)
    .innerJoin(stages, and(eq(stages.orgId, customers.orgId), eq(stages.key, customers.stageKey)))
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .where(and(customerConditions(page), after))
    .orderBy(...order)
    .limit(page.limit + 1);
  const rows = page.search ? await withSearchPlanning(db, query) : await query(db);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > page.limit && last ? { value: sortValueOf(last.customer, page.sort), id: last.customer.id } : null;
  return { items, nextCursor };
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
