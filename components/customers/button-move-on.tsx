"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { moveCustomerAction } from "@/lib/customers/actions";
import { FormError } from "@/components/forms/form-error";
import { useErrorText } from "@/components/forms/use-error-text";
import { useRouter } from "@/lib/i18n/navigation";

/**
 * "Move on": the customer's next stage in one tap, at the version the page was loaded at. A move
 * the stage's rules refuse (a reason, a purchase amount) says why; the full move form does the rest.
 */
export function ButtonMoveOn({ customerId, version, to, label }: { customerId: string; version: number; to: string; label: string }) {
  const t = useTranslations("Customer.move");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const moveOn = () =>
    startTransition(async () => {
      const result = await moveCustomerAction({ customerId, version, to }).catch(() => null);
      setError(result?.ok ? undefined : result ? errorText.describe(result.code, result.fieldErrors) : errorText.form("server_error"));
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={moveOn}
        disabled={pending}
        aria-busy={pending}
        className="rounded-full bg-slate-800 px-4 py-2 text-sm font-medium text-white hover:bg-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-400 disabled:opacity-60"
      >
        {t("on", { stage: label })}
      </button>
      <FormError message={error} />
    </div>
  );
}
