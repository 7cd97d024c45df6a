import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { emailBodies } from "@/core/messages/email-body";
import type { Db } from "@/db/client";
import { findEmail, recordEmailAttempt, type EmailRef } from "@/db/mutations/outbound-emails";

/** After this many attempts an email is given up (failed); the queue's back-off spreads them over about a day. */
export const MAX_EMAIL_ATTEMPTS = 12;

export type EmailOutcome = "done" | "retry";

/** The SMTP transport for SMTP_URL (smtp://user:pass@host:port; smtps:// for TLS from the start). */
export const smtpTransport = (url: string): Transporter => createTransport(url);

/** The sender: SMTP_FROM, else noreply at NEXTAUTH_URL's host. */
const fromAddress = (orgName: string) => ({
  name: orgName,
  address: process.env.SMTP_FROM ?? `noreply@${process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).hostname : "localhost"}`,
});

/**
 * One attempt at an outbox email: skipped when the customer opted out after it was queued; else
 * sent with a text and an HTML body in the locale's direction and a List-Unsubscribe header (and
 * the one-click POST of RFC 8058). A refusal or a network error asks the queue for a retry until
 * MAX_EMAIL_ATTEMPTS.
 */
export async function deliverEmail(db: Db, ref: EmailRef, transport: Transporter): Promise<EmailOutcome> {
  const email = await findEmail(db, ref);
  if (!email || !["queued", "handed"].includes(email.status)) return "done";
  if (email.do_not_contact) {
    await recordEmailAttempt(db, ref, { status: "skipped", error: "do_not_contact" });
    return "done";
  }
  const { text, html } = emailBodies({ locale: email.locale, body: email.body, orgName: email.org_name, unsubscribeUrl: email.unsubscribe_url });
  const oneClick = email.unsubscribe_url.replace(/\/(he|fa|en)\/u\//, "/api/public/unsubscribe/");
  try {
    await transport.sendMail({
      from: fromAddress(email.org_name),
      to: email.to_address,
      subject: email.subject,
      text,
      html,
      headers: { "List-Unsubscribe": `<${oneClick}>, <${email.unsubscribe_url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    await recordEmailAttempt(db, ref, { status: "sent" });
    return "done";
  } catch (error) {
    const last = email.attempts + 1 >= MAX_EMAIL_ATTEMPTS;
    await recordEmailAttempt(db, ref, { status: last ? "failed" : undefined, error: error instanceof Error ? error.message : String(error) });
    return last ? "done" : "retry";
  }
}
