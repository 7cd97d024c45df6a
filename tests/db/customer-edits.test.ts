import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { addTask } from "@/db/mutations/activity";
import { updateCustomerProfile } from "@/db/mutations/customer-profile";
import { findCustomerName, listReferrals } from "@/db/queries/customer-activity";
import { users } from "@/db/schema";
import { DomainError } from "@/core/errors";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { status: error.status, code: error.code, fieldErrors: error.fieldErrors };
}

describeOnEngines("customer edits: references and keys", (conn) => {
  const db = () => conn().db;

  it("assigns tasks only to active users of the organization (a field error otherwise)", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    const customer = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId });
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, org.sales2Id));
    const task = (assigneeId: string) => addTask(db(), { orgId: org.orgId, customerId: customer.id, title: "Call back", dueOn: "2026-12-01", assigneeId });
    const unknownUser = { status: 422, code: "validation", fieldErrors: { assigneeId: ["unknown_user"] } };
    expect(await refusal(task(org.sales2Id))).toEqual(unknownUser);
    expect(await refusal(task(other.salesId))).toEqual(unknownUser);
    expect(await refusal(task("00000000-0000-4000-8000-000000000000"))).toEqual(unknownUser);
    expect(await task(org.managerId)).toMatchObject({ assigneeId: org.managerId });
  });

  it("answers an external id another customer holds as a field error on a profile edit", async () => {
    const org = await createTestOrg(db());
    await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, externalId: "crm-1" });
    const edited = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, externalId: "crm-2" });
    const edit = (externalId: string) => updateCustomerProfile(db(), { orgId: org.orgId, id: edited.id, version: 1, patch: { externalId } });
    expect(await refusal(edit("crm-1"))).toEqual({ status: 422, code: "validation", fieldErrors: { externalId: ["external_id_taken"] } });
    expect(await edit("crm-3")).toMatchObject({ externalId: "crm-3", version: 2 });
  });

  it("names referrers and referred customers only within the reader's scope", async () => {
    const org = await createTestOrg(db());
    const referrer = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Colleague's customer" });
    const referred = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, ownerId: org.sales2Id, referredById: referrer.id });
    expect(await findCustomerName(db(), { orgId: org.orgId, ownerId: org.sales2Id, customerId: referrer.id })).toBeNull();
    expect(await findCustomerName(db(), { orgId: org.orgId, customerId: referrer.id })).toMatchObject({ name: "Colleague's customer" });
    expect(await listReferrals(db(), { orgId: org.orgId, ownerId: org.salesId, customerId: referrer.id })).toEqual([]);
    expect((await listReferrals(db(), { orgId: org.orgId, ownerId: org.sales2Id, customerId: referrer.id })).map((c) => c.id)).toEqual([referred.id]);
  });
});
