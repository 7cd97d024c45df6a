import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CardPublic } from "@/components/surveys/card-public";
import { FormSurvey } from "@/components/surveys/form-survey";
import { isolate } from "@/core/i18n/bidi";
import { pageLocale } from "@/lib/i18n/page-locale";
import { findSurvey } from "@/lib/surveys/service";

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Survey" });
  return { title: t("title"), robots: { index: false } };
}

/** The public feedback survey (no sign-in): the token in the link is the only credential. */
export default async function SurveyPage({ params }: { params: Params }) {
  await pageLocale(params);
  const { token } = await params;
  const survey = await findSurvey(token);
  if (!survey) notFound();
  const t = await getTranslations("Survey");
  const orgName = isolate(survey.orgName);
  return (
    <CardPublic orgName={survey.orgName} title={t("greeting", { name: isolate(survey.customerName) })}>
      {survey.state === "open" ? (
        <FormSurvey token={token} orgName={orgName} />
      ) : (
        <p role="status" className="rounded-xl bg-slate-100 p-4 text-base">
          {t(survey.state)}
        </p>
      )}
    </CardPublic>
  );
}
