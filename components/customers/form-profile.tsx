"use client";

import { useTranslations } from "next-intl";
import { updateCustomerAction } from "@/lib/customers/actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { InputDate } from "@/components/dates/input-date";
import { Field, SubmitButton } from "@/components/ui/field";
import type { Option } from "@/components/customers/types";

interface Profile {
  id: string;
  version: number;
  name: string;
  email: string | null;
  phone: string | null;
  channel: string;
  birthday: string | null;
  externalId: string | null;
}

export function FormProfile({ customer, channelOptions }: { customer: Profile; channelOptions: Option[] }) {
  const t = useTranslations("Customer");
  const tc = useTranslations("Customers");
  const { onSubmit, pending, fieldError, formError } = useActionForm(updateCustomerAction, {
    extra: { customerId: customer.id, version: customer.version },
  });
  return (
    <form key={customer.version} onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      <Field label={tc("name")} name="name" error={fieldError("name")}>
        {(p) => <input {...p} defaultValue={customer.name} required maxLength={200} />}
      </Field>
      <Field label={tc("email")} name="email" error={fieldError("email")}>
        {(p) => <input {...p} type="email" dir="ltr" defaultValue={customer.email ?? ""} maxLength={320} />}
      </Field>
      <Field label={tc("phone")} name="phone" error={fieldError("phone")}>
        {(p) => <input {...p} type="tel" dir="ltr" defaultValue={customer.phone ?? ""} maxLength={30} />}
      </Field>
      <Field label={tc("channel")} name="channel" error={fieldError("channel")}>
        {(p) => (
          <select {...p} defaultValue={customer.channel}>
            {channelOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={tc("birthday")} name="birthday" error={fieldError("birthday")}>
        {(p) => <InputDate {...p} defaultValue={customer.birthday ?? undefined} />}
      </Field>
      <Field label={t("externalId")} name="externalId" error={fieldError("externalId")}>
        {(p) => <input {...p} dir="ltr" defaultValue={customer.externalId ?? ""} maxLength={200} />}
      </Field>
      <div className="space-y-2 sm:col-span-2">
        <FormError message={formError} />
        <SubmitButton pending={pending}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
