"use client";

import { useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { Field, SubmitButton } from "@/components/ui/field";
import { OptionList } from "@/components/ui/option-list";
import { locales, type Locale } from "@/core/constants";
import { importFields, type ImportMapping } from "@/core/import/columns";
import { identityFields } from "@/core/import/fields";
import { TableImportPreview } from "./table-import-preview";
import type { ColumnChoice, UploadResult } from "./types";
import { useImportText } from "./use-import-text";

interface Props {
  upload: UploadResult;
  /** The owner's earlier choice (back from the value step), else the suggestion. */
  choice: ColumnChoice;
  timeZones: string[];
  onNext: (choice: ColumnChoice) => void;
  onCancel: () => void;
}

/** The column-mapping step: a select per field (the suggestion preselected), the import's locale and time zone, and a preview. */
export function FormImportMapping({ upload, choice, timeZones, onNext, onCancel }: Props) {
  const { t, error } = useImportText();
  const [missingIdentity, setMissingIdentity] = useState(false);
  const { job } = upload;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    const mapping: ImportMapping = Object.fromEntries(importFields.map((f) => [f, value(f)]).filter(([, header]) => header));
    const identified = identityFields.some((field) => mapping[field]);
    setMissingIdentity(!identified);
    if (identified) onNext({ mapping, locale: value("locale") as Locale, timeZone: value("timeZone") });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="import-mapping-heading">
      <div>
        <h3 id="import-mapping-heading" className="text-base font-semibold">
          {t("import.mappingHeading")}
        </h3>
        <p className="mt-1 text-sm text-slate-600">{t("import.mappingIntro")}</p>
        <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          <span>{t("import.fileName", { name: job.filename })}</span>
          <span>{t("import.encoding", { encoding: t(`encodings.${job.encoding}`) })}</span>
          <span>{t("import.rows", { count: job.totalRows ?? 0 })}</span>
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {importFields.map((field) => (
          <Field key={field} label={t(`fields.${field}`)} name={field}>
            {(p) => (
              <select {...p} defaultValue={choice.mapping[field] ?? ""}>
                <option value="">{t("import.noColumn")}</option>
                {upload.headers.map((header, i) => (
                  <option key={i} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <Field label={t("import.locale")} name="locale">
          {(p) => (
            <select {...p} defaultValue={choice.locale}>
              {locales.map((l) => (
                <option key={l} value={l}>
                  {t(`locales.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("import.timeZone")} name="timeZone" hint={t("import.timeZoneHint")}>
          {(p) => (
            <select {...p} defaultValue={choice.timeZone} dir="ltr">
              <OptionList values={timeZones} />
            </select>
          )}
        </Field>
      </div>
      <TableImportPreview headers={upload.headers} rows={upload.preview} />
      <FormError message={missingIdentity ? error("identity_required") : undefined} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={false}>{t("import.next")}</SubmitButton>
        <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2 text-sm text-indigo-800 ring-1 ring-slate-300 hover:bg-white">
          {t("import.cancel")}
        </button>
      </div>
    </form>
  );
}
