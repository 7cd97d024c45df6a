"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { useCustomerSearch, type FoundCustomer } from "./use-customer-search";
import { useSlashFocus } from "./use-slash-focus";

type Option = { kind: "customer"; customer: FoundCustomer } | { kind: "all" };

/**
 * The header's customer finder: a combobox with a listbox (WAI-ARIA "list autocomplete with
 * automatic selection"). The first match is highlighted as soon as it shows, so typing and Enter
 * open it (an Enter pressed before the answer came waits for it); ↓ and ↑ move, Escape closes then
 * clears. The last option searches the full list. `/` anywhere outside a field focuses it.
 */
export function SearchCustomers() {
  const t = useTranslations("Shell.search");
  const router = useRouter();
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [enterPending, setEnterPending] = useState(false);
  const search = useCustomerSearch(text);
  useSlashFocus(inputRef);

  const customers = search.enabled ? (search.data ?? []) : [];
  const options: Option[] = search.enabled ? [...customers.map((customer) => ({ kind: "customer" as const, customer })), { kind: "all" }] : [];
  const expanded = open && options.length > 0;
  const current = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${listboxId}-${i}`;

  const choose = (option: Option | undefined) => {
    const q = text.trim();
    if (!q) return;
    setOpen(false);
    setText("");
    inputRef.current?.blur();
    router.push(option?.kind === "customer" ? `/customers/${option.customer.id}` : { pathname: "/customers", query: { q } });
  };

  useEffect(() => {
    if (!enterPending || !search.settled) return;
    setEnterPending(false);
    choose(options[0]);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      setOpen(true);
      setActive(open ? Math.max(0, Math.min(options.length - 1, current + step)) : 0);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (search.settled) choose(expanded ? options[current] : options[0]);
      else if (search.searchable) setEnterPending(true);
      else choose(undefined);
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else setText("");
    }
  };

  return (
    <div className="min-w-0 flex-1 md:relative md:max-w-xs">
      <label htmlFor={`${listboxId}-input`} className="sr-only">
        {t("label")}
      </label>
      <input
        ref={inputRef}
        id={`${listboxId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && current >= 0 ? optionId(current) : undefined}
        aria-keyshortcuts="/"
        aria-describedby={`${listboxId}-hint`}
        value={text}
        placeholder={t("placeholder")}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          setEnterPending(false);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        className="block w-full rounded-lg border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm focus:border-indigo-600 focus:bg-white focus:outline-none focus:ring-2 focus:ring-indigo-200"
      />
      <p id={`${listboxId}-hint`} className="sr-only">
        {t("hint")}
      </p>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("results")}
        aria-busy={!search.settled}
        hidden={!expanded}
        className="absolute inset-x-2 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-200 md:inset-x-auto md:start-0 md:w-96"
      >
        {options.map((option, i) => (
          <li
            key={option.kind === "customer" ? option.customer.id : "all"}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(option)}
            className="cursor-pointer rounded-md px-3 py-2 text-sm aria-selected:bg-indigo-50 aria-selected:text-indigo-900"
          >
            {option.kind === "customer" ? <CustomerOption customer={option.customer} /> : t("all", { q: text.trim() })}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {search.settled ? (search.isError ? t("failed") : t("count", { count: customers.length })) : ""}
      </p>
    </div>
  );
}

function CustomerOption({ customer }: { customer: FoundCustomer }) {
  const contact = customer.phone ?? customer.email ?? customer.externalId;
  return (
    <span className="flex min-w-0 items-baseline justify-between gap-3">
      <span className="truncate font-medium">{customer.name}</span>
      {contact && (
        <bdi dir="ltr" className="shrink-0 text-xs text-slate-500">
          {contact}
        </bdi>
      )}
    </span>
  );
}
