"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { addStageAction, updateStageAction } from "@/lib/settings/stages-actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SubmitButton } from "@/components/ui/field";
import { requirableFields, transitionRules, type Journey, type Locale, type RequirableField } from "@/core/constants";
import { stageLabel } from "@/lib/journey/labels";
import { stageKeyFrom } from "@/lib/settings/stage-key";
import type { EditorStage } from "./types";

type Props = { mode: { kind: "edit"; stage: EditorStage } | { kind: "add"; journey: Journey }; onDone: () => void };

/** Names in the three languages, the transition rule, required fields and idle days of one stage (new or existing). */
export function FormStage({ mode, onDone }: Props) {
  const t = useTranslations("SettingsStages");
  const locale = useLocale() as Locale;
  const stage = mode.kind === "edit" ? mode.stage : undefined;
  const [required, setRequired] = useState<RequirableField[]>(stage?.requiredFields ?? []);
  const [labelEn, setLabelEn] = useState(stage?.labelEn ?? "");
  const { onSubmit, pending, fieldError, formError } = useActionForm(mode.kind === "edit" ? updateStageAction : addStageAction, {
    extra: mode.kind === "edit" ? { key: mode.stage.key } : { journey: mode.journey },
    onSuccess: onDone,
  });
  const toggle = (field: RequirableField) => setRequired((current) => (current.includes(field) ? current.filter((f) => f !== field) : [...current, field]));
  const derivedKey = mode.kind === "add" ? stageKeyFrom(labelEn) : null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={stage ? t("editOf", { label: stageLabel(stage, locale) }) : t("add")} className="grid gap-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200 sm:grid-cols-3">
      <Field label={t("labelHe")} name="labelHe" error={fieldError("labelHe")}>
        {(p) => <input {...p} dir="rtl" lang="he" required maxLength={60} defaultValue={stage?.labelHe} />}
      </Field>
      <Field label={t("labelFa")} name="labelFa" error={fieldError("labelFa")}>
        {(p) => <input {...p} dir="rtl" lang="fa" required maxLength={60} defaultValue={stage?.labelFa} />}
      </Field>
      <Field label={t("labelEn")} name="labelEn" error={fieldError("labelEn")} hint={mode.kind === "add" ? (derivedKey ? t("keyPreview", { key: derivedKey }) : t("keyHint")) : undefined}>
        {(p) => <input {...p} dir="ltr" lang="en" required maxLength={60} defaultValue={stage?.labelEn} onChange={(e) => setLabelEn(e.target.value)} />}
      </Field>
      <Field label={t("rule")} name="transitionRule" error={fieldError("transitionRule")}>
        {(p) => (
          <select {...p} defaultValue={stage?.transitionRule ?? "any"}>
            {transitionRules.map((rule) => (
              <option key={rule} value={rule}>
                {t(`rules.${rule}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("idleDays")} name="idleDays" error={fieldError("idleDays")} hint={t("idleDaysHint")}>
        {(p) => <input {...p} inputMode="numeric" dir="ltr" required defaultValue={stage?.idleDays ?? 14} />}
      </Field>
      <fieldset className="text-sm">
        <legend className="font-medium text-slate-800">{t("requiredFields")}</legend>
        <input type="hidden" name="requiredFields" value={required.join(",")} />
        {requirableFields.map((field) => (
          <label key={field} className="mt-1 flex items-center gap-2">
            <input type="checkbox" checked={required.includes(field)} onChange={() => toggle(field)} />
            {t(`fields.${field}`)}
          </label>
        ))}
        {fieldError("requiredFields") && <p className="mt-1 text-xs text-red-700">{fieldError("requiredFields")}</p>}
      </fieldset>
      <div className="flex flex-wrap items-center gap-2 sm:col-span-3">
        <FormError message={formError} />
        <SubmitButton pending={pending}>{mode.kind === "edit" ? t("save") : t("add")}</SubmitButton>
        <button type="button" onClick={onDone} className="rounded-lg px-4 py-2 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-white">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
