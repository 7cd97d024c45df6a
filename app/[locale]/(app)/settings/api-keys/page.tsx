import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormApiKeyCreate } from "@/components/settings/form-api-key-create";
import { TableApiKeys } from "@/components/settings/table-api-keys";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { listApiKeysFor } from "@/lib/settings/api-keys";
import { panel } from "@/components/ui/panel";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsApiKeys" });
  return { title: t("title") };
}

export default async function SettingsApiKeysPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.manageSettings);
  const [t, keys] = await Promise.all([getTranslations("SettingsApiKeys"), listApiKeysFor(user)]);
  return (
    <div className="space-y-6">
      <section aria-labelledby="keys-new" className={panel}>
        <h2 id="keys-new" className="mb-1 text-lg font-semibold">
          {t("create")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          {t.rich("intro", {
            code: (chunks) => (
              <bdi dir="ltr" className="font-mono text-xs">
                {chunks}
              </bdi>
            ),
          })}
        </p>
        <FormApiKeyCreate />
      </section>
      <section aria-labelledby="keys-list" className="space-y-2">
        <h2 id="keys-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <TableApiKeys keys={keys} />
      </section>
    </div>
  );
}
