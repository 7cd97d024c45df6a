"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export interface Duplicate {
  id: string;
  name: string;
}

/** The customers a new one would duplicate (same email or phone), each a link to open it, and the button that creates it anyway. */
export function WarningDuplicates({ duplicates, pending }: { duplicates: Duplicate[]; pending: boolean }) {
  const t = useTranslations("Customers");
  return (
    <div role="alert" className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-200">
      <p className="font-medium">{t("duplicates.found", { count: duplicates.length })}</p>
      <ul className="list-inside list-disc">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/customers/${d.id}`} className="font-medium text-indigo-800 underline underline-offset-2">
              {t("duplicates.open")} <bdi>{d.name}</bdi>
            </Link>
          </li>
        ))}
      </ul>
      <button
        type="submit"
        name="allowDuplicate"
        value="true"
        disabled={pending}
        className="rounded-lg bg-white px-3 py-1.5 font-medium text-amber-950 ring-1 ring-amber-300 hover:bg-amber-100 disabled:opacity-60"
      >
        {t("duplicates.createAnyway")}
      </button>
    </div>
  );
}
