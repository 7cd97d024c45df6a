import "server-only";
import { invalid, notFound, versionConflict } from "@/core/errors";
import { checkMove } from "@/core/journey/transitions";
import type { Db } from "../client";
import { LOST, type Channel } from "../schema";
import { moveStatements } from "./move-statements";

export interface MoveInput {
  orgId: string;
  /** Null for a move a playbook makes. */
  actorId: string | null;
  /** The playbook making the move, shown on the timeline in place of a person. */
  automationId?: string | null;
  customerId: string;
  /** Set for sales users: the customer must be theirs (otherwise it does not exist for them). */
  ownerId?: string;
  to: string;
  version: number;
  at?: Date;
  channel?: Channel | null;
  note?: string | null;
  reason?: string | null;
  purchaseAmountMinor?: number | null;
  currency?: string;
}

export async function loadStageRules(db: Db, orgId: string) {
  return moveStatements(db).stageRules().execute({ orgId });
}

type StageRules = Awaited<ReturnType<typeof loadStageRules>>;

/**
 * The one way a customer changes stage (page, board, bulk, API, import): appends a stage event and
 * updates the customer's current stage and version, in the caller's transaction or alone. The
 * customer and the rules are read first and checked in TypeScript; the write is then one statement
 * (so a lone move needs no BEGIN and COMMIT round trips, and the aggregate triggers' locks are held
 * only while it runs) that changes nothing unless the customer is still at the version read, and
 * the target stage, locked `for share` against a concurrent archive, is still active. Of concurrent
 * moves made against one version exactly one wins.
 */
export async function applyMove(tx: Db, input: MoveInput, rules?: StageRules) {
  const [customer, stageRules] = await Promise.all([findCustomerToMove(tx, input), rules ?? loadStageRules(tx, input.orgId)]);
  if (!customer) throw notFound();
  if (customer.version !== input.version) throw versionConflict(customer.version);

  const now = new Date();
  const at = input.at ?? now;
  if (at.getTime() > now.getTime()) throw invalid({ at: ["in_future"] });
  if (at.getTime() < customer.stageEnteredAt.getTime()) throw invalid({ at: ["before_last_move"] });

  const issues = checkMove(stageRules, {
    from: { key: customer.stageKey, lost: customer.lost },
    to: input.to,
    reason: input.reason,
    note: input.note,
    purchaseAmountMinor: input.purchaseAmountMinor,
    customer,
  });
  if (issues.length) throw invalid(Object.fromEntries(issues.map((i) => [i.field, [i.code]])));

  const [written] = await writeMove(tx, input, customer, at, now);
  if (!written) throw await refusalAfterRace(tx, input);
  return written;
}

async function findCustomerToMove(tx: Db, input: MoveInput) {
  const statements = moveStatements(tx);
  const [row] = input.ownerId
    ? await statements.ownedCustomer().execute({ orgId: input.orgId, customerId: input.customerId, ownerId: input.ownerId })
    : await statements.anyCustomer().execute({ orgId: input.orgId, customerId: input.customerId });
  return row;
}

type Customer = NonNullable<Awaited<ReturnType<typeof findCustomerToMove>>>;

async function writeMove(tx: Db, input: MoveInput, customer: Customer, at: Date, now: Date) {
  const toLost = input.to === LOST;
  const statement = moveStatements(tx).write({ toLost, withPurchase: Boolean(input.purchaseAmountMinor) });
  const rows = await statement.execute({
    orgId: input.orgId,
    customerId: input.customerId,
    version: input.version,
    to: input.to,
    stageKey: toLost ? customer.stageKey : input.to,
    lostReason: toLost ? (input.reason ?? null) : null,
    at: at.toISOString(),
    now: now.toISOString(),
    fromKey: customer.lost ? LOST : customer.stageKey,
    actorId: input.actorId,
    automationId: input.automationId ?? null,
    channel: input.channel ?? null,
    note: input.note ?? null,
    reason: input.reason ?? null,
    amountMinor: input.purchaseAmountMinor ?? 0,
    currency: input.currency ?? "ILS",
  });
  return rows.map((row) => ({ customer: row.updated, event: row.event }));
}

/** Why a write that passed the checks changed nothing: another move won, or the stage was archived meanwhile. */
async function refusalAfterRace(tx: Db, input: MoveInput) {
  const current = await findCustomerToMove(tx, input);
  if (!current) return notFound();
  if (current.version !== input.version) return versionConflict(current.version);
  return invalid({ to: ["archived_stage"] });
}

export function moveCustomer(db: Db, input: MoveInput) {
  return applyMove(db, input);
}
