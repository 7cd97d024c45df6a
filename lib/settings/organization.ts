import "server-only";
import { getDb } from "@/db";
import { updateOrganization } from "@/db/mutations/settings-organization";
import { findOrganization } from "@/db/queries/organizations";
import type { CurrentUser } from "@/lib/auth/session";
import { assertOwner } from "./guard";
import type { OrganizationInput } from "./schemas";

export async function getOrganizationFor(user: CurrentUser) {
  assertOwner(user);
  const org = await findOrganization(await getDb(), { orgId: user.orgId });
  if (!org) throw new Error("organization of a signed-in user is missing");
  return org;
}

/** What every role's pages and the API show of the user's own organization. */
export async function getOrganizationProfileFor(user: CurrentUser) {
  const org = await findOrganization(await getDb(), { orgId: user.orgId });
  if (!org) throw new Error("organization of a signed-in user is missing");
  return { id: org.id, name: org.name, country: org.country, currency: org.currency };
}

export async function updateOrganizationFor(user: CurrentUser, settings: OrganizationInput) {
  assertOwner(user);
  await updateOrganization(await getDb(), { orgId: user.orgId, settings });
}
