import "server-only";
import { getDb } from "@/db";
import { insertApiKey } from "@/db/mutations/api-keys";
import { revokeApiKey } from "@/db/mutations/settings-api-keys";
import { listApiKeys } from "@/db/queries/settings-api-keys";
import { generateApiKey } from "@/lib/auth/api-key";
import type { CurrentUser } from "@/lib/auth/session";
import { assertOwner } from "./guard";

export async function listApiKeysFor(user: CurrentUser) {
  assertOwner(user);
  return listApiKeys(await getDb(), { orgId: user.orgId });
}

/** The key acts as the owner who creates it. Only its hash is kept: the full key is returned this once. */
export async function createApiKeyFor(user: CurrentUser, { name }: { name: string }) {
  assertOwner(user);
  const { key, prefix, hash } = generateApiKey();
  const row = await insertApiKey(await getDb(), { orgId: user.orgId, userId: user.id, name, prefix, hash });
  return { id: row.id, key };
}

export async function revokeApiKeyFor(user: CurrentUser, { keyId }: { keyId: string }) {
  assertOwner(user);
  await revokeApiKey(await getDb(), { orgId: user.orgId, keyId });
}
