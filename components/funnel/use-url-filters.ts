"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * Filters kept in the URL: a change replaces the URL (values equal to their default, or empty, are
 * left out) and the server renders the page's widgets again, so a link reproduces the view.
 */
export function useUrlFilters<V extends { [K in keyof V]: string }>(pathname: "/funnel" | "/journey", initial: V, defaults: Partial<V>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState(initial);
  const apply = (patch: Partial<V>) => {
    const next = { ...values, ...patch };
    setValues(next);
    const entries = Object.entries(next) as [keyof V, string][];
    const query = Object.fromEntries(entries.filter(([key, value]) => value !== "" && defaults[key] !== value));
    startTransition(() => router.replace({ pathname, query }, { scroll: false }));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({});
  };
  return { values, setValues, apply, onSubmit, pending };
}
