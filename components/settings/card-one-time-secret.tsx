"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A password or key shown this once: it is not stored in readable form, so the owner copies it now. */
export function CardOneTimeSecret({ title, secret, onDismiss }: { title: string; secret: string; onDismiss: () => void }) {
  const t = useTranslations("SettingsSecret");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div role="status" className="space-y-2 rounded-xl bg-emerald-50 p-4 ring-1 ring-emerald-200">
      <p className="text-sm font-semibold text-emerald-900">{title}</p>
      <code data-secret dir="ltr" className="block select-all break-all rounded-lg bg-white px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-emerald-200">
        {secret}
      </code>
      <p className="text-xs text-emerald-900">{t("onlyOnce")}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={copy} className="rounded-lg bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800">
          {copied ? t("copied") : t("copy")}
        </button>
        <button type="button" onClick={onDismiss} className="rounded-lg px-3 py-1.5 text-sm text-emerald-900 ring-1 ring-emerald-300 hover:bg-emerald-100">
          {t("done")}
        </button>
      </div>
    </div>
  );
}
