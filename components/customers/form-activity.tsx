"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { addFeedbackAction, addPurchaseAction, addTaskAction, addTouchpointAction } from "@/lib/customers/actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { InputDate } from "@/components/dates/input-date";
import { Field, SubmitButton } from "@/components/ui/field";
import { ChoiceList } from "@/components/ui/option-list";
import type { Option } from "@/components/customers/types";
import type { ActionResult } from "@/lib/actions";

type FieldError = (name: string) => string | undefined;

function ActivityForm({
  customerId,
  action,
  submit,
  children,
}: {
  customerId: string;
  action: (input: unknown) => Promise<ActionResult<null>>;
  submit: string;
  children: (fieldError: FieldError) => ReactNode;
}) {
  const { onSubmit, pending, fieldError, formError } = useActionForm(action, { extra: { customerId } });
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-2" noValidate>
      {children(fieldError)}
      <div className="space-y-2 sm:col-span-2">
        <FormError message={formError} />
        <SubmitButton pending={pending}>{submit}</SubmitButton>
      </div>
    </form>
  );
}

export function FormTouchpoint({ customerId, channelOptions, kindOptions }: { customerId: string; channelOptions: Option[]; kindOptions: Option[] }) {
  const t = useTranslations("Customer.activity");
  return (
    <ActivityForm customerId={customerId} action={addTouchpointAction} submit={t("addTouchpoint")}>
      {(fieldError) => (
        <>
          <Field label={t("channel")} name="channel" error={fieldError("channel")}>
            {(p) => <select {...p} defaultValue="whatsapp"><ChoiceList choices={channelOptions} /></select>}
          </Field>
          <Field label={t("kind")} name="kind" error={fieldError("kind")}>
            {(p) => <select {...p} defaultValue="message"><ChoiceList choices={kindOptions} /></select>}
          </Field>
          <Field label={t("at")} name="at" error={fieldError("at")} hint={t("atHint")}>
            {(p) => <InputDate {...p} withTime />}
          </Field>
          <Field label={t("note")} name="note" error={fieldError("note")}>
            {(p) => <input {...p} maxLength={2000} />}
          </Field>
        </>
      )}
    </ActivityForm>
  );
}

export function FormPurchase({ customerId }: { customerId: string }) {
  const t = useTranslations("Customer.activity");
  return (
    <ActivityForm customerId={customerId} action={addPurchaseAction} submit={t("addPurchase")}>
      {(fieldError) => (
        <>
          <Field label={t("amount")} name="amount" error={fieldError("amount")}>
            {(p) => <input {...p} inputMode="decimal" dir="ltr" required />}
          </Field>
          <Field label={t("at")} name="at" error={fieldError("at")} hint={t("atHint")}>
            {(p) => <InputDate {...p} withTime />}
          </Field>
        </>
      )}
    </ActivityForm>
  );
}

export function FormFeedback({ customerId }: { customerId: string }) {
  const t = useTranslations("Customer.activity");
  return (
    <ActivityForm customerId={customerId} action={addFeedbackAction} submit={t("addFeedback")}>
      {(fieldError) => (
        <>
          <Field label={t("score")} name="score" error={fieldError("score")} hint={t("scoreHint")}>
            {(p) => <input {...p} inputMode="numeric" dir="ltr" required />}
          </Field>
          <Field label={t("comment")} name="comment" error={fieldError("comment")}>
            {(p) => <input {...p} maxLength={2000} />}
          </Field>
        </>
      )}
    </ActivityForm>
  );
}

export function FormTask({ customerId, assigneeOptions }: { customerId: string; assigneeOptions: Option[] | null }) {
  const t = useTranslations("Customer.activity");
  return (
    <ActivityForm customerId={customerId} action={addTaskAction} submit={t("addTask")}>
      {(fieldError) => (
        <>
          <Field label={t("taskTitle")} name="title" error={fieldError("title")}>
            {(p) => <input {...p} required maxLength={300} />}
          </Field>
          <Field label={t("dueOn")} name="dueOn" error={fieldError("dueOn")}>
            {(p) => <InputDate {...p} required />}
          </Field>
          {assigneeOptions && (
            <Field label={t("assignee")} name="assigneeId" error={fieldError("assigneeId")}>
              {(p) => <select {...p} defaultValue=""><option value="">{t("me")}</option><ChoiceList choices={assigneeOptions} /></select>}
            </Field>
          )}
        </>
      )}
    </ActivityForm>
  );
}
