// npm run db:seed -- --customers N --seed S [--replace]
// Writes the demo organization into the configured database (DATABASE_URL, else PGlite).
import { openFromEnv } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { DemoExistsError, demoLogins, seedDemo } from "@/db/seed";
import { fail, flags, refuseWhileServerHoldsPglite } from "./cli";

const args = flags({ customers: { type: "string" }, seed: { type: "string" }, replace: { type: "boolean" } });
const customers = Number(args.customers ?? 5000);
const seed = Number(args.seed ?? 1);
if (!Number.isSafeInteger(customers) || customers < 0) fail(`--customers must be a whole number, got "${args.customers}"`);
if (!Number.isSafeInteger(seed)) fail(`--seed must be a whole number, got "${args.seed}"`);

refuseWhileServerHoldsPglite();
const conn = await openFromEnv();
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
try {
  await runMigrations(conn);
  console.log(`Seeding ${customers.toLocaleString("en")} customers (seed ${seed}) into ${conn.engine}…`);
  const summary = await seedDemo(conn.db, {
    customers,
    seed,
    replace: args.replace ?? false,
    onProgress: (done, total) => process.stdout.write(`\r  ${done.toLocaleString("en")} / ${total.toLocaleString("en")} customers, ${seconds()} s`),
  });
  process.stdout.write("\n");
  const n = (x: number) => x.toLocaleString("en");
  console.log(
    `Done in ${seconds()} s: ${n(summary.customers)} customers, ${n(summary.stageEvents)} stage events, ` +
      `${n(summary.purchases)} purchases, ${n(summary.touchpoints)} touchpoints, ${n(summary.feedback)} feedback, ${n(summary.tasks)} tasks.`,
  );
  console.log(demoLogins());
} catch (error) {
  if (!(error instanceof DemoExistsError)) throw error;
  console.error("A demo organization already exists. Run again with --replace to delete and rebuild it.");
  process.exitCode = 1;
} finally {
  await conn.close();
}
