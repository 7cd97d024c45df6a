import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { markNotificationsRead } from "@/db/mutations/notifications";
import { listNotifications } from "@/db/queries/notifications";
import type { CurrentUser } from "@/lib/auth/session";

export const markReadSchema = z.strictObject({ ids: z.array(z.uuid()).max(100).optional() });

/** Everyone reads only their own notifications. */
export async function listNotificationsFor(user: CurrentUser) {
  const { items, unread } = await listNotifications(await getDb(), { orgId: user.orgId, userId: user.id });
  return {
    unread,
    items: items.map(({ id, kind, customerId, automationId, params, createdAt, readAt }) => ({ id, kind, customerId, automationId, params, createdAt, readAt })),
  };
}

export async function markNotificationsReadFor(user: CurrentUser, { ids }: z.infer<typeof markReadSchema>) {
  await markNotificationsRead(await getDb(), { orgId: user.orgId, userId: user.id, ids });
}
