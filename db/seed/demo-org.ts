import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/core/auth/password";
import type { Db } from "@/db/client";
import { organizations, stages, users, type Role } from "@/db/schema";
import type { DemoStaff } from "./customer";
import { DAY } from "./journey";
import type { Rng } from "./random";
import { templateStages } from "@/db/stage-template";
import { demoHolidays } from "./playbooks";
import { childFirstOrgTables } from "./tables";

export const DEMO_PASSWORD = "demo-password";
export const DEMO_ORG_NAME = "Masir Demo";

const demoStaff = {
  owner: { email: "owner@demo.test", role: "owner", name: "נועה כהן" },
  manager: { email: "manager@demo.test", role: "manager", name: "امیر رستمی" },
  sales: { email: "sales@demo.test", role: "sales", name: "Yael Mizrahi" },
  sales2: { email: "sales2@demo.test", role: "sales", name: "داریوش کریمی" },
} as const satisfies Record<keyof DemoStaff, { email: string; role: Role; name: string }>;

/** The demo sign-ins, as the CLI and the first start print them. */
export function demoLogins(): string {
  const lines = Object.values(demoStaff).map((s) => `  ${s.email.padEnd(20)} ${s.role}`);
  return [`Demo logins (password "${DEMO_PASSWORD}"):`, ...lines].join("\n");
}

export async function findDemoOrg(db: Db): Promise<string | null> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.isDemo, true)).limit(1);
  return row?.id ?? null;
}

/** The organization, its staff (one password hash shared by all four) and its stages. */
export async function createDemoOrg(db: Db, rng: Rng, now: number): Promise<{ orgId: string; staff: DemoStaff }> {
  // A little before the 18 months of customer history.
  const createdAt = new Date(now - 560 * DAY);
  const id = () => rng.uuid(createdAt.getTime());
  const orgId = id();
  const staff: DemoStaff = { owner: id(), manager: id(), sales: id(), sales2: id() };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(organizations).values({
      id: orgId,
      name: DEMO_ORG_NAME,
      timeZone: "Asia/Jerusalem",
      currency: "ILS",
      defaultLocale: "he",
      isDemo: true,
      allowPrivateWebhooks: true,
      holidays: demoHolidays,
      createdAt,
    });
    await tx.insert(users).values(
      (Object.keys(demoStaff) as (keyof DemoStaff)[]).map((key) => ({ ...demoStaff[key], orgId, id: staff[key], passwordHash, createdAt })),
    );
    await tx.insert(stages).values(templateStages(orgId));
  });
  return { orgId, staff };
}

/**
 * Deletes an organization and every row keyed by it, children first. The tables come from
 * the schema, so tables added later (aggregates, imports, …) are covered too.
 */
export async function deleteOrganization(db: Db, orgId: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of childFirstOrgTables()) await tx.execute(sql`delete from ${table} where org_id = ${orgId}`);
    await tx.delete(organizations).where(eq(organizations.id, orgId));
  });
}
