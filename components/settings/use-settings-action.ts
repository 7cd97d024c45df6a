"use client";

import { useState, useTransition } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import type { ActionResult } from "@/lib/actions";
import { useRouter } from "@/lib/i18n/navigation";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Runs a settings server action from a button or a select: pending state, the localised error of a
 * refusal (or a caller's own wording for it), and fresh page data after a success.
 */
export function useSettingsAction() {
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  function run<T>(
    call: () => Promise<ActionResult<T>>,
    { onSuccess, onFailure, describe }: { onSuccess?: (data: T) => void; onFailure?: () => void; describe?: (failure: Failure) => string | undefined } = {},
  ) {
    startTransition(async () => {
      const result = await call().catch((): Failure => ({ ok: false, code: "server_error", fieldErrors: {} }));
      if (!result.ok) {
        setError(describe?.(result) ?? errorText.describe(result.code, result.fieldErrors));
        onFailure?.();
        return;
      }
      setError(undefined);
      onSuccess?.(result.data);
      router.refresh();
    });
  }
  return { run, pending, error, clearError: () => setError(undefined) };
}
