import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FormFeedback, FormPurchase, FormTask, FormTouchpoint } from "@/components/customers/form-activity";
import { BarContact } from "@/components/customers/bar-contact";
import { ButtonMoveOn } from "@/components/customers/button-move-on";
import { FormMerge } from "@/components/customers/form-merge";
import { FormMove } from "@/components/customers/form-move";
import { FormProfile } from "@/components/customers/form-profile";
import { SectionCard } from "@/components/customers/section-card";
import { SectionExtra } from "@/components/customers/section-extra";
import { SectionReferralLink } from "@/components/customers/section-referral-link";
import { SectionTimeline } from "@/components/customers/section-timeline";
import { ButtonSurveyLink } from "@/components/messages/button-survey-link";
import { PanelMessages } from "@/components/messages/panel-messages";
import { SwitchDoNotContact } from "@/components/messages/switch-do-not-contact";
import { ListFeedback, ListPurchases, ListReferrals, ListTasks, ListTouchpoints } from "@/components/customers/sections-activity";
import { channels, touchpointKinds } from "@/core/constants";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listActivityFor } from "@/lib/customers/activity-service";
import { contactLinks } from "@/lib/customers/contact";
import { mergeInfoFor } from "@/lib/customers/merge-service";
import { listMovesFor, getCustomerFor } from "@/lib/customers/service";
import { DomainError } from "@/core/errors";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { stageLabel } from "@/lib/journey/labels";
import { nextStage } from "@/lib/journey/next-stage";
import { listJourneyStagesFor } from "@/lib/journey/service";
import { getOrganizationProfileFor } from "@/lib/settings/organization";
import { listOwnerChoicesFor } from "@/lib/users/service";

type Params = Promise<{ locale: string; id: string }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadCustomer(user: Awaited<ReturnType<typeof requireUser>>, id: string) {
  if (!UUID.test(id)) notFound();
  try {
    return await getCustomerFor(user, id);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params as LocaleParams);
  const t = await getTranslations({ locale, namespace: "Customer" });
  return { title: t("title") };
}

export default async function CustomerPage({ params }: { params: Params }) {
  const locale = await pageLocale(params as LocaleParams);
  const { id } = await params;
  const user = await requireUser(locale);
  const { customer, ownerName } = await loadCustomer(user, id);
  const [t, tc, tk, org, stages, moves, { touchpoints, purchases, feedback, tasks, referred, referrer }, users, merging] = await Promise.all([
    getTranslations("Customer"),
    getTranslations("Channels"),
    getTranslations("TouchpointKinds"),
    getOrganizationProfileFor(user),
    listJourneyStagesFor(user, { includeArchived: true }),
    listMovesFor(user, customer.id),
    listActivityFor(user, customer.id),
    listOwnerChoicesFor(user),
    mergeInfoFor(user, customer),
  ]);
  const stageLabels = Object.fromEntries(stages.map((s) => [s.key, stageLabel(s, locale)]));
  const channelOptions = channels.map((c) => ({ value: c, label: tc(c) }));
  const stageOptions = [
    ...stages.filter((s) => !s.archivedAt).map((s) => ({ value: s.key, label: stageLabels[s.key] ?? s.key })),
    { value: "lost", label: t("timeline.lost") },
  ];
  const userOptions = users?.map((u) => ({ value: u.id, label: u.name })) ?? null;
  const next = nextStage(stages, customer);
  const kindOptions = touchpointKinds.map((k) => ({ value: k, label: tk(k) }));

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-2xl font-semibold">{customer.name}</h1>
        <p className="text-sm text-slate-600">
          {stageLabels[customer.stageKey] ?? customer.stageKey}
          {customer.lost && ` · ${t("lostBecause", { reason: customer.lostReason ?? "—" })}`}
          {ownerName && ` · ${t("ownedBy", { name: ownerName })}`}
        </p>
      </header>
      {/* What a sales rep does on the phone comes first: reach the customer, then move them on. */}
      <div className="space-y-3">
        <BarContact customerId={customer.id} contact={contactLinks(customer, org.country)} />
        <PanelMessages customerId={customer.id} doNotContact={customer.doNotContact} />
        <ButtonSurveyLink customerId={customer.id} doNotContact={customer.doNotContact} />
        <SwitchDoNotContact customerId={customer.id} version={customer.version} on={customer.doNotContact} since={customer.doNotContactAt} />
        {next && <ButtonMoveOn customerId={customer.id} version={customer.version} to={next.key} label={stageLabels[next.key] ?? next.key} />}
        <div className="grid items-start gap-3 lg:grid-cols-2">
          <QuickPanel id="move" summary={t("move.open")}>
            <FormMove customerId={customer.id} version={customer.version} stageOptions={stageOptions} channelOptions={channelOptions} />
          </QuickPanel>
          <QuickPanel id="log-touchpoint" summary={t("activity.logTouchpoint")}>
            <FormTouchpoint customerId={customer.id} channelOptions={channelOptions} kindOptions={kindOptions} />
          </QuickPanel>
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <SectionCard id="profile" title={t("profile")}>
          <FormProfile
            customer={{ ...customer, birthday: customer.birthday ?? null }}
            channelOptions={channelOptions}
          />
        </SectionCard>
        <SectionTimeline moves={moves} merges={merging.merges} stageLabels={stageLabels} now={new Date()} />
        <div className="space-y-4">
          <SectionCard id="tasks" title={t("activity.tasks")} addLabel={t("activity.addTask")} form={<FormTask customerId={customer.id} assigneeOptions={userOptions} />}>
            <ListTasks customerId={customer.id} rows={tasks} />
          </SectionCard>
          <SectionCard id="touchpoints" title={t("activity.touchpoints")}>
            <ListTouchpoints rows={touchpoints} />
          </SectionCard>
        </div>
        <SectionCard id="purchases" title={t("activity.purchases")} addLabel={t("activity.addPurchase")} form={<FormPurchase customerId={customer.id} />}>
          <ListPurchases rows={purchases} />
        </SectionCard>
        <SectionCard id="feedback" title={t("activity.feedback")} addLabel={t("activity.addFeedback")} form={<FormFeedback customerId={customer.id} />}>
          <ListFeedback rows={feedback} stageLabels={stageLabels} />
        </SectionCard>
        <SectionCard id="referrals" title={t("activity.referrals")}>
          <ListReferrals referrer={referrer} referred={referred} />
        </SectionCard>
        <SectionReferralLink user={user} customerId={customer.id} locale={locale} />
        {customer.extra && Object.keys(customer.extra).length > 0 && <SectionExtra extra={customer.extra} />}
        {can.mergeCustomers(user.role) && (
          <SectionCard id="merge" title={t("merge.title")}>
            <FormMerge customerId={customer.id} version={customer.version} candidates={merging.candidates} />
          </SectionCard>
        )}
      </div>
    </div>
  );
}

/** A form folded under a one-line summary near the top of the page, reachable without scrolling on a phone. */
function QuickPanel({ id, summary, children }: { id: string; summary: string; children: ReactNode }) {
  return (
    <details id={id} className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-indigo-800">{summary}</summary>
      <div className="px-4 pb-4">{children}</div>
    </details>
  );
}
