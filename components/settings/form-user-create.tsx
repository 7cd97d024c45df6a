"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createUserAction } from "@/lib/settings/users-actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SubmitButton } from "@/components/ui/field";
import { roles } from "@/core/constants";
import { CardOneTimeSecret } from "./card-one-time-secret";

type Created = { name: string; password: string | null };

/** A new user with the password the owner types, or a generated one shown once. */
export function FormUserCreate() {
  const t = useTranslations("SettingsUsers");
  const tr = useTranslations("Shell.roles");
  const [name, setName] = useState("");
  const [created, setCreated] = useState<Created | null>(null);
  const { onSubmit, pending, fieldError, formError } = useActionForm(createUserAction, {
    onSuccess: ({ password }) => setCreated({ name, password }),
  });
  return (
    <div className="space-y-3">
      {created?.password && <CardOneTimeSecret title={t("createdWithPassword", { name: created.name })} secret={created.password} onDismiss={() => setCreated(null)} />}
      {created && !created.password && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("createdWithTyped", { name: created.name })}
        </p>
      )}
      <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate aria-label={t("create")}>
        <Field label={t("name")} name="name" error={fieldError("name")}>
          {(p) => <input {...p} required maxLength={200} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t("email")} name="email" error={fieldError("email")}>
          {(p) => <input {...p} type="email" dir="ltr" required maxLength={320} autoComplete="off" />}
        </Field>
        <Field label={t("role")} name="role" error={fieldError("role")}>
          {(p) => (
            <select {...p} defaultValue="sales">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {tr(role)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("password")} name="password" error={fieldError("password")} hint={t("passwordHint")}>
          {(p) => <input {...p} type="password" dir="ltr" maxLength={200} autoComplete="new-password" />}
        </Field>
        <div className="space-y-2 sm:col-span-2">
          <FormError message={formError} />
          <SubmitButton pending={pending}>{t("create")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
