import "server-only";
import { asc, eq } from "drizzle-orm";
import type { StageDef } from "@/core/analytics/types";
import type { Db } from "../client";
import { organizations, stages, users } from "../schema";

export interface AnalyticsContext {
  orgId: string;
  timeZone: string;
  /** Every stage of the organization, archived ones included (their history still counts). */
  stages: StageDef[];
}

export async function loadAnalyticsContext(db: Db, { orgId }: { orgId: string }): Promise<AnalyticsContext> {
  const [[org], rows] = await Promise.all([
    db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, orgId)).limit(1),
    db.select().from(stages).where(eq(stages.orgId, orgId)).orderBy(asc(stages.position), asc(stages.key)),
  ]);
  return {
    orgId,
    timeZone: org?.timeZone ?? "UTC",
    stages: rows.map((s) => ({ key: s.key, position: s.position, journey: s.journey, archived: s.archivedAt !== null })),
  };
}

/** Staff who can own customers, for the owner filter and the owner breakdown's labels. */
export async function listStaffNames(db: Db, { orgId }: { orgId: string }) {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.name));
}
