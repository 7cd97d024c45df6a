import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

export default async function SettingsIndex({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  await requireRole(locale, can.manageSettings);
  redirect({ href: "/settings/users", locale });
}
