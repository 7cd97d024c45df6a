import type { ImportMapping } from "@/core/import/columns";
import type { Locale } from "@/core/constants";
import type { ColumnValues } from "@/lib/import/column-values";
import type { ImportView } from "@/lib/import/present";
import type { StageChoice, UserChoice } from "@/core/import/value-suggest";

export type { ImportView };

/** The upload route's answer: the pending job and what the mapping and value steps show. */
export interface UploadResult {
  job: ImportView;
  headers: string[];
  preview: string[][];
  mapping: ImportMapping;
  /** Each column's distinct values, by column index (null: too many to list). */
  values: ColumnValues;
}

/** What the owner chose in the column step. */
export interface ColumnChoice {
  mapping: ImportMapping;
  locale: Locale;
  timeZone: string;
}

/** The organization's stages (with their label in the page's locale), users and time zones, for the wizard. */
export interface ImportTargets {
  stages: (StageChoice & { label: string })[];
  users: UserChoice[];
  timeZones: string[];
  /** The organization's time zone: the default for dates without one. */
  timeZone: string;
}
