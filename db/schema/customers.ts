import { sql, type SQL } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { channels } from "@/core/constants";
import type { CustomerExtra } from "@/core/customers/constants";
import { organizations } from "./organizations";
import { stages } from "./stages";
import { users } from "./users";

/** A date's month and day as one number (March 5 → 305): the key of `customers_org_birthday_idx`. */
export const birthdayMonthDay = (date: AnyPgColumn | SQL) => sql`(extract(month from ${date}) * 100 + extract(day from ${date}))`;

export type { CustomerExtra };

/**
 * A customer sits in exactly one stage (`stageKey`), or is `lost` (then `stageKey` is the
 * stage it was lost from). `stageKey`/`stageEnteredAt` are a copy of the newest stage event,
 * written in the same transaction; `version` guards against lost updates.
 */
export const customers = pgTable(
  "customers",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    externalId: text("external_id"),
    name: text("name").notNull(),
    email: text("email"),
    /** As it was given (any country's format); `phoneE164` is the same number normalised. */
    phone: text("phone"),
    /** `phone` in E.164, read with the organization's country when it has no country code; null when unreadable. */
    phoneE164: text("phone_e164"),
    channel: text("channel", { enum: channels }).notNull().default("other"),
    stageKey: text("stage_key").notNull(),
    stageEnteredAt: timestamp("stage_entered_at", { withTimezone: true }).notNull(),
    lost: boolean("lost").notNull().default(false),
    lostReason: text("lost_reason"),
    ownerId: uuid("owner_id"),
    referredById: uuid("referred_by_id"),
    /** The customer's referral link (`/{locale}/r/{code}`): 128 random bits, base64url; replaced to revoke. Null until first shown. */
    referralCode: text("referral_code"),
    birthday: date("birthday"),
    /** Fields of another system with no column here (an import's unmapped columns): header → value. */
    extra: jsonb("extra").$type<CustomerExtra>(),
    version: integer("version").notNull().default(1),
    /** Consent: no message, survey request or automated message reaches the customer while set. */
    doNotContact: boolean("do_not_contact").notNull().default(false),
    doNotContactAt: timestamp("do_not_contact_at", { withTimezone: true }),
    /** Who set it; null when the customer unsubscribed themselves (or an import carried it). */
    doNotContactById: uuid("do_not_contact_by_id"),
    /**
     * Sum of the customer's purchases in minor units (the board's card and column values), kept by
     * the purchases triggers of migration 0016 in the statement that writes the purchase.
     */
    purchasesMinor: bigint("purchases_minor", { mode: "number" }).notNull().default(0),
    /**
     * What search compares, written by the database itself whoever writes the row: the name, email
     * and external id folded by `search_fold` (core/search/fold.ts), and the phone's digits.
     */
    searchText: text("search_text")
      .notNull()
      .generatedAlwaysAs(sql`search_fold(name || ' ' || coalesce(email, '') || ' ' || coalesce(external_id, ''))`),
    phoneDigits: text("phone_digits").notNull().generatedAlwaysAs(sql`search_digits(coalesce(phone, ''))`),
    /** Latest move or touchpoint: what staleness is measured from. */
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ columns: [t.orgId, t.stageKey], foreignColumns: [stages.orgId, stages.key] }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.referredById], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.doNotContactById], foreignColumns: [users.orgId, users.id] }),
    uniqueIndex("customers_external_id_key").on(t.orgId, t.externalId),
    // The board: cards in keyset order, column counts and values (purchasesMinor) by index-only scans.
    index("customers_org_stage_idx").on(t.orgId, t.stageKey, t.lost, t.stageEnteredAt, t.id, t.purchasesMinor),
    // The same counts and values for a sales user's own customers (board and home page). No unique
    // column, so runs of equal keys are stored once (deduplication): a fifth of the size of an index
    // ending in stage_entered_at and id, and counted twice as fast.
    index("customers_org_owner_stage_idx").on(t.orgId, t.ownerId, t.stageKey, t.lost, t.purchasesMinor),
    index("customers_org_owner_idx").on(t.orgId, t.ownerId, t.createdAt),
    // A user's customers by activity: "waiting for contact" (not lost, longest without activity
    // first) and, index-only, the ones active this week (the moves of the week are theirs).
    index("customers_org_owner_activity_idx").on(t.orgId, t.ownerId, t.lost, t.lastActivityAt, t.id),
    // Upcoming birthdays: one range per calendar day (month * 100 + day), whatever the year.
    index("customers_org_birthday_idx").on(t.orgId, birthdayMonthDay(t.birthday), t.ownerId, t.name, t.id).where(sql`${t.birthday} is not null`),
    index("customers_org_created_idx").on(t.orgId, t.createdAt, t.id),
    // One per list sort key, with id as the keyset tie-breaker.
    index("customers_org_name_idx").on(t.orgId, t.name, t.id),
    index("customers_org_entered_idx").on(t.orgId, t.stageEnteredAt, t.id),
    index("customers_org_activity_idx").on(t.orgId, t.lastActivityAt, t.id),
    index("customers_org_email_idx").on(t.orgId, sql`lower(${t.email})`),
    // Duplicates by phone, and imports matching rows without an external id or email.
    index("customers_org_phone_e164_idx").on(t.orgId, t.phoneE164).where(sql`${t.phoneE164} is not null`),
    index("customers_org_referrer_idx").on(t.orgId, t.referredById),
    // Unique within the organization (a Citus unique key holds org_id); the public link finds it by the code alone.
    uniqueIndex("customers_referral_code_key").on(t.orgId, t.referralCode),
    index("customers_referral_code_idx").on(t.referralCode).where(sql`${t.referralCode} is not null`),
    // Substring search (LIKE '%…%') over the folded text and the phone's digits.
    index("customers_search_text_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("customers_phone_digits_trgm_idx").using("gin", sql`${t.phoneDigits} gin_trgm_ops`),
  ],
);

/**
 * Append-only history of moves. `fromKey` is null for a customer's first entry;
 * `fromKey`/`toKey` may be the pseudo-stage `lost`. Never updated, never deleted.
 */
export const stageEvents = pgTable(
  "stage_events",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    customerId: uuid("customer_id").notNull(),
    fromKey: text("from_key"),
    toKey: text("to_key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorId: uuid("actor_id"),
    /** The playbook that made the move (actor null). No foreign key: the history outlives a deleted playbook. */
    automationId: uuid("automation_id"),
    channel: text("channel", { enum: channels }),
    note: text("note"),
    reason: text("reason"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.actorId], foreignColumns: [users.orgId, users.id] }),
    // to_key (and customer_id) in the keys let the history funnels find a cohort's customers by
    // index-only scans: which customers entered a journey in a range, and whether they had before.
    index("stage_events_customer_idx").on(t.orgId, t.customerId, t.at, t.toKey),
    index("stage_events_org_at_idx").on(t.orgId, t.at, t.customerId, t.toKey),
    index("stage_events_actor_idx").on(t.orgId, t.actorId, t.at),
  ],
);

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
export type StageEvent = typeof stageEvents.$inferSelect;
export type NewStageEvent = typeof stageEvents.$inferInsert;
