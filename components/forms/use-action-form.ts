"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { useErrorText } from "./use-error-text";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Submits a form to a server action and keeps its errors. The form keeps what was typed on
 * failure (nothing is lost); on success it is cleared and the page data refreshed.
 */
export function useActionForm<T>(
  action: (input: unknown) => Promise<ActionResult<T>>,
  { extra = {}, onSuccess }: { extra?: Record<string, unknown>; onSuccess?: (data: T) => void } = {},
) {
  const errorText = useErrorText();
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [fields, setFields] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // The submit button that was pressed counts as a field (a "create anyway" button, for instance).
    const values = Object.fromEntries(new FormData(form, (event.nativeEvent as SubmitEvent).submitter).entries());
    setFields(Object.keys(values));
    startTransition(async () => {
      const result = await action({ ...values, ...extra }).catch((): Failure => ({ ok: false, code: "server_error", fieldErrors: {} }));
      if (!result.ok) {
        setFailure(result);
        if (result.code === "version_conflict") router.refresh();
        return;
      }
      setFailure(null);
      form.reset();
      onSuccess?.(result.data);
      router.refresh();
    });
  }

  const fieldError = (name: string) => {
    const code = failure?.fieldErrors[name]?.[0];
    return code ? errorText.field(code) : undefined;
  };
  // A refusal about a field the form does not show (a stage rule requiring a note, say) is said above the button.
  const hidden = Object.entries(failure?.fieldErrors ?? {}).find(([name]) => !fields.includes(name))?.[1][0];
  const formError = !failure ? undefined : failure.code !== "validation" ? errorText.form(failure.code) : hidden ? errorText.field(hidden) : undefined;
  return { onSubmit, pending, fieldError, formError, failure };
}
