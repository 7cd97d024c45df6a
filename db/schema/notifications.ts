import { sql } from "drizzle-orm";
import { foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { notificationKinds } from "@/core/constants";
import { customers } from "./customers";
import { users } from "./users";
import type { NotificationParams } from "@/core/notifications/params";

/** In-app notifications (the header's bell): one row per recipient, read when `readAt` is set. */
export const notifications = pgTable(
  "notifications",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    userId: uuid("user_id").notNull(),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    customerId: uuid("customer_id"),
    automationId: uuid("automation_id"),
    params: jsonb("params").$type<NotificationParams>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    index("notifications_user_idx").on(t.orgId, t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.orgId, t.userId).where(sql`${t.readAt} is null`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
