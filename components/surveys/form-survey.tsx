"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";

type Outcome = "thanks" | "used" | "expired" | "error";

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/**
 * The NPS question: eleven large radio buttons (a native radio group: Tab reaches it, arrow keys
 * choose) and an optional comment, posted to the public survey endpoint; no session.
 */
export function FormSurvey({ token, orgName }: { token: string; orgName: string }) {
  const t = useTranslations("Survey");
  const format = useFormatter();
  const [score, setScore] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const [missing, setMissing] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (score === null) return setMissing(true);
    setPending(true);
    const comment = String(new FormData(event.currentTarget).get("comment") ?? "");
    try {
      const response = await fetch(`/api/public/surveys/${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ score, comment }),
      });
      const body = (await response.json().catch(() => ({}))) as { code?: string };
      setOutcome(response.ok ? "thanks" : body.code === "used" ? "used" : body.code === "expired" ? "expired" : "error");
    } catch {
      setOutcome("error");
    } finally {
      setPending(false);
    }
  }

  if (outcome && outcome !== "error") {
    return (
      <p role="status" className="rounded-xl bg-emerald-50 p-4 text-base text-emerald-900">
        {t(outcome === "thanks" ? "thanks" : outcome)}
      </p>
    );
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <fieldset aria-describedby={missing ? "score-missing" : undefined}>
        <legend className="text-lg font-medium">{t("question", { org: orgName })}</legend>
        <div className="mt-3 grid grid-cols-6 gap-2 sm:grid-cols-11">
          {SCORES.map((value) => (
            <label key={value} className="relative">
              <input
                type="radio"
                name="score"
                value={value}
                checked={score === value}
                onChange={() => {
                  setScore(value);
                  setMissing(false);
                }}
                className="peer sr-only"
              />
              <span className="flex h-12 min-w-12 cursor-pointer items-center justify-center rounded-lg bg-white text-lg font-semibold ring-1 ring-slate-300 peer-checked:bg-indigo-700 peer-checked:text-white peer-checked:ring-indigo-700 peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-500">
                {format.number(value)}
              </span>
            </label>
          ))}
        </div>
        <div className="mt-2 flex justify-between text-sm text-slate-600">
          <span>{t("low")}</span>
          <span>{t("high")}</span>
        </div>
        {missing && (
          <p id="score-missing" role="alert" className="mt-2 text-sm text-red-800">
            {t("pickScore")}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="survey-comment" className="block text-base font-medium">
          {t("comment")}
        </label>
        <textarea id="survey-comment" name="comment" rows={4} maxLength={2000} className="mt-1 block w-full rounded-lg border border-slate-300 p-3 text-base" />
      </div>
      <FormError message={outcome === "error" ? t("error") : undefined} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-indigo-700 px-4 py-3 text-base font-semibold text-white hover:bg-indigo-800 disabled:opacity-60 sm:w-auto">
        {t("send")}
      </button>
    </form>
  );
}
