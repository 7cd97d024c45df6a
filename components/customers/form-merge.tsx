"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { mergeCustomerAction } from "@/lib/customers/actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/field";
import { queryKeys } from "@/lib/query/keys";

export interface MergeCandidate {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

async function searchCustomers(q: string): Promise<MergeCandidate[]> {
  const response = await fetch(`/api/v1/customers?limit=10&q=${encodeURIComponent(q)}`, { credentials: "same-origin", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`customer search failed with ${response.status}`);
  return ((await response.json()) as { items: MergeCandidate[] }).items;
}

function Choice({ candidate }: { candidate: MergeCandidate }) {
  return (
    <label className="flex items-start gap-2 rounded-lg p-2 text-sm hover:bg-slate-50">
      <input type="radio" name="from" value={candidate.id} required className="mt-1" />
      <span>
        <bdi className="font-medium">{candidate.name}</bdi>
        {[candidate.email, candidate.phone].filter(Boolean).map((contact) => (
          <bdi key={contact} dir="ltr" className="ms-2 text-slate-600">
            {contact}
          </bdi>
        ))}
      </span>
    </label>
  );
}

/**
 * The merge chooser of a customer page (owners and managers): the likely duplicates (same email or
 * phone) and a search for any other customer; the one chosen is merged into this customer.
 */
export function FormMerge({ customerId, version, candidates }: { customerId: string; version: number; candidates: MergeCandidate[] }) {
  const t = useTranslations("Customer.merge");
  const [query, setQuery] = useState("");
  const found = useQuery({ queryKey: [...queryKeys.customers.list({ q: query, limit: "10" })], queryFn: () => searchCustomers(query), enabled: query !== "" });
  const { onSubmit, pending, fieldError, formError } = useActionForm(mergeCustomerAction, { extra: { customerId, version } });
  const others = [...candidates, ...(found.data ?? []).filter((c) => c.id !== customerId && !candidates.some((d) => d.id === c.id))];

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQuery(String(new FormData(event.currentTarget).get("q") ?? "").trim());
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form role="search" onSubmit={onSearch} className="flex gap-2" aria-label={t("search")}>
        <input type="search" name="q" aria-label={t("search")} placeholder={t("searchPlaceholder")} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-start text-sm" />
        <button type="submit" className="rounded-lg px-3 py-2 text-sm font-medium text-indigo-800 ring-1 ring-slate-300">
          {t("find")}
        </button>
      </form>
      <form key={version} onSubmit={onSubmit} className="space-y-2" noValidate>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("choose")}</legend>
          {others.length === 0 ? (
            <p className="text-sm text-slate-500">{found.isFetching ? t("searching") : t("none")}</p>
          ) : (
            others.map((candidate) => <Choice key={candidate.id} candidate={candidate} />)
          )}
        </fieldset>
        <FormError message={fieldError("from") ?? formError} />
        <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
      </form>
    </div>
  );
}
