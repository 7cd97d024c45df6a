import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormAutomation } from "@/components/automation/form-automation";
import { StatusAutomationsPaused } from "@/components/automation/status-automations-paused";
import { SwitchAutomationsPaused } from "@/components/automation/switch-automations-paused";
import { TableAutomations } from "@/components/automation/table-automations";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { automationsPausedFor } from "@/lib/automation/pause";
import { automationChoicesFor, listAutomationsFor } from "@/lib/automation/service";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { stageLabel } from "@/lib/journey/labels";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsAutomations" });
  return { title: t("title") };
}

/** Owners create and switch playbooks here; managers see the list, the organization's pause, and each playbook read-only. */
export default async function SettingsAutomationsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.viewAutomations);
  const [t, rows, choices, paused] = await Promise.all([getTranslations("SettingsAutomations"), listAutomationsFor(user), automationChoicesFor(user), automationsPausedFor(user)]);
  const stages = choices.stages.map((stage) => ({ value: stage.key, label: stageLabel(stage, locale) }));
  const users = choices.users.map((u) => ({ value: u.id, label: u.name }));
  const canEdit = can.manageAutomations(user.role);
  return (
    <div className="space-y-6">
      {canEdit ? <SwitchAutomationsPaused paused={paused} /> : <StatusAutomationsPaused paused={paused} />}
      {canEdit ? (
        <section aria-labelledby="automations-new" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="automations-new" className="mb-1 text-lg font-semibold">
            {t("create")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
          <FormAutomation stages={stages} users={users} />
        </section>
      ) : (
        <p className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("readOnly")}</p>
      )}
      <section aria-labelledby="automations-list" className="space-y-2">
        <h2 id="automations-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <TableAutomations
          rows={rows}
          canEdit={canEdit}
          stageLabels={Object.fromEntries(stages.map((s) => [s.value, s.label]))}
          userNames={Object.fromEntries(users.map((u) => [u.value, u.label]))}
        />
      </section>
    </div>
  );
}
