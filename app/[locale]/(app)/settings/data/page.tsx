import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { FormExport } from "@/components/import/form-export";
import { WizardImport } from "@/components/import/wizard-import";
import { TableImports } from "@/components/import/table-imports";
import type { Locale } from "@/core/constants";
import { can } from "@/lib/auth/roles";
import { requireRole, type CurrentUser } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { listImportsFor } from "@/lib/import/service";
import { importTargetsFor } from "@/lib/import/targets";
import { listJourneyStagesFor } from "@/lib/journey/service";
import { listOwnerChoicesFor } from "@/lib/users/service";
import { panel } from "@/components/ui/panel";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsData" });
  return { title: t("title") };
}

const card = `space-y-3 ${panel}`;

/** Owners only (checked here as well as in the layout): CSV import with progress, past imports, export. */
export default async function SettingsDataPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.manageSettings);
  const [t, targets] = await Promise.all([getTranslations("SettingsData"), importTargetsFor(user, locale)]);
  return (
    <div className="space-y-6">
      <section aria-labelledby="import-heading" className={card}>
        <h2 id="import-heading" className="text-lg font-semibold">
          {t("import.heading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">{t("import.intro")}</p>
        <WizardImport locale={locale} targets={targets} />
      </section>
      <section aria-labelledby="imports-heading" className="space-y-3">
        <h2 id="imports-heading" className="text-lg font-semibold">
          {t("history.heading")}
        </h2>
        <Suspense fallback={<div className="h-24 animate-pulse rounded-xl bg-slate-200" />}>
          <SectionImports user={user} locale={locale} />
        </Suspense>
      </section>
      <section aria-labelledby="export-heading" className={card}>
        <h2 id="export-heading" className="text-lg font-semibold">
          {t("export.heading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-600">{t("export.intro")}</p>
        <Suspense fallback={<div className="h-16 animate-pulse rounded-lg bg-slate-100" />}>
          <SectionExport user={user} locale={locale} />
        </Suspense>
      </section>
    </div>
  );
}

async function SectionImports({ user, locale }: { user: CurrentUser; locale: Locale }) {
  return <TableImports items={await listImportsFor(user)} locale={locale} />;
}

async function SectionExport({ user, locale }: { user: CurrentUser; locale: Locale }) {
  const [stages, owners] = await Promise.all([listJourneyStagesFor(user), listOwnerChoicesFor(user)]);
  return <FormExport stages={stages} owners={owners ?? []} locale={locale} />;
}
