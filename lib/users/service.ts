import "server-only";
import { getDb } from "@/db";
import { listActiveUsers } from "@/db/queries/users";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";

/** The organization's active users as owners to choose or filter by; null for a sales user, who sees only their own customers. */
export async function listOwnerChoicesFor(user: CurrentUser) {
  return can.seeAllCustomers(user.role) ? listActiveUsers(await getDb(), { orgId: user.orgId }) : null;
}
