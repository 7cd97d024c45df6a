// npm run worker
// Runs the playbook engine as its own process (start the web server with AUTOMATION_ENGINE=off
// then). Several workers and servers may run it on one Postgres: each firing runs once.
import { openFromEnv } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { startAutomationEngine } from "@/lib/automation/engine";
import { refuseWhileServerHoldsPglite } from "./cli";

refuseWhileServerHoldsPglite();
const conn = await openFromEnv();
await runMigrations(conn);
const engine = await startAutomationEngine(conn);
console.log("automation worker running; Ctrl+C stops it");

async function stop() {
  await engine.stop();
  await conn.close();
  process.exit(0);
}
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
