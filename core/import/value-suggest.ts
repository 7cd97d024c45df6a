import { labelKey } from "./fields";

/** A stage as the value step offers it. */
export interface StageChoice {
  key: string;
  labelHe: string;
  labelFa: string;
  labelEn: string;
  archived: boolean;
}

/** A user as the value step offers it. */
export interface UserChoice {
  id: string;
  name: string;
  email: string;
}

/**
 * The stages and lead statuses of other CRMs (HubSpot lifecycle stages and lead statuses,
 * Pipedrive deal stages and labels, Salesforce and Zoho lead statuses), and common Hebrew and
 * Persian words, by the key of the default journey (SPEC §2) they correspond to. Values that say
 * nothing about the journey (Unqualified, Bad timing, Junk lead …) have no default.
 */
const crmStages: Record<string, string[]> = {
  awareness: ["Subscriber", "Lead", "New", "New lead", "Lead In", "Open - Not Contacted", "Not Contacted", "Cold", "Cold lead", "ליד", "سرنخ"],
  engagement: [
    "Marketing Qualified Lead", "MQL", "Open", "In Progress", "Attempted to Contact", "Connected", "Contacted", "Contact Made",
    "Working - Contacted", "Contact in Future", "Warm", "Warm lead", "בטיפול", "در حال پیگیری",
  ],
  consideration: [
    "Sales Qualified Lead", "SQL", "Opportunity", "Open Deal", "Qualified", "Pre-Qualified", "Demo Scheduled", "Proposal Made",
    "Negotiations Started", "Needs Analysis", "Proposal", "Negotiation", "Hot", "Hot lead", "הצעת מחיר", "پیش‌فاکتور",
  ],
  conversion: ["Customer", "Closed Won", "Won", "Closed - Converted", "Converted", "לקוח", "مشتری"],
  retention: ["Repeat customer", "Active customer", "לקוח חוזר", "مشتری وفادار"],
  loyalty: ["Evangelist", "Advocate", "Promoter", "שגריר", "سفیر"],
};

const crmStageByKey = new Map(Object.entries(crmStages).flatMap(([key, names]) => names.map((name) => [labelKey(name), key] as const)));

/**
 * The stage a file's value goes to unless the owner says otherwise: a live stage whose key or
 * label (he/fa/en) it is, else the default-journey stage other CRMs mean by it (when the
 * organization has that stage live), else "" (new customers enter the first stage, existing ones
 * stay where they are).
 */
export function suggestStage(value: string, stages: readonly StageChoice[]): string {
  const key = labelKey(value);
  const live = stages.filter((s) => !s.archived);
  const named = live.find((s) => [s.key, s.labelHe, s.labelFa, s.labelEn].some((name) => labelKey(name) === key));
  if (named) return named.key;
  const crm = crmStageByKey.get(key);
  return crm && live.some((s) => s.key === crm) ? crm : "";
}

/** The user a file's owner value (an email or a name) goes to: the user with that email or name, else "" (the importer). */
export function suggestOwner(value: string, users: readonly UserChoice[]): string {
  const key = labelKey(value);
  return users.find((u) => u.email.toLowerCase() === key || labelKey(u.name) === key)?.id ?? "";
}

/** The defaults for a column's distinct values, keyed as value mappings are (`labelKey` of the value). */
export function suggestValues(values: readonly string[], suggest: (value: string) => string): Record<string, string> {
  return Object.fromEntries(values.map((value) => [labelKey(value), suggest(value)]));
}
