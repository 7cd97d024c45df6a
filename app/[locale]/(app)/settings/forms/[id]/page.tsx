import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FormLeadSettings } from "@/components/lead-forms/form-lead-settings";
import { panel } from "@/components/ui/panel";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { leadFormChoices } from "@/components/lead-forms/choices";
import { getLeadFormFor } from "@/lib/forms/service";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsForms" });
  return { title: t("edit") };
}

export default async function SettingsFormPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(locale, can.manageSettings);
  const [t, form, choices] = await Promise.all([getTranslations("SettingsForms"), getLeadFormFor(user, id), leadFormChoices(user, locale)]);
  if (!form) notFound();
  return (
    <section aria-labelledby="form-edit" className={panel}>
      <h2 id="form-edit" className="mb-3 text-lg font-semibold">
        {t("editNamed", { name: form.name })}
      </h2>
      <FormLeadSettings form={form} {...choices} />
      <p className="mt-3 text-sm">
        <Link href="/settings/forms" className="text-indigo-800 underline">
          {t("back")}
        </Link>
      </p>
    </section>
  );
}
