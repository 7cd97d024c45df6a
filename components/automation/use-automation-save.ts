"use client";

import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { shownPaths, toInput, type AutomationDraft } from "@/core/automation/draft";
import type { ActionResult } from "@/lib/actions";
import { createAutomationAction, updateAutomationAction } from "@/lib/automation/actions";
import { useRouter } from "@/lib/i18n/navigation";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Saves a playbook draft (created, or patched when `id` is given) and keeps the refusal: field errors
 * by the API's paths (`trigger.days`, `actions.0.title`), and what no field shows as a form error.
 * The draft itself stays as typed on a refusal.
 */
export function useAutomationSave(id: string | undefined, { onSaved }: { onSaved: () => void }) {
  const errorText = useErrorText();
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();

  function save(draft: AutomationDraft, confirm = false) {
    startTransition(async () => {
      const input = { ...toInput(draft), confirm };
      const call = id ? updateAutomationAction({ id, ...input }) : createAutomationAction(input);
      const result = await call.catch((): Failure => ({ ok: false, code: "server_error", fieldErrors: {} }));
      if (!result.ok) return setFailure(result);
      setFailure(null);
      onSaved();
      router.refresh();
    });
  }

  const fieldError = (path: string) => {
    const code = failure?.fieldErrors[path]?.[0];
    return code ? errorText.field(code) : undefined;
  };
  const formError = (draft: AutomationDraft) => {
    if (!failure || failure.code === "confirm_required") return undefined;
    if (failure.code !== "validation") return errorText.form(failure.code);
    const shown = shownPaths(draft);
    const hidden = Object.entries(failure.fieldErrors).find(([path]) => !shown.has(path))?.[1][0];
    return hidden ? errorText.field(hidden) : errorText.form("validation");
  };
  const toConfirm = failure?.code === "confirm_required" ? Number(failure.details?.matched ?? 0) : null;
  return { save, pending, fieldError, formError, toConfirm, clear: () => setFailure(null) };
}
