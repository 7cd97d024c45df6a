import "server-only";
import { sql } from "drizzle-orm";
import { DomainError } from "@/core/errors";
import { dueOn, MAX_DEPTH, renderTemplate, type ActionResult, type AutomationAction, type AutomationTrigger } from "@/core/automation/rules";
import type { Db } from "../client";
import type { Locale } from "../schema";
import { queryRows } from "../sql";
import { queueAutomationMessage, type AutomationMessaging } from "./automation-messages";
import { applyMove } from "./moves";

/** A pending firing with what its actions need to know about the customer and the organization. */
interface ClaimedFiring {
  org_id: string;
  id: string;
  automation_id: string;
  automation_name: string;
  trigger: AutomationTrigger;
  actions: AutomationAction[];
  occurrence: string;
  depth: number;
  customer_id: string;
  version: number;
  lost: boolean;
  customer_name: string;
  stage_key: string;
  owner_id: string | null;
  owner_name: string | null;
  stage_he: string;
  stage_fa: string;
  stage_en: string;
  days_in_stage: number;
  default_locale: Locale;
  today: string;
}

/**
 * Takes up to `limit` pending firings that no other runner holds (SKIP LOCKED) and runs each one's
 * actions in the transaction that marks it done: a runner that dies midway leaves its firings
 * pending with none of their effects, and of two runners only one ever takes a firing. An action
 * that fails is recorded as failed (its savepoint undone); it is not retried, so a refusal cannot
 * loop. The firings of an organization whose playbooks are paused wait for it to resume. Answers
 * how many firings were done.
 */
export async function runPendingFirings(
  db: Db,
  { limit = 100, messaging = { origin: "http://localhost:3000", email: false } }: { limit?: number; messaging?: AutomationMessaging } = {},
): Promise<number> {
  return db.transaction(async (tx) => {
    const firings = await claimFirings(tx, limit);
    for (const firing of firings) {
      const results: ActionResult[] = [];
      for (const action of firing.actions) results.push(await runAction(tx, firing, action, messaging));
      const failed = results.some((r) => r.status === "failed");
      await tx.execute(sql`
        update automation_firings set status = ${failed ? "failed" : "done"}, done_at = now(), results = ${JSON.stringify(results)}::jsonb
        where org_id = ${firing.org_id} and id = ${firing.id}`);
    }
    return firings.length;
  });
}

function claimFirings(tx: Db, limit: number) {
  return queryRows<ClaimedFiring>(
    tx,
    sql`
    select f.org_id, f.id, f.automation_id, f.occurrence, f.depth, a.name as automation_name, a.trigger, a.actions,
      c.id as customer_id, c.version, c.lost, c.name as customer_name, c.stage_key, c.owner_id, u.name as owner_name,
      s.label_he as stage_he, s.label_fa as stage_fa, s.label_en as stage_en,
      floor(extract(epoch from now() - c.stage_entered_at) / 86400)::int as days_in_stage,
      o.default_locale, to_char((now() at time zone o.time_zone)::date, 'YYYY-MM-DD') as today
    from automation_firings f
    join automations a on a.org_id = f.org_id and a.id = f.automation_id
    join customers c on c.org_id = f.org_id and c.id = f.customer_id
    join organizations o on o.id = f.org_id and not o.automations_paused
    join stages s on s.org_id = c.org_id and s.key = c.stage_key
    left join users u on u.org_id = c.org_id and u.id = c.owner_id
    where f.status = 'pending'
    order by f.fired_at, f.id
    limit ${limit}
    for update of f skip locked`,
  );
}

async function runAction(tx: Db, firing: ClaimedFiring, action: AutomationAction, messaging: AutomationMessaging): Promise<ActionResult> {
  try {
    return await tx.transaction((savepoint) => {
      switch (action.type) {
        case "task":
          return createTasks(savepoint, firing, action);
        case "webhook":
          return queueWebhook(savepoint, firing, action);
        case "request_feedback":
        case "message":
          return queueAutomationMessage(savepoint, firing, action, messaging);
        case "move":
          return moveCustomerTo(savepoint, firing, action);
        case "notify":
          return notify(savepoint, firing, action);
      }
    });
  } catch (error) {
    return { type: action.type, status: "failed", detail: describeError(error) };
  }
}

/** A refusal names its code and fields (e.g. `validation to:reason_required`), so the run log says why. */
function describeError(error: unknown) {
  if (!(error instanceof DomainError)) return error instanceof Error ? error.message : String(error);
  const fields = Object.entries(error.fieldErrors).map(([field, codes]) => `${field}:${codes.join("|")}`);
  return [error.code, ...fields].join(" ");
}

type TaskAction = Extract<AutomationAction, { type: "task" }>;
type WebhookAction = Extract<AutomationAction, { type: "webhook" }>;
type MoveAction = Extract<AutomationAction, { type: "move" }>;
type NotifyAction = Extract<AutomationAction, { type: "notify" }>;

