"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { revokeApiKeyAction } from "@/lib/settings/api-keys-actions";
import { useSettingsAction } from "./use-settings-action";

/** Revoking cannot be undone, so it takes a second click to confirm. */
export function ButtonRevokeApiKey({ keyId, name }: { keyId: string; name: string }) {
  const t = useTranslations("SettingsApiKeys");
  const { run, pending, error } = useSettingsAction();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="space-y-1">
      {confirming ? (
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            disabled={pending}
            onClick={() => run(() => revokeApiKeyAction({ keyId }))}
            className="rounded-lg bg-red-700 px-2.5 py-1 text-xs font-medium text-white hover:bg-red-800 disabled:opacity-60"
          >
            {t("confirmRevoke", { name })}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="rounded-lg px-2.5 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50">
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} aria-label={t("revokeOf", { name })} className="rounded-lg px-2.5 py-1 text-xs text-red-800 ring-1 ring-red-200 hover:bg-red-50">
          {t("revoke")}
        </button>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
