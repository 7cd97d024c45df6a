"use client";

import { useTranslations } from "next-intl";
import { createCustomerAction } from "@/lib/customers/actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { InputDate } from "@/components/dates/input-date";
import { Field, SubmitButton } from "@/components/ui/field";
import { useRouter } from "@/lib/i18n/navigation";
import type { Option } from "./types";
import { WarningDuplicates, type Duplicate } from "./warning-duplicates";

export function FormCustomerCreate({ channelOptions, ownerOptions }: { channelOptions: Option[]; ownerOptions: Option[] | null }) {
  const t = useTranslations("Customers");
  const router = useRouter();
  const { onSubmit, pending, fieldError, formError, failure } = useActionForm(createCustomerAction, {
    onSuccess: ({ id }) => router.push(`/customers/${id}`),
  });
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <Field label={t("name")} name="name" error={fieldError("name")}>
        {(p) => <input {...p} required maxLength={200} />}
      </Field>
      <Field label={t("email")} name="email" error={fieldError("email")}>
        {(p) => <input {...p} type="email" dir="ltr" maxLength={320} />}
      </Field>
      <Field label={t("phone")} name="phone" error={fieldError("phone")}>
        {(p) => <input {...p} type="tel" dir="ltr" maxLength={30} />}
      </Field>
      <Field label={t("channel")} name="channel" error={fieldError("channel")}>
        {(p) => (
          <select {...p} defaultValue="other">
            {channelOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {ownerOptions && (
        <Field label={t("owner")} name="ownerId" error={fieldError("ownerId")}>
          {(p) => (
            <select {...p} defaultValue="">
              <option value="">{t("me")}</option>
              {ownerOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t("birthday")} name="birthday" error={fieldError("birthday")}>
        {(p) => <InputDate {...p} />}
      </Field>
      <div className="space-y-2 sm:col-span-2">
        {failure?.code === "duplicate" ? (
          <WarningDuplicates duplicates={(failure.details?.duplicates ?? []) as Duplicate[]} pending={pending} />
        ) : (
          <FormError message={formError} />
        )}
        <SubmitButton pending={pending}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
