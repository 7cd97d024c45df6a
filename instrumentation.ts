/**
 * Runs once when each server process starts: imports interrupted by a crash or a restart (status running,
 * their process gone) resume by themselves from their last committed batch, and uploads no import
 * needs any more are removed, then every hour. The playbook engine runs here too unless
 * AUTOMATION_ENGINE=off (a deployment that runs `npm run worker` apart; scripts/serve.mjs sets it in
 * every process of its cluster but the first, so the engine runs once); its pg-boss jobs include
 * the ten-minute fold of the stage-event counts moves append, so the loyalty and team readers only read.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { resumeStalledImports } = await import("@/lib/import/queue");
  resumeStalledImports().catch((error: unknown) => console.error("resuming interrupted imports failed", error));
  const { SWEEP_EVERY_MS, sweepUploads } = await import("@/lib/import/upload-sweep");
  const sweep = () => sweepUploads().catch((error: unknown) => console.error("removing expired uploads failed", error));
  void sweep();
  setInterval(sweep, SWEEP_EVERY_MS).unref();
  if (process.env.AUTOMATION_ENGINE !== "off") {
    const [{ connection }, { startAutomationEngine }] = await Promise.all([import("@/db"), import("@/lib/automation/engine")]);
    connection()
      .then(startAutomationEngine)
      .catch((error: unknown) => console.error("the automation engine did not start", error));
  }
}
