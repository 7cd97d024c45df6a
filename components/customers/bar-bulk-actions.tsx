"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { bulkMoveAction, reassignAction } from "@/lib/customers/actions";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/lib/i18n/navigation";
import type { CustomerRow, Option } from "./types";

const control = "rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Moves or reassigns the selected customers; one reason for all, outcomes reported per customer. */
export function BarBulkActions({
  selected,
  stageOptions,
  ownerOptions,
  onDone,
}: {
  selected: CustomerRow[];
  stageOptions: Option[];
  ownerOptions: Option[] | null;
  onDone: () => void;
}) {
  const t = useTranslations("Customers");
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [to, setTo] = useState("");
  const [reason, setReason] = useState("");
  const [owner, setOwner] = useState("");
  const [report, setReport] = useState<{ moved: number; failures: string[] } | null>(null);

  const byId = new Map(selected.map((row) => [row.id, row.name]));
  const explain = errorText.describe;

  function move() {
    startTransition(async () => {
      const result = await bulkMoveAction({ to, reason, items: selected.map((row) => ({ customerId: row.id, version: row.version })) });
      if (!result.ok) {
        setReport({ moved: 0, failures: [explain(result.code, result.fieldErrors)] });
        return;
      }
      const failures = result.data.filter((r) => !r.ok).map((r) => `${byId.get(r.customerId) ?? r.customerId}: ${r.ok ? "" : explain(r.code, r.fieldErrors)}`);
      setReport({ moved: result.data.length - failures.length, failures });
      onDone();
      router.refresh();
    });
  }

  function reassign() {
    startTransition(async () => {
      const result = await reassignAction({ ownerId: owner, ids: selected.map((row) => row.id) });
      setReport(result.ok ? { moved: result.data, failures: [] } : { moved: 0, failures: [explain(result.code, result.fieldErrors)] });
      if (result.ok) onDone();
      router.refresh();
    });
  }

  return (
    <section aria-label={t("bulk.label")} className="space-y-2 rounded-xl bg-indigo-50 p-3 ring-1 ring-indigo-200">
      <p className="text-sm font-medium">{t("bulk.selected", { count: selected.length })}</p>
      <div className="flex flex-wrap items-end gap-2">
        <select aria-label={t("bulk.target")} value={to} onChange={(e) => setTo(e.target.value)} className={control}>
          <option value="">{t("bulk.target")}</option>
          {stageOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <input aria-label={t("bulk.reason")} placeholder={t("bulk.reason")} value={reason} onChange={(e) => setReason(e.target.value)} className={control} maxLength={500} />
        <button type="button" disabled={pending || !to} onClick={move} className="rounded-lg bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
          {t("bulk.move")}
        </button>
        {ownerOptions && (
          <>
            <select aria-label={t("bulk.owner")} value={owner} onChange={(e) => setOwner(e.target.value)} className={control}>
              <option value="">{t("bulk.owner")}</option>
              {ownerOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <button type="button" disabled={pending || !owner} onClick={reassign} className="rounded-lg bg-slate-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
              {t("bulk.reassign")}
            </button>
          </>
        )}
      </div>
      {report && (
        <div role="status" className="text-sm">
          <p>{t("bulk.done", { count: report.moved })}</p>
          {report.failures.length > 0 && (
            <ul className="mt-1 list-inside list-disc text-red-800">
              {report.failures.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
