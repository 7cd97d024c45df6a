import type { SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insertStatement } from "@/db/insert-many";
import { customers, feedback, purchases, stageEvents, tasks, touchpoints } from "@/db/schema";

/** One chunk of generated rows, in insert order (parents first). */
export interface SeedRows {
  customers: (typeof customers.$inferInsert)[];
  stageEvents: (typeof stageEvents.$inferInsert)[];
  touchpoints: (typeof touchpoints.$inferInsert)[];
  purchases: (typeof purchases.$inferInsert)[];
  feedback: (typeof feedback.$inferInsert)[];
  tasks: (typeof tasks.$inferInsert)[];
}

export const emptyRows = (): SeedRows => ({
  customers: [],
  stageEvents: [],
  touchpoints: [],
  purchases: [],
  feedback: [],
  tasks: [],
});

/** The chunk's inserts, parents first. */
export function* insertStatements(rows: SeedRows): Generator<SQL> {
  const batches = [
    [customers, rows.customers],
    [stageEvents, rows.stageEvents],
    [touchpoints, rows.touchpoints],
    [purchases, rows.purchases],
    [feedback, rows.feedback],
    [tasks, rows.tasks],
  ] as const;
  for (const [table, list] of batches) if (list.length > 0) yield insertStatement(table, list);
}

/** Writes one chunk atomically. */
export async function writeStatements(db: Db, statements: readonly SQL[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const statement of statements) await tx.execute(statement);
  });
}
