"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SubmitButton } from "@/components/ui/field";
import { createAutomationAction } from "@/lib/automation/actions";
import { formTriggerTypes } from "@/lib/automation/form";

type FormTriggerType = (typeof formTriggerTypes)[number];

export interface Choice {
  value: string;
  label: string;
}

/** A playbook with one trigger and one task action; it starts paused unless "enabled" is ticked. */
export function FormAutomationCreate({ stages, users }: { stages: Choice[]; users: Choice[] }) {
  const t = useTranslations("SettingsAutomations");
  const [triggerType, setTriggerType] = useState<FormTriggerType>("stage_entered");
  const { onSubmit, pending, fieldError, formError, failure } = useActionForm(createAutomationAction, { onSuccess: () => setTriggerType("stage_entered") });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("create")} className="grid gap-3 sm:grid-cols-2">
      <Field label={t("name")} name="name" error={fieldError("name")}>
        {(p) => <input {...p} required maxLength={120} autoComplete="off" />}
      </Field>
      <Field label={t("trigger")} name="triggerType" error={fieldError("triggerType")}>
        {(p) => (
          <select {...p} value={triggerType} onChange={(e) => setTriggerType(e.target.value as FormTriggerType)}>
            {formTriggerTypes.map((type) => (
              <option key={type} value={type}>
                {t(`triggers.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(triggerType === "stage_entered" || triggerType === "idle_in_stage") && (
        <Field label={t("stage")} name="stage" error={fieldError("stage")}>
          {(p) => (
            <select {...p} required>
              {stages.map((stage) => (
                <option key={stage.value} value={stage.value}>
                  {stage.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {triggerType !== "stage_entered" && (
        <Field
          label={t(triggerType === "birthday" ? "daysBefore" : "days")}
          name="days"
          error={fieldError("days")}
          hint={triggerType === "idle_in_stage" ? t("daysHintIdle") : undefined}
        >
          {(p) => <input {...p} inputMode="numeric" required={triggerType === "no_contact"} />}
        </Field>
      )}
      <Field label={t("taskTitle")} name="taskTitle" error={fieldError("taskTitle")} hint={t("taskTitleHint")}>
        {(p) => <input {...p} required maxLength={200} autoComplete="off" />}
      </Field>
      <Field label={t("dueInDays")} name="dueInDays" error={fieldError("dueInDays")}>
        {(p) => <input {...p} inputMode="numeric" defaultValue="1" required />}
      </Field>
      <Field label={t("assignee")} name="assignee" error={fieldError("assignee")}>
        {(p) => (
          <select {...p}>
            <option value="owner">{t("assignees.owner")}</option>
            <option value="managers">{t("assignees.managers")}</option>
            {users.map((user) => (
              <option key={user.value} value={user.value}>
                {user.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="enabled" className="size-4" />
        {t("enabledNow")}
      </label>
      <div className="space-y-2 sm:col-span-2">
        {failure?.code === "confirm_required" ? (
          <div role="alert" className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200">
            <p>{t("confirmCount", { count: Number(failure.details?.matched ?? 0) })}</p>
            <button
              type="submit"
              name="confirm"
              value="true"
              disabled={pending}
              className="rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-300 hover:bg-amber-100 disabled:opacity-60"
            >
              {t("confirmCreate")}
            </button>
          </div>
        ) : (
          <FormError message={formError} />
        )}
        <SubmitButton pending={pending}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
