import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { stages } from "../schema";

export async function listStages(db: Db, { orgId, includeArchived = false }: { orgId: string; includeArchived?: boolean }) {
  return db
    .select()
    .from(stages)
    .where(and(eq(stages.orgId, orgId), includeArchived ? undefined : isNull(stages.archivedAt)))
    .orderBy(asc(stages.position));
}
