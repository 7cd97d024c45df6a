import "server-only";
import { getDb } from "@/db";
import { findApiKeyUser, touchApiKey } from "@/db/queries/api-keys";
import { hashApiKey } from "@/lib/auth/api-key";
import { currentUser, type CurrentUser } from "@/lib/auth/session";

/**
 * The caller of an API request: a `Bearer` API key when one is sent, otherwise the session cookie.
 * A key acts as the user who created it, with that user's current role.
 */
export async function authenticate(request: Request): Promise<CurrentUser | null> {
  const header = request.headers.get("authorization");
  if (!header) return currentUser();
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return null;
  const db = await getDb();
  const row = await findApiKeyUser(db, hashApiKey(match[1]));
  if (!row || row.user.disabledAt) return null;
  await touchApiKey(db, { orgId: row.key.orgId, keyId: row.key.id });
  const { user } = row;
  return { id: user.id, orgId: user.orgId, role: user.role, email: user.email, name: user.name };
}
