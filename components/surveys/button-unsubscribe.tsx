"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";

/** Unsubscribing takes a press, not just opening the link: link scanners in mail systems open links too. */
export function ButtonUnsubscribe({ token }: { token: string }) {
  const t = useTranslations("Unsubscribe");
  const [state, setState] = useState<"idle" | "pending" | "done" | "error">("idle");
  async function unsubscribe() {
    setState("pending");
    const response = await fetch(`/api/public/unsubscribe/${encodeURIComponent(token)}`, { method: "POST" }).catch(() => null);
    setState(response?.ok ? "done" : "error");
  }
  if (state === "done") {
    return (
      <p role="status" className="rounded-xl bg-emerald-50 p-4 text-base text-emerald-900">
        {t("done")}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-base">{t("explain")}</p>
      <FormError message={state === "error" ? t("error") : undefined} />
      <button type="button" onClick={unsubscribe} disabled={state === "pending"} className="w-full rounded-lg bg-indigo-700 px-4 py-3 text-base font-semibold text-white hover:bg-indigo-800 disabled:opacity-60 sm:w-auto">
        {t("confirm")}
      </button>
    </div>
  );
}
