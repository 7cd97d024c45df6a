import { getTableColumns, is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";

const schemaTables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

/** Every table keyed by `org_id`, ordered so a table comes before the tables it references. */
export function childFirstOrgTables(): PgTable[] {
  const remaining = new Set(schemaTables.filter((t) => t !== schema.organizations && "orgId" in getTableColumns(t)));
  const parents = new Map([...remaining].map((t) => [t, getTableConfig(t).foreignKeys.map((fk) => fk.reference().foreignTable)]));
  const ordered: PgTable[] = [];
  while (remaining.size > 0) {
    const referenced = new Set([...remaining].flatMap((t) => (parents.get(t) ?? []).filter((p) => p !== t)));
    const leaves = [...remaining].filter((t) => !referenced.has(t));
    if (leaves.length === 0) throw new Error("Foreign keys between organization tables form a cycle");
    for (const t of leaves) {
      ordered.push(t);
      remaining.delete(t);
    }
  }
  // Tables that reference nothing but the organization (the trigger-kept aggregates among them) go
  // last: deleting a source row (feedback, say) after its aggregate would write the aggregate again.
  const referencesOnlyOrganization = (t: PgTable) => (parents.get(t) ?? []).every((p) => p === schema.organizations);
  return [...ordered.filter((t) => !referencesOnlyOrganization(t)), ...ordered.filter(referencesOnlyOrganization)];
}

/**
 * Refreshes the planner statistics of the schema's tables. A bulk load outruns autovacuum
 * (and PGlite has none): the aggregate triggers would keep planning their joins for empty
 * tables, and slow down many times over as the tables fill.
 */
export async function analyzeTables(db: Db): Promise<void> {
  await db.execute(sql`analyze ${sql.join(schemaTables, sql`, `)}`);
}
