import { beforeAll, expect, it } from "vitest";
import { provideConnection } from "@/db/index";
import { recordDueFirings } from "@/db/mutations/automation-schedule";
import type { Role } from "@/core/constants";
import { DomainError } from "@/core/errors";
import type { CurrentUser } from "@/lib/auth/session";
import { createAutomationFor, getAutomationFor, getAutomationViewFor, listRunsFor, previewDraftFor } from "@/lib/automation/service";
import { playbookInput } from "../support/automations";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { status: error.status, code: error.code };
}

describeOnEngines("automation settings: the draft preview, the run log's pages, what managers see", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  const as = (role: Role, id: string): CurrentUser => ({ id, orgId: org.orgId, role, email: `${role}@test.test`, name: role });
  /** By hand: 5 customers in engagement for 10 days (3 by phone, 2 by email), 2 there for 1 day. */
  const idle = { type: "idle_in_stage" as const, stage: "engagement", days: 5 };

  beforeAll(async () => {
    provideConnection(conn());
    org = await createTestOrg(conn().db);
    const add = (channel: "phone" | "email", daysAgo: number) =>
      createTestCustomer(conn().db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, stage: "engagement", channel, at: new Date(Date.now() - daysAgo * DAY) });
    for (const channel of ["phone", "phone", "phone", "email", "email"] as const) await add(channel, 10);
    await add("phone", 1);
    await add("email", 1);
  });

  it("counts a trigger and filter as typed, for owners and managers; event triggers have nothing to count; sales users are refused", async () => {
    const owner = as("owner", org.ownerId);
    expect(await previewDraftFor(owner, { trigger: idle, filter: {} })).toEqual({ matched: 5 });
    expect(await previewDraftFor(as("manager", org.managerId), { trigger: idle, filter: { channel: "phone" } })).toEqual({ matched: 3 });
    expect(await previewDraftFor(owner, { trigger: { ...idle, days: 20 }, filter: {} })).toEqual({ matched: 0 });
    expect(await previewDraftFor(owner, { trigger: { type: "stage_entered", stage: "engagement" }, filter: {} })).toEqual({ matched: null });
    expect(await refusal(previewDraftFor(as("sales", org.salesId), { trigger: idle, filter: {} }))).toMatchObject({ status: 403 });
  });

  it("with a saved playbook's id, leaves out what it already fired, and records nothing itself", async () => {
    const owner = as("owner", org.ownerId);
    const saved = await createAutomationFor(owner, { ...playbookInput(idle, { title: "Nudge {name}" }), enabled: false, filter: { channel: "email" } });
    expect(await previewDraftFor(owner, { id: saved.id, trigger: idle, filter: {} })).toEqual({ matched: 5 });
    expect((await listRunsFor(owner, saved.id)).items).toEqual([]);
    expect(await recordDueFirings(conn().db, saved)).toEqual({ matched: 2, fired: 2 });
    expect(await previewDraftFor(owner, { id: saved.id, trigger: idle, filter: {} })).toEqual({ matched: 3 });
    expect(await refusal(previewDraftFor(owner, { id: "00000000-0000-4000-8000-000000000000", trigger: idle, filter: {} }))).toMatchObject({ status: 404 });
  });

  it("pages the run log newest first without losing or repeating the firings of one instant", async () => {
    const owner = as("owner", org.ownerId);
    const saved = await createAutomationFor(owner, { ...playbookInput(idle, { title: "Nudge {name}" }), enabled: false });
    // One statement: all five firings share one fired_at, so only the id orders them.
    expect(await recordDueFirings(conn().db, saved)).toEqual({ matched: 5, fired: 5 });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listRunsFor(as("manager", org.managerId), saved.id, { limit: 2, cursor: cursor ? { micros: cursor.split("_")[0] ?? "", id: cursor.split("_")[1] ?? "" } : undefined });
      seen.push(...page.items.map((run) => run.id));
      expect(page.items.every((run) => run.customerName.startsWith("Customer "))).toBe(true);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    const all = (await listRunsFor(owner, saved.id)).items;
    expect(all.map((run) => run.id)).toEqual(seen);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it("shows managers a webhook without its secret; owners see it", async () => {
    const owner = as("owner", org.ownerId);
    const secret = `whsec_${"B".repeat(43)}=`;
    const saved = await createAutomationFor(owner, { ...playbookInput(idle, { title: "x" }), enabled: false, actions: [{ type: "webhook", url: "https://hooks.example.com/in", secret }] });
    expect((await getAutomationViewFor(owner, saved.id)).actions).toEqual([{ type: "webhook", url: "https://hooks.example.com/in", secret }]);
    expect(await getAutomationViewFor(as("manager", org.managerId), saved.id)).toMatchObject({ canEdit: false, actions: [{ type: "webhook", url: "https://hooks.example.com/in", secret: "" }] });
    expect((await getAutomationFor(owner, saved.id)).actions).toEqual([{ type: "webhook", url: "https://hooks.example.com/in", secret }]);
  });
});
