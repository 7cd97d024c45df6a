import { and, asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Db } from "@/db/client";
import { submitLeadForm, type LeadSubmission } from "@/db/mutations/form-submissions";
import { insertLeadForm, setLeadFormArchived, updateLeadForm, type LeadFormInput } from "@/db/mutations/lead-forms";
import { deleteRefilledPublicBudgets, spendPublicBudget } from "@/db/mutations/public-rate-limits";
import { ensureReferralCode, replaceReferralCode } from "@/db/mutations/referral-codes";
import { listTouchpoints } from "@/db/queries/customer-activity";
import { findPublicLeadForm, findReferralLeadForm } from "@/db/queries/lead-forms";
import { customers, leadForms, publicRateLimits, stageEvents, touchpoints, users } from "@/db/schema";
import { getLoyalty } from "@/lib/analytics/loyalty/trends";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

type Org = Awaited<ReturnType<typeof createTestOrg>>;

const formInput = (over: Partial<LeadFormInput> = {}): LeadFormInput => ({
  name: "Website",
  fields: ["name", "phone", "email", "question"],
  stageKey: null,
  channel: "website",
  assigneeId: null,
  thankYou: {},
  isDefault: false,
  ...over,
});

const noAttribution = { utmSource: null, utmMedium: null, utmCampaign: null, referrerUrl: null };

