import type { ImportContext } from "@/db/queries/imports";
import type { ImportJob } from "@/db/schema";
import type { PhoneCountry } from "@/core/phone/phone-number";
import { channelLookup } from "@/core/import/labels";
import type { RowContext } from "@/core/import/row";
import { valueResolvers } from "@/core/import/value-resolve";
import type { StageChoice } from "@/core/import/value-suggest";

export const stageChoices = (stages: ImportContext["stages"]): StageChoice[] =>
  stages.map((s) => ({ key: s.key, labelHe: s.labelHe, labelFa: s.labelFa, labelEn: s.labelEn, archived: s.archivedAt !== null }));

/** What a job's rows are checked against: its locale, time zone and value mapping over the organization's stages and users. */
export function importRowContext(job: ImportJob, context: ImportContext, now = new Date()): RowContext {
  const resolve = valueResolvers(job.options, stageChoices(context.stages), context.users);
  return {
    locale: job.locale,
    timeZone: job.options.timeZone ?? context.timeZone,
    now,
    country: context.country as PhoneCountry,
    channels: channelLookup(),
    channelColumn: job.mapping.channel,
    stage: resolve.stage,
    owner: resolve.owner,
  };
}

/** Persian read from Windows-1256 is stored with the Persian letters (see cellsOf). */
export const persianLettersOf = (job: ImportJob) => job.encoding === "windows-1256" && job.locale === "fa";
