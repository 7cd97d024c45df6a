"use client";

import { useState, useTransition, type FormEvent } from "react";
import { startImportAction } from "@/app/[locale]/(app)/settings/data/actions";
import { FormError } from "@/components/forms/form-error";
import { Field, SubmitButton } from "@/components/ui/field";
import { locales, type Locale } from "@/db/schema/constants";
import { importFields } from "@/db/schema/imports";
import { TableImportPreview } from "./table-import-preview";
import type { ImportView, UploadResult } from "./types";
import { useImportText } from "./use-import-text";

interface Props {
  upload: UploadResult;
  locale: Locale;
  onStarted: (job: ImportView) => void;
  onCancel: () => void;
}

/** The column-mapping step: a select per field (the suggestion preselected), the import's locale and a preview. */
export function FormImportMapping({ upload, locale, onStarted, onCancel }: Props) {
  const { t, error } = useImportText();
  const [failure, setFailure] = useState<{ code: string; fields: Record<string, string[]> } | null>(null);
  const [pending, startTransition] = useTransition();
  const { job } = upload;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget).entries());
    startTransition(async () => {
      const result = await startImportAction({ ...values, id: job.id }).catch(() => null);
      if (result?.ok) onStarted(result.data);
      else setFailure(result ? { code: result.code, fields: result.fieldErrors } : { code: "server_error", fields: {} });
    });
  }

  const fieldError = (field: string) => {
    const code = failure?.fields[`mapping.${field}`]?.[0] ?? failure?.fields[field]?.[0];
    return code ? error(code) : undefined;
  };

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
          <Field key={field} label={t(`fields.${field}`)} name={field} error={fieldError(field)}>
            {(p) => (
              <select {...p} defaultValue={upload.mapping[field] ?? ""}>
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
        <Field label={t("import.locale")} name="locale" error={fieldError("locale")}>
          {(p) => (
            <select {...p} defaultValue={locale}>
              {locales.map((l) => (
                <option key={l} value={l}>
                  {t(`locales.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TableImportPreview headers={upload.headers} rows={upload.preview} />
      <FormError message={failure && failure.code !== "validation" ? error(failure.code) : undefined} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending}>{pending ? t("import.starting") : t("import.start")}</SubmitButton>
        <button type="button" onClick={onCancel} className="rounded-lg px-4 py-2 text-sm text-indigo-800 ring-1 ring-slate-300 hover:bg-white">
          {t("import.cancel")}
        </button>
      </div>
    </form>
  );
}
