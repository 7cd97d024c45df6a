import { getTranslations } from "next-intl/server";
import { FormQuery } from "@/components/forms/form-query";
import type { Journey } from "@/db/schema/constants";
import type { BoardFilters } from "@/lib/board/types";
import { Link } from "@/lib/i18n/navigation";

const control =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200";

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
        <input name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} className={control} />
      </label>
      {owners && (
        <label className="text-sm">
          {t("owner")}
          <select name="owner" defaultValue={filters.owner ?? ""} className={control}>
            <option value="">{t("everyone")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
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
