import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonTaskDone } from "@/components/customers/button-task-done";
import type { CurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { listMyTasksFor } from "@/lib/tasks/service";

const groups = ["overdue", "today", "laterThisWeek"] as const;
/** Per group: the home page is a glance, the customer pages have the rest. */
const SHOWN = 10;

/** The rep's open follow-ups, whoever made them (a person or a playbook): overdue, due today, later this week. */
export async function CardMyTasks({ user }: { user: CurrentUser }) {
  const [t, format] = await Promise.all([getTranslations("Home"), getFormatter()]);
  const [overdue = [], today = [], laterThisWeek = []] = await Promise.all(groups.map((due) => listMyTasksFor(user, { due, limit: SHOWN })));
  const shown = { overdue, today, laterThisWeek };
  const empty = groups.every((group) => shown[group].length === 0);
  return (
    <section aria-labelledby="my-tasks-title" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="my-tasks-title" className="font-semibold">
        {t("myTasks")}
      </h2>
      {empty ? (
        <p className="mt-2 text-sm text-slate-500">{t("noTasks")}</p>
      ) : (
        groups.map(
          (group) =>
            shown[group].length > 0 && (
              <div key={group} className="mt-3" data-task-group={group}>
                <h3 className={`text-sm font-medium ${group === "overdue" ? "text-red-800" : "text-slate-700"}`}>{t(`taskGroups.${group}`)}</h3>
                <ul className="divide-y divide-slate-100 text-sm">
                  {shown[group].map((task) => (
                    <li key={task.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                      <label className="flex items-center gap-2">
                        <ButtonTaskDone customerId={task.customerId} taskId={task.id} done={false} title={task.title} />
                        <span>{task.title}</span>
                      </label>
                      <span className="text-xs text-slate-600">
                        <Link href={`/customers/${task.customerId}`} className="text-indigo-800 underline">
                          {task.customerName}
                        </Link>
                        {" · "}
                        {format.dateTime(new Date(`${task.dueOn}T12:00:00Z`), "calendar", { weekday: "short", day: "numeric", month: "short" })}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )
      )}
    </section>
  );
}
