import { getTranslations } from "next-intl/server";
import { channels, type Locale } from "@/db/schema/constants";
import type { Stage } from "@/db/schema";
import { stageLabel } from "@/lib/journey/labels";

const control =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200";

/** A plain GET form onto the export route: the browser downloads the CSV, with the chosen filters or none. */
export async function FormExport({ stages, owners, locale }: { stages: Stage[]; owners: { id: string; name: string }[]; locale: Locale }) {
  const t = await getTranslations("SettingsData");
  const tc = await getTranslations("Channels");
  return (
    <form method="get" action="/api/v1/export/customers.csv" aria-label={t("export.heading")} className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
      <label className="col-span-2 text-sm">
        {t("export.search")}
        <input name="q" type="search" className={control} />
      </label>
      <label className="text-sm">
        {t("export.stage")}
        <select name="stage" defaultValue="" className={control}>
          <option value="">{t("export.all")}</option>
          {stages.map((s) => (
            <option key={s.key} value={s.key}>
              {stageLabel(s, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("export.journey")}
        <select name="journey" defaultValue="" className={control}>
          <option value="">{t("export.all")}</option>
          <option value="acquisition">{t("export.acquisition")}</option>
          <option value="retention">{t("export.retention")}</option>
        </select>
      </label>
      <label className="text-sm">
        {t("export.channel")}
        <select name="channel" defaultValue="" className={control}>
          <option value="">{t("export.all")}</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("export.owner")}
        <select name="owner" defaultValue="" className={control}>
          <option value="">{t("export.all")}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("export.state")}
        <select name="lost" defaultValue="" className={control}>
          <option value="">{t("export.all")}</option>
          <option value="false">{t("export.active")}</option>
          <option value="true">{t("export.lost")}</option>
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm md:col-span-2">
        <input type="checkbox" name="stale" value="true" className="size-4 rounded border-slate-300" />
        {t("export.stale")}
      </label>
      <div className="col-span-2 flex items-end md:col-span-2">
        <button type="submit" className="rounded-lg bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300">
          {t("export.download")}
        </button>
      </div>
    </form>
  );
}

