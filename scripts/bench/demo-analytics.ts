import { openFromEnv } from "@/db/client";
import { loadAnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { findDemoOrg } from "@/db/seed/demo-org";
import { fail } from "../cli";

/** The configured database (DATABASE_URL, else PGlite in PGLITE_DIR) and its demo organization's analytics context. */
export async function openDemoAnalytics() {
  const conn = await openFromEnv();
  const orgId = (await findDemoOrg(conn.db)) ?? fail("No demo organization: run `npm run db:seed` first.");
  return { conn, db: conn.db, orgId, ctx: await loadAnalyticsContext(conn.db, { orgId }) };
}