describeOnEngines("lead form submissions", (conn) => {
  const db = () => conn().db as Db;
  const submit = (org: Org, formId: string, over: Partial<LeadSubmission>) =>
    submitLeadForm(db(), { orgId: org.orgId, formId, name: "Visitor", email: null, phone: null, phoneE164: null, question: null, attribution: noAttribution, referralCode: null, ...over });
  const customersOf = (orgId: string) => db().select().from(customers).where(eq(customers.orgId, orgId)).orderBy(asc(customers.createdAt), asc(customers.id));
  const touchpointsOf = (orgId: string, customerId: string) =>
    db().select().from(touchpoints).where(and(eq(touchpoints.orgId, orgId), eq(touchpoints.customerId, customerId))).orderBy(asc(touchpoints.at));

  it("creates the customer in the form's stage with a form touchpoint carrying the attribution; the first form is the default", async () => {
    const org = await createTestOrg(db());
    const form = await insertLeadForm(db(), { orgId: org.orgId, form: formInput({ stageKey: "engagement", channel: "instagram", assigneeId: org.sales2Id }) });
    expect(form.isDefault).toBe(true);
    const attribution = { utmSource: "newsletter", utmMedium: "email", utmCampaign: "spring", referrerUrl: "https://shop.example/landing" };
    const result = await submit(org, form.id, { name: "Dana", email: "dana@example.com", question: "Do you ship?", attribution });
    expect(result.created).toBe(true);
    const [customer] = await customersOf(org.orgId);
    expect(customer).toMatchObject({ id: result.customerId, name: "Dana", stageKey: "engagement", channel: "instagram", ownerId: org.sales2Id, referredById: null });
    const events = await db().select().from(stageEvents).where(and(eq(stageEvents.orgId, org.orgId), eq(stageEvents.customerId, result.customerId)));
    expect(events.map((e) => [e.fromKey, e.toKey, e.actorId])).toEqual([[null, "engagement", null]]);
    const [touchpoint] = await touchpointsOf(org.orgId, result.customerId);
    expect(touchpoint).toMatchObject({ kind: "form", channel: "instagram", note: "Do you ship?", formId: form.id, actorId: null, ...attribution });
    // The customer page's list names the form.
    expect(await listTouchpoints(db(), { orgId: org.orgId, customerId: result.customerId })).toEqual([{ ...touchpoint, formName: "Website" }]);
  });

  it("adds a touchpoint to the customer with the same email (any case) or phone instead of a duplicate, only within the organization", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    const form = await insertLeadForm(db(), { orgId: org.orgId, form: formInput() });
    const known = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Known", email: "Known@Example.com", phone: "050-123-4567", phoneE164: "+972501234567" });
    await createTestCustomer(db(), { orgId: other.orgId, actorId: other.ownerId, name: "Elsewhere", email: "new@example.com" });

    expect(await submit(org, form.id, { email: "known@example.com" })).toEqual({ customerId: known.id, created: false });
    expect(await submit(org, form.id, { phone: "+972 50 123 4567", phoneE164: "+972501234567" })).toEqual({ customerId: known.id, created: false });
    const fresh = await submit(org, form.id, { email: "new@example.com" });
    expect(fresh.created).toBe(true);

    expect((await customersOf(org.orgId)).map((c) => c.name)).toEqual(["Known", "Visitor"]);
    expect((await touchpointsOf(org.orgId, known.id)).map((t) => t.kind)).toEqual(["form", "form"]);
    // The existing record is not rewritten by what a visitor typed.
    expect((await customersOf(org.orgId))[0]).toMatchObject({ name: "Known", version: 1 });
  });

  it("makes one customer of concurrent submissions by the same person", async () => {
    const org = await createTestOrg(db());
    const form = await insertLeadForm(db(), { orgId: org.orgId, form: formInput() });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(org, form.id, { name: `Same ${i}`, email: "same@example.com" })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const all = await customersOf(org.orgId);
    expect(all).toHaveLength(1);
    expect(await touchpointsOf(org.orgId, all[0]?.id ?? "")).toHaveLength(10);
  });

  it("gives new customers to the active sales users in turn, exactly evenly under concurrent submissions", async () => {
    const org = await createTestOrg(db());
    const [third] = await db().insert(users).values({ orgId: org.orgId, email: `sales3-${org.orgId}@test.test`, name: "sales3", role: "sales", passwordHash: "x" }).returning();
    const [gone] = await db().insert(users).values({ orgId: org.orgId, email: `gone-${org.orgId}@test.test`, name: "gone", role: "sales", passwordHash: "x", disabledAt: new Date() }).returning();
    const form = await insertLeadForm(db(), { orgId: org.orgId, form: formInput() });
    await Promise.all(Array.from({ length: 12 }, (_, i) => submit(org, form.id, { name: `Lead ${i}`, email: `lead${i}@example.com` })));
    const counts = new Map<string | null, number>();
    for (const c of await customersOf(org.orgId)) counts.set(c.ownerId, (counts.get(c.ownerId) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ [org.salesId]: 4, [org.sales2Id]: 4, [third?.id ?? ""]: 4 });
    expect(counts.has(gone?.id ?? "")).toBe(false);
    const [row] = await db().select().from(leadForms).where(and(eq(leadForms.orgId, org.orgId), eq(leadForms.id, form.id)));
    expect(row?.assignedCount).toBe(12);
  });

  it("keeps one default form per organization", async () => {
    const org = await createTestOrg(db());
    const first = await insertLeadForm(db(), { orgId: org.orgId, form: formInput({ name: "First" }) });
    const second = await insertLeadForm(db(), { orgId: org.orgId, form: formInput({ name: "Second" }) });
    expect(second.isDefault).toBe(false);
    await updateLeadForm(db(), { orgId: org.orgId, id: second.id, form: formInput({ name: "Second", isDefault: true }) });
    await updateLeadForm(db(), { orgId: org.orgId, id: second.id, form: formInput({ name: "Second again", isDefault: false }) });
    const rows = await db().select({ id: leadForms.id, isDefault: leadForms.isDefault }).from(leadForms).where(eq(leadForms.orgId, org.orgId));
    expect(rows.filter((r) => r.isDefault).map((r) => r.id)).toEqual([second.id]);
    expect(first.id).not.toBe(second.id);
  });

  it("makes exactly one of the forms created at the same moment the default, without refusing any", async () => {
    const org = await createTestOrg(db());
    const forms = await Promise.all(Array.from({ length: 6 }, (_, i) => insertLeadForm(db(), { orgId: org.orgId, form: formInput({ name: `Racing ${i}` }) })));
    expect(forms.filter((f) => f.isDefault)).toHaveLength(1);
    // Each asking to be the default: the last to commit holds the flag, still only one.
    await Promise.all(forms.map((f) => updateLeadForm(db(), { orgId: org.orgId, id: f.id, form: formInput({ name: f.name, isDefault: true }) })));
    const rows = await db().select({ isDefault: leadForms.isDefault }).from(leadForms).where(eq(leadForms.orgId, org.orgId));
    expect(rows.filter((r) => r.isDefault)).toHaveLength(1);
  });

  it("closes an archived form to visitors and submissions but keeps its touchpoints; the default form cannot be archived", async () => {
    const org = await createTestOrg(db());
    const main = await insertLeadForm(db(), { orgId: org.orgId, form: formInput({ name: "Main" }) });
    const spring = await insertLeadForm(db(), { orgId: org.orgId, form: formInput({ name: "Spring" }) });
    const { customerId } = await submit(org, spring.id, { email: "spring@example.com" });

    await expect(setLeadFormArchived(db(), { orgId: org.orgId, id: main.id, archived: true })).rejects.toMatchObject({ status: 409, code: "default_form" });
    const other = await createTestOrg(db());
    await expect(setLeadFormArchived(db(), { orgId: other.orgId, id: spring.id, archived: true })).rejects.toMatchObject({ status: 404 });

    const closedAt = new Date("2026-12-01T10:00:00Z");
    const closed = await setLeadFormArchived(db(), { orgId: org.orgId, id: spring.id, archived: true, now: closedAt });
    expect(closed.archivedAt?.toISOString()).toBe(closedAt.toISOString());
    // Archiving again keeps the first date.
    expect((await setLeadFormArchived(db(), { orgId: org.orgId, id: spring.id, archived: true }))?.archivedAt?.toISOString()).toBe(closedAt.toISOString());
    expect(await findPublicLeadForm(db(), { id: spring.id })).toBeUndefined();
    expect((await findPublicLeadForm(db(), { id: main.id }))?.form.id).toBe(main.id);
    await expect(submit(org, spring.id, { email: "late@example.com" })).rejects.toMatchObject({ status: 404 });
    await expect(updateLeadForm(db(), { orgId: org.orgId, id: spring.id, form: formInput({ name: "Spring", isDefault: true }) })).rejects.toMatchObject({ code: "archived_form" });
    expect(await listTouchpoints(db(), { orgId: org.orgId, customerId })).toMatchObject([{ formId: spring.id, formName: "Spring" }]);

    const reopened = await setLeadFormArchived(db(), { orgId: org.orgId, id: spring.id, archived: false });
    expect(reopened.archivedAt).toBeNull();
    expect((await findPublicLeadForm(db(), { id: spring.id }))?.form.id).toBe(spring.id);
  });
});

