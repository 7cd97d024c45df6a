import { getTranslations } from "next-intl/server";

/** The organization-wide pause as managers see it: the state, and that only owners switch it. */
export async function StatusAutomationsPaused({ paused }: { paused: boolean }) {
  const t = await getTranslations("SettingsAutomations");
  return (
    <section aria-labelledby="automations-pause" className={`rounded-xl p-4 ring-1 ${paused ? "bg-amber-50 ring-amber-300" : "bg-white ring-slate-200"}`}>
      <h2 id="automations-pause" className="text-base font-semibold">
        {t("orgStatus")}{" "}
        <span className={`ms-1 inline-block rounded px-1.5 py-0.5 text-xs font-medium ${paused ? "bg-amber-200 text-amber-950" : "bg-emerald-100 text-emerald-900"}`}>
          {t(paused ? "orgPausedState" : "orgRunningState")}
        </span>
      </h2>
      <p className="text-sm text-slate-700">{t(paused ? "orgPausedReadOnly" : "orgRunningReadOnly")}</p>
    </section>
  );
}
