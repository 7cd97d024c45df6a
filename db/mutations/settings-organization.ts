import "server-only";
import { eq } from "drizzle-orm";
import type { OrganizationSettings } from "@/core/organization";
import type { Db } from "../client";
import { organizations } from "../schema";

export async function updateOrganization(db: Db, { orgId, settings }: { orgId: string; settings: OrganizationSettings }) {
  const [row] = await db.update(organizations).set(settings).where(eq(organizations.id, orgId)).returning();
  if (!row) throw new Error("organization of a signed-in user is missing");
  return row;
}

export async function setAutomationsPaused(db: Db, { orgId, paused }: { orgId: string; paused: boolean }) {
  await db.update(organizations).set({ automationsPaused: paused }).where(eq(organizations.id, orgId));
}
