import { getTranslations } from "next-intl/server";
import { tablePanel } from "@/components/ui/panel";
import { TableHead } from "@/components/ui/table";
import type { AutomationAction, AutomationTrigger } from "@/core/automation/rules";
import { RowAutomationActions } from "./row-automation-actions";

export interface AutomationRow {
  id: string;
  name: string;
  enabled: boolean;
  trigger: AutomationTrigger;
  actions: AutomationAction[];
}

/** The organization's playbooks: what starts each one, what it does, and whether it runs. */
export async function TableAutomations({ rows, stageLabels, userNames }: { rows: AutomationRow[]; stageLabels: Record<string, string>; userNames: Record<string, string> }) {
  const t = await getTranslations("SettingsAutomations");
  const tm = await getTranslations("MessageTemplates.names");
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
    }
  };
  const describeAction = (action: AutomationAction) => {
    if (action.type === "webhook") return t("summary.webhook", { host: new URL(action.url).host });
    if (action.type === "request_feedback") return t("summary.request_feedback");
    if (action.type === "message") return t("summary.message", { template: tm(action.template) });
    const who = action.assignee === "owner" || action.assignee === "managers" ? t(`assignees.${action.assignee}`) : (userNames[action.assignee] ?? "");
    return t("summary.task", { title: action.title, who, days: action.dueInDays });
  };
  return (
    <div className={tablePanel}>
      <table className="w-full text-sm">
        <TableHead caption={t("listTitle")} columns={[{ label: t("name") }, { label: t("does"), from: "sm" }, { label: t("status") }]} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-automation={row.name} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-start font-medium">
                {row.name}
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
                <RowAutomationActions id={row.id} name={row.name} enabled={row.enabled} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
