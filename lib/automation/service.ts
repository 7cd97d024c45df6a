import "server-only";
import { z } from "zod";
import { getDb, type Db } from "@/db";
import { countDue, recordDueFirings } from "@/db/mutations/automation-schedule";
import { createAutomation, deleteAutomation, updateAutomation } from "@/db/mutations/automations";
import { getAutomation, listAutomations, listFirings, type RunCursor } from "@/db/queries/automations";
import { listStages } from "@/db/queries/stages";
import { findOrganization } from "@/db/queries/organizations";
import { listActiveUsers } from "@/db/queries/users";
import { firingStatuses, type Automation, type AutomationFiring } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError, forbidden, invalid, notFound } from "@/core/errors";
import { drainFirings } from "./engine";
import { CONFIRM_ABOVE, isTimeTrigger, type AutomationInput } from "@/core/automation/rules";
import { isObviouslyPrivate } from "./webhook-target";

/** No playbook has this id: a draft not saved yet has fired nothing. */
const NO_PLAYBOOK = "00000000-0000-0000-0000-000000000000";

/** Managers may read playbooks and their log; only owners write them. Every function checks itself. */
function assertViewer(user: CurrentUser) {
  if (!can.viewAutomations(user.role)) throw forbidden();
}

function assertEditor(user: CurrentUser) {
  if (!can.manageAutomations(user.role)) throw forbidden();
}

export function presentAutomation(row: Automation) {
  const { id, name, enabled, trigger, actions, filter, runCap, createdAt, updatedAt } = row;
  return { id, name, enabled, trigger, actions, filter, runCap, createdAt, updatedAt };
}

export function presentFiring(row: AutomationFiring) {
  return { customerId: row.customerId, occurrence: row.occurrence, status: row.status, firedAt: row.firedAt, doneAt: row.doneAt, actions: row.results };
}

/** A page's end as the client holds it: `<microseconds>_<firing id>`. */
const cursorText = z
  .string()
  .regex(/^\d{1,19}_[0-9a-f-]{36}$/)
  .transform((text): RunCursor => {
    const [micros = "", id = ""] = text.split("_");
    return { micros, id };
  });

export async function listAutomationsFor(user: CurrentUser) {
  assertViewer(user);
  return listAutomations(await getDb(), { orgId: user.orgId });
}

export async function getAutomationFor(user: CurrentUser, id: string) {
  assertViewer(user);
  const row = await getAutomation(await getDb(), { orgId: user.orgId, id });
  if (!row) throw notFound();
  return row;
}

/** A playbook as its settings page shows it: the webhook secrets only to those who may edit it. */
export async function getAutomationViewFor(user: CurrentUser, id: string) {
  const row = await getAutomationFor(user, id);
  const canEdit = can.manageAutomations(user.role);
  const actions = canEdit ? row.actions : row.actions.map((action) => (action.type === "webhook" ? { ...action, secret: "" } : action));
  return { ...row, actions, canEdit };
}

export const runsQuerySchema = z.strictObject({
  status: z.enum(firingStatuses).optional(),
  cursor: cursorText.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(100),
});

/** One page of a playbook's run log, newest first; `nextCursor` continues with older runs (null: no more). */
export async function listRunsFor(user: CurrentUser, id: string, { status, cursor, limit = 100 }: Partial<z.infer<typeof runsQuerySchema>> = {}) {
  await getAutomationFor(user, id);
  const rows = await listFirings(await getDb(), { orgId: user.orgId, automationId: id, status, before: cursor, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...row.firing, customerName: row.customerName })),
    nextCursor: rows.length > limit && last ? `${last.micros}_${last.firing.id}` : null,
  };
}

/** Stage keys and named assignees must be the organization's own (an archived stage is refused too). */
async function assertReferences(orgId: string, input: Partial<AutomationInput>) {
  const db = await getDb();
  const [stages, users] = await Promise.all([listStages(db, { orgId }), listActiveUsers(db, { orgId })]);
  const stageKeys = new Set(stages.map((s) => s.key));
  const userIds = new Set(users.map((u) => u.id));
  const errors: Record<string, string[]> = {};
  if (input.trigger && "stage" in input.trigger && !stageKeys.has(input.trigger.stage)) errors["trigger.stage"] = ["unknown_stage"];
  if (input.filter?.stage && !stageKeys.has(input.filter.stage)) errors["filter.stage"] = ["unknown_stage"];
  if (input.filter?.ownerId && !userIds.has(input.filter.ownerId)) errors["filter.ownerId"] = ["unknown_user"];
  const org = await findOrganization(db, { orgId });
  const isNamedUnknown = (who: string) => who !== "owner" && who !== "managers" && !userIds.has(who);
  input.actions?.forEach((action, i) => {
    if (action.type === "task" && isNamedUnknown(action.assignee)) errors[`actions.${i}.assignee`] = ["unknown_user"];
    if (action.type === "notify" && isNamedUnknown(action.who)) errors[`actions.${i}.who`] = ["unknown_user"];
    if (action.type === "move" && !stageKeys.has(action.to)) errors[`actions.${i}.to`] = ["unknown_stage"];
    // Names that resolve to private addresses are refused when delivered (lib/automation/webhook.ts).
    if (action.type === "webhook" && !org?.allowPrivateWebhooks && isObviouslyPrivate(action.url)) errors[`actions.${i}.url`] = ["private_target"];
  });
  if (Object.keys(errors).length) throw invalid(errors);
}

