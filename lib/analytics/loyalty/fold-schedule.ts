import "server-only";
import { getDb } from "@/db";
import { foldAllStageEventCounts } from "@/db/mutations/analytics-fold";

/** How often the server folds the appended stage-event counts; readers sum unfolded rows meanwhile. */
export const FOLD_EVERY_MS = 10 * 60_000;

export async function foldStageEventCountsNow(): Promise<void> {
  await foldAllStageEventCounts(await getDb());
}
