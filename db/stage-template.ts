import type { NewStage } from "@/db/schema";

/** The default journey of SPEC §2, merged from the Hebrew and Persian articles. */
const template = [
  { key: "awareness", journey: "acquisition", he: "מודעות", fa: "آگاهی", en: "Awareness", idleDays: 7 },
  { key: "engagement", journey: "acquisition", he: "מעורבות", fa: "تعامل", en: "Engagement", idleDays: 10 },
  { key: "consideration", journey: "acquisition", he: "התלבטות", fa: "توجه", en: "Consideration", idleDays: 14 },
  { key: "conversion", journey: "acquisition", he: "המרה", fa: "خرید", en: "Conversion", idleDays: 14 },
  { key: "retention", journey: "retention", he: "שימור", fa: "حفظ", en: "Retention", idleDays: 30 },
  { key: "loyalty", journey: "retention", he: "נאמנות", fa: "وفاداری", en: "Loyalty", idleDays: 60 },
] as const;

export type TemplateStageKey = (typeof template)[number]["key"];

/** Template stage keys in journey order. */
export const templateStageKeys: readonly TemplateStageKey[] = template.map((s) => s.key);

export const templateIdleDays: Readonly<Record<TemplateStageKey, number>> = Object.fromEntries(
  template.map((s) => [s.key, s.idleDays]),
) as Record<TemplateStageKey, number>;

/** The template as stage rows for one organization: any move allowed, no required fields. */
export function templateStages(orgId: string): NewStage[] {
  return template.map((s, i) => ({
    orgId,
    key: s.key,
    position: i + 1,
    journey: s.journey,
    labelHe: s.he,
    labelFa: s.fa,
    labelEn: s.en,
    transitionRule: "any",
    requiredFields: [],
    idleDays: s.idleDays,
  }));
}
