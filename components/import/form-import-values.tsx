"use client";

import { useState, useTransition, type FormEvent } from "react";
import { startImportAction } from "@/lib/import/actions";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/ui/field";
import { valueFields, type ValueField } from "@/core/import/columns";
import { suggestOwner, suggestStage, suggestValues } from "@/core/import/value-suggest";
import { TableImportValues } from "./table-import-values";
import type { ColumnChoice, ImportTargets, ImportView, UploadResult } from "./types";
import { useImportText } from "./use-import-text";

interface Props {
  upload: UploadResult;
  choice: ColumnChoice;
  targets: ImportTargets;
  onStarted: (job: ImportView) => void;
  onBack: () => void;
}

/**
 * The value step: every distinct value of the stage and owner columns, each mapped once to one of
 * our stages or users (the suggestion preselected), then the import starts.
 */
export function FormImportValues({ upload, choice, targets, onStarted, onBack }: Props) {
  const { t, error } = useImportText();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const columnValues = (field: ValueField) => {
    const header = choice.mapping[field];
    return header === undefined ? undefined : (upload.values[upload.headers.indexOf(header)] ?? null);
  };
  const suggest: Record<ValueField, (value: string) => string> = {
    stage: (value) => suggestStage(value, targets.stages),
    ownerEmail: (value) => suggestOwner(value, targets.users),
  };
  const [chosen, setChosen] = useState<Record<ValueField, Record<string, string>>>(() => {
    const defaults = (field: ValueField) => suggestValues((columnValues(field) ?? []).map((v) => v.value), suggest[field]);
    return { stage: defaults("stage"), ownerEmail: defaults("ownerEmail") };
  });
  const options: Record<ValueField, { value: string; label: string }[]> = {
    stage: [{ value: "", label: t("import.defaultStage") }, ...targets.stages.filter((s) => !s.archived).map((s) => ({ value: s.key, label: s.label }))],
    ownerEmail: [{ value: "", label: t("import.defaultOwner") }, ...targets.users.map((u) => ({ value: u.id, label: u.name }))],
  };
  const mapped = valueFields.filter((field) => columnValues(field) !== undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(mapped.map((field) => [field, chosen[field]]));
    startTransition(async () => {
      const result = await startImportAction({ id: upload.job.id, ...choice, values }).catch(() => null);
      if (result?.ok) onStarted(result.data);
      else setFailure(result ? (Object.values(result.fieldErrors)[0]?.[0] ?? result.code) : "server_error");
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="import-values-heading">
      <div>
        <h3 id="import-values-heading" className="text-base font-semibold">
          {t("import.valuesHeading")}
        </h3>
        <p className="mt-1 text-sm text-slate-600">{mapped.length > 0 ? t("import.valuesIntro") : t("import.valuesNothing")}</p>
      </div>
      {mapped.map((field) => (
        <TableImportValues
          key={field}
          id={`import-values-${field}`}
          title={t(`import.valuesOf.${field}`)}
          header={choice.mapping[field] ?? ""}
          values={columnValues(field) ?? null}
          options={options[field]}
          chosen={chosen[field]}
          onChange={(key, target) => setChosen((all) => ({ ...all, [field]: { ...all[field], [key]: target } }))}
        />
      ))}
      <FormError message={failure ? error(failure) : undefined} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending}>{pending ? t("import.starting") : t("import.start")}</SubmitButton>
        <button type="button" onClick={onBack} className="rounded-lg px-4 py-2 text-sm text-indigo-800 ring-1 ring-slate-300 hover:bg-white">
          {t("import.back")}
        </button>
      </div>
    </form>
  );
}
