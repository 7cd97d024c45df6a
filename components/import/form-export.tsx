import { getTranslations } from "next-intl/server";
import type { Locale } from "@/core/constants";
import type { Stage } from "@/lib/journey/service";
import { CustomerFilterFields, CustomerSearchField } from "@/components/customers/fields-customer-filters";

/** A plain GET form onto the export route: the browser downloads the CSV, with the list's filters or none. */
export async function FormExport({ stages, owners, locale }: { stages: Stage[]; owners: { id: string; name: string }[]; locale: Locale }) {
  const t = await getTranslations("SettingsData");
  return (
    <form method="get" action="/api/v1/export/customers.csv" aria-label={t("export.heading")} className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
      <CustomerSearchField value={undefined} className="col-span-2 text-sm" />
      <CustomerFilterFields values={{}} stages={stages} owners={owners} locale={locale} />
      <div className="col-span-2 flex items-end">
        <button type="submit" className="rounded-lg bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus:outline-none focus:ring-2 focus:ring-indigo-300">
          {t("export.download")}
        </button>
      </div>
    </form>
  );
}
