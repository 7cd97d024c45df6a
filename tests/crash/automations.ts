import { setTimeout as delay } from "node:timers/promises";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/sql";
import type { Check } from "./checks";
import type { Client } from "./client";
import { TARGET_STAGE } from "./moves";

export interface CrashPlaybooks {
  entered: string;
  idle: string;
  createdAt: Date;
}

async function create(client: Client, body: unknown): Promise<string> {
  const { status, body: created } = await client.json<{ id: string }>("/api/v1/automations", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  if (status !== 201) throw new Error(`creating a playbook answered ${status}`);
  return created.id;
}

/**
 * Two playbooks the crash lands among: one fires on every move into the stage the crash test moves
 * customers to (its firings are written by the moves' statements, and run by the engine while more
 * moves come), one on customers idle in awareness (a scheduled run at the next minute).
 */
export async function createCrashPlaybooks(client: Client): Promise<CrashPlaybooks> {
  const createdAt = new Date();
  const task = (title: string) => [{ type: "task", title, dueInDays: 1, assignee: "owner" }];
  const entered = await create(client, { name: "crash: entered", enabled: true, trigger: { type: "stage_entered", stage: TARGET_STAGE }, actions: task("Welcome {name}") });
  const idle = await create(client, { name: "crash: idle", enabled: true, confirm: true, trigger: { type: "idle_in_stage", stage: "awareness", days: 1 }, actions: task("Nudge {name}"), runCap: 5000 });
  return { entered, idle, createdAt };
}

/** Waits until the restarted server has run every pending firing of the playbooks (and the idle one has had its scheduled run). */
export async function awaitPlaybooksRun(client: Client, playbooks: CrashPlaybooks, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await Promise.all(
      [playbooks.entered, playbooks.idle].map(async (id) => (await client.json<{ items: unknown[] }>(`/api/v1/automations/${id}/runs?status=pending`)).body.items.length),
    );
    const idleRuns = (await client.json<{ items: unknown[] }>(`/api/v1/automations/${playbooks.idle}/runs`)).body.items.length;
    if (pending.every((n) => n === 0) && idleRuns > 0) return;
    if (Date.now() > deadline) throw new Error(`playbooks still pending after ${timeoutMs} ms: ${pending.join(", ")}; idle runs ${idleRuns}`);
    await delay(1000);
  }
}

/**
 * Exactly once across the kill: every move into the stage after the playbook was made has one
 * firing and no firing lacks its move; none is left pending; each firing that made a task made one
 * (with one notification), and no customer's idle stay fired twice.
 */
export async function checkPlaybooks(db: Db, orgId: string, playbooks: CrashPlaybooks): Promise<Check[]> {
  const [entered] = await queryRows<{ events: number; firings: number; matched: number }>(
    db,
    sql`select
      (select count(*)::int from stage_events e join automations a on a.org_id = e.org_id and a.id = ${playbooks.entered}
        where e.org_id = ${orgId} and e.to_key = ${TARGET_STAGE} and e.recorded_at >= a.created_at) as events,
      (select count(*)::int from automation_firings where org_id = ${orgId} and automation_id = ${playbooks.entered}) as firings,
      (select count(*)::int from automation_firings f join stage_events e on e.org_id = f.org_id and f.occurrence = 'entered:' || e.id
        where f.org_id = ${orgId} and f.automation_id = ${playbooks.entered}) as matched`,
  );
  const effects = await queryRows<{ id: string; pending: number; done: number; tasks: number; notes: number; customers: number; firings: number }>(
    db,
    sql`select a.id,
      (select count(*)::int from automation_firings f where f.org_id = a.org_id and f.automation_id = a.id and f.status = 'pending') as pending,
      (select count(*)::int from automation_firings f where f.org_id = a.org_id and f.automation_id = a.id and f.results -> 0 ->> 'status' = 'done') as done,
      (select count(*)::int from tasks t where t.org_id = a.org_id and t.automation_id = a.id) as tasks,
      (select count(*)::int from notifications n where n.org_id = a.org_id and n.automation_id = a.id) as notes,
      (select count(distinct f.customer_id)::int from automation_firings f where f.org_id = a.org_id and f.automation_id = a.id) as customers,
      (select count(*)::int from automation_firings f where f.org_id = a.org_id and f.automation_id = a.id) as firings
    from automations a where a.org_id = ${orgId} and a.id in (${playbooks.entered}, ${playbooks.idle})`,
  );
  const byId = new Map(effects.map((e) => [e.id, e]));
  const idle = byId.get(playbooks.idle);
  const checks: Check[] = [
    {
      name: "every move into the stage fired the playbook once, and no firing lacks its move",
      ok: Boolean(entered) && entered?.events === entered?.firings && entered?.firings === entered?.matched && (entered?.events ?? 0) > 0,
      detail: JSON.stringify(entered),
    },
    {
      name: "each idle stay fired once",
      ok: Boolean(idle) && idle?.customers === idle?.firings && (idle?.firings ?? 0) > 0,
      detail: JSON.stringify({ firings: idle?.firings, customers: idle?.customers }),
    },
  ];
  for (const [label, id] of [["entered", playbooks.entered], ["idle", playbooks.idle]] as const) {
    const e = byId.get(id);
    checks.push({
      name: `${label}: no firing left pending, one task and one notification per firing that made one`,
      ok: Boolean(e) && e?.pending === 0 && e?.done === e?.tasks && e?.tasks === e?.notes,
      detail: JSON.stringify(e),
    });
  }
  return checks;
}
