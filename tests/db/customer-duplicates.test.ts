import { expect, it } from "vitest";
import { findDuplicates } from "@/db/queries/customer-duplicates";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

describeOnEngines("finding duplicates of a new customer", (conn) => {
  const db = () => conn().db;

  it("matches the email in any case or the E.164 phone, oldest first, within the organization and the caller's scope", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    const base = { orgId: org.orgId, actorId: org.ownerId };
    const byEmail = await createTestCustomer(db(), { ...base, name: "A", email: "Dana@Example.com", ownerId: org.salesId, at: new Date("2024-01-01") });
    const byPhone = await createTestCustomer(db(), { ...base, name: "B", phone: "050-123-4567", phoneE164: "+972501234567", ownerId: org.sales2Id, at: new Date("2024-02-01") });
    await createTestCustomer(db(), { ...base, name: "C", email: "other@example.com", phoneE164: "+972529999999" });
    await createTestCustomer(db(), { orgId: other.orgId, actorId: other.ownerId, name: "Elsewhere", email: "dana@example.com", phoneE164: "+972501234567" });

    const find = (input: Partial<Parameters<typeof findDuplicates>[1]>) =>
      findDuplicates(db(), { orgId: org.orgId, email: "dana@EXAMPLE.com", phoneE164: "+972501234567", ...input }).then((rows) => rows.map((r) => r.id));
    expect(await find({})).toEqual([byEmail.id, byPhone.id]);
    expect(await find({ phoneE164: null })).toEqual([byEmail.id]);
    expect(await find({ email: null })).toEqual([byPhone.id]);
    expect(await find({ email: null, phoneE164: null })).toEqual([]);
    // A sales user is told only of their own customers; the customer itself is not its own duplicate.
    expect(await find({ ownerId: org.salesId })).toEqual([byEmail.id]);
    expect(await find({ exceptId: byEmail.id })).toEqual([byPhone.id]);
  });
});
