import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FormMessageTemplate } from "@/components/messages/form-message-template";
import { Panel } from "@/components/ui/panel";
import { locales, type Locale } from "@/core/constants";
import { messageVariables } from "@/core/messages/templates";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { listMessageTemplatesFor } from "@/lib/messages/service";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsMessages" });
  return { title: t("title") };
}

/** The organization's message templates, one language at a time (`?in=fa`; default: the page's). */
export default async function SettingsMessagesPage({ params, searchParams }: { params: LocaleParams; searchParams: Promise<{ in?: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.manageSettings);
  const requested = (await searchParams).in;
  const shown: Locale = isLocale(requested) ? requested : locale;
  const [t, tl, templates] = await Promise.all([getTranslations("SettingsMessages"), getTranslations("LocaleSwitcher"), listMessageTemplatesFor(user)]);
  return (
    <Panel aria-labelledby="messages-title" gap={3}>
      <h2 id="messages-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro", { variables: messageVariables.map((v) => `{${v}}`).join(" ") })}</p>
      <nav aria-label={t("languages")} className="flex gap-2">
        {locales.map((l) => (
          <Link
            key={l}
            href={{ pathname: "/settings/messages", query: { in: l } }}
            aria-current={l === shown ? "page" : undefined}
            className="rounded-full px-3 py-1 text-sm ring-1 ring-slate-300 aria-[current=page]:bg-indigo-700 aria-[current=page]:text-white"
          >
            {tl(l)}
          </Link>
        ))}
      </nav>
      <div className="grid gap-3 lg:grid-cols-2">
        {templates
          .filter((row) => row.locale === shown)
          .map((row) => (
            <FormMessageTemplate key={`${row.key}-${row.locale}`} templateKey={row.key} locale={row.locale} body={row.body} custom={row.custom} />
          ))}
      </div>
    </Panel>
  );
}
