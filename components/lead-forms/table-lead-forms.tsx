import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ButtonArchiveForm } from "./button-archive-form";
import { ButtonCopy } from "./button-copy";

export interface LeadFormRow {
  id: string;
  name: string;
  isDefault: boolean;
  archived: boolean;
  url: string;
  snippet: string;
}

/**
 * The organization's forms: each one's public link, the link and the iframe snippet to copy, its
 * editor and archiving. Archived forms (closed, no link to share) are passed with `archived`.
 */
export async function TableLeadForms({ rows, empty }: { rows: LeadFormRow[]; empty: string }) {
  const t = await getTranslations("SettingsForms");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-3">
      {rows.map((row) => (
        <li key={row.id} className="space-y-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <h3 className="text-base font-semibold">{row.name}</h3>
            {row.isDefault && <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800">{t("default")}</span>}
          </div>
          {!row.archived && (
            <p className="break-all text-sm">
              <a href={row.url} className="text-indigo-800 underline" target="_blank" rel="noopener">
                <bdi dir="ltr">{row.url}</bdi>
              </a>
            </p>
          )}
          <div className="flex flex-wrap items-start gap-2">
            {!row.archived && (
              <>
                <ButtonCopy text={row.url} label={t("copyLink")} copiedLabel={t("copied")} />
                <ButtonCopy text={row.snippet} label={t("copySnippet")} copiedLabel={t("copied")} />
              </>
            )}
            <Link href={`/settings/forms/${row.id}`} className="inline-flex min-h-10 items-center rounded-lg px-3 text-sm text-indigo-800 underline">
              {t("editNamed", { name: row.name })}
            </Link>
            {!row.isDefault && <ButtonArchiveForm id={row.id} name={row.name} archived={row.archived} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
