import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NavSettings } from "@/components/settings/nav-settings";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { settingsSectionsFor } from "@/lib/nav/settings";

/** Owners, and managers for the playbooks. Each settings page and action checks the role again: a layout alone guards nothing. */
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.viewSettings);
  const t = await getTranslations("Settings");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <NavSettings shown={settingsSectionsFor(user.role)} />
      {children}
    </div>
  );
}
