"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { ChoiceList } from "@/components/ui/option-list";
import { triggerParams, triggerTypes, type TriggerDraft, type TriggerType } from "@/core/automation/draft";
import { holidayCalendars, holidayKeysByCalendar } from "@/core/automation/holidays";
import { journeys } from "@/core/constants";
import type { Choice } from "./choices";

interface Props {
  trigger: TriggerDraft;
  stages: Choice[];
  onChange: (patch: Partial<TriggerDraft>) => void;
  error: (path: string) => string | undefined;
}

/** The trigger select and the controls of the chosen type's parameters. */
export function FieldsTrigger({ trigger, stages, onChange, error }: Props) {
  const t = useTranslations("SettingsAutomations");
  const tHolidays = useTranslations("Holidays");
  const shows = (param: keyof TriggerDraft) => triggerParams[trigger.type].includes(param);
  const text = (param: "days" | "daysBefore" | "minScore" | "maxScore", label: string, hint?: string) => (
    <Field label={label} name={`trigger.${param}`} error={error(`trigger.${param}`)} hint={hint}>
      {(p) => <input {...p} inputMode="numeric" autoComplete="off" value={trigger[param]} onChange={(e) => onChange({ [param]: e.target.value })} />}
    </Field>
  );
  const daysLabel = { idle_in_stage: t("days"), no_contact: t("daysNoContact"), purchase_anniversary: t("daysAfterPurchase") } as Partial<Record<TriggerType, string>>;
  return (
    <>
      <Field label={t("trigger")} name="trigger.type" error={error("trigger.type")}>
        {(p) => (
          <select {...p} value={trigger.type} onChange={(e) => onChange({ type: e.target.value as TriggerType })}>
            {triggerTypes.map((type) => (
              <option key={type} value={type}>
                {t(`triggers.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {shows("stage") && (
        <Field label={t("stage")} name="trigger.stage" error={error("trigger.stage")}>
          {(p) => (
            <select {...p} value={trigger.stage} onChange={(e) => onChange({ stage: e.target.value })}>
              <ChoiceList choices={stages} />
            </select>
          )}
        </Field>
      )}
      {shows("holiday") && (
        <Field label={t("holiday")} name="trigger.holiday" error={error("trigger.holiday")}>
          {(p) => (
            <select {...p} value={trigger.holiday} onChange={(e) => onChange({ holiday: e.target.value })}>
              {holidayCalendars.map((calendar) => (
                <optgroup key={calendar} label={tHolidays(`calendars.${calendar}`)}>
                  {holidayKeysByCalendar[calendar].map((key) => (
                    <option key={key} value={key}>
                      {tHolidays(`names.${key}`)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      )}
      {shows("days") && text("days", daysLabel[trigger.type] ?? t("days"), trigger.type === "idle_in_stage" ? t("daysHintIdle") : undefined)}
      {shows("daysBefore") && text("daysBefore", t("daysBefore"))}
      {shows("journey") && (
        <Field label={t("journey")} name="trigger.journey" error={error("trigger.journey")}>
          {(p) => (
            <select {...p} value={trigger.journey} onChange={(e) => onChange({ journey: e.target.value })}>
              <option value="">{t("anyJourney")}</option>
              {journeys.map((journey) => (
                <option key={journey} value={journey}>
                  {t(`journeys.${journey}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {shows("minScore") && text("minScore", t("minScore"), t("scoreHint"))}
      {shows("maxScore") && text("maxScore", t("maxScore"))}
    </>
  );
}
