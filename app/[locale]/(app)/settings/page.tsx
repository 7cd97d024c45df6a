import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

/** The first section the user may open: users for owners, the playbooks for managers. */
export default async function SettingsIndex({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.viewSettings);
  redirect({ href: can.manageSettings(user.role) ? "/settings/users" : "/settings/automations", locale });
}
