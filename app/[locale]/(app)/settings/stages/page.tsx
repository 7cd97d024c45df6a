import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StageEditor } from "@/components/settings/stage-editor";
import type { EditorStage } from "@/components/settings/types";
import type { RequirableField } from "@/core/constants";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { listStagesFor } from "@/lib/settings/stages";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsStages" });
  return { title: t("title") };
}

export default async function SettingsStagesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.manageSettings);
  const [t, rows] = await Promise.all([getTranslations("SettingsStages"), listStagesFor(user)]);
  const stages: EditorStage[] = rows.map((s) => ({
    key: s.key,
    journey: s.journey,
    labelHe: s.labelHe,
    labelFa: s.labelFa,
    labelEn: s.labelEn,
    transitionRule: s.transitionRule,
    requiredFields: s.requiredFields as RequirableField[],
    idleDays: s.idleDays,
    archived: Boolean(s.archivedAt),
    customerCount: s.customerCount,
  }));
  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <StageEditor stages={stages} />
    </div>
  );
}
