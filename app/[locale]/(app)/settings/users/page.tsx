import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormUserCreate } from "@/components/settings/form-user-create";
import { TableUsers } from "@/components/settings/table-users";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { listUsersFor } from "@/lib/settings/users";
import { panel } from "@/components/ui/panel";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsUsers" });
  return { title: t("title") };
}

export default async function SettingsUsersPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.manageSettings);
  const [t, users] = await Promise.all([getTranslations("SettingsUsers"), listUsersFor(user)]);
  return (
    <div className="space-y-6">
      <section aria-labelledby="users-new" className={panel}>
        <h2 id="users-new" className="mb-1 text-lg font-semibold">
          {t("create")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("createIntro")}</p>
        <FormUserCreate />
      </section>
      <section aria-labelledby="users-list" className="space-y-2">
        <h2 id="users-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("listIntro")}</p>
        <TableUsers users={users} currentUserId={user.id} />
      </section>
    </div>
  );
}
