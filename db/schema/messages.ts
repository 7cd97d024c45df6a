import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { customerTokenPurposes, emailStatuses, locales, MESSAGE_TEMPLATE_MAX, messageTemplateKeys } from "../../core/constants";
import { customers } from "./customers";
import { feedback } from "./activity";
import { users } from "./users";

/**
 * Links a customer opens without signing in: a feedback survey (single use, expires) or an
 * unsubscribe. Only the token's sha256 is stored, so the table cannot be read back into links.
 */
export const customerTokens = pgTable(
  "customer_tokens",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    customerId: uuid("customer_id").notNull(),
    purpose: text("purpose", { enum: customerTokenPurposes }).notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The language the customer is addressed in on the public page. */
    locale: text("locale", { enum: locales }).notNull(),
    createdById: uuid("created_by_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** The feedback a survey answer wrote. */
    feedbackId: uuid("feedback_id"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.createdById], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedback.orgId, feedback.id] }),
    // A public link names no organization: the token's hash finds it.
    uniqueIndex("customer_tokens_hash_key").on(t.tokenHash),
    index("customer_tokens_customer_idx").on(t.orgId, t.customerId, t.purpose),
  ],
);

/** An organization's own wording of a built-in message in one locale (absent: the default from messages/*.json). */
export const messageTemplates = pgTable(
  "message_templates",
  {
    orgId: uuid("org_id").notNull(),
    key: text("key", { enum: messageTemplateKeys }).notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    body: text("body").notNull(),
    updatedById: uuid("updated_by_id"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.key, t.locale] }),
    foreignKey({ columns: [t.orgId, t.updatedById], foreignColumns: [users.orgId, users.id] }),
    check("message_templates_body_length", sql`length(${t.body}) between 1 and ${sql.raw(String(MESSAGE_TEMPLATE_MAX))}`),
  ],
);

/**
 * The email outbox: a row is written with the request (and its touchpoint), then handed to the job
 * queue, which sends it through SMTP and retries it (lib/messages/email-queue.ts).
 */
export const outboundEmails = pgTable(
  "outbound_emails",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    customerId: uuid("customer_id").notNull(),
    toAddress: text("to_address").notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** The customer's unsubscribe link, put in the footer and the List-Unsubscribe header. */
    unsubscribeUrl: text("unsubscribe_url").notNull(),
    status: text("status", { enum: emailStatuses }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    index("outbound_emails_status_idx").on(t.status, t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);

export type CustomerToken = typeof customerTokens.$inferSelect;
export type MessageTemplate = typeof messageTemplates.$inferSelect;
export type OutboundEmail = typeof outboundEmails.$inferSelect;
