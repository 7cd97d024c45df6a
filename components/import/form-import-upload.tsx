"use client";

import { useState, useTransition, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { Field, SubmitButton } from "@/components/ui/field";
import type { Locale } from "@/core/constants";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { uploadImportFile } from "./import-api";
import type { UploadResult } from "./types";
import { useImportText } from "./use-import-text";

export function FormImportUpload({ locale, onUploaded }: { locale: Locale; onUploaded: (result: UploadResult) => void }) {
  const { t, error } = useImportText();
  const [code, setCode] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setCode(file instanceof File && file.name ? "empty_file" : "required");
    if (file.size > MAX_IMPORT_BYTES) return setCode("too_large");
    startTransition(async () => {
      const outcome = await uploadImportFile(file, locale);
      if (outcome.ok) onUploaded(outcome.data);
      else setCode(outcome.code);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <Field label={t("import.file")} name="file">
          {(p) => <input {...p} type="file" accept=".csv,text/csv,text/plain" required aria-invalid={code ? true : undefined} />}
        </Field>
      </div>
      <SubmitButton pending={pending}>{pending ? t("import.uploading") : t("import.upload")}</SubmitButton>
      <div className="w-full">
        <FormError message={code ? error(code) : undefined} />
      </div>
    </form>
  );
}
