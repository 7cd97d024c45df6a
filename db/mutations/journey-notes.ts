import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "@/core/errors";
import type { Db } from "../client";
import { journeyStageNotes, stages } from "../schema";
import type { Locale } from "../../core/constants";

export interface StageNoteInput {
  orgId: string;
  authorId: string;
  stageKey: string;
  locale: Locale | null;
  goal: string;
  need: string;
  opportunities: string;
}

/** Saves a new version of a stage's note (versions are never changed); 404 for a stage the organization does not have. */
export async function addStageNoteVersion(db: Db, input: StageNoteInput) {
  const [stage] = await db.select({ key: stages.key }).from(stages).where(and(eq(stages.orgId, input.orgId), eq(stages.key, input.stageKey))).limit(1);
  if (!stage) throw notFound();
  const [row] = await db.insert(journeyStageNotes).values(input).returning({ id: journeyStageNotes.id, createdAt: journeyStageNotes.createdAt });
  if (!row) throw new Error("insert returned no row");
  return row;
}