describeOnEngines("referral links", (conn) => {
  const db = () => conn().db as Db;

  it("attributes the new customer to the referrer: referredById, a referral touchpoint, one more referral in loyalty", async () => {
    const org = await createTestOrg(db());
    const other = await createTestOrg(db());
    const form = await insertLeadForm(db(), { orgId: org.orgId, form: formInput() });
    const referrer = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Referrer" });
    const code = await ensureReferralCode(db(), { orgId: org.orgId, customerId: referrer.id, fresh: "A".repeat(22) });
    expect(code).toBe("A".repeat(22));
    // Asked again, the code stays; the link finds the organization's default form.
    expect(await ensureReferralCode(db(), { orgId: org.orgId, customerId: referrer.id, fresh: "B".repeat(22) })).toBe(code);
    expect((await findReferralLeadForm(db(), { code }))?.form.id).toBe(form.id);

    const now = new Date();
    const month = now.toISOString().slice(0, 7);
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
    const referrals = async () => (await getLoyalty(db(), { orgId: org.orgId, now }, { from: month, to: next })).months.find((m) => m.month === month)?.referrals ?? 0;
    // The loyalty month is the organization's (Asia/Jerusalem); a few hours either side of midnight at a month's end would differ.
    const before = await referrals();

    const base = { orgId: org.orgId, formId: form.id, email: null, phone: null, phoneE164: null, question: null, attribution: noAttribution, at: now };
    const referred = await submitLeadForm(db(), { ...base, name: "Friend", email: "friend@example.com", referralCode: code });
    const [friend] = await db().select().from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, referred.customerId)));
    expect(friend).toMatchObject({ referredById: referrer.id, channel: "referral" });
    const referrerTouchpoints = await db().select().from(touchpoints).where(and(eq(touchpoints.orgId, org.orgId), eq(touchpoints.customerId, referrer.id)));
    expect(referrerTouchpoints.map((t) => [t.kind, t.channel])).toEqual([["referral", "referral"]]);
    expect(await referrals()).toBe(before + 1);

    // A revoked code refers no one; a code of another organization's customer neither.
    await replaceReferralCode(db(), { orgId: org.orgId, customerId: referrer.id, fresh: "C".repeat(22) });
    expect(await findReferralLeadForm(db(), { code })).toBeUndefined();
    const stranger = await createTestCustomer(db(), { orgId: other.orgId, actorId: other.ownerId, name: "Stranger" });
    const strangerCode = await ensureReferralCode(db(), { orgId: other.orgId, customerId: stranger.id, fresh: "D".repeat(22) });
    for (const [email, referralCode] of [["late@example.com", code], ["cross@example.com", strangerCode]] as const) {
      const result = await submitLeadForm(db(), { ...base, name: email, email, referralCode });
      const [row] = await db().select().from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, result.customerId)));
      expect(row?.referredById).toBeNull();
    }
    expect(await referrals()).toBe(before + 1);
  });

  it("never re-attributes an existing customer who comes back through a link", async () => {
    const org = await createTestOrg(db());
    const form = await insertLeadForm(db(), { orgId: org.orgId, form: formInput() });
    const referrer = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Referrer" });
    const known = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Known", email: "known@example.com" });
    const code = await ensureReferralCode(db(), { orgId: org.orgId, customerId: referrer.id, fresh: "E".repeat(22) });
    const result = await submitLeadForm(db(), { orgId: org.orgId, formId: form.id, name: "Known", email: "known@example.com", phone: null, phoneE164: null, question: null, attribution: noAttribution, referralCode: code });
    expect(result).toEqual({ customerId: known.id, created: false });
    const [row] = await db().select().from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, known.id)));
    expect(row?.referredById).toBeNull();
    expect(await db().select().from(touchpoints).where(and(eq(touchpoints.orgId, org.orgId), eq(touchpoints.customerId, referrer.id)))).toEqual([]);
  });
});

