import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormCustomerCreate } from "@/components/customers/form-customer-create";
import { FormCustomerFilters } from "@/components/customers/form-customer-filters";
import { TableCustomers } from "@/components/customers/table-customers";
import type { CustomerRow } from "@/components/customers/types";
import { channels } from "@/core/constants";
import { requireUser } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/customers/schemas";
import { listCustomersFor } from "@/lib/customers/service";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { stageLabel } from "@/lib/journey/labels";
import { setParams } from "@/lib/url/set-params";
import { listJourneyStagesFor } from "@/lib/journey/service";
import { listOwnerChoicesFor } from "@/lib/users/service";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Customers" });
  return { title: t("title") };
}

export default async function CustomersPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale);
  const [t, tc, raw] = await Promise.all([getTranslations("Customers"), getTranslations("Channels"), searchParams]);
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const chosen = setParams(Object.entries(single));
  const parsed = listQuerySchema.safeParse(single);
  const query = parsed.success ? parsed.data : listQuerySchema.parse({});
  const [stages, owners, page] = await Promise.all([
    listJourneyStagesFor(user),
    listOwnerChoicesFor(user),
    listCustomersFor(user, query).catch(() => listCustomersFor(user, { ...query, cursor: undefined })),
  ]);
  const stageLabels = Object.fromEntries(stages.map((s) => [s.key, stageLabel(s, locale)]));
  const rows: CustomerRow[] = page.items.map(({ customer, ownerName, stale }) => ({
    id: customer.id,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    channel: customer.channel,
    stageKey: customer.stageKey,
    lost: customer.lost,
    stale,
    ownerName,
    version: customer.version,
    stageEnteredAt: customer.stageEnteredAt.toISOString(),
    lastActivityAt: customer.lastActivityAt.toISOString(),
  }));
  const stageOptions = [...stages.map((s) => ({ value: s.key, label: stageLabels[s.key] ?? s.key })), { value: "lost", label: t("lost") }];
  const ownerOptions = owners?.map((o) => ({ value: o.id, label: o.name })) ?? null;
  const firstQuery = Object.fromEntries([...chosen].filter(([name]) => name !== "cursor"));
  const nextQuery = page.nextCursor ? { ...firstQuery, cursor: page.nextCursor } : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <details className="w-full rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:w-auto">
          <summary className="cursor-pointer text-sm font-medium text-indigo-800">{t("new")}</summary>
          <div className="mt-3 sm:w-[36rem]">
            <FormCustomerCreate channelOptions={channels.map((c) => ({ value: c, label: tc(c) }))} ownerOptions={ownerOptions} />
          </div>
        </details>
      </div>
      {!parsed.success && <p role="alert" className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900">{t("badFilters")}</p>}
      {/* Keyed by the address, so Back and Forward show the fields of the search they return to. */}
      <FormCustomerFilters key={chosen.toString()} query={query} stages={stages} owners={owners} locale={locale} />
      <TableCustomers rows={rows} stageLabels={stageLabels} stageOptions={stageOptions} ownerOptions={ownerOptions} />
      <nav aria-label={t("paging")} className="flex gap-2">
        {query.cursor && (
          <Link href={{ pathname: "/customers", query: firstQuery }} className="rounded-lg px-3 py-2 text-sm text-indigo-800 ring-1 ring-slate-300 hover:bg-white">
            {t("firstPage")}
          </Link>
        )}
        {nextQuery && (
          <Link href={{ pathname: "/customers", query: nextQuery }} className="rounded-lg px-3 py-2 text-sm text-indigo-800 ring-1 ring-slate-300 hover:bg-white">
            {t("nextPage")}
          </Link>
        )}
      </nav>
    </div>
  );
}
