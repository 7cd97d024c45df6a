import { sql } from "drizzle-orm";
import { bigint, boolean, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/**
 * Customers and their purchase totals per owner (`NO_OWNER` for none), current stage and lost flag:
 * the home page's and the board's counts and values without reading the customers. Kept by the
 * triggers of db/sql/customer-counts.sql on every write to `customers`, whoever writes it.
 *
 * Appended like `loyalty_stage_months`: a change adds a row of differences (moves never wait on a
 * row another move writes), readers sum the rows of a key, and `fold_appended_counts` (the
 * scheduled analytics fold) merges the unfolded rows into the one folded row per key.
 */
export const customerStageCounts = pgTable(
  "customer_stage_counts",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    ownerId: uuid("owner_id").notNull(),
    stageKey: text("stage_key").notNull(),
    lost: boolean("lost").notNull(),
    customers: integer("customers").notNull(),
    purchasesMinor: bigint("purchases_minor", { mode: "number" }).notNull(),
    folded: boolean("folded").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    index("customer_stage_counts_owner_idx").on(t.orgId, t.ownerId, t.stageKey, t.lost),
    uniqueIndex("customer_stage_counts_folded_key").on(t.orgId, t.ownerId, t.stageKey, t.lost).where(sql`${t.folded}`),
  ],
);

/**
 * Stage moves (events with a `from`) per hour (UTC) and the moved customer's current owner
 * (`NO_OWNER` for none): the home page's moves since the week began without reading the week's
 * events. Kept by the triggers of db/sql/customer-counts.sql on stage_events and on owner changes,
 * appended and folded like `customer_stage_counts`.
 */
export const ownerMoveHours = pgTable(
  "owner_move_hours",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    ownerId: uuid("owner_id").notNull(),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    moves: integer("moves").notNull(),
    folded: boolean("folded").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    index("owner_move_hours_owner_idx").on(t.orgId, t.ownerId, t.hour),
    uniqueIndex("owner_move_hours_folded_key").on(t.orgId, t.ownerId, t.hour).where(sql`${t.folded}`),
  ],
);

/**
 * Open tasks (not done) per assignee (`NO_OWNER` for none): the sales home's "my open tasks" without
 * counting them. Kept by the triggers of db/sql/task-counts.sql on every write to `tasks`, appended
 * and folded like `customer_stage_counts`.
 */
export const assigneeOpenTasks = pgTable(
  "assignee_open_tasks",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    assigneeId: uuid("assignee_id").notNull(),
    tasks: integer("tasks").notNull(),
    folded: boolean("folded").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    index("assignee_open_tasks_assignee_idx").on(t.orgId, t.assigneeId),
    uniqueIndex("assignee_open_tasks_folded_key").on(t.orgId, t.assigneeId).where(sql`${t.folded}`),
  ],
);
