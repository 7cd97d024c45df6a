"use client";

import { useTranslations } from "next-intl";
import { isolate } from "@/core/i18n/bidi";
import type { BoardCard } from "@/lib/board/types";
import { useMoney } from "./use-money";

/** What a card shows; shared by the card in its column and the copy that follows the pointer. */
export function BoardCardBody({ card, currency, idleDays, besideMenu }: { card: BoardCard; currency: string; idleDays?: number; besideMenu?: boolean }) {
  const t = useTranslations("Board");
  const money = useMoney(currency);
  return (
    <>
      {/* The "Move to…" button sits over the end of the first line. */}
      <p className={`truncate font-medium text-slate-900 ${besideMenu ? "pe-20" : ""}`}>{card.name}</p>
      <p className="truncate text-xs text-slate-600">{card.ownerName ? t("owner", { name: isolate(card.ownerName) }) : t("unassigned")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <span>{t("daysInStage", { days: card.daysInStage })}</span>
        {card.stale && (
          <span
            className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-900"
            title={idleDays ? t("staleHint", { days: idleDays }) : undefined}
          >
            {t("stale")}
          </span>
        )}
        {card.valueMinor > 0 && <span className="ms-auto font-medium tabular-nums text-slate-800">{money(card.valueMinor)}</span>}
      </div>
    </>
  );
}
