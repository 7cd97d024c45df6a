import { getTranslations } from "next-intl/server";
import type { Locale } from "@/db/schema/constants";
import { FormQuery } from "@/components/forms/form-query";
import { listQuerySchema, type ListQuery } from "@/lib/customers/schemas";
import { Link } from "@/lib/i18n/navigation";
import type { Stage } from "@/db/schema";
import { CustomerFilterFields, filterControl as control } from "./fields-customer-filters";

const defaults = listQuerySchema.parse({});

/**
 * A GET form: every filter lives in the URL, so a link reproduces the view (and it works without JS).
 * Applying starts again from the first page, at the page size the address asked for.
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
    <FormQuery role="search" aria-label={t("filters")} className="grid grid-cols-2 gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 md:grid-cols-4 lg:grid-cols-8">
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
      {query.limit !== defaults.limit && <input type="hidden" name="limit" value={query.limit} />}
      <div className="col-span-2 flex items-end gap-2 md:col-span-4 lg:col-span-8">
        <button type="submit" className="rounded-lg bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300">
          {t("apply")}
        </button>
        <Link href="/customers" className="rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
          {t("reset")}
        </Link>
      </div>
    </FormQuery>
  );
}
