import { sql } from "drizzle-orm";
import { bigint, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { locales } from "@/core/constants";
import { importEncodings, importStatuses, type ImportField, type ImportMapping, type ImportOptions } from "@/core/import/columns";
import { organizations } from "./organizations";
import { users } from "./users";

export { customerColumns, importEncodings, importFields, importStatuses, valueFields, type ImportEncoding, type ImportField, type ImportMapping, type ImportOptions, type ImportStatus, type ValueField } from "@/core/import/columns";

/**
 * A customer import job. The uploaded file stays on disk until the job is done, so a restarted
 * server can resume it. `rowsDone` is committed in the same transaction as each batch of rows, so
 * it always says exactly which rows are in the database: a resumed job skips them.
 */
export const imports = pgTable(
  "imports",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    filename: text("filename").notNull(),
    status: text("status", { enum: importStatuses }).notNull().default("pending"),
    encoding: text("encoding", { enum: importEncodings }).notNull(),
    byteSize: bigint("byte_size", { mode: "number" }).notNull(),
    headers: jsonb("headers").$type<string[]>().notNull(),
    mapping: jsonb("mapping").$type<ImportMapping>().notNull().default(sql`'{}'::jsonb`),
    options: jsonb("options").$type<ImportOptions>().notNull().default(sql`'{}'::jsonb`),
    locale: text("locale", { enum: locales }).notNull(),
    /** Data rows in the file (blank lines not counted), counted when it was uploaded. */
    totalRows: integer("total_rows"),
    rowsDone: integer("rows_done").notNull().default(0),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    rejectedCount: integer("rejected_count").notNull().default(0),
    /** Why a failed job stopped (a stable code). */
    error: text("error"),
    /** The process running the job (`host:pid:token`); a job whose worker is gone is resumed. */
    worker: text("worker"),
    createdBy: uuid("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
    index("imports_org_created_idx").on(t.orgId, t.createdAt),
    index("imports_running_idx").on(t.updatedAt).where(sql`${t.status} = 'running'`),
    // One running import per organization: the others wait their turn (lib/import/queue.ts).
    uniqueIndex("imports_one_running_per_org").on(t.orgId).where(sql`${t.status} = 'running'`),
  ],
);

/** The rows an import rejected, with their reasons (field → codes) and the cells as read. */
export const importRejections = pgTable(
  "import_rejections",
  {
    orgId: uuid("org_id").notNull(),
    importId: uuid("import_id").notNull(),
    /** 1-based number of the data row (the header is row 0; blank lines are not counted). */
    row: integer("row").notNull(),
    errors: jsonb("errors").$type<Record<string, string[]>>().notNull(),
    /** The row's mapped cells as read, and its unmapped ones as the JSON text of `extra`: what a retry sends again. */
    cells: jsonb("cells").$type<Partial<Record<ImportField, string>>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.importId, t.row] }),
    foreignKey({ columns: [t.orgId, t.importId], foreignColumns: [imports.orgId, imports.id] }),
  ],
);

export type ImportJob = typeof imports.$inferSelect;
export type ImportRejection = typeof importRejections.$inferSelect;
