"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { Locale } from "@/core/constants";
import { stageLabel } from "@/lib/journey/labels";
import type { EditorStage } from "./types";

const small = "rounded-lg px-2.5 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40";

interface Props {
  stage: EditorStage;
  index: number;
  count: number;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
  onArchive: () => void;
  children?: ReactNode;
}

/** One stage in the editor: a drag handle, move up/down buttons for the keyboard, and its actions. */
export function ItemStage({ stage, index, count, busy, onMove, onEdit, onArchive, children }: Props) {
  const t = useTranslations("SettingsStages");
  const format = useFormatter();
  const [why, setWhy] = useState(false);
  const label = stageLabel(stage, useLocale() as Locale);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.key, disabled: busy });
  const blocked = !stage.archived && stage.customerCount > 0;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-stage-key={stage.key}
      className={`rounded-lg bg-white p-3 ring-1 ring-slate-200 ${isDragging ? "relative z-10 shadow-lg" : ""} ${stage.archived ? "bg-slate-50" : ""}`}
    >
      <div className="flex flex-wrap items-center gap-3">
        <button
          ref={setActivatorNodeRef}
          type="button"
          {...attributes}
          {...listeners}
          aria-label={t("dragHandle", { label })}
          className="cursor-grab touch-none rounded px-1 text-lg leading-none text-slate-400 hover:text-slate-700"
        >
          <span aria-hidden>⠿</span>
        </button>
        <span className="tabular-nums text-sm text-slate-500">{format.number(index + 1)}</span>
        <div className="min-w-40 flex-1">
          <p className={`font-medium ${stage.archived ? "text-slate-500 line-through" : "text-slate-900"}`}>{label}</p>
          <p className="text-xs text-slate-500">
            <bdi dir="ltr" className="font-mono">{stage.key}</bdi>
            {" · "}
            {t(`rules.${stage.transitionRule}`)}
            {" · "}
            {t("idleSummary", { days: stage.idleDays })}
            {stage.requiredFields.length > 0 && ` · ${t("requiresSummary", { fields: format.list(stage.requiredFields.map((f) => t(`fields.${f}`))) })}`}
          </p>
        </div>
        <span className="text-xs text-slate-600">{t("customers", { count: stage.customerCount })}</span>
        {stage.archived && <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-800">{t("archived")}</span>}
        <div className="flex flex-wrap gap-1">
          <button type="button" className={small} disabled={busy || index === 0} onClick={() => onMove(-1)} aria-label={t("moveUp", { label })}>
            <span aria-hidden>↑</span>
          </button>
          <button type="button" className={small} disabled={busy || index === count - 1} onClick={() => onMove(1)} aria-label={t("moveDown", { label })}>
            <span aria-hidden>↓</span>
          </button>
          <button type="button" className={small} onClick={onEdit} aria-label={t("editOf", { label })}>
            {t("edit")}
          </button>
          <button type="button" className={small} disabled={busy} onClick={() => (blocked ? setWhy(true) : onArchive())}>
            {stage.archived ? t("unarchive") : t("archive")}
          </button>
        </div>
      </div>
      {why && blocked && (
        <p role="alert" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900">
          {t("cannotArchive", { count: stage.customerCount })}
        </p>
      )}
      {children && <div className="mt-3">{children}</div>}
    </li>
  );
}
