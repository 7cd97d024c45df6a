import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { hashPublicToken, newPublicToken } from "@/core/messages/public-token";
import { DomainError } from "@/core/errors";
import { runPendingFirings } from "@/db/mutations/automation-firings";
import { createAutomation } from "@/db/mutations/automations";
import { mergeCustomers } from "@/db/mutations/customer-merge";
import { updateCustomerProfile } from "@/db/mutations/customer-profile";
import { answerSurvey, createCustomerToken, unsubscribeByToken } from "@/db/mutations/customer-tokens";
import { moveCustomer } from "@/db/mutations/moves";
import { listFeedbackMonths } from "@/db/queries/analytics-loyalty";
import { automationFirings, customers, customerTokens, feedback, outboundEmails, touchpoints } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { status: error.status, code: error.code };
}

const DAY = 86_400_000;

describeOnEngines("surveys and consent", (conn) => {
  const db = () => conn().db;

  async function surveyFor(orgId: string, customerId: string, createdById: string, expiresAt = new Date(Date.now() + 30 * DAY)) {
    const token = newPublicToken();
    await createCustomerToken(db(), { orgId, customerId, purpose: "survey", tokenHash: hashPublicToken(token), locale: "he", createdById, expiresAt });
    return hashPublicToken(token);
  }

  it("stores exactly one answer of 20 sent at once with one token, as survey feedback in the customer's stage; the loyalty NPS counts it", async () => {
    const org = await createTestOrg(db());
    const c = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "דנה" });
    await moveCustomer(db(), { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "retention", version: 1 });
    const tokenHash = await surveyFor(org.orgId, c.id, org.salesId);
    const month = new Date().toISOString().slice(0, 7);
    const before = await listFeedbackMonths(db(), { orgId: org.orgId, first: month, last: month });
    expect(before).toEqual([]);

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => answerSurvey(db(), { tokenHash, feedbackId: crypto.randomUUID(), score: 10 - (i % 3), comment: `answer ${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === "rejected" && r.reason instanceof DomainError ? [`${r.reason.status} ${r.reason.code}`] : []));
    expect(refused).toEqual(Array.from({ length: 19 }, () => "410 used"));

    const stored = await db().select().from(feedback).where(and(eq(feedback.orgId, org.orgId), eq(feedback.customerId, c.id)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: "survey", stageKey: "retention" });
    const [token] = await db().select().from(customerTokens).where(eq(customerTokens.tokenHash, tokenHash));
    expect(token?.feedbackId).toBe(stored[0]?.id);
    const after = await listFeedbackMonths(db(), { orgId: org.orgId, first: month, last: month });
    const score = stored[0]?.score ?? -1;
    expect(after).toEqual([{ month, stageKey: "retention", promoters: score >= 9 ? 1 : 0, passives: score >= 7 && score <= 8 ? 1 : 0, detractors: score <= 6 ? 1 : 0 }]);
  });

  it("refuses an expired link (410 expired) and an unknown one (404), storing nothing", async () => {
    const org = await createTestOrg(db());
    const c = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId });
    const expired = await surveyFor(org.orgId, c.id, org.ownerId, new Date(Date.now() - 1000));
    const answer = (tokenHash: string) => answerSurvey(db(), { tokenHash, feedbackId: crypto.randomUUID(), score: 9, comment: null });
    expect(await refusal(answer(expired))).toEqual({ status: 410, code: "expired" });
    expect(await refusal(answer(hashPublicToken(newPublicToken())))).toEqual({ status: 404, code: "not_found" });
    expect(await db().select().from(feedback).where(eq(feedback.orgId, org.orgId))).toEqual([]);
  });

  it("gives no survey link for a do-not-contact customer (409) nor for another owner's or organization's customer (404)", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    const c = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId });
    await updateCustomerProfile(db(), { orgId: org.orgId, id: c.id, version: 1, patch: { doNotContact: true }, actorId: org.salesId });
    const request = (orgId: string, ownerId?: string) =>
      createCustomerToken(db(), { orgId, ownerId, customerId: c.id, purpose: "survey", tokenHash: hashPublicToken(newPublicToken()), locale: "fa", createdById: null, expiresAt: new Date(Date.now() + DAY) });
    expect(await refusal(request(org.orgId))).toEqual({ status: 409, code: "do_not_contact" });
    expect(await refusal(request(org.orgId, org.sales2Id))).toEqual({ status: 404, code: "not_found" });
    expect(await refusal(request(other.orgId))).toEqual({ status: 404, code: "not_found" });
  });

  it("records when and by whom do-not-contact was set, keeps it on a re-save, clears both when turned off, and refuses a stale version", async () => {
    const org = await createTestOrg(db());
    const c = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId });
    const patch = (version: number, doNotContact: boolean, actorId: string) => updateCustomerProfile(db(), { orgId: org.orgId, id: c.id, version, patch: { doNotContact }, actorId });
    const on = await patch(1, true, org.salesId);
    expect(on).toMatchObject({ doNotContact: true, doNotContactById: org.salesId, version: 2 });
    expect(on.doNotContactAt).toBeInstanceOf(Date);
    const again = await patch(2, true, org.managerId);
    expect(again).toMatchObject({ doNotContact: true, doNotContactById: org.salesId, doNotContactAt: on.doNotContactAt, version: 3 });
    expect(await refusal(patch(2, false, org.managerId))).toEqual({ status: 409, code: "version_conflict" });
    expect(await patch(3, false, org.managerId)).toMatchObject({ doNotContact: false, doNotContactById: null, doNotContactAt: null, version: 4 });
  });

  it("keeps do-not-contact on the survivor of a merge when the merged-away record had it", async () => {
    const org = await createTestOrg(db());
    const survivor = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Dana" });
    const merged = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Dana L." });
    const marked = await updateCustomerProfile(db(), { orgId: org.orgId, id: merged.id, version: 1, patch: { doNotContact: true }, actorId: org.managerId });
    const result = await mergeCustomers(db(), { orgId: org.orgId, survivorId: survivor.id, mergedId: merged.id, actorId: org.ownerId, version: 1 });
    expect(result).toMatchObject({ doNotContact: true, doNotContactById: org.managerId, doNotContactAt: marked.doNotContactAt });
  });

  it("unsubscribes the customer by the email's link (nobody set it: the customer did), harmlessly twice", async () => {
    const org = await createTestOrg(db());
    const c = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId });
    const token = newPublicToken();
    await createCustomerToken(db(), { orgId: org.orgId, customerId: c.id, purpose: "unsubscribe", tokenHash: hashPublicToken(token), locale: "en", createdById: org.ownerId, expiresAt: new Date(Date.now() + DAY) });
    await unsubscribeByToken(db(), { tokenHash: hashPublicToken(token) });
    await unsubscribeByToken(db(), { tokenHash: hashPublicToken(token) });
    const [row] = await db().select().from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, c.id)));
    expect(row).toMatchObject({ doNotContact: true, doNotContactById: null, version: 2 });
    expect(await refusal(unsubscribeByToken(db(), { tokenHash: hashPublicToken(newPublicToken()) }))).toEqual({ status: 404, code: "not_found" });
  });

  it("runs the playbook's request_feedback and message actions as emails, and skips them for a do-not-contact customer or without email", async () => {
    const org = await createTestOrg(db());
    await createAutomation(db(), {
      orgId: org.orgId,
      userId: org.ownerId,
      input: { name: "ask", enabled: true, trigger: { type: "stage_entered", stage: "retention" }, actions: [{ type: "request_feedback" }, { type: "message", template: "holiday", locale: "fa" }], filter: {}, runCap: 1000 },
    });
    const willing = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Sara", email: "sara@example.com" });
    const optedOut = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Omid", email: "omid@example.com" });
    const noEmail = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Noa" });
    await updateCustomerProfile(db(), { orgId: org.orgId, id: optedOut.id, version: 1, patch: { doNotContact: true }, actorId: org.salesId });
    for (const c of [willing, optedOut, noEmail]) {
      const [row] = await db().select({ version: customers.version }).from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, c.id)));
      await moveCustomer(db(), { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "retention", version: row?.version ?? 1 });
    }
    await runPendingFirings(db(), { messaging: { origin: "https://crm.example", email: true } });

    const firings = await db().select().from(automationFirings).where(eq(automationFirings.orgId, org.orgId));
    const statuses = Object.fromEntries(firings.map((f) => [f.customerId, (f.results as { type: string; status: string; detail: string }[]).map((r) => `${r.type}:${r.status}${r.status === "skipped" ? `:${r.detail}` : ""}`)]));
    expect(statuses).toEqual({
      [willing.id]: ["request_feedback:done", "message:done"],
      [optedOut.id]: ["request_feedback:skipped:do_not_contact", "message:skipped:do_not_contact"],
      [noEmail.id]: ["request_feedback:skipped:no_email", "message:skipped:no_email"],
    });
    const emails = await db().select().from(outboundEmails).where(eq(outboundEmails.orgId, org.orgId));
    expect(emails.map((e) => [e.customerId, e.toAddress, e.locale, e.status])).toEqual(
      expect.arrayContaining([
        [willing.id, "sara@example.com", "he", "queued"],
        [willing.id, "sara@example.com", "fa", "queued"],
      ]),
    );
    expect(emails).toHaveLength(2);
    expect(emails.find((e) => e.locale === "he")?.body).toMatch(/https:\/\/crm\.example\/he\/s\/[A-Za-z0-9_-]{43}/);
    const surveys = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from customer_tokens where org_id = ${org.orgId} and purpose = 'survey'`);
    expect(surveys[0]?.n).toBe(1);
    const emailTouches = await db().select().from(touchpoints).where(and(eq(touchpoints.orgId, org.orgId), eq(touchpoints.channel, "email")));
    expect(emailTouches.map((t) => t.customerId)).toEqual([willing.id, willing.id]);
  });

  it("gives a playbook's referral ask the customer's referral link, made for them when they had none and the same one next time", async () => {
    const org = await createTestOrg(db());
    await createAutomation(db(), {
      orgId: org.orgId,
      userId: org.ownerId,
      input: { name: "ask for referrals", enabled: true, trigger: { type: "stage_entered", stage: "loyalty" }, actions: [{ type: "message", template: "referral_ask", locale: "en" }], filter: {}, runCap: 1000 },
    });
    const promoter = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Tali", email: "tali@example.com" });
    await moveCustomer(db(), { orgId: org.orgId, actorId: org.salesId, customerId: promoter.id, to: "loyalty", version: 1 });
    await runPendingFirings(db(), { messaging: { origin: "https://crm.example", email: true } });

    const [row] = await db().select({ code: customers.referralCode }).from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, promoter.id)));
    expect(row?.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const [email] = await db().select().from(outboundEmails).where(eq(outboundEmails.orgId, org.orgId));
    expect(email?.body).toContain(`https://crm.example/en/r/${row?.code}`);
  });
});
