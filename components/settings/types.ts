import type { Journey, RequirableField, TransitionRule } from "@/core/constants";

/** A stage as the stage editor shows it (plain values: it crosses to client components). */
export interface EditorStage {
  key: string;
  journey: Journey;
  labelHe: string;
  labelFa: string;
  labelEn: string;
  transitionRule: TransitionRule;
  requiredFields: RequirableField[];
  idleDays: number;
  archived: boolean;
  customerCount: number;
}

/** Which stage form is open: one at a time, so the form controls' ids stay unique on the page. */
export type StagePanel = { kind: "edit"; key: string } | { kind: "add"; journey: Journey } | null;
