import "server-only";
import { getDb } from "@/db";
import { addStage, reorderStages, setStageArchived, updateStage } from "@/db/mutations/settings-stages";
import { listStagesForEditor } from "@/db/queries/settings-stages";
import type { Journey } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import { invalid } from "@/core/errors";
import { assertOwner } from "./guard";
import type { StageDetailsInput } from "./schemas";
import { stageKeyFrom } from "./stage-key";

/**
 * The stage editor. The board, the lists and the analytics read the stages table on every request,
 * so each change here shows there at once.
 */
export async function listStagesFor(user: CurrentUser) {
  assertOwner(user);
  return listStagesForEditor(await getDb(), { orgId: user.orgId });
}

export async function updateStageFor(user: CurrentUser, { key, ...details }: StageDetailsInput & { key: string }) {
  assertOwner(user);
  await updateStage(await getDb(), { orgId: user.orgId, key, details });
}

/** The new stage's key comes from its English name and never changes afterwards (history refers to it). */
export async function addStageFor(user: CurrentUser, { journey, ...details }: StageDetailsInput & { journey: Journey }) {
  assertOwner(user);
  const key = stageKeyFrom(details.labelEn);
  if (!key) throw invalid({ labelEn: ["stage_key_invalid"] });
  return addStage(await getDb(), { orgId: user.orgId, key, journey, details });
}

export async function reorderStagesFor(user: CurrentUser, input: { journey: Journey; keys: string[] }) {
  assertOwner(user);
  await reorderStages(await getDb(), { orgId: user.orgId, ...input });
}

export async function setStageArchivedFor(user: CurrentUser, input: { key: string; archived: boolean }) {
  assertOwner(user);
  await setStageArchived(await getDb(), { orgId: user.orgId, ...input });
}
