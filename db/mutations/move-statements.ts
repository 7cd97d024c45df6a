import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { customers, purchases, stageEvents, stages } from "../schema";

/**
 * The statements of a move, built once per database handle (the pool, or one transaction) and
 * executed as prepared statements: a move runs thousands of times a minute, and building its SQL
 * took longer than PostgreSQL takes to run it.
 */
const param = (name: string) => sql.placeholder(name);
const text = (name: string) => sql`${param(name)}::text`;
const instant = (name: string) => sql`${param(name)}::timestamptz`;

function customerToMove(db: Db, owned: boolean) {
  return db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, param("orgId")), eq(customers.id, param("customerId")), owned ? eq(customers.ownerId, param("ownerId")) : undefined))
    .prepare("move_customer");
}

function stageRules(db: Db) {
  return db.select().from(stages).where(eq(stages.orgId, param("orgId"))).orderBy(asc(stages.position)).prepare("move_stage_rules");
}

/**
 * The update, the event and the purchase as one statement of data-modifying CTEs. It changes
 * nothing (and answers no row) unless the customer is still at `version` and, for a move to a
 * stage, that stage is still active: it is locked `for share` against a concurrent archive.
 */
function write(db: Db, { toLost, withPurchase }: { toLost: boolean; withPurchase: boolean }) {
  const activeTarget = db.$with("active_target").as(
    db
      .select({ key: stages.key })
      .from(stages)
      .where(and(eq(stages.orgId, param("orgId")), eq(stages.key, param("to")), isNull(stages.archivedAt)))
      .for("share"),
  );
  const updated = db.$with("updated").as(
    db
      .update(customers)
      .set({
        stageKey: text("stageKey"),
        lost: toLost,
        lostReason: text("lostReason"),
        stageEnteredAt: instant("at"),
        lastActivityAt: sql`greatest(${customers.lastActivityAt}, ${instant("at")})`,
        version: sql`${customers.version} + 1`,
        updatedAt: instant("now"),
      })
      .where(
        and(
          eq(customers.orgId, param("orgId")),
          eq(customers.id, param("customerId")),
          eq(customers.version, param("version")),
          toLost ? undefined : sql`exists (select from ${activeTarget})`,
        ),
      )
      .returning(),
  );
  const event = db.$with("event").as(
    db
      .insert(stageEvents)
      .select(
        db
          .select({
            orgId: updated.orgId,
            id: sql`gen_random_uuid()`.as("id"),
            customerId: updated.id,
            fromKey: text("fromKey").as("from_key"),
            toKey: text("to").as("to_key"),
            at: instant("at").as("at"),
            actorId: sql`${param("actorId")}::uuid`.as("actor_id"),
            automationId: sql`${param("automationId")}::uuid`.as("automation_id"),
            channel: text("channel").as("channel"),
            note: text("note").as("note"),
            reason: text("reason").as("reason"),
            recordedAt: sql`now()`.as("recorded_at"),
          })
          .from(updated),
      )
      .returning(),
  );
  const purchase = db.$with("purchase").as(
    db.insert(purchases).select(
      db
        .select({
          orgId: updated.orgId,
          id: sql`gen_random_uuid()`.as("id"),
          customerId: updated.id,
          amountMinor: sql`${param("amountMinor")}::bigint`.as("amount_minor"),
          currency: text("currency").as("currency"),
          at: instant("at").as("at"),
          note: sql`null::text`.as("note"),
        })
        .from(updated),
    ),
  );
  const ctes = [...(toLost ? [] : [activeTarget]), updated, event, ...(withPurchase ? [purchase] : [])];
  return db.with(...ctes).select().from(updated).innerJoin(event, sql`true`).prepare("move_write");
}

/** Each statement is built on first use: a bulk move's savepoints each get a handle of their own. */
function build(db: Db) {
  const once = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const writes = new Map<string, ReturnType<typeof write>>();
  return {
    ownedCustomer: once(() => customerToMove(db, true)),
    anyCustomer: once(() => customerToMove(db, false)),
    stageRules: once(() => stageRules(db)),
    write(variant: { toLost: boolean; withPurchase: boolean }) {
      const key = `${variant.toLost}:${variant.withPurchase}`;
      let statement = writes.get(key);
      if (!statement) writes.set(key, (statement = write(db, variant)));
      return statement;
    },
  };
}

const built = new WeakMap<Db, ReturnType<typeof build>>();

export function moveStatements(db: Db) {
  let statements = built.get(db);
  if (!statements) built.set(db, (statements = build(db)));
  return statements;
}
