import "server-only";
import { and, asc, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { DomainError, invalid } from "@/core/errors";
import type { Db } from "../client";
import { uniqueViolation } from "../pg-errors";
import { customers, stages, type NewStage } from "../schema";
import { journeys, type Journey, type RequirableField, type TransitionRule } from "@/core/constants";
import { lockOrganization } from "./settings-lock";

export interface StageDetails {
  labelHe: string;
  labelFa: string;
  labelEn: string;
  transitionRule: TransitionRule;
  requiredFields: RequirableField[];
  idleDays: number;
}

const stageNotFound = () => new DomainError(404, "stage_not_found");

/** Every stage of the organization, in position order, with the organization's settings lock held. */
async function lockStages(tx: Db, orgId: string) {
  await lockOrganization(tx, orgId);
  return tx.select().from(stages).where(eq(stages.orgId, orgId)).orderBy(asc(stages.position));
}

/**
 * Writes positions 1..n in the given order: acquisition stages first, then retention, as the journey
 * order expects. Two steps through negative values, because the unique (org, position) index is
 * checked row by row.
 */
async function writePositions(tx: Db, orgId: string, keys: string[]) {
  const positioned = (sign: 1 | -1) => sql`(case ${stages.key} ${sql.join(keys.map((key, i) => sql`when ${key} then ${sign * (i + 1)}::int`), sql` `)} end)`;
  const scope = and(eq(stages.orgId, orgId), inArray(stages.key, keys));
  await tx.update(stages).set({ position: positioned(-1) }).where(scope);
  await tx.update(stages).set({ position: positioned(1) }).where(scope);
}

const inJourneyOrder = (rows: { key: string; journey: Journey }[]) => journeys.flatMap((j) => rows.filter((s) => s.journey === j).map((s) => s.key));

export async function updateStage(db: Db, { orgId, key, details }: { orgId: string; key: string; details: StageDetails }) {
  const [row] = await db
    .update(stages)
    .set(details)
    .where(and(eq(stages.orgId, orgId), eq(stages.key, key)))
    .returning({ key: stages.key });
  if (!row) throw stageNotFound();
}

/** Adds a stage at the end of its journey; the key is the stage's stable name in history and the API. */
export async function addStage(db: Db, { orgId, key, journey, details }: { orgId: string; key: string; journey: Journey; details: StageDetails }) {
  return db.transaction(async (tx) => {
    const existing = await lockStages(tx, orgId);
    if (existing.some((s) => s.key === key)) throw invalid({ labelEn: ["stage_key_taken"] });
    const last = existing.reduce((max, s) => Math.max(max, s.position), 0);
    const stage: NewStage = { orgId, key, journey, position: last + 1, ...details };
    try {
      await tx.insert(stages).values(stage);
    } catch (error) {
      if (uniqueViolation(error) === "stages_org_id_key_pk") throw invalid({ labelEn: ["stage_key_taken"] });
      throw error;
    }
    await writePositions(tx, orgId, inJourneyOrder([...existing, { key, journey }]));
    return { key };
  });
}

/**
 * Sets the order of one journey's stages (archived ones included: they keep a place in history).
 * `keys` must be exactly that journey's stages; a list made before someone else's change is refused.
 */
export async function reorderStages(db: Db, { orgId, journey, keys }: { orgId: string; journey: Journey; keys: string[] }) {
  return db.transaction(async (tx) => {
    const existing = await lockStages(tx, orgId);
    const current = existing.filter((s) => s.journey === journey).map((s) => s.key);
    const same = keys.length === current.length && new Set(keys).size === keys.length && keys.every((k) => current.includes(k));
    if (!same) throw new DomainError(409, "stages_changed");
    const order = journeys.flatMap((j) => (j === journey ? keys : existing.filter((s) => s.journey === j).map((s) => s.key)));
    await writePositions(tx, orgId, order);
  });
}

/**
 * Archives or brings back a stage. A stage with customers in it now cannot be archived, nor the last
 * live stage of a journey. The stage row is locked `for update`, which waits for moves into it that
 * are still in flight (their foreign-key check holds a key-share lock), so the count sees them.
 */
export async function setStageArchived(db: Db, { orgId, key, archived }: { orgId: string; key: string; archived: boolean }) {
  return db.transaction(async (tx) => {
    const existing = await lockStages(tx, orgId);
    const stage = existing.find((s) => s.key === key);
    if (!stage) throw stageNotFound();
    if (Boolean(stage.archivedAt) === archived) return;
    if (archived) {
      await tx.select({ key: stages.key }).from(stages).where(and(eq(stages.orgId, orgId), eq(stages.key, key))).for("update");
      const [inStage] = await tx
        .select({ n: count() })
        .from(customers)
        .where(and(eq(customers.orgId, orgId), eq(customers.stageKey, key), eq(customers.lost, false)));
      if (inStage && inStage.n > 0) throw new DomainError(409, "stage_in_use", {}, { count: inStage.n });
      const [liveOthers] = await tx
        .select({ n: count() })
        .from(stages)
        .where(and(eq(stages.orgId, orgId), eq(stages.journey, stage.journey), isNull(stages.archivedAt), ne(stages.key, key)));
      if (!liveOthers?.n) throw new DomainError(409, "last_live_stage");
    }
    await tx
      .update(stages)
      .set({ archivedAt: archived ? new Date() : null })
      .where(and(eq(stages.orgId, orgId), eq(stages.key, key)));
  });
}
