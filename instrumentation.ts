/**
 * Runs once when the server starts: imports interrupted by a crash or a restart (status running,
 * their process gone) resume by themselves from their last committed batch, and uploads no import
 * needs any more are removed, then every hour; the stage-event counts moves appended are folded
 * every ten minutes, so the loyalty and team readers only read.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { resumeStalledImports } = await import("@/lib/import/queue");
  resumeStalledImports().catch((error: unknown) => console.error("resuming interrupted imports failed", error));
  const { SWEEP_EVERY_MS, sweepUploads } = await import("@/lib/import/upload-sweep");
  const sweep = () => sweepUploads().catch((error: unknown) => console.error("removing expired uploads failed", error));
  void sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
  const { FOLD_EVERY_MS, foldStageEventCountsNow } = await import("@/lib/analytics/loyalty/fold-schedule");
  const fold = () => foldStageEventCountsNow().catch((error: unknown) => console.error("folding stage-event counts failed", error));
  setInterval(fold, FOLD_EVERY_MS).unref();
}
