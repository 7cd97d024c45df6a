import { getTranslations } from "next-intl/server";
import { channels, type Locale } from "@/core/constants";
import type { Stage } from "@/lib/journey/service";
import type { ListQuery } from "@/lib/customers/schemas";
import { stageLabel } from "@/lib/journey/labels";

export const filterControl =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200";

/** An owner filter (`owner=`): one of the organization's users, or anyone (the empty option). */
export function SelectOwner({ label, anyone, owners, value }: { label: string; anyone: string; owners: { id: string; name: string }[]; value: string | undefined }) {
  return (
    <label className="text-sm">
      {label}
      <select name="owner" defaultValue={value ?? ""} className={filterControl}>
        <option value="">{anyone}</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

const asChoice = (value: boolean | undefined) => (value === undefined ? "" : String(value));

/** The list's search box, shared by the customer list and the CSV export. */
export async function CustomerSearchField({ value, className }: { value: string | undefined; className: string }) {
  const t = await getTranslations("Customers");
  return (
    <label className={className}>
      {t("search")}
      <input name="q" type="search" defaultValue={value ?? ""} placeholder={t("searchPlaceholder")} className={filterControl} />
    </label>
  );
}

/** How many of the list's filters (not the search, not the order) the query sets. */
export function activeFilterCount(values: Partial<ListQuery>): number {
  return [values.stage, values.journey, values.channel, values.owner, values.lost, values.stale].filter((v) => v !== undefined).length;
}

/**
 * The customer filters (stage, journey, channel, owner, status, staleness) as plain GET fields,
 * shared by the customer list and the CSV export. `owners` is null for sales users.
 */
export async function CustomerFilterFields({
  values,
  stages,
  owners,
  locale,
}: {
  values: Partial<ListQuery>;
  stages: Stage[];
  owners: { id: string; name: string }[] | null;
  locale: Locale;
}) {
  const t = await getTranslations("Customers");
  const tc = await getTranslations("Channels");
  return (
    <>
      <label className="text-sm">
        {t("stage")}
        <select name="stage" defaultValue={values.stage ?? ""} className={filterControl}>
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
        <select name="journey" defaultValue={values.journey ?? ""} className={filterControl}>
          <option value="">{t("all")}</option>
          <option value="acquisition">{t("journeys.acquisition")}</option>
          <option value="retention">{t("journeys.retention")}</option>
        </select>
      </label>
      <label className="text-sm">
        {t("channel")}
        <select name="channel" defaultValue={values.channel ?? ""} className={filterControl}>
          <option value="">{t("all")}</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {tc(c)}
            </option>
          ))}
        </select>
      </label>
      {owners && <SelectOwner label={t("owner")} anyone={t("all")} owners={owners} value={values.owner} />}
      <label className="text-sm">
        {t("status")}
        <select name="lost" defaultValue={asChoice(values.lost)} className={filterControl}>
          <option value="">{t("all")}</option>
          <option value="false">{t("active")}</option>
          <option value="true">{t("lost")}</option>
        </select>
      </label>
      <label className="text-sm">
        {t("staleness")}
        <select name="stale" defaultValue={asChoice(values.stale)} className={filterControl}>
          <option value="">{t("all")}</option>
          <option value="true">{t("staleOnly")}</option>
          <option value="false">{t("freshOnly")}</option>
        </select>
      </label>
    </>
  );
}