/** Whether a caller said yes to enabling a playbook that matches many customers at once. */
export interface Confirmation {
  confirm?: boolean;
}

/**
 * A time-based playbook switched on never acts on the whole book by surprise: when it would fire
 * for more than CONFIRM_ABOVE customers at once, the caller must confirm, seeing the count (409).
 */
async function assertConfirmed(db: Db, automation: Automation, { confirm }: Confirmation) {
  if (!automation.enabled || !isTimeTrigger(automation.trigger) || confirm) return;
  const matched = await countDue(db, automation);
  if (matched > CONFIRM_ABOVE) throw new DomainError(409, "confirm_required", {}, { matched });
}

/** Creates the playbook; a confirmation refused leaves nothing behind (one transaction). */
export async function createAutomationFor(user: CurrentUser, { confirm, ...input }: AutomationInput & Confirmation) {
  assertEditor(user);
  await assertReferences(user.orgId, input);
  return (await getDb()).transaction(async (tx) => {
    const row = await createAutomation(tx, { orgId: user.orgId, userId: user.id, input });
    await assertConfirmed(tx, row, { confirm });
    return row;
  });
}

export async function updateAutomationFor(user: CurrentUser, id: string, { confirm, ...input }: Partial<AutomationInput> & Confirmation) {
  assertEditor(user);
  await assertReferences(user.orgId, input);
  return (await getDb()).transaction(async (tx) => {
    const row = await updateAutomation(tx, { orgId: user.orgId, id, input });
    if (!row) throw notFound();
    if (input.enabled || input.trigger || input.filter) await assertConfirmed(tx, row, { confirm });
    return row;
  });
}

/** "This would match N customers now": the customers a time-based playbook would fire for (0 for event triggers). */
export async function previewAutomationFor(user: CurrentUser, id: string) {
  const row = await getAutomationFor(user, id);
  return { matched: await countDue(await getDb(), row) };
}

/**
 * The same count for a trigger and filter as typed on the form, before they are saved; with the
 * playbook's id the occurrences it already fired are left out, as its next run would. A count only.
 */
export async function previewDraftFor(user: CurrentUser, draft: Pick<AutomationInput, "trigger" | "filter"> & { id?: string }) {
  assertViewer(user);
  const id = draft.id ? (await getAutomationFor(user, draft.id)).id : NO_PLAYBOOK;
  if (!isTimeTrigger(draft.trigger)) return { matched: null };
  return { matched: await countDue(await getDb(), { orgId: user.orgId, id, trigger: draft.trigger, filter: draft.filter }) };
}

/** Runs a time-based playbook now, up to its cap, and its firings; answers what matched and what fired. Refused (409) while the organization's playbooks are paused. */
export async function runAutomationNowFor(user: CurrentUser, id: string) {
  assertEditor(user);
  const row = await getAutomationFor(user, id);
  if (!isTimeTrigger(row.trigger)) throw invalid({ trigger: ["not_time_based"] });
  const db = await getDb();
  if ((await findOrganization(db, { orgId: user.orgId }))?.automationsPaused) throw new DomainError(409, "automations_paused");
  const result = await recordDueFirings(db, row);
  await drainFirings(db);
  return result;
}

export async function deleteAutomationFor(user: CurrentUser, id: string) {
  assertEditor(user);
  if (!(await deleteAutomation(await getDb(), { orgId: user.orgId, id }))) throw notFound();
}

/** What the playbook form offers (and its read-only view names): the active stages and users. */
export async function automationChoicesFor(user: CurrentUser) {
  assertViewer(user);
  const db = await getDb();
  const [stages, users] = await Promise.all([listStages(db, { orgId: user.orgId }), listActiveUsers(db, { orgId: user.orgId })]);
  return { stages, users };
}
