import { getTranslations } from "next-intl/server";
import { filterControl, SelectOwner } from "@/components/customers/fields-customer-filters";
import { FormQuery } from "@/components/forms/form-query";
import type { Journey } from "@/core/constants";
import type { BoardFilters } from "@/lib/board/types";
import { Link } from "@/lib/i18n/navigation";

/** A search over the board's columns and, for owners and managers (`owners` set), one owner's customers; kept in the URL. */
export async function FormBoardFilters({
  journey,
  filters,
  owners,
}: {
  journey: Journey;
  filters: BoardFilters;
  owners: { id: string; name: string }[] | null;
}) {
  const t = await getTranslations("Board.filters");
  return (
    <FormQuery role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="journey" value={journey} />
      <label className="min-w-0 flex-1 text-sm sm:max-w-xs">
        {t("search")}
        <input name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} className={filterControl} />
      </label>
      {owners && <SelectOwner label={t("owner")} anyone={t("everyone")} owners={owners} value={filters.owner} />}
      <button type="submit" className="rounded-lg bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300">
        {t("apply")}
      </button>
      {(filters.q || filters.owner) && (
        <Link href={{ pathname: "/board", query: { journey } }} className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
          {t("clear")}
        </Link>
      )}
    </FormQuery>
  );
}
