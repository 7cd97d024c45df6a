import { getTranslations } from "next-intl/server";
import type { Locale } from "@/core/constants";
import { FormQuery } from "@/components/forms/form-query";
import { listQuerySchema, type ListQuery } from "@/lib/customers/schemas";
import { Link } from "@/lib/i18n/navigation";
import type { Stage } from "@/lib/journey/service";
import { DisclosureFilters } from "./disclosure-filters";
import { activeFilterCount, CustomerFilterFields, CustomerSearchField, filterControl as control } from "./fields-customer-filters";

const defaults = listQuerySchema.parse({});
const button = "rounded-lg bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300";

/**
 * A GET form: every filter lives in the URL, so a link reproduces the view (and it works without JS).
 * Applying starts again from the first page, at the page size the address asked for. The search
 * and Apply come first; on a phone the rest waits behind a "Filters" button.
 */
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
  return (
    <FormQuery role="search" aria-label={t("filters")} className="flex flex-wrap items-end gap-2 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200 md:gap-3 md:p-4">
      <CustomerSearchField value={query.q} className="min-w-0 flex-1 text-sm md:max-w-md" />
      <button type="submit" className={button}>
        {t("apply")}
      </button>
      <DisclosureFilters count={activeFilterCount(query)}>
        <CustomerFilterFields values={query} stages={stages} owners={owners} locale={locale} />
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
        <div className="col-span-2 flex items-end md:col-span-4 lg:col-span-8">
          <Link href="/customers" className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
            {t("reset")}
          </Link>
        </div>
      </DisclosureFilters>
      {query.limit !== defaults.limit && <input type="hidden" name="limit" value={query.limit} />}
    </FormQuery>
  );
}
