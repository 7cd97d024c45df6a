"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { updateOrganizationFor } from "@/lib/settings/organization";
import { organizationSchema } from "@/lib/settings/schemas";

export const updateOrganizationAction = defineAction({ schema: organizationSchema, allowed: can.manageSettings }, async (user, input) => {
  await updateOrganizationFor(user, input);
  return null;
});
