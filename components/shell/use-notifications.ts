"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationKind } from "@/core/constants";
import type { NotificationParams } from "@/core/notifications/params";
import { queryKeys } from "@/lib/query/keys";

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  customerId: string | null;
  params: NotificationParams;
  createdAt: string;
  readAt: string | null;
}

/** Often enough for a task a playbook just gave to show within the minute, cheap enough for every open tab. */
const POLL_MS = 30_000;

async function fetchNotifications(signal: AbortSignal): Promise<{ unread: number; items: NotificationItem[] }> {
  const response = await fetch("/api/v1/notifications", { signal, credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`notifications failed with ${response.status}`);
  return (await response.json()) as { unread: number; items: NotificationItem[] };
}

/** The signed-in user's notifications, polled; `markAllRead` clears the count at once and on the server. */
export function useNotifications() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.notifications, queryFn: ({ signal }) => fetchNotifications(signal), refetchInterval: POLL_MS });
  const markAllRead = useMutation({
    mutationFn: async () => {
      const response = await fetch("/api/v1/notifications/read", { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: "{}" });
      if (!response.ok) throw new Error(`marking read failed with ${response.status}`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
  return { data: query.data, markAllRead: () => markAllRead.mutate(), marking: markAllRead.isPending };
}
