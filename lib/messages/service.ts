import "server-only";
import type { z } from "zod";
import { messageTemplateKeys, locales, type Locale, type MessageChannel, type MessageTemplateKey } from "@/core/constants";
import { doNotContact, forbidden, invalid } from "@/core/errors";
import { deepLink } from "@/core/messages/links";
import { defaultSubject, defaultTemplate, renderMessage, variablesIn } from "@/core/messages/templates";
import { getDb } from "@/db";
import { addTouchpoint } from "@/db/mutations/activity";
import { saveTemplateOverride } from "@/db/mutations/message-templates";
import { queueEmail } from "@/db/mutations/outbound-emails";
import { findTemplateOverride, listTemplateOverrides } from "@/db/queries/message-templates";
import { findOrganization } from "@/db/queries/organizations";
import { can, customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { getCustomerFor } from "@/lib/customers/service";
import { requestSurveyFor } from "@/lib/surveys/service";
import { emailEnabled } from "./email";
import { referralLinkFor } from "./referral-link";
import type { messageSchema, templateSchema } from "./schemas";
import { hashPublicToken, newPublicToken } from "@/core/messages/public-token";

/** Every built-in template in every locale, the organization's wording where it has one. */
export async function listMessageTemplatesFor(user: CurrentUser) {
  const overrides = await listTemplateOverrides(await getDb(), { orgId: user.orgId });
  const own = new Map(overrides.map((o) => [`${o.key}:${o.locale}`, o.body]));
  return messageTemplateKeys.flatMap((key) =>
    locales.map((locale) => {
      const body = own.get(`${key}:${locale}`);
      return { key, locale, body: body ?? defaultTemplate(key, locale), custom: body !== undefined };
    }),
  );
}

export async function saveMessageTemplateFor(user: CurrentUser, input: z.infer<typeof templateSchema>) {
  if (!can.manageSettings(user.role)) throw forbidden();
  await saveTemplateOverride(await getDb(), { orgId: user.orgId, ...input, actorId: user.id });
}

const touchpointOf: Record<MessageChannel, { channel: "whatsapp" | "sms" | "phone" | "email"; kind: "message" | "call" | "email" }> = {
  whatsapp: { channel: "whatsapp", kind: "message" },
  sms: { channel: "sms", kind: "message" },
  call: { channel: "phone", kind: "call" },
  email: { channel: "email", kind: "email" },
};

/**
 * A template filled in for a customer the user may see: the organization's wording (or the
 * default) in `locale` (default: the organization's), a fresh survey link only when the template
 * asks for one. Refused (409 `do_not_contact`) for a customer who opted out.
 */
export async function composeMessageFor(
  user: CurrentUser,
  customerId: string,
  input: { template: MessageTemplateKey; locale?: Locale; voucherCode?: string },
  origin: string,
) {
  const { customer, ownerName } = await getCustomerFor(user, customerId);
  if (customer.doNotContact) throw doNotContact();
  const db = await getDb();
  const org = await findOrganization(db, { orgId: user.orgId });
  const locale = input.locale ?? org?.defaultLocale ?? "he";
  const template = (await findTemplateOverride(db, { orgId: user.orgId, key: input.template, locale })) ?? defaultTemplate(input.template, locale);
  const uses = variablesIn(template);
  const survey = uses.includes("survey_link") ? await requestSurveyFor(user, customerId, { locale }, origin) : null;
  const text = renderMessage(template, {
    name: customer.name,
    owner: ownerName ?? user.name,
    voucher_code: input.voucherCode ?? "",
    survey_link: survey?.url ?? "",
    referral_link: uses.includes("referral_link") ? await referralLinkFor(customer, origin, locale) : "",
  });
  return { customer, locale, text, subject: defaultSubject(input.template, locale, org?.name ?? ""), country: org?.country ?? "IL" };
}

/** How long an email's unsubscribe link works. */
const UNSUBSCRIBE_DAYS = 5 * 365;

/**
 * Sends a template to a customer: for WhatsApp, SMS and a call the deep link the rep's device
 * opens (`{url}`), for email an outbox row the job queue sends (`{status: "queued"}`); each records
 * the touchpoint. 422 when the profile has no number or address for the channel, or email is not
 * configured on this server.
 */
export async function sendMessageFor(user: CurrentUser, customerId: string, input: z.infer<typeof messageSchema>, origin: string) {
  if (input.channel === "email" && !emailEnabled()) throw invalid({ channel: ["email_unavailable"] });
  const message = await composeMessageFor(user, customerId, input, origin);
  const { customer } = message;
  const db = await getDb();
  const scope = { orgId: user.orgId, customerId, ...customerScope(user) };
  if (input.channel === "email") {
    if (!customer.email) throw invalid({ channel: ["no_email"] });
    const token = newPublicToken();
    await queueEmail(db, {
      ...scope,
      actorId: user.id,
      toAddress: customer.email,
      locale: message.locale,
      subject: message.subject,
      body: message.text,
      unsubscribe: { tokenHash: hashPublicToken(token), url: `${origin}/${message.locale}/u/${token}`, expiresAt: new Date(Date.now() + UNSUBSCRIBE_DAYS * 86_400_000) },
    });
    return { status: "queued" as const };
  }
  const url = deepLink(input.channel, customer, message.text, message.country);
  if (!url) throw invalid({ channel: ["no_phone"] });
  await addTouchpoint(db, { ...scope, actorId: user.id, ...touchpointOf[input.channel], at: new Date() });
  return { url };
}

/**
 * Every deep link for a composed message (the customer page's menu, which logs the one the rep
 * opens; `mailto:` opens the rep's own mail app) and whether the server can send it by email.
 */
export async function prepareMessageFor(user: CurrentUser, customerId: string, input: { template: MessageTemplateKey; locale?: Locale }, origin: string) {
  const message = await composeMessageFor(user, customerId, input, origin);
  const link = (channel: MessageChannel) => deepLink(channel, message.customer, message.text, message.country);
  return {
    text: message.text,
    links: { whatsapp: link("whatsapp"), sms: link("sms"), call: link("call"), email: link("email") },
    canSendEmail: emailEnabled() && Boolean(message.customer.email),
  };
}

/** Logs that the rep opened a message link (the page's menu): the touchpoint on its channel. */
export async function logMessageFor(user: CurrentUser, customerId: string, channel: MessageChannel) {
  const { customer } = await getCustomerFor(user, customerId);
  if (customer.doNotContact) throw doNotContact();
  await addTouchpoint(await getDb(), { orgId: user.orgId, customerId, ...customerScope(user), actorId: user.id, ...touchpointOf[channel], at: new Date() });
}
