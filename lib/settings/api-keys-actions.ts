"use server";

import { defineAction } from "@/lib/actions";
import { can } from "@/lib/auth/roles";
import { createApiKeyFor, revokeApiKeyFor } from "@/lib/settings/api-keys";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/settings/schemas";

const owners = { allowed: can.manageSettings };

export const createApiKeyAction = defineAction({ schema: createApiKeySchema, ...owners }, createApiKeyFor);

export const revokeApiKeyAction = defineAction({ schema: revokeApiKeySchema, ...owners }, async (user, input) => {
  await revokeApiKeyFor(user, input);
  return null;
});
