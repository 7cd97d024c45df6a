import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../client";
import { customers, stages } from "../schema";

/** Every stage, archived ones included, with the number of customers in it now (lost ones apart). */
export async function listStagesForEditor(db: Db, { orgId }: { orgId: string }) {
  const [rows, counts] = await Promise.all([
    db.select().from(stages).where(eq(stages.orgId, orgId)).orderBy(asc(stages.position)),
    db
      .select({ stageKey: customers.stageKey, count: count() })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), eq(customers.lost, false)))
      .groupBy(customers.stageKey),
  ]);
  const byKey = new Map(counts.map((c) => [c.stageKey, c.count]));
  return rows.map((stage) => ({ ...stage, customerCount: byKey.get(stage.key) ?? 0 }));
}
