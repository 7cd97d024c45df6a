"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { BoardStatusMessage } from "./use-board-move";

const SUCCESS_VISIBLE_MS = 6000;

/**
 * The outcome of the last move, where screen readers hear it: successes politely (and they fade),
 * refusals as alerts that stay until dismissed.
 */
export function BoardStatus({ status, onDismiss }: { status: BoardStatusMessage | null; onDismiss: () => void }) {
  const t = useTranslations("Board");
  useEffect(() => {
    if (status?.kind !== "success") return;
    const timer = setTimeout(onDismiss, SUCCESS_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status, onDismiss]);
  return (
    <div className="pointer-events-none fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-lg flex-col gap-2">
      <div role="status" aria-live="polite">
        {status?.kind === "success" && <p className="rounded-lg bg-emerald-800 px-4 py-3 text-sm text-white shadow-lg">{status.text}</p>}
      </div>
      <div role="alert" aria-live="assertive">
        {status?.kind === "error" && (
          <div className="pointer-events-auto flex items-start gap-3 rounded-lg bg-red-700 px-4 py-3 text-sm text-white shadow-lg">
            <p className="flex-1">{status.text}</p>
            <button type="button" onClick={onDismiss} className="shrink-0 rounded px-2 py-0.5 font-medium underline focus:outline-none focus-visible:ring-2 focus-visible:ring-white">
              {t("result.dismiss")}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
