import { beforeAll, expect, it } from "vitest";
import { provideConnection } from "@/db/index";
import type { Role } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import {
  createAutomationFor,
  getAutomationFor,
  listAutomationsFor,
  previewAutomationFor,
  runAutomationNowFor,
  updateAutomationFor,
} from "@/lib/automation/service";
import { automationsPausedFor, setAutomationsPausedFor } from "@/lib/automation/pause";
import { DomainError } from "@/core/errors";
import { playbookInput } from "../support/automations";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { status: error.status, code: error.code, fieldErrors: error.fieldErrors, details: error.details };
}

describeOnEngines("automation service: roles, references and the confirmation", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  const as = (role: Role, id: string, orgId = org.orgId): CurrentUser => ({ id, orgId, role, email: `${role}@test.test`, name: role });
  const idle = playbookInput({ type: "idle_in_stage", stage: "awareness", days: 5 }, { title: "Nudge {name}" });

  beforeAll(async () => {
    provideConnection(conn());
    org = await createTestOrg(conn().db);
    for (let i = 0; i < 101; i++) await createTestCustomer(conn().db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, at: new Date(Date.now() - 10 * DAY) });
  });

  it("owners write, managers read, sales users neither", async () => {
    const owner = as("owner", org.ownerId);
    const made = await createAutomationFor(owner, { ...idle, enabled: false });
    expect((await listAutomationsFor(as("manager", org.managerId))).map((a) => a.id)).toContain(made.id);
    expect(await refusal(createAutomationFor(as("manager", org.managerId), idle))).toMatchObject({ status: 403 });
    expect(await refusal(listAutomationsFor(as("sales", org.salesId)))).toMatchObject({ status: 403 });
    expect(await refusal(runAutomationNowFor(as("manager", org.managerId), made.id))).toMatchObject({ status: 403 });
  });

  it("refuses another organization's stages, users and playbooks, and private webhook targets", async () => {
    const owner = as("owner", org.ownerId);
    const other = await createTestOrg(conn().db);
    expect(await refusal(createAutomationFor(owner, { ...idle, trigger: { type: "stage_entered", stage: "no_such_stage" } }))).toMatchObject({
      status: 422,
      fieldErrors: { "trigger.stage": ["unknown_stage"] },
    });
    expect(await refusal(createAutomationFor(owner, { ...idle, actions: [{ type: "task", title: "t", dueInDays: 0, assignee: other.salesId }] }))).toMatchObject({
      fieldErrors: { "actions.0.assignee": ["unknown_user"] },
    });
    const hook = { type: "webhook" as const, url: "http://127.0.0.1:9/hook", secret: `whsec_${"A".repeat(43)}=` };
    expect(await refusal(createAutomationFor(owner, { ...idle, actions: [hook] }))).toMatchObject({ fieldErrors: { "actions.0.url": ["private_target"] } });
    const theirs = await createAutomationFor(as("owner", other.ownerId, other.orgId), { ...idle, enabled: false });
    expect(await refusal(getAutomationFor(owner, theirs.id))).toMatchObject({ status: 404 });
    expect(await refusal(updateAutomationFor(owner, theirs.id, { name: "mine now" }))).toMatchObject({ status: 404 });
  });

  it("refuses moves to unknown stages and notifications to another organization's users, and a run while the organization is paused", async () => {
    const owner = as("owner", org.ownerId);
    const other = await createTestOrg(conn().db);
    expect(await refusal(createAutomationFor(owner, { ...idle, actions: [{ type: "move", to: "lost" }, { type: "notify", who: other.managerId }] }))).toMatchObject({
      status: 422,
      fieldErrors: { "actions.0.to": ["unknown_stage"], "actions.1.who": ["unknown_user"] },
    });
    const paused = await createTestOrg(conn().db);
    const pausedOwner = as("owner", paused.ownerId, paused.orgId);
    const made = await createAutomationFor(pausedOwner, { ...idle, actions: [{ type: "move", to: "engagement" }, { type: "notify", who: paused.managerId }] });
    await setAutomationsPausedFor(pausedOwner, { paused: true });
    expect(await automationsPausedFor(as("manager", paused.managerId, paused.orgId))).toBe(true);
    expect(await refusal(setAutomationsPausedFor(as("manager", paused.managerId, paused.orgId), { paused: false }))).toMatchObject({ status: 403 });
    expect(await refusal(runAutomationNowFor(pausedOwner, made.id))).toMatchObject({ status: 409, code: "automations_paused" });
    await setAutomationsPausedFor(pausedOwner, { paused: false });
    expect(await runAutomationNowFor(pausedOwner, made.id)).toEqual({ matched: 0, fired: 0 });
  });

  it("enabling a time-based playbook that matches more than 100 customers asks to confirm with the count, and saves nothing until then", async () => {
    const owner = as("owner", org.ownerId);
    const before = (await listAutomationsFor(owner)).length;
    expect(await refusal(createAutomationFor(owner, idle))).toMatchObject({ status: 409, code: "confirm_required", details: { matched: 101 } });
    expect(await listAutomationsFor(owner)).toHaveLength(before);

    const paused = await createAutomationFor(owner, { ...idle, enabled: false });
    expect(await previewAutomationFor(owner, paused.id)).toEqual({ matched: 101 });
    expect(await refusal(updateAutomationFor(owner, paused.id, { enabled: true }))).toMatchObject({ code: "confirm_required", details: { matched: 101 } });
    expect((await getAutomationFor(owner, paused.id)).enabled).toBe(false);
    expect((await updateAutomationFor(owner, paused.id, { enabled: true, confirm: true })).enabled).toBe(true);

    expect(await runAutomationNowFor(owner, paused.id)).toEqual({ matched: 101, fired: 101 });
    expect(await runAutomationNowFor(owner, paused.id)).toEqual({ matched: 0, fired: 0 });
    expect(await previewAutomationFor(owner, paused.id)).toEqual({ matched: 0 });
  });
});
