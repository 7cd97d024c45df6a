"use client";

import { useTranslations } from "next-intl";
import { useSettingsAction } from "@/components/settings/use-settings-action";
import { setAutomationsPausedAction } from "@/lib/automation/pause-actions";

/** The organization-wide pause: while on, no playbook fires; on resume, time-based ones still due fire once. */
export function SwitchAutomationsPaused({ paused }: { paused: boolean }) {
  const t = useTranslations("SettingsAutomations");
  const { run, pending, error } = useSettingsAction();
  return (
    <section aria-labelledby="automations-pause" className={`rounded-xl p-4 ring-1 ${paused ? "bg-amber-50 ring-amber-300" : "bg-white ring-slate-200"}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 flex-1">
          <h2 id="automations-pause" className="text-base font-semibold">
            {t("orgPause")}
          </h2>
          <p id="automations-pause-hint" className="text-sm text-slate-700">
            {t(paused ? "orgPausedHint" : "orgRunningHint")}
          </p>
        </div>
        <button
          type="button"
          role="switch"
          aria-checked={paused}
          aria-labelledby="automations-pause"
          aria-describedby="automations-pause-hint"
          disabled={pending}
          onClick={() => run(() => setAutomationsPausedAction({ paused: !paused }))}
          className="inline-flex min-h-10 items-center gap-2 rounded-lg px-3 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-60"
        >
          <span aria-hidden="true" className={`relative inline-block h-5 w-9 rounded-full transition-colors ${paused ? "bg-amber-600" : "bg-slate-300"}`}>
            <span className={`absolute top-0.5 size-4 rounded-full bg-white shadow transition-[inset-inline-start] ${paused ? "start-[1.125rem]" : "start-0.5"}`} />
          </span>
          {t(paused ? "orgPausedState" : "orgRunningState")}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
