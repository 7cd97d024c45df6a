// Run by `npm start` before the server: migrations on both engines; on an empty embedded
// database, the 5,000-customer demo.
import { openFromEnv } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { demoLogins, seedIfEmpty } from "@/db/seed";

const DEMO_CUSTOMERS = Number(process.env.DEMO_CUSTOMERS ?? 5000);

const conn = await openFromEnv();
try {
  await runMigrations(conn);
  if (conn.engine === "pglite") {
    const started = Date.now();
    if (await seedIfEmpty(conn, DEMO_CUSTOMERS)) {
      console.log(`Seeded the demo organization (${DEMO_CUSTOMERS} customers) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      console.log(demoLogins());
    }
  }
} finally {
  await conn.close();
}
