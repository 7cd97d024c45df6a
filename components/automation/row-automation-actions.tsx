"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useSettingsAction } from "@/components/settings/use-settings-action";
import { deleteAutomationAction, setAutomationEnabledAction } from "@/lib/automation/actions";

/** Pause or enable a playbook; deleting it (and its run log) takes a second click. */
export function RowAutomationActions({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("SettingsAutomations");
  const { run, pending, error } = useSettingsAction();
  const [confirming, setConfirming] = useState(false);
  const [toConfirm, setToConfirm] = useState<number | null>(null);
  const toggle = () =>
    run(() => setAutomationEnabledAction({ id, enabled: !enabled, confirm: toConfirm !== null }), {
      onSuccess: () => setToConfirm(null),
      describe: (failure) => {
        if (failure.code !== "confirm_required") return undefined;
        const matched = Number(failure.details?.matched ?? 0);
        setToConfirm(matched);
        return t("confirmCount", { count: matched });
      },
    });
  const button = "rounded-lg px-2.5 py-1 text-xs ring-1 disabled:opacity-60";
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        <button
          type="button"
          disabled={pending}
          onClick={toggle}
          aria-label={t(enabled ? "pauseOf" : toConfirm !== null ? "confirmEnableOf" : "enableOf", { name })}
          className={`${button} ring-slate-300 hover:bg-slate-50`}
        >
          {t(enabled ? "pause" : toConfirm !== null ? "confirmEnable" : "enable")}
        </button>
        {confirming ? (
          <>
            <button type="button" disabled={pending} onClick={() => run(() => deleteAutomationAction({ id }))} className={`${button} bg-red-700 text-white ring-red-700`}>
              {t("confirmDelete", { name })}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={`${button} ring-slate-300`}>
              {t("cancel")}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} aria-label={t("deleteOf", { name })} className={`${button} text-red-800 ring-red-200 hover:bg-red-50`}>
            {t("delete")}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
