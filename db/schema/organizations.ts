import { sql } from "drizzle-orm";
import { boolean, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { HolidayKey } from "@/core/automation/holidays";
import type { PhoneCountry } from "@/core/phone/phone-number";
import { heCalendars, locales } from "@/core/constants";

/** The tenant root. Its `id` is the `org_id` every other table is keyed and distributed by. */
export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  timeZone: text("time_zone").notNull().default("Asia/Jerusalem"),
  currency: text("currency").notNull().default("ILS"),
  /** ISO 3166-1 alpha-2: the default country of phone numbers written without a country code. */
  country: text("country").$type<PhoneCountry>().notNull().default("IL"),
  defaultLocale: text("default_locale", { enum: locales }).notNull().default("he"),
  heCalendar: text("he_calendar", { enum: heCalendars }).notNull().default("gregory"),
  isDemo: boolean("is_demo").notNull().default(false),
  /** Whether playbook webhooks may target loopback and private addresses (the demo allows loopback so it can be tried here). */
  allowPrivateWebhooks: boolean("allow_private_webhooks").notNull().default(false),
  /** The holidays (core/automation/holidays.ts keys) the organization's holiday playbooks keep. */
  holidays: text("holidays").array().$type<HolidayKey[]>().notNull().default(sql`'{}'::text[]`),
  /** Pauses every playbook of the organization: nothing fires; time-based ones still due fire once it resumes. */
  automationsPaused: boolean("automations_paused").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
