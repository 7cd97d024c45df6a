import { getTranslations } from "next-intl/server";
import { tablePanel } from "@/components/ui/panel";
import { TableHead } from "@/components/ui/table";
import type { HolidayKey } from "@/core/automation/holidays";
import type { AutomationAction, AutomationTrigger } from "@/core/automation/rules";
import { Link } from "@/lib/i18n/navigation";
import { RowAutomationActions } from "./row-automation-actions";

export interface AutomationRow {
  id: string;
  name: string;
  enabled: boolean;
  trigger: AutomationTrigger;
  actions: AutomationAction[];
}

interface Props {
  rows: AutomationRow[];
  /** Owners get the pause, enable and delete buttons; managers only open a playbook to read it. */
  canEdit: boolean;
  stageLabels: Record<string, string>;
  userNames: Record<string, string>;
}

const link = "text-indigo-800 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-800";

/** The organization's playbooks: what starts each one, what it does, and whether it runs. */
export async function TableAutomations({ rows, canEdit, stageLabels, userNames }: Props) {
  const [t, holidays, tm] = await Promise.all([getTranslations("SettingsAutomations"), getTranslations("Holidays.names"), getTranslations("MessageTemplates.names")]);
  const holidayName = (key: HolidayKey) => holidays(key);
  if (rows.length === 0) return <p className="rounded-xl bg-white p-6 text-center text-sm text-slate-600 ring-1 ring-slate-200">{t("empty")}</p>;
  const stage = (key: string) => stageLabels[key] ?? key;
  const describeTrigger = (trigger: AutomationTrigger) => {
    switch (trigger.type) {
      case "stage_entered":
        return t("summary.stage_entered", { stage: stage(trigger.stage) });
      case "idle_in_stage":
        return trigger.days ? t("summary.idle_in_stage", { stage: stage(trigger.stage), days: trigger.days }) : t("summary.idle_in_stage_default", { stage: stage(trigger.stage) });
      case "no_contact":
        return t("summary.no_contact", { days: trigger.days });
      case "birthday":
        return t("summary.birthday", { days: trigger.daysBefore });
      case "holiday":
        return t("summary.holiday", { days: trigger.daysBefore, holiday: holidayName(trigger.holiday) });
      case "purchase_anniversary":
        return t("summary.purchase_anniversary", { days: trigger.days });
      case "feedback_received":
        return t("summary.feedback_received", { min: trigger.minScore ?? 0, max: trigger.maxScore ?? 10 });
    }
  };
  const describeWho = (who: string) => (who === "owner" || who === "managers" ? t(`assignees.${who}`) : (userNames[who] ?? ""));
  const describeAction = (action: AutomationAction) => {
    switch (action.type) {
      case "webhook":
        return t("summary.webhook", { host: new URL(action.url).host });
      case "move":
        return t("summary.move", { stage: stage(action.to) });
      case "request_feedback":
        return t("summary.request_feedback");
      case "message":
        return t("summary.message", { template: tm(action.template) });
      case "notify":
        return t("summary.notify", { who: describeWho(action.who) });
      case "task":
        return t("summary.task", { title: action.title, who: describeWho(action.assignee), days: action.dueInDays });
    }
  };
  return (
    <div className={tablePanel}>
      <table className="w-full text-sm">
        <TableHead caption={t("listTitle")} columns={[{ label: t("name") }, { label: t("does"), from: "sm" }, { label: t("status") }]} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-automation={row.name} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-start font-medium">
                <Link href={`/settings/automations/${row.id}`} aria-label={t("openOf", { name: row.name })} className={link}>
                  {row.name}
                </Link>
                <span className="block text-xs font-normal text-slate-500">{describeTrigger(row.trigger)}</span>
              </th>
              <td className="hidden p-2 text-slate-700 sm:table-cell">
                <ul className="space-y-0.5">
                  {row.actions.map((action, i) => (
                    <li key={i}>{describeAction(action)}</li>
                  ))}
                </ul>
              </td>
              <td className="space-y-1 p-2">
                <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${row.enabled ? "bg-emerald-100 text-emerald-900" : "bg-slate-200 text-slate-800"}`}>
                  {t(row.enabled ? "on" : "paused")}
                </span>
                {canEdit && <RowAutomationActions id={row.id} name={row.name} enabled={row.enabled} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