/**
 * Moves the customer through the one move function, at the version read when the firing was taken
 * (a move made since refuses it). The move runs with the playbook and its depth set for the
 * transaction, which the stage_events trigger reads: this playbook does not fire again for the
 * customer, and a chain of playbook moves stops after MAX_DEPTH. A refusal is the action's result.
 */
async function moveCustomerTo(tx: Db, firing: ClaimedFiring, action: MoveAction): Promise<ActionResult> {
  if (!firing.lost && firing.stage_key === action.to) return { type: "move", status: "skipped", detail: "already_in_stage" };
  if (firing.depth >= MAX_DEPTH) return { type: "move", status: "skipped", detail: "depth_limit" };
  const setChain = (depth: string, automationId: string) =>
    tx.execute(sql`select set_config('masir.automation_depth', ${depth}, true), set_config('masir.automation_id', ${automationId}, true)`);
  await setChain(String(firing.depth + 1), firing.automation_id);
  try {
    await applyMove(tx, { orgId: firing.org_id, actorId: null, automationId: firing.automation_id, customerId: firing.customer_id, to: action.to, version: firing.version });
  } finally {
    await setChain("", "");
  }
  return { type: "move", status: "done", detail: action.to };
}

/** The customer's owner, every active manager, or a named active user. */
function recipients(tx: Db, firing: ClaimedFiring, who: TaskAction["assignee"]) {
  return queryRows<{ id: string }>(
    tx,
    who === "owner"
      ? sql`select id from users where org_id = ${firing.org_id} and id = ${firing.owner_id} and disabled_at is null`
      : who === "managers"
        ? sql`select id from users where org_id = ${firing.org_id} and role = 'manager' and disabled_at is null order by id`
        : sql`select id from users where org_id = ${firing.org_id} and id = ${who} and disabled_at is null`,
  );
}

/** An in-app notification to each recipient, naming the playbook and the customer. */
async function notify(tx: Db, firing: ClaimedFiring, action: NotifyAction): Promise<ActionResult> {
  const users = await recipients(tx, firing, action.who);
  if (!users.length) return { type: "notify", status: "skipped", detail: "no_recipient" };
  const params = JSON.stringify({ customerName: firing.customer_name, automationName: firing.automation_name });
  await tx.execute(sql`
    insert into notifications (org_id, user_id, kind, customer_id, automation_id, params)
    select ${firing.org_id}, u.id, 'playbook_alert', ${firing.customer_id}, ${firing.automation_id}, ${params}::jsonb
    from unnest(string_to_array(${users.map((u) => u.id).join(",")}, ',')::uuid[]) u(id)`);
  return { type: "notify", status: "done", detail: `${users.length}` };
}

/**
 * Writes the webhook to the outbox with the firing: the engine hands it to the job queue, which
 * sends it and retries it (lib/automation/webhook.ts). Its id is the `webhook-id` of every attempt.
 */
async function queueWebhook(tx: Db, firing: ClaimedFiring, action: WebhookAction): Promise<ActionResult> {
  const payload = JSON.stringify({
    type: "automation.fired",
    automation: { id: firing.automation_id, name: firing.automation_name },
    customer: { id: firing.customer_id, name: firing.customer_name, stage: firing.stage_key, ownerId: firing.owner_id },
    occurrence: firing.occurrence,
    trigger: firing.trigger,
  });
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into webhook_deliveries (org_id, automation_id, firing_id, url, secret, payload)
        values (${firing.org_id}, ${firing.automation_id}, ${firing.id}, ${action.url}, ${action.secret}, ${payload}::jsonb) returning id`,
  );
  return { type: "webhook", status: "done", detail: `queued ${row?.id ?? ""}` };
}

const stageLabel = (firing: ClaimedFiring) => ({ he: firing.stage_he, fa: firing.stage_fa, en: firing.stage_en })[firing.default_locale];

/** One task per assignee (the customer's owner, every active manager, or a named active user), each with a notification. */
async function createTasks(tx: Db, firing: ClaimedFiring, action: TaskAction): Promise<ActionResult> {
  const title = renderTemplate(action.title, {
    name: firing.customer_name,
    stage: stageLabel(firing),
    owner: firing.owner_name ?? "",
    days: firing.days_in_stage,
  });
  const assignees = await recipients(tx, firing, action.assignee);
  if (!assignees.length) return { type: "task", status: "skipped", detail: "no_assignee" };
  const due = dueOn(firing.today, action.dueInDays);
  const params = JSON.stringify({ title, customerName: firing.customer_name, automationName: firing.automation_name });
  for (const assignee of assignees) {
    // The assignee hears of the task by the bell, written with it.
    await tx.execute(sql`
      with task as (
        insert into tasks (org_id, customer_id, assignee_id, title, due_on, automation_id)
        values (${firing.org_id}, ${firing.customer_id}, ${assignee.id}, ${title}, ${due}, ${firing.automation_id})
        returning org_id
      )
      insert into notifications (org_id, user_id, kind, customer_id, automation_id, params)
      select org_id, ${assignee.id}, 'task_assigned', ${firing.customer_id}, ${firing.automation_id}, ${params}::jsonb from task`);
  }
  return { type: "task", status: "done", detail: `${assignees.length} × ${title}` };
}
