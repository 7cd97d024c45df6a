import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormLeadSettings } from "@/components/lead-forms/form-lead-settings";
import { TableLeadForms } from "@/components/lead-forms/table-lead-forms";
import { panel } from "@/components/ui/panel";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { leadFormChoices } from "@/components/lead-forms/choices";
import { leadFormSnippet, leadFormUrl, listLeadFormsFor } from "@/lib/forms/service";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { pageOrigin } from "@/lib/url/page-origin";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsForms" });
  return { title: t("title") };
}

export default async function SettingsFormsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.manageSettings);
  const [t, forms, choices, origin] = await Promise.all([getTranslations("SettingsForms"), listLeadFormsFor(user), leadFormChoices(user, locale), pageOrigin()]);
  const rows = forms.map((form) => {
    const url = leadFormUrl(origin, locale, form.id);
    return { id: form.id, name: form.name, isDefault: form.isDefault, archived: form.archivedAt !== null, url, snippet: leadFormSnippet(url, form.name) };
  });
  const archived = rows.filter((row) => row.archived);
  return (
    <div className="space-y-6">
      <section aria-labelledby="forms-new" className={panel}>
        <h2 id="forms-new" className="mb-1 text-lg font-semibold">
          {t("create")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
        <FormLeadSettings {...choices} />
      </section>
      <section aria-labelledby="forms-list" className="space-y-2">
        <h2 id="forms-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <TableLeadForms rows={rows.filter((row) => !row.archived)} empty={t("empty")} />
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="forms-archived" className="space-y-2">
          <h2 id="forms-archived" className="text-lg font-semibold">
            {t("archivedTitle")}
          </h2>
          <p className="text-sm text-slate-600">{t("archivedIntro")}</p>
          <TableLeadForms rows={archived} empty="" />
        </section>
      )}
    </div>
  );
}
