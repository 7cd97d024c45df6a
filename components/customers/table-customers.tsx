"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import { relativeTime } from "@/core/i18n/relative-time";
import { BarBulkActions } from "./bar-bulk-actions";
import type { CustomerRow, Option } from "./types";
import { tablePanel } from "@/components/ui/panel";

export function TableCustomers({
  rows,
  stageLabels,
  stageOptions,
  ownerOptions,
}: {
  rows: CustomerRow[];
  stageLabels: Record<string, string>;
  stageOptions: Option[];
  ownerOptions: Option[] | null;
}) {
  const t = useTranslations("Customers");
  const tc = useTranslations("Channels");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  if (rows.length === 0) {
    return <p className="rounded-xl bg-white p-8 text-center text-slate-600 ring-1 ring-slate-200">{t("empty")}</p>;
  }
  return (
    <div className="space-y-3">
      {selected.size > 0 && (
        <BarBulkActions
          selected={rows.filter((r) => selected.has(r.id))}
          stageOptions={stageOptions}
          ownerOptions={ownerOptions}
          onDone={() => setSelected(new Set())}
        />
      )}
      <div className={tablePanel}>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="w-10 p-2">
                <input
                  type="checkbox"
                  aria-label={t("selectAll")}
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </th>
              <th scope="col" className="p-2 text-start font-medium">{t("name")}</th>
              <th scope="col" className="hidden p-2 text-start font-medium md:table-cell">{t("contact")}</th>
              <th scope="col" className="p-2 text-start font-medium">{t("stage")}</th>
              <th scope="col" className="hidden p-2 text-start font-medium lg:table-cell">{t("channel")}</th>
              <th scope="col" className="hidden p-2 text-start font-medium md:table-cell">{t("owner")}</th>
              <th scope="col" className="hidden p-2 text-start font-medium sm:table-cell">{t("inStageSince")}</th>
              <th scope="col" className="hidden p-2 text-start font-medium sm:table-cell">{t("lastContact")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 hover:bg-slate-50">
                <td className="p-2 text-center">
                  <input type="checkbox" aria-label={t("select", { name: row.name })} checked={selected.has(row.id)} onChange={() => toggle(row.id)} />
                </td>
                <th scope="row" className="p-2 text-start font-medium">
                  <Link href={`/customers/${row.id}`} className="text-indigo-800 hover:underline">
                    {row.name}
                  </Link>
                  {row.phone && (
                    <span className="block text-xs font-normal text-slate-600 md:hidden">
                      <bdi dir="ltr">{row.phone}</bdi>
                    </span>
                  )}
                </th>
                <td className="hidden p-2 text-slate-600 md:table-cell">
                  <bdi dir="ltr">{row.email ?? row.phone ?? ""}</bdi>
                </td>
                <td className="p-2">
                  <span>{stageLabels[row.stageKey] ?? row.stageKey}</span>
                  {row.lost && <span className="ms-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-800">{t("lostBadge")}</span>}
                  {row.stale && <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("staleBadge")}</span>}
                  <span className="block text-xs text-slate-600 sm:hidden">{t("lastContactAgo", { when: relativeTime(format, new Date(row.lastActivityAt), now) })}</span>
                </td>
                <td className="hidden p-2 lg:table-cell">{tc(row.channel)}</td>
                <td className="hidden p-2 md:table-cell">{row.ownerName ?? "—"}</td>
                <td className="hidden p-2 text-slate-600 sm:table-cell">{relativeTime(format, new Date(row.stageEnteredAt), now)}</td>
                <td className="hidden p-2 text-slate-600 sm:table-cell">{relativeTime(format, new Date(row.lastActivityAt), now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
