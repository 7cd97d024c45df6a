"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { filterFrom, triggerFrom, type FilterDraft, type TriggerDraft } from "@/core/automation/draft";
import type { AutomationFilter, AutomationTrigger } from "@/core/automation/rules";
import { previewAutomationAction } from "@/lib/automation/actions";

type State = { kind: "event" | "incomplete" | "counting" | "failed" } | { kind: "count"; matched: number };

const DEBOUNCE_MS = 500;

type Rules = typeof import("@/core/automation/rules");

/**
 * "This would match N customers now", counted by the server for the trigger and filter as typed
 * (debounced, and again on the button). A count only: the preview action records and sends nothing.
 * The rules (zod schemas, about 33 kB) load after hydration, so they stay out of the page's first load.
 */
export function PreviewAutomation({ id, trigger, filter }: { id?: string; trigger: TriggerDraft; filter: FilterDraft }) {
  const t = useTranslations("SettingsAutomations");
  const [state, setState] = useState<State>({ kind: "counting" });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const [rules, setRules] = useState<Rules | null>(null);
  useEffect(() => {
    void import("@/core/automation/rules").then(setRules);
  }, []);
  const parsedTrigger = rules?.triggerSchema.safeParse(triggerFrom(trigger));
  const parsedFilter = rules?.filterSchema.safeParse(filterFrom(filter));
  const key = rules && JSON.stringify([parsedTrigger?.data ?? null, parsedFilter?.data ?? null, round]);

  useEffect(() => {
    // Until the rules are here the preview says it is counting.
    if (!rules || !key) return;
    const request = ++latest.current;
    const [validTrigger, validFilter] = JSON.parse(key) as [AutomationTrigger | null, AutomationFilter | null];
    if (!validTrigger || !validFilter) return setState({ kind: "incomplete" });
    if (!rules.isTimeTrigger(validTrigger)) return setState({ kind: "event" });
    setState({ kind: "counting" });
    const timer = setTimeout(async () => {
      const result = await previewAutomationAction({ id, trigger: validTrigger, filter: validFilter }).catch(() => null);
      if (request !== latest.current) return;
      setState(result?.ok && result.data.matched !== null ? { kind: "count", matched: result.data.matched } : { kind: "failed" });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [id, key, rules]);

  const message = {
    event: t("previewEvent"),
    incomplete: t("previewIncomplete"),
    counting: t("previewLoading"),
    failed: t("previewIncomplete"),
    count: state.kind === "count" ? t("previewCount", { count: state.matched }) : "",
  }[state.kind];
  return (
    <section aria-labelledby="automation-preview" className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm ring-1 ring-slate-200 sm:col-span-2">
      <h3 id="automation-preview" className="font-medium">
        {t("preview")}
      </h3>
      <p role="status" aria-live="polite" data-preview={state.kind}>
        {message}
      </p>
      {(state.kind === "count" || state.kind === "counting") && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-xs text-slate-600">{t("previewNote")}</p>
          <button type="button" onClick={() => setRound((r) => r + 1)} disabled={state.kind === "counting"} className="rounded-lg bg-white px-2.5 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-60">
            {t("previewButton")}
          </button>
        </div>
      )}
    </section>
  );
}
