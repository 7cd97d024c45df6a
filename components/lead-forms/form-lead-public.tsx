"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { HONEYPOT_FIELD } from "@/core/forms/spam";
import type { LeadFormField } from "@/core/constants";
import { useErrorText } from "@/components/forms/use-error-text";
import { Field, SubmitButton } from "@/components/ui/field";

interface Props {
  form: { id: string; fields: LeadFormField[]; thankYou: string | null; token: string };
  referralCode?: string;
}

type Status = { kind: "idle" | "sending" | "sent" } | { kind: "error"; formError?: string; fieldErrors: Record<string, string[]> };

const UTM = ["utm_source", "utm_medium", "utm_campaign"] as const;

/** What the page's address and its embedding page say about where the visitor came from. */
function attribution(): Record<string, string> {
  const params = new URLSearchParams(window.location.search);
  const found: Record<string, string> = {};
  for (const key of UTM) {
    const value = params.get(key);
    if (value) found[key] = value;
  }
  const referrer = params.get("referrer") ?? document.referrer;
  if (/^https?:\/\//.test(referrer)) found.referrer = referrer;
  return found;
}

const inputTypes: Record<Exclude<LeadFormField, "question">, { type: string; autoComplete: string; dir?: "ltr" }> = {
  name: { type: "text", autoComplete: "name" },
  phone: { type: "tel", autoComplete: "tel", dir: "ltr" },
  email: { type: "email", autoComplete: "email", dir: "ltr" },
};

/** The visitor's side of a lead form: large touch targets, sent as JSON; the answer never depends on who the visitor is. */
export function FormLeadPublic({ form, referralCode }: Props) {
  const t = useTranslations("LeadForm");
  const errorText = useErrorText();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus({ kind: "sending" });
    const fields = Object.fromEntries(new FormData(event.currentTarget).entries());
    try {
      const response = await fetch(`/api/public/forms/${form.id}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...fields, ...attribution(), ...(referralCode ? { ref: referralCode } : {}) }),
      });
      if (response.ok) return setStatus({ kind: "sent" });
      const problem = (await response.json().catch(() => ({}))) as { errors?: Record<string, string[]> };
      const { form: formCodes, ...fieldErrors } = problem.errors ?? {};
      const code = response.status === 429 ? "rate_limited" : response.status === 413 ? "too_large" : response.status === 404 ? "closed" : formCodes?.[0];
      setStatus({ kind: "error", formError: code ?? (response.status === 422 ? undefined : "server"), fieldErrors });
    } catch {
      setStatus({ kind: "error", formError: "server", fieldErrors: {} });
    }
  }

  if (status.kind === "sent") {
    return (
      <p role="status" className="rounded-xl bg-emerald-50 p-4 text-base text-emerald-900 ring-1 ring-emerald-200">
        {form.thankYou ?? t("thanks")}
      </p>
    );
  }
  const fieldErrors = status.kind === "error" ? status.fieldErrors : {};
  const error = (name: string) => (fieldErrors[name]?.[0] ? errorText.field(fieldErrors[name][0]) : undefined);
  const formError = status.kind === "error" && status.formError;
  return (
    <form onSubmit={submit} className="space-y-4 text-base" noValidate>
      <input type="hidden" name="token" value={form.token} />
      {/* People never see or reach this field; bots that fill every input do. */}
      <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
        <label>
          {t("honeypot")}
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {form.fields.map((name) =>
        name === "question" ? (
          <Field key={name} label={t("question")} name={name} error={error(name)}>
            {(props) => <textarea {...props} rows={4} maxLength={2000} className={`${props.className} min-h-24 text-base`} />}
          </Field>
        ) : (
          <Field key={name} label={t(name)} name={name} error={error(name)}>
            {(props) => <input {...props} {...inputTypes[name]} required={name === "name"} maxLength={name === "name" ? 200 : 320} className={`${props.className} min-h-12 text-base`} />}
          </Field>
        ),
      )}
      {formError && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {t(`errors.${formError}` as "errors.server")}
        </p>
      )}
      {status.kind === "error" && !formError && Object.keys(fieldErrors).length > 0 && (
        <p role="alert" className="text-sm text-red-800">
          {t("errors.fields")}
        </p>
      )}
      <div className="[&>button]:min-h-12 [&>button]:w-full [&>button]:text-base">
        <SubmitButton pending={status.kind === "sending"}>{status.kind === "sending" ? t("sending") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
