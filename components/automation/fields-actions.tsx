"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { ChoiceList } from "@/components/ui/option-list";
import { actionParams, actionTypes, type ActionDraft, type ActionType } from "@/core/automation/draft";
import { locales, messageTemplateKeys } from "@/core/constants";
import type { AutomationChoices } from "./choices";

interface Props extends AutomationChoices {
  actions: ActionDraft[];
  readOnly: boolean;
  onChange: (index: number, patch: Partial<ActionDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  error: (path: string) => string | undefined;
}

/** What the API's secret schema takes: whsec_ and the base64 of 32 random bytes, as standardwebhooks makes them. */
function newSecret() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

const MAX_ACTIONS = 10;
const smallButton = "rounded-lg px-2.5 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-60";

/** The playbook's actions, one group each, in the order they run; owners add and remove them. */
export function FieldsActions({ actions, stages, users, readOnly, onChange, onAdd, onRemove, error }: Props) {
  const t = useTranslations("SettingsAutomations");
  const templateNames = useTranslations("MessageTemplates.names");
  const languageNames = useTranslations("LocaleSwitcher");
  const people = (
    <>
      <option value="owner">{t("assignees.owner")}</option>
      <option value="managers">{t("assignees.managers")}</option>
      <ChoiceList choices={users} />
    </>
  );
  return (
    <div className="space-y-3">
      {actions.map((action, i) => {
        const name = (param: keyof ActionDraft) => `actions.${i}.${param}`;
        const shows = (param: keyof ActionDraft) => actionParams[action.type].includes(param);
        const set = (param: keyof ActionDraft) => (e: { target: { value: string } }) => onChange(i, { [param]: e.target.value });
        return (
          <fieldset key={action.key} className="grid gap-3 rounded-lg p-3 ring-1 ring-slate-200 sm:grid-cols-2">
            <legend className="px-1 text-sm font-medium">{t("actionN", { n: i + 1 })}</legend>
            <Field label={t("actionType")} name={name("type")} error={error(name("type"))}>
              {(p) => (
                <select {...p} value={action.type} onChange={(e) => onChange(i, { type: e.target.value as ActionType })}>
                  {actionTypes.map((type) => (
                    <option key={type} value={type}>
                      {t(`actionTypes.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {shows("title") && (
              <Field label={t("taskTitle")} name={name("title")} error={error(name("title"))} hint={t("taskTitleHint")}>
                {(p) => <input {...p} maxLength={200} autoComplete="off" value={action.title} onChange={set("title")} />}
              </Field>
            )}
            {shows("dueInDays") && (
              <Field label={t("dueInDays")} name={name("dueInDays")} error={error(name("dueInDays"))}>
                {(p) => <input {...p} inputMode="numeric" autoComplete="off" value={action.dueInDays} onChange={set("dueInDays")} />}
              </Field>
            )}
            {shows("assignee") && (
              <Field label={t("assignee")} name={name("assignee")} error={error(name("assignee"))}>
                {(p) => (
                  <select {...p} value={action.assignee} onChange={set("assignee")}>
                    {people}
                  </select>
                )}
              </Field>
            )}
            {shows("who") && (
              <Field label={t("notifyWho")} name={name("who")} error={error(name("who"))}>
                {(p) => (
                  <select {...p} value={action.who} onChange={set("who")}>
                    {people}
                  </select>
                )}
              </Field>
            )}
            {shows("to") && (
              <Field label={t("moveTo")} name={name("to")} error={error(name("to"))}>
                {(p) => (
                  <select {...p} value={action.to} onChange={set("to")}>
                    <ChoiceList choices={stages} />
                  </select>
                )}
              </Field>
            )}
            {shows("url") && (
              <Field label={t("webhookUrl")} name={name("url")} error={error(name("url"))}>
                {(p) => <input {...p} type="url" dir="ltr" autoComplete="off" value={action.url} onChange={set("url")} />}
              </Field>
            )}
            {shows("secret") && (
              <div>
                <Field label={t("webhookSecret")} name={name("secret")} error={error(name("secret"))} hint={t(readOnly ? "secretHidden" : "secretHint")}>
                  {(p) => <input {...p} dir="ltr" autoComplete="off" spellCheck={false} value={action.secret} onChange={set("secret")} />}
                </Field>
                {!readOnly && (
                  <button type="button" onClick={() => onChange(i, { secret: newSecret() })} className={`${smallButton} mt-2`}>
                    {t("generateSecret")}
                  </button>
                )}
              </div>
            )}
            {shows("template") && (
              <Field label={t("messageTemplate")} name={name("template")} error={error(name("template"))} hint={t("messageEmailHint")}>
                {(p) => (
                  <select {...p} value={action.template} onChange={set("template")}>
                    {messageTemplateKeys.map((key) => (
                      <option key={key} value={key}>
                        {templateNames(key)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {shows("locale") && (
              <Field label={t("messageLocale")} name={name("locale")} error={error(name("locale"))}>
                {(p) => (
                  <select {...p} value={action.locale} onChange={set("locale")}>
                    <option value="">{t("messageLocaleDefault")}</option>
                    {locales.map((locale) => (
                      <option key={locale} value={locale}>
                        {languageNames(locale)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {!readOnly && actions.length > 1 && (
              <div className="sm:col-span-2">
                <button type="button" onClick={() => onRemove(i)} className={`${smallButton} text-red-800 ring-red-200 hover:bg-red-50`}>
                  {t("removeAction", { n: i + 1 })}
                </button>
              </div>
            )}
          </fieldset>
        );
      })}
      {!readOnly && actions.length < MAX_ACTIONS && (
        <button type="button" onClick={onAdd} className={smallButton}>
          {t("addAction")}
        </button>
      )}
    </div>
  );
}
