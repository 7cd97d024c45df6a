"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Locale, MessageTemplateKey } from "@/core/constants";
import { FormError } from "@/components/forms/form-error";
import { useSettingsAction } from "@/components/settings/use-settings-action";
import { saveMessageTemplateAction } from "@/lib/messages/actions";

/** One template in one locale: the organization's wording, or blank to go back to the built-in one. */
export function FormMessageTemplate({ templateKey, locale, body, custom }: { templateKey: MessageTemplateKey; locale: Locale; body: string; custom: boolean }) {
  const t = useTranslations("SettingsMessages");
  const tk = useTranslations("MessageTemplates.names");
  const { run, pending, error } = useSettingsAction();
  const [saved, setSaved] = useState(false);
  const id = `template-${templateKey}`;

  const save = (value: string | null) => run(() => saveMessageTemplateAction({ key: templateKey, locale, body: value ?? "" }), { onSuccess: () => setSaved(true) });

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save(String(new FormData(event.currentTarget).get("body") ?? ""));
      }}
      className="space-y-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <label htmlFor={id} className="block text-sm font-medium">
        {tk(templateKey)} {custom ? <span className="text-xs font-normal text-slate-500">({t("custom")})</span> : null}
      </label>
      <textarea
        id={id}
        name="body"
        defaultValue={body}
        key={body}
        lang={locale}
        dir={locale === "en" ? "ltr" : "rtl"}
        rows={3}
        maxLength={2000}
        onChange={() => setSaved(false)}
        className="block w-full rounded-lg border border-slate-300 p-2 text-sm"
      />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={pending} className="rounded-lg bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60">
          {t("save")}
        </button>
        {custom && (
          <button type="button" disabled={pending} onClick={() => save(null)} className="rounded-lg px-3 py-1.5 text-sm font-medium text-indigo-800 ring-1 ring-slate-300 hover:bg-slate-50">
            {t("reset")}
          </button>
        )}
        <span role="status" className="text-xs text-slate-600">
          {saved ? t("saved") : ""}
        </span>
      </div>
      <FormError message={error} />
    </form>
  );
}
