import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonCopy } from "@/components/lead-forms/button-copy";
import type { Locale } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { listReferredFor, referralLinkFor } from "@/lib/referrals/service";
import { pageOrigin } from "@/lib/url/page-origin";
import { ButtonRevokeReferral } from "./button-revoke-referral";
import { SectionCard } from "./section-card";

/** The customer's referral link: copy it, share it on WhatsApp with a text in the page's language, see who came through it. */
export async function SectionReferralLink({ user, customerId, locale }: { user: CurrentUser; customerId: string; locale: Locale }) {
  const [t, format, link, referred] = await Promise.all([
    getTranslations("ReferralLink"),
    getFormatter(),
    pageOrigin().then((origin) => referralLinkFor(user, customerId, { origin, locale })),
    listReferredFor(user, customerId),
  ]);
  const share = `https://wa.me/?text=${encodeURIComponent(t("shareText", { url: link.url }))}`;
  return (
    <SectionCard id="referral-link" title={t("title")}>
      <div className="space-y-3 text-sm">
        <p className="break-all">
          <bdi dir="ltr" className="font-mono text-xs">
            {link.url}
          </bdi>
        </p>
        <div className="flex flex-wrap items-start gap-2">
          <ButtonCopy text={link.url} label={t("copy")} copiedLabel={t("copied")} />
          <a
            href={share}
            target="_blank"
            rel="noopener noreferrer"
            className="inline-flex min-h-10 items-center rounded-lg bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus:outline-none focus:ring-2 focus:ring-emerald-300"
          >
            {t("whatsapp")}
          </a>
          <ButtonRevokeReferral customerId={customerId} />
        </div>
        <h3 className="font-medium">{t("cameThrough", { count: referred.length })}</h3>
        {referred.length > 0 && (
          <ul className="space-y-1">
            {referred.map((r) => (
              <li key={r.id} className="flex flex-wrap justify-between gap-2">
                <Link href={`/customers/${r.id}`} className="text-indigo-800 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-800">
                  {r.name}
                </Link>
                <time dateTime={r.createdAt.toISOString()} className="text-xs text-slate-600">
                  {format.dateTime(r.createdAt, "date")}
                </time>
              </li>
            ))}
          </ul>
        )}
      </div>
    </SectionCard>
  );
}
