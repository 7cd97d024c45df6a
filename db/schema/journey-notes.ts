import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { STAGE_NOTE_MAX } from "../../core/constants";
import { stages } from "./stages";
import { users } from "./users";

/**
 * The owner's notes on a journey-map stage: its goal, the customer's need and the opportunities.
 * Append-only: every save writes a new version (who, when); the newest version per stage and
 * locale is the note. `locale` null is the note shared by every locale.
 */
export const journeyStageNotes = pgTable(
  "journey_stage_notes",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    stageKey: text("stage_key").notNull(),
    locale: text("locale", { enum: ["he", "fa", "en"] }),
    goal: text("goal").notNull(),
    need: text("need").notNull(),
    opportunities: text("opportunities").notNull(),
    authorId: uuid("author_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.stageKey], foreignColumns: [stages.orgId, stages.key] }),
    foreignKey({ columns: [t.orgId, t.authorId], foreignColumns: [users.orgId, users.id] }),
    check("journey_stage_notes_locale", sql`${t.locale} in ('he', 'fa', 'en')`),
    check(
      "journey_stage_notes_length",
      sql`length(${t.goal}) <= ${sql.raw(String(STAGE_NOTE_MAX))} and length(${t.need}) <= ${sql.raw(String(STAGE_NOTE_MAX))} and length(${t.opportunities}) <= ${sql.raw(String(STAGE_NOTE_MAX))}`,
    ),
    index("journey_stage_notes_stage_idx").on(t.orgId, t.stageKey, t.locale, t.createdAt),
  ],
);

export type JourneyStageNote = typeof journeyStageNotes.$inferSelect;
