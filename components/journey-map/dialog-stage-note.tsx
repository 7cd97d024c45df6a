"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveStageNoteAction } from "@/lib/journey-map/actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { DialogLazy } from "@/components/ui/dialog-lazy";
import { Field, SubmitButton } from "@/components/ui/field";
import { STAGE_NOTE_MAX } from "@/core/constants";
import type { Locale } from "@/lib/journey-map/types";

interface Props {
  stage: { key: string; label: string };
  values: { goal: string; need: string; opportunities: string; locale: Locale | "shared" };
  locale: Locale;
}

const fields = ["goal", "need", "opportunities"] as const;

/** The owner edits a stage's notes; each save is a new version (the map shows who and when). */
export function DialogStageNote({ stage, values, locale }: Props) {
  const t = useTranslations("JourneyMap.notes");
  const [open, setOpen] = useState(false);
  const { onSubmit, pending, fieldError, formError } = useActionForm(saveStageNoteAction, { extra: { stageKey: stage.key }, onSuccess: () => setOpen(false) });
  return (
    <DialogLazy
      open={open}
      onOpenChange={setOpen}
      trigger={{
        attributes: { "aria-label": t("editStage", { stage: stage.label }), className: "rounded-md px-2 py-1 font-medium text-indigo-800 ring-1 ring-indigo-200 hover:bg-indigo-50 print:hidden" },
        children: t("edit"),
      }}
      content={{
        title: t("editStage", { stage: stage.label }),
        titleClassName: "mb-3 text-lg font-semibold",
        className: "fixed inset-x-4 top-16 z-50 mx-auto max-h-[85vh] max-w-lg overflow-y-auto rounded-xl bg-white p-5 shadow-xl focus:outline-none",
      }}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {fields.map((name) => (
          <Field key={name} label={t(name)} name={name} error={fieldError(name)}>
            {(p) => <textarea {...p} rows={3} maxLength={STAGE_NOTE_MAX} defaultValue={values[name]} />}
          </Field>
        ))}
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">{t("scope")}</legend>
          <label className="me-4 inline-flex items-center gap-1">
            <input type="radio" name="locale" value={locale} defaultChecked={values.locale === locale} /> {t("scopeLocale")}
          </label>
          <label className="inline-flex items-center gap-1">
            <input type="radio" name="locale" value="shared" defaultChecked={values.locale === "shared"} /> {t("scopeShared")}
          </label>
        </fieldset>
        <FormError message={formError} />
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={() => setOpen(false)} className="rounded-lg px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
            {t("cancel")}
          </button>
          <SubmitButton pending={pending}>{t("save")}</SubmitButton>
        </div>
      </form>
    </DialogLazy>
  );
}
