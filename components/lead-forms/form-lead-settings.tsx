"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SubmitButton } from "@/components/ui/field";
import { ChoiceList } from "@/components/ui/option-list";
import type { LeadFormField, Locale } from "@/core/constants";
import { createLeadFormAction, updateLeadFormAction } from "@/lib/forms/actions";

export interface Choice {
  value: string;
  label: string;
}

export interface LeadFormValues {
  id: string;
  name: string;
  fields: LeadFormField[];
  stageKey: string | null;
  channel: string;
  assigneeId: string | null;
  thankYou: Partial<Record<Locale, string>>;
  isDefault: boolean;
}

interface Props {
  form?: LeadFormValues;
  stages: Choice[];
  channels: Choice[];
  users: Choice[];
}

const askable = [
  ["fieldPhone", "phone"],
  ["fieldEmail", "email"],
  ["fieldQuestion", "question"],
] as const;
const thankYouFields = [
  ["thankYouHe", "he"],
  ["thankYouFa", "fa"],
  ["thankYouEn", "en"],
] as const;

/** Creates a form, or edits `form`: fields asked, starting stage, channel, who gets the leads, thank-you texts. */
export function FormLeadSettings({ form, stages, channels, users }: Props) {
  const t = useTranslations("SettingsForms");
  const action = form ? updateLeadFormAction : createLeadFormAction;
  const { onSubmit, pending, fieldError, formError } = useActionForm(action, { extra: form ? { id: form.id } : {} });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={form ? t("editNamed", { name: form.name }) : t("create")} className="grid gap-3 sm:grid-cols-2">
      <Field label={t("name")} name="name" error={fieldError("name")}>
        {(p) => <input {...p} required maxLength={200} autoComplete="off" defaultValue={form?.name} />}
      </Field>
      <fieldset className="text-sm">
        <legend className="font-medium text-slate-800">{t("fields")}</legend>
        <p className="text-xs text-slate-500">{t("fieldsHint")}</p>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {askable.map(([name, field]) => (
            <label key={name} className="inline-flex min-h-10 items-center gap-2">
              <input type="checkbox" name={name} defaultChecked={form ? form.fields.includes(field) : field !== "question"} className="size-4" />
              {t(`field.${field}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t("stage")} name="stage" error={fieldError("stage")}>
        {(p) => (
          <select {...p} defaultValue={form?.stageKey ?? ""}>
            <option value="">{t("firstStage")}</option>
            <ChoiceList choices={stages} />
          </select>
        )}
      </Field>
      <Field label={t("channel")} name="channel" error={fieldError("channel")}>
        {(p) => (
          <select {...p} defaultValue={form?.channel ?? "website"}>
            <ChoiceList choices={channels} />
          </select>
        )}
      </Field>
      <Field label={t("assignment")} name="assignment" error={fieldError("assignment")}>
        {(p) => (
          <select {...p} defaultValue={form?.assigneeId ?? "round_robin"}>
            <option value="round_robin">{t("roundRobin")}</option>
            <ChoiceList choices={users} />
          </select>
        )}
      </Field>
      <label className="inline-flex min-h-10 items-center gap-2 self-end text-sm">
        <input type="checkbox" name="isDefault" defaultChecked={form?.isDefault} className="size-4" />
        {t("isDefault")}
      </label>
      {thankYouFields.map(([name, locale]) => (
        <Field key={name} label={t(`thankYou.${locale}`)} name={name} error={fieldError(name)}>
          {(p) => <textarea {...p} rows={2} maxLength={500} dir={locale === "en" ? "ltr" : "rtl"} lang={locale} defaultValue={form?.thankYou[locale] ?? ""} />}
        </Field>
      ))}
      <div className="space-y-2 sm:col-span-2">
        <FormError message={formError} />
        <SubmitButton pending={pending}>{form ? t("save") : t("createSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
