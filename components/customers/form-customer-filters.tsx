import { getTranslations } from "next-intl/server";
import { channels, type Locale } from "@/db/schema/constants";
import type { ListQuery } from "@/lib/customers/schemas";
import { stageLabel } from "@/lib/journey/labels";
import type { Stage } from "@/db/schema";

const control =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200";

/** A plain GET form: every filter lives in the URL, so a link reproduces the view (and it works without JS). */
export async function FormCustomerFilters({
  query,
  stages,
  owners,
  locale,
}: {
  query: ListQuery;
  stages: Stage[];
  owners: { id: string; name: string }[] | null;
  locale: Locale;
}) {
  const t = await getTranslations("Customers");
  const tc = await getTranslations("Channels");
  return (
    <form method="get" role="search" aria-label={t("filters")} className="grid grid-cols-2 gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 md:grid-cols-4 lg:grid-cols-8">
      <label className="col-span-2 text-sm">
        {t("search")}
        <input name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} className={control} />
      </label>
      <label className="text-sm">
        {t("stage")}
        <select name="stage" defaultValue={query.stage ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {stages.map((s) => (
            <option key={s.key} value={s.key}>
              {stageLabel(s, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("journey")}
        <select name="journey" defaultValue={query.journey ?? ""} className={control}>
          <option value="">{t("all")}</option>
          <option value="acquisition">{t("journeys.acquisition")}</option>
          <option value="retention">{t("journeys.retention")}</option>
        </select>
      </label>
      <label className="text-sm">
        {t("channel")}
        <select name="channel" defaultValue={query.channel ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </select>
      </label>
      {owners && (
        <label className="text-sm">
          {t("owner")}
          <select name="owner" defaultValue={query.owner ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="text-sm">
        {t("status")}
        <select name="lost" defaultValue={query.lost === undefined ? "" : String(query.lost)} className={control}>
          <option value="">{t("all")}</option>
          <option value="false">{t("active")}</option>
          <option value="true">{t("lost")}</option>
        </select>
      </label>
      <label className="text-sm">
        {t("staleness")}
        <select name="stale" defaultValue={query.stale === undefined ? "" : String(query.stale)} className={control}>
          <option value="">{t("all")}</option>
          <option value="true">{t("staleOnly")}</option>
          <option value="false">{t("freshOnly")}</option>
        </select>
      </label>
      <label className="text-sm">
        {t("sort")}
        <select name="sort" defaultValue={query.sort} className={control}>
          {(["createdAt", "name", "stageEnteredAt", "lastActivityAt"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`sorts.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        {t("direction")}
        <select name="dir" defaultValue={query.dir} className={control}>
          <option value="desc">{t("desc")}</option>
          <option value="asc">{t("asc")}</option>
        </select>
      </label>
      <div className="col-span-2 flex items-end gap-2 md:col-span-4 lg:col-span-8">
        <button type="submit" className="rounded-lg bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300">
          {t("apply")}
        </button>
        <a href="?" className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
