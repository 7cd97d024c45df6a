/**
 * Runs once when the server starts: imports interrupted by a crash or a restart (status running,
 * their process gone) resume by themselves from their last committed batch.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { resumeStalledImports } = await import("@/lib/import/queue");
  resumeStalledImports().catch((error: unknown) => console.error("resuming interrupted imports failed", error));
}
