import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { setAutomationsPaused } from "@/db/mutations/settings-organization";
import { findOrganization } from "@/db/queries/organizations";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden } from "@/core/errors";

export const automationsPausedSchema = z.strictObject({ paused: z.boolean() });

/** Whether every playbook of the user's organization is paused (owners and managers may see it). */
export async function automationsPausedFor(user: CurrentUser) {
  if (!can.viewAutomations(user.role)) throw forbidden();
  return (await findOrganization(await getDb(), { orgId: user.orgId }))?.automationsPaused ?? false;
}

/** Pauses or resumes every playbook of the organization (owners): on resume, what came due meanwhile fires once at the next run. */
export async function setAutomationsPausedFor(user: CurrentUser, { paused }: z.infer<typeof automationsPausedSchema>) {
  if (!can.manageAutomations(user.role)) throw forbidden();
  await setAutomationsPaused(await getDb(), { orgId: user.orgId, paused });
}
