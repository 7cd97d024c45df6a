import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/journey-map/types";
import { addDays } from "@/core/analytics/dates";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import type { JourneyMapParams } from "@/lib/journey-map/params";
import { getJourneyMapFor } from "@/lib/journey-map/service";
import { TableJourneyMap } from "./table-journey-map";
import { ToolbarJourneyMap } from "./toolbar-journey-map";

export const JOURNEY_MAP_ID = "journey-map";

export async function SectionJourneyMap({ user, params, locale }: { user: CurrentUser; params: JourneyMapParams; locale: Locale }) {
  const [t, format, map] = await Promise.all([getTranslations("JourneyMap"), getFormatter(), getJourneyMapFor(user, { ...params, locale })]);
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), "date", { timeZone: "UTC" });
  const range = { from: day(map.from), to: day(addDays(map.to, -1)) };
  return (
    <section aria-label={t("mapLabel", range)} className="space-y-3">
      <ToolbarJourneyMap targetId={JOURNEY_MAP_ID} fileName={t("fileName", { from: map.from, to: addDays(map.to, -1) })} />
      <TableJourneyMap id={JOURNEY_MAP_ID} map={map} caption={t("mapLabel", range)} canEditNotes={can.editJourneyNotes(user.role)} locale={locale} />
    </section>
  );
}
