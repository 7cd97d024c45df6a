"use client";

import { useTranslations } from "next-intl";
import { moveCustomerAction } from "@/lib/customers/actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SubmitButton } from "@/components/ui/field";
import type { Option } from "@/components/customers/types";

/** Moves the customer; the version it was loaded at travels with the move so a stale page cannot overwrite. */
export function FormMove({ customerId, version, stageOptions, channelOptions }: { customerId: string; version: number; stageOptions: Option[]; channelOptions: Option[] }) {
  const t = useTranslations("Customer");
  const { onSubmit, pending, fieldError, formError } = useActionForm(moveCustomerAction, { extra: { customerId, version } });
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate aria-label={t("move.title")}>
      <Field label={t("move.to")} name="to" error={fieldError("to")}>
        {(p) => (
          <select {...p} required defaultValue="">
            <option value="" disabled>
              {t("move.choose")}
            </option>
            {stageOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("move.channel")} name="channel" error={fieldError("channel")}>
        {(p) => (
          <select {...p} defaultValue="">
            <option value="">—</option>
            {channelOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("move.reason")} name="reason" error={fieldError("reason")} hint={t("move.reasonHint")}>
        {(p) => <input {...p} maxLength={500} />}
      </Field>
      <Field label={t("move.purchaseAmount")} name="purchaseAmount" error={fieldError("purchaseAmount")} hint={t("move.purchaseHint")}>
        {(p) => <input {...p} inputMode="decimal" dir="ltr" />}
      </Field>
      <div className="sm:col-span-2">
        <Field label={t("move.note")} name="note" error={fieldError("note")}>
          {(p) => <textarea {...p} rows={2} maxLength={2000} />}
        </Field>
      </div>
      <div className="space-y-2 sm:col-span-2">
        <FormError message={formError} />
        <SubmitButton pending={pending}>{t("move.submit")}</SubmitButton>
      </div>
    </form>
  );
}
