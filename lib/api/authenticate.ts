import "server-only";
import { getDb } from "@/db";
import { spendApiKeyRequest } from "@/db/mutations/api-keys";
import { findApiKeyUser } from "@/db/queries/api-keys";
import { hashApiKey } from "@/lib/auth/api-key";
import { asCurrentUser, currentUser, type CurrentUser } from "@/lib/auth/session";
import { isCrossOriginWrite } from "./origin";
import { requestsPerMinute } from "@/core/api/rate-limit";

export type Caller =
  | { kind: "user"; user: CurrentUser }
  | { kind: "anonymous" }
  | { kind: "rate_limited"; retryAfterSeconds: number }
  | { kind: "cross_origin" };

/**
 * The caller of an API request: a `Bearer` API key when one is sent, otherwise the session cookie.
 * A key acts as the user who created it, with that user's current role, within the key's rate
 * limit. Sessions are people at a browser: they are not rate limited, but their writes must come
 * from the app's own origin (a page cannot send an Authorization header without CORS, which the
 * API does not grant, so keys need no such check).
 */
export async function authenticate(request: Request): Promise<Caller> {
  const header = request.headers.get("authorization");
  if (!header) return isCrossOriginWrite(request) ? { kind: "cross_origin" } : asCaller(await currentUser());
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { kind: "anonymous" };
  const db = await getDb();
  const row = await findApiKeyUser(db, hashApiKey(match[1]));
  if (!row || row.user.disabledAt) return { kind: "anonymous" };
  const spend = await spendApiKeyRequest(db, { orgId: row.key.orgId, keyId: row.key.id, perMinute: requestsPerMinute() });
  if (!spend.ok) return { kind: "rate_limited", retryAfterSeconds: spend.retryAfterSeconds };
  return asCaller(asCurrentUser(row.user));
}

const asCaller = (user: CurrentUser | null): Caller => (user ? { kind: "user", user } : { kind: "anonymous" });
