"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createApiKeyAction } from "@/lib/settings/api-keys-actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SubmitButton } from "@/components/ui/field";
import { CardOneTimeSecret } from "./card-one-time-secret";

/** A new key, acting as the signed-in owner; the full key is shown once and only its hash is kept. */
export function FormApiKeyCreate() {
  const t = useTranslations("SettingsApiKeys");
  const [key, setKey] = useState<string | null>(null);
  const { onSubmit, pending, fieldError, formError } = useActionForm(createApiKeyAction, { onSuccess: (data) => setKey(data.key) });
  return (
    <div className="space-y-3">
      {key && <CardOneTimeSecret title={t("newKey")} secret={key} onDismiss={() => setKey(null)} />}
      <form onSubmit={onSubmit} noValidate aria-label={t("create")} className="flex flex-wrap items-end gap-3">
        <div className="w-full sm:w-80">
          <Field label={t("name")} name="name" error={fieldError("name")} hint={t("nameHint")}>
            {(p) => <input {...p} required maxLength={100} autoComplete="off" />}
          </Field>
        </div>
        <div className="space-y-2 pb-5">
          <FormError message={formError} />
          <SubmitButton pending={pending}>{t("create")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
