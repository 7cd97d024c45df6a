"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { requestSurveyAction } from "@/lib/messages/actions";

/**
 * Makes a single-use survey link for the customer and shows it to copy (it is shown only now: the
 * server keeps only its hash). Disabled with the reason for a customer who asked not to be contacted.
 */
export function ButtonSurveyLink({ customerId, doNotContact }: { customerId: string; doNotContact: boolean }) {
  const t = useTranslations("Messages.survey");
  const errorText = useErrorText();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const create = () =>
    startTransition(async () => {
      const result = await requestSurveyAction({ customerId }).catch(() => null);
      setUrl(result?.ok ? result.data.url : null);
      setCopied(false);
      setError(result?.ok ? undefined : result ? errorText.describe(result.code, result.fieldErrors) : errorText.form("server_error"));
    });

  const copy = () => {
    if (!url) return;
    void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
  };

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={create}
        disabled={doNotContact || pending}
        aria-describedby={doNotContact ? "survey-blocked" : undefined}
        className="rounded-full bg-white px-4 py-2 text-sm font-medium text-indigo-800 ring-1 ring-slate-300 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 disabled:text-slate-500"
      >
        {t("create")}
      </button>
      {doNotContact && (
        <p id="survey-blocked" className="text-xs text-slate-600">
          {t("blocked")}
        </p>
      )}
      {url && (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="survey-url" className="sr-only">
            {t("link")}
          </label>
          <input id="survey-url" readOnly value={url} dir="ltr" onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 text-sm" />
          <button type="button" onClick={copy} className="rounded-lg px-3 py-2 text-sm font-medium text-indigo-800 ring-1 ring-slate-300 hover:bg-slate-50">
            {copied ? t("copied") : t("copy")}
          </button>
        </div>
      )}
      <FormError message={error} />
    </div>
  );
}
