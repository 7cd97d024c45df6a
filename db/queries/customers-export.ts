import "server-only";
import { and, asc, eq, gt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { customers, LOST, stages, users } from "../schema";
import { customerConditions, type CustomerFilters } from "./customers";

export interface ExportCursor {
  /** `created_at` as Postgres prints it: full microsecond precision, unlike a JS Date. */
  createdAt: string;
  id: string;
}

/** One page of the export in (created_at, id) order, with the list's filters; the columns of the import. */
export async function exportCustomersPage(db: Db, { filters, after, limit }: { filters: CustomerFilters; after?: ExportCursor; limit: number }) {
  const keyset = after
    ? or(gt(customers.createdAt, sql`${after.createdAt}::timestamptz`), and(eq(customers.createdAt, sql`${after.createdAt}::timestamptz`), gt(customers.id, after.id)))
    : undefined;
  return db
    .select({
      id: customers.id,
      externalId: customers.externalId,
      name: customers.name,
      email: customers.email,
      phone: customers.phone,
      phoneE164: customers.phoneE164,
      channel: customers.channel,
      stage: sql<string>`case when ${customers.lost} then ${LOST} else ${customers.stageKey} end`,
      ownerEmail: users.email,
      createdAt: customers.createdAt,
      extra: customers.extra,
      doNotContact: customers.doNotContact,
      cursor: sql<string>`${customers.createdAt}::text`,
    })
    .from(customers)
    .innerJoin(stages, and(eq(stages.orgId, customers.orgId), eq(stages.key, customers.stageKey)))
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .where(and(customerConditions(filters), keyset))
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(limit);
}