describeOnEngines("public rate limits", (conn) => {
  const db = () => conn().db as Db;

  it("passes a minute's budget, refuses the next with the wait, refills with time", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const key = `test:${Math.random()}`;
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await spendPublicBudget(db(), { key, perMinute: 3, now }));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false]);
    // Three spent at 10:00:00 fill the bucket to 10:01:00; the fourth fits once 20 s have drained.
    expect(verdicts[3]).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect((await spendPublicBudget(db(), { key, perMinute: 3, now: new Date(now.getTime() + 19_000) })).ok).toBe(false);
    expect((await spendPublicBudget(db(), { key, perMinute: 3, now: new Date(now.getTime() + 20_000) })).ok).toBe(true);
  });

  it("passes no more than the budget of racing requests", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const key = `race:${Math.random()}`;
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => spendPublicBudget(db(), { key, perMinute: 5, now })));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
  });

  it("sweeps the budgets that are whole again and keeps the ones still spent", async () => {
    // Long before the other tests' instants, so this sweep touches only its own rows.
    const t0 = new Date("2020-01-01T10:00:00Z");
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    const spent = `sweep-spent:${Math.random()}`;
    const idle = `sweep-idle:${Math.random()}`;
    for (let i = 0; i < 3; i++) await spendPublicBudget(db(), { key: spent, perMinute: 3, now: t0 });
    await spendPublicBudget(db(), { key: idle, perMinute: 60, now: t0 });
    const keys = async () => (await db().select({ key: publicRateLimits.key }).from(publicRateLimits)).map((row) => row.key).filter((key) => key === spent || key === idle);

    // At 10 s the idle key's bucket (whole again at 1 s) goes; the spent one (whole at 60 s) stays and still refuses.
    expect(await deleteRefilledPublicBudgets(db(), { now: at(10) })).toBeGreaterThanOrEqual(1);
    expect(await keys()).toEqual([spent]);
    expect(await spendPublicBudget(db(), { key: spent, perMinute: 3, now: at(10) })).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect((await spendPublicBudget(db(), { key: idle, perMinute: 60, now: at(10) })).ok).toBe(true);

    await deleteRefilledPublicBudgets(db(), { now: at(60) });
    expect(await keys()).toEqual([]);
  });
});
