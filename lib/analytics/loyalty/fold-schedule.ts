import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "@/db/client";
import { foldAllStageEventCounts } from "@/db/mutations/analytics-fold";
import { rebuildStaleFunnelPaths } from "@/db/mutations/funnel-paths-rebuild";

/**
 * The stage-event counts moves append are folded every ten minutes by a pg-boss cron job, wherever
 * the engine runs (lib/automation/engine.ts): pg-boss sends one job per slot however many
 * processes schedule it, and the singleton queue lets one fold run at a time. Readers sum the
 * unfolded rows meanwhile, and the fold skips an organization whose analytics are being rebuilt.
 * The same job rebuilds the funnel paths a stage-order change left stale in a large organization.
 */
export const FOLD_JOB = "analytics-fold";
export const FOLD_CRON = "*/10 * * * *";

export async function scheduleStageEventFold(boss: PgBoss, db: Db): Promise<void> {
  await boss.createQueue(FOLD_JOB, { name: FOLD_JOB, policy: "singleton" });
  await boss.schedule(FOLD_JOB, FOLD_CRON);
  await boss.work(FOLD_JOB, async () => {
    await foldAllStageEventCounts(db);
    await rebuildStaleFunnelPaths(db);
  });
}
