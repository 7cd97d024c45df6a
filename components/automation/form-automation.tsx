"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { Field, SubmitButton } from "@/components/ui/field";
import { emptyAction, type ActionDraft, type Digits, type AutomationDraft, type FilterDraft, type TriggerDraft } from "@/core/automation/draft";
import { holidayKeys } from "@/core/automation/holidays";
import type { AutomationChoices } from "./choices";
import { FieldsActions } from "./fields-actions";
import { FieldsFilter } from "./fields-filter";
import { FieldsTrigger } from "./fields-trigger";
import { PreviewAutomation } from "./preview-automation";
import { useAutomationSave } from "./use-automation-save";

interface Props extends AutomationChoices {
  /** The saved playbook to edit; a new one starts paused with one task. */
  playbook?: { id: string; draft: AutomationDraft };
  /** Managers see the form with every control disabled and nothing to save. */
  readOnly?: boolean;
}

function emptyDraft(firstStage: string, digits: Digits): AutomationDraft {
  return {
    name: "",
    enabled: false,
    trigger: { type: "stage_entered", stage: firstStage, days: "", daysBefore: digits(0), journey: "", holiday: holidayKeys[0], minScore: "", maxScore: "" },
    actions: [{ ...emptyAction("0", "task", digits), to: firstStage }],
    filter: { journey: "", stage: "", channel: "", ownerId: "" },
  };
}

/** The playbook form, for creating one and for editing (or, for managers, viewing) a saved one. */
export function FormAutomation({ playbook, readOnly = false, stages, users }: Props) {
  const t = useTranslations("SettingsAutomations");
  const format = useFormatter();
  const digits: Digits = (value) => format.number(value, { useGrouping: false });
  const firstStage = stages[0]?.value ?? "";
  const [draft, setDraft] = useState<AutomationDraft>(() => playbook?.draft ?? emptyDraft(firstStage, digits));
  const [saved, setSaved] = useState(false);
  const nextKey = useRef(draft.actions.length);
  const { save, pending, fieldError, formError, toConfirm, clear } = useAutomationSave(playbook?.id, {
    onSaved: () => (playbook ? setSaved(true) : setDraft(emptyDraft(firstStage, digits))),
  });
  const update = (change: (d: AutomationDraft) => AutomationDraft) => {
    setSaved(false);
    if (toConfirm !== null) clear();
    setDraft(change);
  };
  const setTrigger = (patch: Partial<TriggerDraft>) => update((d) => ({ ...d, trigger: { ...d.trigger, ...patch } }));
  const setFilter = (patch: Partial<FilterDraft>) => update((d) => ({ ...d, filter: { ...d.filter, ...patch } }));
  const setAction = (index: number, patch: Partial<ActionDraft>) => update((d) => ({ ...d, actions: d.actions.map((a, i) => (i === index ? { ...a, ...patch } : a)) }));
  const addAction = () => update((d) => ({ ...d, actions: [...d.actions, { ...emptyAction(String(nextKey.current++), "task", digits), to: firstStage }] }));
  const removeAction = (index: number) => update((d) => ({ ...d, actions: d.actions.filter((_, i) => i !== index) }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!readOnly) save(draft);
  };
  const title = playbook ? t(readOnly ? "view" : "edit") : t("create");
  const error = formError(draft);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-4">
      <fieldset disabled={readOnly} className="grid min-w-0 gap-3 sm:grid-cols-2">
        <Field label={t("name")} name="name" error={fieldError("name")}>
          {(p) => <input {...p} maxLength={120} autoComplete="off" value={draft.name} onChange={(e) => update((d) => ({ ...d, name: e.target.value }))} />}
        </Field>
        <FieldsTrigger trigger={draft.trigger} stages={stages} onChange={setTrigger} error={fieldError} />
        <fieldset className="min-w-0 space-y-2 sm:col-span-2">
          <legend className="text-sm font-medium">{t("actions")}</legend>
          <FieldsActions actions={draft.actions} stages={stages} users={users} readOnly={readOnly} onChange={setAction} onAdd={addAction} onRemove={removeAction} error={fieldError} />
        </fieldset>
        <FieldsFilter filter={draft.filter} stages={stages} users={users} onChange={setFilter} error={fieldError} />
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" className="size-4" checked={draft.enabled} onChange={(e) => update((d) => ({ ...d, enabled: e.target.checked }))} />
          {t(playbook ? "enabled" : "enabledNow")}
        </label>
      </fieldset>
      <PreviewAutomation id={playbook?.id} trigger={draft.trigger} filter={draft.filter} />
      {!readOnly && (
        <div className="space-y-2">
          {toConfirm !== null ? (
            <div role="alert" className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200">
              <p>{t("confirmCount", { count: toConfirm })}</p>
              <button
                type="button"
                onClick={() => save(draft, true)}
                disabled={pending}
                className="rounded-lg bg-white px-3 py-1.5 font-medium ring-1 ring-amber-300 hover:bg-amber-100 disabled:opacity-60"
              >
                {t(playbook ? "confirmSave" : "confirmCreate")}
              </button>
            </div>
          ) : (
            <FormError message={error} />
          )}
          {saved && (
            <p role="status" className="text-sm text-emerald-800">
              {t("saved")}
            </p>
          )}
          <SubmitButton pending={pending}>{playbook ? t("save") : t("create")}</SubmitButton>
        </div>
      )}
    </form>
  );
}
