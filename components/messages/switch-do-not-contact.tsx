"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { setDoNotContactAction } from "@/lib/messages/actions";
import { useRouter } from "@/lib/i18n/navigation";

/** Consent: the customer asked not to be contacted. Saved at the page's version (a stale page gets the conflict and reloads). */
export function SwitchDoNotContact({ customerId, version, on, since }: { customerId: string; version: number; on: boolean; since: Date | null }) {
  const t = useTranslations("Messages.consent");
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const toggle = () =>
    startTransition(async () => {
      const result = await setDoNotContactAction({ customerId, version, doNotContact: !on }).catch(() => null);
      setError(result?.ok ? undefined : result ? errorText.describe(result.code, result.fieldErrors) : errorText.form("server_error"));
      router.refresh();
    });

  return (
    <div className="space-y-1">
      <div className="flex items-center gap-3">
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby="dnc-label"
          onClick={toggle}
          disabled={pending}
          className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 disabled:opacity-60 ${on ? "bg-red-700" : "bg-slate-400"}`}
        >
          <span className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${on ? "translate-x-5 rtl:-translate-x-5" : "translate-x-0.5 rtl:-translate-x-0.5"}`} />
        </button>
        <span id="dnc-label" className="text-sm font-medium">
          {t("label")}
        </span>
      </div>
      {on && since && <p className="text-xs text-slate-600">{t("since", { date: format.dateTime(since, { dateStyle: "medium" }) })}</p>}
      <FormError message={error} />
    </div>
  );
}
