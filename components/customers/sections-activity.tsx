import { getFormatter, getTranslations } from "next-intl/server";
import { touchpointAttribution, type TouchpointAttribution } from "@/core/forms/attribution";
import type { Feedback, Purchase, Task, Touchpoint } from "@/lib/customers/activity-service";
import { Link } from "@/lib/i18n/navigation";
import { ButtonTaskDone } from "./button-task-done";
import { EmptyLine } from "./section-card";

const item = "flex flex-wrap items-baseline justify-between gap-x-3 border-t border-slate-100 py-2 text-sm first:border-t-0";

export async function ListTouchpoints({ rows }: { rows: (Touchpoint & { formName: string | null })[] }) {
  const [t, tc, tk, format] = await Promise.all([getTranslations("Customer.activity"), getTranslations("Channels"), getTranslations("TouchpointKinds"), getFormatter()]);
  if (!rows.length) return <EmptyLine text={t("noTouchpoints")} />;
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.id} className={item}>
          <span>
            {tk(r.kind)} · {tc(r.channel)}
            {r.note && <span className="block text-slate-600">{r.note}</span>}
            <Attribution attribution={touchpointAttribution(r)} />
          </span>
          <time dateTime={r.at.toISOString()} className="text-xs text-slate-500">{format.dateTime(r.at, "dateTime")}</time>
        </li>
      ))}
    </ul>
  );
}

/** One small line under a form touchpoint; the recorded values are isolated (<bdi>) so Latin utm tags and hosts keep their order in RTL. */
async function Attribution({ attribution }: { attribution: TouchpointAttribution | null }) {
  const t = await getTranslations("Customer.activity.attribution");
  if (!attribution) return null;
  const parts = [
    attribution.formName && { key: "form", label: t("form"), value: attribution.formName },
    attribution.utm.length > 0 && { key: "utm", label: t("campaign"), value: attribution.utm.join(" / ") },
    attribution.referrerHost && { key: "referrer", label: t("referrer"), value: attribution.referrerHost },
  ].filter((part) => !!part);
  return (
    <span className="flex flex-wrap gap-x-3 text-xs text-slate-500" data-testid="touchpoint-attribution">
      {parts.map((part) => (
        <span key={part.key}>
          {part.label}: <bdi className="text-slate-700">{part.value}</bdi>
        </span>
      ))}
    </span>
  );
}

export async function ListPurchases({ rows }: { rows: Purchase[] }) {
  const [t, format] = await Promise.all([getTranslations("Customer.activity"), getFormatter()]);
  if (!rows.length) return <EmptyLine text={t("noPurchases")} />;
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.id} className={item}>
          <span className="font-medium tabular-nums">{format.number(r.amountMinor / 100, { style: "currency", currency: r.currency })}</span>
          <time dateTime={r.at.toISOString()} className="text-xs text-slate-500">{format.dateTime(r.at, "date")}</time>
        </li>
      ))}
    </ul>
  );
}

export async function ListFeedback({ rows, stageLabels }: { rows: Feedback[]; stageLabels: Record<string, string> }) {
  const [t, format] = await Promise.all([getTranslations("Customer.activity"), getFormatter()]);
  if (!rows.length) return <EmptyLine text={t("noFeedback")} />;
  return (
    <ul>
      {rows.map((r) => (
        <li key={r.id} className={item}>
          <span>
            <span className="font-medium tabular-nums">{t("scoreOf", { score: format.number(r.score) })}</span> · {stageLabels[r.stageKey] ?? r.stageKey}
            {r.comment && <span className="block text-slate-600">{r.comment}</span>}
          </span>
          <time dateTime={r.at.toISOString()} className="text-xs text-slate-500">{format.dateTime(r.at, "date")}</time>
        </li>
      ))}
    </ul>
  );
}

export async function ListTasks({ customerId, rows }: { customerId: string; rows: { task: Task; assigneeName: string | null; automationName: string | null }[] }) {
  const [t, format] = await Promise.all([getTranslations("Customer.activity"), getFormatter()]);
  if (!rows.length) return <EmptyLine text={t("noTasks")} />;
  return (
    <ul>
      {rows.map(({ task, assigneeName, automationName }) => (
        <li key={task.id} className={item}>
          <label className="flex items-center gap-2">
            <ButtonTaskDone customerId={customerId} taskId={task.id} done={task.doneAt !== null} title={task.title} />
            <span className={task.doneAt ? "text-slate-500 line-through" : ""}>{task.title}</span>
          </label>
          <span className="text-xs text-slate-500">
            {t("due", { date: format.dateTime(new Date(`${task.dueOn}T12:00:00Z`), "date") })}
            {assigneeName && ` · ${assigneeName}`}
            {task.automationId && ` · ${automationName === null ? t("byDeletedPlaybook") : t("byPlaybook", { name: automationName })}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function ListReferrals({ referrer, referred }: { referrer: { id: string; name: string } | null; referred: { id: string; name: string }[] }) {
  const t = await getTranslations("Customer.activity");
  return (
    <div className="space-y-2 text-sm">
      <p>
        {t("referredBy")}{" "}
        {referrer ? <Link href={`/customers/${referrer.id}`} className="text-indigo-800 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-800">{referrer.name}</Link> : "—"}
      </p>
      <p>{t("hasReferred", { count: referred.length })}</p>
      {referred.length > 0 && (
        <ul className="list-inside list-disc">
          {referred.map((r) => (
            <li key={r.id}>
              <Link href={`/customers/${r.id}`} className="text-indigo-800 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-800">{r.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
