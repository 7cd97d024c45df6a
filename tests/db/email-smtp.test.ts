import { setTimeout as delay } from "node:timers/promises";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { hashPublicToken, newPublicToken } from "@/core/messages/public-token";
import { updateCustomerProfile } from "@/db/mutations/customer-profile";
import { queueEmail } from "@/db/mutations/outbound-emails";
import { outboundEmails } from "@/db/schema";
import { startAutomationEngine } from "@/lib/automation/engine";
import { deliverEmail, smtpTransport } from "@/lib/messages/email-queue";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";
import { mailbox, unfold } from "../support/mailbox";

describeOnEngines("email through a real SMTP server", (conn) => {
  const box = mailbox();
  let url = "";
  beforeAll(async () => {
    url = await box.start();
  });
  afterAll(() => box.stop());

  async function queued(name: string, email: string, locale: "he" | "fa" | "en" = "he") {
    const { db } = conn();
    const org = await createTestOrg(db);
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name, email });
    const token = newPublicToken();
    const row = await queueEmail(db, {
      orgId: org.orgId,
      customerId: c.id,
      actorId: org.salesId,
      toAddress: email,
      locale,
      subject: "איך היינו?",
      body: `שלום ${name}, https://crm.example/${locale}/s/abc`,
      unsubscribe: { tokenHash: hashPublicToken(token), url: `https://crm.example/${locale}/u/${token}`, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    return { org, customer: c, ref: { orgId: org.orgId, id: row.id }, token };
  }

  const statusOf = async (ref: { orgId: string; id: string }) =>
    (await conn().db.select().from(outboundEmails).where(and(eq(outboundEmails.orgId, ref.orgId), eq(outboundEmails.id, ref.id))))[0];

  it("sends text and right-to-left HTML with List-Unsubscribe, after a temporary refusal asked for a retry", async () => {
    const { ref, token } = await queued("דנה", "dana@example.com");
    const transport = smtpTransport(url);
    box.refuseNext();
    expect(await deliverEmail(conn().db, ref, transport)).toBe("retry");
    expect(await statusOf(ref)).toMatchObject({ status: "queued", attempts: 1 });
    expect(await deliverEmail(conn().db, ref, transport)).toBe("done");
    expect(await statusOf(ref)).toMatchObject({ status: "sent", attempts: 2 });
    const mail = box.received.find((m) => m.to.includes("dana@example.com"));
    const raw = unfold(mail?.raw ?? "");
    expect(raw).toContain(`List-Unsubscribe: <https://crm.example/api/public/unsubscribe/${token}>, <https://crm.example/he/u/${token}>`);
    expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: text\/html/);
    expect(raw).toContain('dir="rtl"');
    expect(await deliverEmail(conn().db, ref, transport)).toBe("done");
    expect(box.received.filter((m) => m.to.includes("dana@example.com"))).toHaveLength(1);
  });

  it("skips an email whose customer opted out after it was queued", async () => {
    const { org, customer, ref } = await queued("Omid", "omid@example.com", "fa");
    await updateCustomerProfile(conn().db, { orgId: org.orgId, id: customer.id, version: 1, patch: { doNotContact: true }, actorId: org.salesId });
    expect(await deliverEmail(conn().db, ref, smtpTransport(url))).toBe("done");
    expect(await statusOf(ref)).toMatchObject({ status: "skipped", lastError: "do_not_contact" });
    expect(box.received.some((m) => m.to.includes("omid@example.com"))).toBe(false);
  });

  it("is relayed from the outbox to the pg-boss queue and sent by the engine when SMTP_URL is set", { timeout: 60_000 }, async () => {
    process.env.SMTP_URL = url;
    const engine = await startAutomationEngine(conn());
    try {
      const { ref } = await queued("Sara", "sara@example.com", "en");
      const deadline = Date.now() + 45_000;
      while ((await statusOf(ref))?.status !== "sent" && Date.now() < deadline) await delay(250);
      expect(await statusOf(ref)).toMatchObject({ status: "sent" });
      expect(unfold(box.received.find((m) => m.to.includes("sara@example.com"))?.raw ?? "")).toContain('dir="ltr"');
    } finally {
      await engine.stop();
      delete process.env.SMTP_URL;
    }
  });
});
