import "server-only";
import { getDb } from "@/db";
import { listStages } from "@/db/queries/stages";
import type { CurrentUser } from "@/lib/auth/session";

/** The organization's stages in journey order, for every role (the board, the lists and the forms name them). */
export async function listJourneyStagesFor(user: CurrentUser, { includeArchived = false }: { includeArchived?: boolean } = {}) {
  return listStages(await getDb(), { orgId: user.orgId, includeArchived });
}

export type { Stage } from "@/db/schema";
