import { LOST, type Channel } from "@/core/constants";
import type { CustomerExtra } from "@/core/customers/constants";
import { checkCreate, defaultStartStage, type StageRule } from "@/core/journey/transitions";
import type { ImportRow, RowCells, RowErrors } from "./row";

/**
 * What each row of a batch does, decided from the customers it can reach. Pure: the database part
 * (db/mutations/import-batch.ts) looks the customers up and writes the decisions.
 */

export type PlannedRow = ImportRow & { cells: RowCells };

export interface ExistingCustomer {
  id: string;
  externalId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  phoneE164: string | null;
  channel: Channel;
  extra: CustomerExtra | null;
  stageKey: string;
  lost: boolean;
  ownerId: string | null;
  version: number;
  doNotContact?: boolean;
}

/** A stage with its rules: creations are checked as moves into their starting stage. */
export type StageRef = StageRule & { journey: string };

/** A profile to write, over the version it was read at (snake_case: it goes to SQL as JSON). */
export interface ProfileUpdate {
  id: string;
  version: number;
  external_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  phone_e164: string | null;
  channel: Channel;
  owner_id: string | null;
  extra: CustomerExtra | null;
  do_not_contact: boolean;
}

export type Decision =
  | { kind: "reject"; errors: RowErrors }
  | { kind: "create"; stageKey: string }
  | { kind: "update"; update: ProfileUpdate }
  | { kind: "move"; update: ProfileUpdate | null; target: ExistingCustomer; to: string }
  | { kind: "unchanged" };

/**
 * What a row without an external id or email is matched on: its name and phone together (a phone
 * alone is often a family's or an office's), among customers without an external id or email.
 */
export const naturalKey = (name: string, phoneE164: string | null | undefined) => `${name}\u0000${phoneE164 ?? ""}`;
const hasNaturalKey = (row: { externalId?: string | null; email?: string | null }) => !row.externalId && !row.email;

/**
 * The longest prefix of `rows` in which no two rows share a key (external id, email, or name and
 * phone), so no row can be meant to see what an earlier row of the same round writes.
 */
export function distinctKeyPrefix(rows: PlannedRow[]): PlannedRow[] {
  const keys = new Set<string>();
  let end = 0;
  for (const row of rows) {
    const natural = hasNaturalKey(row) && `n:${naturalKey(row.name, row.phoneE164)}`;
    const own = [row.externalId && `x:${row.externalId}`, row.email && `e:${row.email}`, natural].filter((k): k is string => Boolean(k));
    if (own.some((k) => keys.has(k))) break;
    for (const k of own) keys.add(k);
    end++;
  }
  return rows.slice(0, end);
}

/**
 * Decides the rows of a round in file order. Matching: external id first, then email (the oldest
 * customer when several share it, `existing` being in creation order), then for a row with neither
 * its name and phone (see naturalKey). An email match whose
 * customer carries a different external id is another record of the source system: rejected, not
 * merged. A round stops before a row that reaches a customer an earlier row of it already reached
 * (same customer by another key); `consumed` says how many rows were decided.
 */
export function planRound(rows: PlannedRow[], existing: ExistingCustomer[], stages: StageRef[]) {
  const byExternalId = new Map(existing.filter((c) => c.externalId).map((c) => [c.externalId as string, c]));
  const byEmail = new Map<string, ExistingCustomer>();
  for (const c of existing) if (c.email && !byEmail.has(c.email.toLowerCase())) byEmail.set(c.email.toLowerCase(), c);
  const byNatural = new Map<string, ExistingCustomer>();
  for (const c of existing) {
    const key = naturalKey(c.name, c.phoneE164);
    if (hasNaturalKey(c) && !byNatural.has(key)) byNatural.set(key, c);
  }
  const firstStage = defaultStartStage(stages);
  const targeted = new Set<string>();
  const decisions: { row: PlannedRow; decision: Decision }[] = [];

  for (const row of rows) {
    const byId = row.externalId ? byExternalId.get(row.externalId) : undefined;
    const byMail = byId || !row.email ? undefined : byEmail.get(row.email);
    const target = byId ?? byMail ?? (hasNaturalKey(row) ? byNatural.get(naturalKey(row.name, row.phoneE164)) : undefined);
    if (target && targeted.has(target.id)) break;
    if (byMail && row.externalId && byMail.externalId && byMail.externalId !== row.externalId) {
      decisions.push({ row, decision: { kind: "reject", errors: { email: ["email_other_external_id"] } } });
    } else if (!target) {
      decisions.push({ row, decision: creation(row, stages, firstStage) });
    } else {
      targeted.add(target.id);
      decisions.push({ row, decision: change(row, target) });
    }
  }
  return { decisions, consumed: decisions.length };
}

/**
 * A new customer starts in the row's stage or the first one, under that stage's rules as a create
 * through the API would (core/journey/transitions.ts `checkCreate`); as with the import's moves, the
 * refusals are reported on the stage.
 */
function creation(row: PlannedRow, stages: StageRef[], firstStage: StageRef | undefined): Decision {
  if (row.stage === LOST) return { kind: "reject", errors: { stage: ["lost_on_create"] } };
  if (!firstStage) return { kind: "reject", errors: { stage: ["no_stages"] } };
  const to = row.stage ?? firstStage.key;
  const issues = checkCreate(stages, firstStage.key, { to, customer: { email: row.email ?? null, phone: row.phone ?? null } });
  if (issues.length > 0) return { kind: "reject", errors: { stage: issues.map((issue) => issue.code) } };
  return { kind: "create", stageKey: to };
}

/**
 * Blank cells keep the customer's value; a customer without an external id receives the row's; an
 * email differing only in case is no change; the row's other fields are added to the customer's
 * `extra`. A different stage is a move (see import-batch).
 */
function change(row: PlannedRow, target: ExistingCustomer): Decision {
  const email = row.email && row.email !== target.email?.toLowerCase() ? row.email : target.email;
  const newExtra = Object.entries(row.extra ?? {}).some(([k, v]) => target.extra?.[k] !== v);
  const update: ProfileUpdate = {
    id: target.id,
    version: target.version,
    external_id: target.externalId ?? row.externalId ?? null,
    name: row.name,
    email,
    phone: row.phone ?? target.phone,
    phone_e164: row.phone ? (row.phoneE164 ?? null) : target.phoneE164,
    channel: row.channel ?? target.channel,
    owner_id: row.ownerId ?? target.ownerId,
    extra: newExtra ? { ...target.extra, ...row.extra } : target.extra,
    do_not_contact: row.doNotContact ?? target.doNotContact ?? false,
  };
  const changed =
    newExtra ||
    update.external_id !== target.externalId ||
    update.name !== target.name ||
    update.email !== target.email ||
    update.phone !== target.phone ||
    update.phone_e164 !== target.phoneE164 ||
    update.channel !== target.channel ||
    update.owner_id !== target.ownerId ||
    update.do_not_contact !== (target.doNotContact ?? false);
  const current = target.lost ? LOST : target.stageKey;
  if (row.stage && row.stage !== current) return { kind: "move", update: changed ? update : null, target, to: row.stage };
  return changed ? { kind: "update", update } : { kind: "unchanged" };
}
