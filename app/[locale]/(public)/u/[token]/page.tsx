import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ButtonUnsubscribe } from "@/components/surveys/button-unsubscribe";
import { CardPublic } from "@/components/surveys/card-public";
import { pageLocale } from "@/lib/i18n/page-locale";
import { findUnsubscribe } from "@/lib/surveys/unsubscribe";

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Unsubscribe" });
  return { title: t("title"), robots: { index: false } };
}

/** The public unsubscribe page every email links to (no sign-in): one press sets do-not-contact. */
export default async function UnsubscribePage({ params }: { params: Params }) {
  await pageLocale(params);
  const { token } = await params;
  const found = await findUnsubscribe(token);
  if (!found) notFound();
  const t = await getTranslations("Unsubscribe");
  return (
    <CardPublic orgName={found.orgName} title={t("title")}>
      {found.done ? (
        <p role="status" className="rounded-xl bg-slate-100 p-4 text-base">
          {t("done")}
        </p>
      ) : (
        <ButtonUnsubscribe token={token} />
      )}
    </CardPublic>
  );
}
