import "server-only";
import { sql } from "drizzle-orm";
import type { ActionResult, AutomationAction } from "@/core/automation/rules";
import type { Locale, MessageTemplateKey } from "@/core/constants";
import { newReferralCode, referralUrl } from "@/core/customers/referral-code";
import { hashPublicToken, newPublicToken } from "@/core/messages/public-token";
import { defaultSubject, defaultTemplate, renderMessage, variablesIn } from "@/core/messages/templates";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { ensureReferralCode } from "./referral-codes";

/** What a playbook's messages need from the server: where public links point, and whether email can be sent. */
export interface AutomationMessaging {
  origin: string;
  email: boolean;
}

export interface MessageFiring {
  org_id: string;
  automation_id: string;
  customer_id: string;
  customer_name: string;
  owner_name: string | null;
  default_locale: Locale;
}

type MessageAction = Extract<AutomationAction, { type: "request_feedback" | "message" }>;

const DAY = 86_400_000;
const SURVEY_DAYS = 30;
const UNSUBSCRIBE_DAYS = 5 * 365;

/**
 * A playbook's message: the template (the organization's wording, else the default) emailed to the
 * customer through the outbox, with a survey link when it asks for one. Skipped, not failed, for a
 * customer who opted out, has no email, or when this server sends no email.
 */
export async function queueAutomationMessage(tx: Db, firing: MessageFiring, action: MessageAction, messaging: AutomationMessaging): Promise<ActionResult> {
  const skipped = (detail: string): ActionResult => ({ type: action.type, status: "skipped", detail });
  const [customer] = await queryRows<{ email: string | null; do_not_contact: boolean; org_name: string }>(
    tx,
    sql`select c.email, c.do_not_contact, o.name as org_name from customers c join organizations o on o.id = c.org_id
        where c.org_id = ${firing.org_id} and c.id = ${firing.customer_id}`,
  );
  if (!customer || customer.do_not_contact) return skipped("do_not_contact");
  if (!messaging.email) return skipped("email_unavailable");
  if (!customer.email) return skipped("no_email");
  const key: MessageTemplateKey = action.type === "message" ? action.template : "survey_request";
  const locale = action.locale ?? firing.default_locale;
  const [own] = await queryRows<{ body: string }>(
    tx,
    sql`select body from message_templates where org_id = ${firing.org_id} and key = ${key} and locale = ${locale}`,
  );
  const template = own?.body ?? defaultTemplate(key, locale);
  const surveyToken = action.type === "request_feedback" || variablesIn(template).includes("survey_link") ? newPublicToken() : null;
  const unsubscribeToken = newPublicToken();
  const now = Date.now();
  if (surveyToken) await insertToken(tx, firing, "survey", hashPublicToken(surveyToken), locale, new Date(now + SURVEY_DAYS * DAY));
  await insertToken(tx, firing, "unsubscribe", hashPublicToken(unsubscribeToken), locale, new Date(now + UNSUBSCRIBE_DAYS * DAY));
  const body = renderMessage(template, {
    name: firing.customer_name,
    owner: firing.owner_name ?? "",
    voucher_code: "",
    survey_link: surveyToken ? `${messaging.origin}/${locale}/s/${surveyToken}` : "",
    referral_link: variablesIn(template).includes("referral_link")
      ? referralUrl(messaging.origin, locale, await ensureReferralCode(tx, { orgId: firing.org_id, customerId: firing.customer_id, fresh: newReferralCode() }))
      : "",
  });
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`with email as (
          insert into outbound_emails (org_id, customer_id, to_address, locale, subject, body, unsubscribe_url)
          values (${firing.org_id}, ${firing.customer_id}, ${customer.email}, ${locale}, ${defaultSubject(key, locale, customer.org_name)}, ${body},
                  ${`${messaging.origin}/${locale}/u/${unsubscribeToken}`})
          returning org_id, id, customer_id
        ), touch as (
          insert into touchpoints (org_id, customer_id, channel, kind, at, note)
          select org_id, customer_id, 'email', 'email', now(), ${key} from email
        )
        select id from email`,
  );
  return { type: action.type, status: "done", detail: `queued ${row?.id ?? ""}` };
}

function insertToken(tx: Db, firing: MessageFiring, purpose: "survey" | "unsubscribe", tokenHash: string, locale: Locale, expiresAt: Date) {
  return tx.execute(sql`insert into customer_tokens (org_id, customer_id, purpose, token_hash, locale, expires_at)
    values (${firing.org_id}, ${firing.customer_id}, ${purpose}, ${tokenHash}, ${locale}, ${expiresAt.toISOString()})`);
}
