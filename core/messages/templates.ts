import { MESSAGE_TEMPLATE_MAX, messageTemplateKeys, type Locale, type MessageTemplateKey } from "@/core/constants";
import { isolate } from "@/core/i18n/bidi";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import he from "@/messages/he.json";
import { z } from "zod";

/** What a message template may name. Links are filled as they are; the others are isolated (see renderMessage). */
export interface MessageValues {
  name: string;
  owner: string;
  voucher_code: string;
  survey_link: string;
  referral_link: string;
}

export const messageVariables = ["name", "survey_link", "referral_link", "owner", "voucher_code"] as const satisfies readonly (keyof MessageValues)[];

const LINKS = new Set<keyof MessageValues>(["survey_link", "referral_link"]);
const VARIABLE = /\{(name|survey_link|referral_link|owner|voucher_code)\}/g;

const defaults: Record<Locale, Record<MessageTemplateKey, string>> = {
  he: he.MessageTemplates.defaults,
  fa: fa.MessageTemplates.defaults,
  en: en.MessageTemplates.defaults,
};

const subjects: Record<Locale, Record<MessageTemplateKey, string>> = {
  he: he.MessageTemplates.subjects,
  fa: fa.MessageTemplates.subjects,
  en: en.MessageTemplates.subjects,
};

/** An email's subject line: the template's subject in the locale, after the organization's name. */
export const defaultSubject = (key: MessageTemplateKey, locale: Locale, orgName: string): string =>
  orgName ? `${subjects[locale][key]} · ${isolate(orgName)}` : subjects[locale][key];

/** The built-in wording of a template in a locale (messages/*.json), used where the organization has not written its own. */
export const defaultTemplate = (key: MessageTemplateKey, locale: Locale): string => defaults[locale][key];

export const templateBodySchema = z.string().trim().min(1).max(MESSAGE_TEMPLATE_MAX);
export const templateKeySchema = z.enum(messageTemplateKeys);

/**
 * Fills a template's variables; any other brace text is kept as written. A name, owner or voucher
 * code is wrapped in first-strong isolates (U+2068 … U+2069), so a Latin name inside Persian text,
 * or a Hebrew one inside English, neither reorders the sentence around it nor is reordered by it.
 * Links are left bare: messaging apps find links by scanning for the URL, and an isolate mark
 * right after it would be taken into the link; a URL is one left-to-right run by itself anyway.
 * An empty value (no referral code yet) leaves nothing behind, not even the isolates.
 */
export function renderMessage(template: string, values: MessageValues): string {
  return template.replace(VARIABLE, (_, key: keyof MessageValues) => {
    const value = values[key].trim();
    if (!value || LINKS.has(key)) return value;
    return isolate(value);
  });
}

/** The variables a template uses, for the settings page's hint and to check a link is there. */
export const variablesIn = (template: string): (keyof MessageValues)[] => [...new Set([...template.matchAll(VARIABLE)].map((m) => m[1] as keyof MessageValues))];
