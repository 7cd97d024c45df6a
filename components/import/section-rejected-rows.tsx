"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { retryImportAction } from "@/lib/import/actions";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/ui/field";
import { importFields, type ImportField } from "@/core/import/columns";
import { queryKeys } from "@/lib/query/keys";
import { fetchRejections, type RejectedRow } from "./import-api";
import type { ImportView } from "./types";
import { useImportText } from "./use-import-text";

/** The fields a row's corrections are typed into: those with an error, or every field it has when the row as a whole was refused. */
function editableFields(row: RejectedRow): ImportField[] {
  const flagged = importFields.filter((field) => row.errors[field]);
  if (flagged.length > 0 && !row.errors.row) return flagged;
  return importFields.filter((field) => field !== "extra" && (row.cells[field] !== undefined || field === "name" || field === "email"));
}

/**
 * The rejected rows of a finished import on screen, a page at a time: each row's number in the
 * file, what is wrong with which field, and inputs to correct it. "Import again" sends the page's
 * rows with the corrections as a new import (fix-and-retry); its result replaces this one.
 */
export function SectionRejectedRows({ job, onRetried }: { job: ImportView; onRetried: (job: ImportView) => void }) {
  const { t, error } = useImportText();
  const format = useFormatter();
  const [after, setAfter] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { data, isPending, isError } = useQuery({ queryKey: queryKeys.importRejections(job.id, after), queryFn: () => fetchRejections(job.id, after) });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rows = (data?.items ?? []).map((row) => ({
      row: row.row,
      cells: Object.fromEntries(editableFields(row).map((field) => [field, String(form.get(`${row.row}.${field}`) ?? "")])),
    }));
    startTransition(async () => {
      const result = await retryImportAction({ id: job.id, rows }).catch(() => null);
      if (result?.ok) onRetried(result.data);
      else setFailure(result ? (Object.values(result.fieldErrors)[0]?.[0] ?? result.code) : "server_error");
    });
  }

  return (
    <section aria-labelledby="import-rejected-heading" className="space-y-3">
      <h4 id="import-rejected-heading" className="text-base font-semibold">
        {t("import.rejectedHeading")}
      </h4>
      <p className="text-sm text-slate-600">{t("import.rejectedIntro")}</p>
      {isPending && <div className="h-24 animate-pulse rounded-lg bg-slate-100" aria-busy />}
      {isError && <FormError message={error("server_error")} />}
      {data && (
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          {data.items.map((row) => (
            <fieldset key={row.row} className="space-y-2 rounded-lg bg-red-50/50 p-3 ring-1 ring-red-200">
              <legend className="px-1 text-sm font-semibold text-slate-900">{t("import.rowNumber", { row: format.number(row.sourceRow, { useGrouping: false }) })}</legend>
              <ul className="list-inside list-disc text-sm text-red-800">
                {Object.entries(row.errors).flatMap(([field, codes]) =>
                  codes.map((code) => (
                    <li key={`${field}-${code}`}>
                      {t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field}: {error(code)}
                    </li>
                  )),
                )}
              </ul>
              <div className="grid gap-2 sm:grid-cols-2">
                {editableFields(row).map((field) => (
                  <div key={field}>
                    <label htmlFor={`fix-${row.row}-${field}`} className="text-sm font-medium text-slate-800">
                      {t("import.fixLabel", { field: t(`fields.${field}`), row: format.number(row.sourceRow, { useGrouping: false }) })}
                    </label>
                    <input
                      id={`fix-${row.row}-${field}`}
                      name={`${row.row}.${field}`}
                      defaultValue={row.cells[field] ?? ""}
                      dir="auto"
                      aria-invalid={row.errors[field] ? true : undefined}
                      className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-start text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200 aria-[invalid=true]:border-red-600"
                    />
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
          <FormError message={failure ? error(failure) : undefined} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton pending={pending}>{t("import.retry", { count: data.items.length })}</SubmitButton>
            {after > 0 && (
              <button type="button" onClick={() => setAfter(0)} className="rounded-lg px-3 py-2 text-sm text-indigo-800 ring-1 ring-slate-300">
                {t("import.firstRows")}
              </button>
            )}
            {data.nextAfter !== null && (
              <button type="button" onClick={() => setAfter(data.nextAfter ?? 0)} className="rounded-lg px-3 py-2 text-sm text-indigo-800 ring-1 ring-slate-300">
                {t("import.nextRows")}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
