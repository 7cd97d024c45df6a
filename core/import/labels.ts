import { channels, LOST, type Channel } from "@/core/constants";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import he from "@/messages/he.json";
import { importFields, labelKey, type ImportField } from "./fields";

const catalogs = [he, fa, en];

interface StageLabels {
  key: string;
  labelHe: string;
  labelFa: string;
  labelEn: string;
}

/** Stage keys and their labels in he/fa/en → key; `lost` and its labels too. */
export function stageLookup(stages: readonly StageLabels[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of stages) for (const name of [s.key, s.labelHe, s.labelFa, s.labelEn]) map.set(labelKey(name), s.key);
  for (const name of [LOST, ...catalogs.map((c) => c.Customers.lost)]) map.set(labelKey(name), LOST);
  return map;
}

/** The sources other CRMs record (HubSpot's original source, Salesforce and Zoho lead sources) by our channel. */
const crmSources: Partial<Record<Channel, string[]>> = {
  search: ["Organic Search"],
  ads: ["Paid Search", "Paid Social", "Advertisement", "Other Campaigns"],
  social: ["Social Media", "Organic Social"],
  referral: ["Referrals", "Partner", "Employee Referral", "External Referral"],
  email: ["Email Marketing"],
  website: ["Direct Traffic", "Web", "Web Download", "Website"],
  phone: ["Cold Call", "Phone Inquiry"],
  event: ["Trade Show", "Seminar", "Webinar"],
  other: ["Offline Sources", "Other"],
};

/** Channel keys, their labels in he/fa/en and other CRMs' source names → channel. */
export function channelLookup(): Map<string, Channel> {
  const map = new Map<string, Channel>();
  for (const [channel, names] of Object.entries(crmSources)) for (const name of names) map.set(labelKey(name), channel as Channel);
  for (const channel of channels) {
    map.set(labelKey(channel), channel);
    for (const catalog of catalogs) map.set(labelKey(catalog.Channels[channel]), channel);
  }
  return map;
}

/** Each field's label in he/fa/en: a file whose headers are these labels maps itself. */
export function fieldLabels(): Partial<Record<ImportField, string[]>> {
  return Object.fromEntries(importFields.map((field) => [field, catalogs.map((c) => c.SettingsData.fields[field])]));
}
