"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { ChoiceList } from "@/components/ui/option-list";
import type { FilterDraft } from "@/core/automation/draft";
import { channels, journeys } from "@/core/constants";
import type { AutomationChoices, Choice } from "./choices";

interface Props extends AutomationChoices {
  filter: FilterDraft;
  onChange: (patch: Partial<FilterDraft>) => void;
  error: (path: string) => string | undefined;
}

/** Which customers the playbook acts on: every choice left on "any" keeps them all. */
export function FieldsFilter({ filter, stages, users, onChange, error }: Props) {
  const t = useTranslations("SettingsAutomations");
  const tChannels = useTranslations("Channels");
  const select = (param: keyof FilterDraft, label: string, any: string, choices: Choice[]): ReactNode => (
    <Field label={label} name={`filter.${param}`} error={error(`filter.${param}`)}>
      {(p) => (
        <select {...p} value={filter[param]} onChange={(e) => onChange({ [param]: e.target.value })}>
          <option value="">{any}</option>
          <ChoiceList choices={choices} />
        </select>
      )}
    </Field>
  );
  return (
    <fieldset className="grid gap-3 sm:col-span-2 sm:grid-cols-2">
      <legend className="text-sm font-medium">{t("filter")}</legend>
      <p className="text-xs text-slate-600 sm:col-span-2">{t("filterIntro")}</p>
      {select("journey", t("journey"), t("anyJourney"), journeys.map((value) => ({ value, label: t(`journeys.${value}`) })))}
      {select("stage", t("filterStage"), t("anyStage"), stages)}
      {select("channel", t("channel"), t("anyChannel"), channels.map((value) => ({ value, label: tChannels(value) })))}
      {select("ownerId", t("ownerFilter"), t("anyOwner"), users)}
    </fieldset>
  );
}
