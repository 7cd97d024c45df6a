// npm run bench:customers — times the customer list (search, filters, paging) on the configured
// database's demo organization, e.g. after `npm run db:seed -- --customers 100000`.
import { eq } from "drizzle-orm";
import { openFromEnv } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { listCustomers, type CustomerPage } from "@/db/queries/customers";
import { organizations, users } from "@/db/schema";
import { searchTerms } from "@/core/search/terms";
import { fail } from "./cli";
import { timeIt } from "./bench/timing";

const conn = await openFromEnv();
try {
  await runMigrations(conn);
  const [org] = await conn.db.select().from(organizations).where(eq(organizations.isDemo, true));
  if (!org) fail("No demo organization: run npm run db:seed first.");
  const [sales] = await conn.db.select().from(users).where(eq(users.email, "sales@demo.test"));
  const base: CustomerPage = { orgId: org.id, sort: "createdAt", dir: "desc", limit: 25 };
  const firstPage = await listCustomers(conn.db, base);
  const q = (text: string) => searchTerms(text, org.country);
  const cases: [string, CustomerPage][] = [
    ["first page, newest first", base],
    ["second page (cursor)", { ...base, cursor: firstPage.nextCursor ?? undefined }],
    ["search Persian substring 'رضا'", { ...base, search: q("رضا") }],
    ["search Hebrew substring 'כהן'", { ...base, search: q("כהן") }],
    ["search Latin 'smith'", { ...base, search: q("smith") }],
    ["search phone digits '0521'", { ...base, search: q("0521") }],
    ["filter stage + channel", { ...base, stage: "consideration", channel: "whatsapp" }],
    ["stale, retention journey", { ...base, stale: true, journey: "retention" }],
    ["sort by name", { ...base, sort: "name", dir: "asc" }],
    ["sales user's own, search 'a'", { ...base, ownerId: sales?.id, search: q("a") }],
  ];
  console.log(`engine ${conn.engine}; demo organization ${org.name}`);
  for (const [name, page] of cases) {
    const { p50Ms, p95Ms } = await timeIt(() => listCustomers(conn.db, page));
    console.log(`${name.padEnd(36)} p50 ${String(p50Ms).padStart(8)} ms   p95 ${String(p95Ms).padStart(8)} ms`);
  }
} finally {
  await conn.close();
}
