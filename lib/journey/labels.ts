import type { Locale } from "@/core/constants";

interface Labelled {
  labelHe: string;
  labelFa: string;
  labelEn: string;
}

export function stageLabel(stage: Labelled, locale: Locale): string {
  return { he: stage.labelHe, fa: stage.labelFa, en: stage.labelEn }[locale];
}
