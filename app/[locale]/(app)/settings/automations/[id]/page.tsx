import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FormAutomation } from "@/components/automation/form-automation";
import { TableAutomationRuns } from "@/components/automation/table-automation-runs";
import { draftFrom } from "@/core/automation/draft";
import { DomainError } from "@/core/errors";
import { can } from "@/lib/auth/roles";
import { requireRole, type CurrentUser } from "@/lib/auth/session";
import { automationChoicesFor, getAutomationViewFor, listRunsFor, runsQuerySchema } from "@/lib/automation/service";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { stageLabel } from "@/lib/journey/labels";

type Params = Promise<{ locale: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RUNS_PER_PAGE = 20;
const link = "text-sm text-indigo-800 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-800";

async function loadPlaybook(user: CurrentUser, id: string) {
  if (!UUID.test(id)) notFound();
  try {
    return await getAutomationViewFor(user, id);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params as LocaleParams);
  const t = await getTranslations({ locale, namespace: "SettingsAutomations" });
  return { title: t("view") };
}

/** One playbook: its form (read-only for managers), the preview, and its run log a page at a time, newest first. */
export default async function SettingsAutomationPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = await pageLocale(params as LocaleParams);
  const user = await requireRole(locale, can.viewAutomations);
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const playbook = await loadPlaybook(user, id);
  const query = runsQuerySchema.safeParse({ cursor: typeof raw.cursor === "string" ? raw.cursor : undefined, limit: RUNS_PER_PAGE });
  const cursor = query.success ? query.data.cursor : undefined;
  const [t, format, choices, runs] = await Promise.all([
    getTranslations("SettingsAutomations"),
    getFormatter(),
    automationChoicesFor(user),
    listRunsFor(user, id, { cursor, limit: RUNS_PER_PAGE }),
  ]);
  const stages = choices.stages.map((stage) => ({ value: stage.key, label: stageLabel(stage, locale) }));
  const users = choices.users.map((u) => ({ value: u.id, label: u.name }));
  return (
    <div className="space-y-6">
      <Link href="/settings/automations" className={link}>
        {t("back")}
      </Link>
      <section aria-labelledby="automation-form" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="automation-form" className="mb-3 text-lg font-semibold">
          {playbook.name}
        </h2>
        {!playbook.canEdit && <p className="mb-3 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("readOnly")}</p>}
        <FormAutomation playbook={{ id, draft: draftFrom(playbook, (value) => format.number(value, { useGrouping: false })) }} readOnly={!playbook.canEdit} stages={stages} users={users} />
      </section>
      <section aria-labelledby="automation-runs" className="space-y-2">
        <h2 id="automation-runs" className="text-lg font-semibold">
          {t("runs.title")}
        </h2>
        <TableAutomationRuns rows={runs.items} stageLabels={Object.fromEntries(stages.map((s) => [s.value, s.label]))} />
        {(cursor || runs.nextCursor) && (
          <nav aria-label={t("runs.pages")} className="flex flex-wrap gap-4">
            {cursor && (
              <Link href={`/settings/automations/${id}`} className={link}>
                {t("runs.newest")}
              </Link>
            )}
            {runs.nextCursor && (
              <Link href={`/settings/automations/${id}?cursor=${runs.nextCursor}`} className={link}>
                {t("runs.older")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
