"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { archiveStageAction, reorderStagesAction } from "@/lib/settings/stages-actions";
import type { Journey, Locale } from "@/core/constants";
import { stageLabel } from "@/lib/journey/labels";
import { useRouter } from "@/lib/i18n/navigation";
import { FormStage } from "./form-stage";
import { ItemStage } from "./item-stage";
import type { EditorStage, StagePanel } from "./types";
import { useSettingsAction } from "./use-settings-action";
import { useStageAnnouncements } from "./use-stage-announcements";

interface Props {
  journey: Journey;
  stages: EditorStage[];
  panel: StagePanel;
  setPanel: (panel: StagePanel) => void;
}

/**
 * One journey's stages in order. A drag (pointer or keyboard) or the up/down buttons reorder the list
 * at once and save the whole order in one transaction; a refused save puts the saved order back.
 */
export function ListStagesSortable({ journey, stages, panel, setPanel }: Props) {
  const t = useTranslations("SettingsStages");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const { run, pending, error } = useSettingsAction();
  const saved = stages.map((s) => s.key);
  const [order, setOrder] = useState(saved);
  const [seen, setSeen] = useState(saved.join());
  if (seen !== saved.join()) {
    setSeen(saved.join());
    setOrder(saved);
  }
  const [status, setStatus] = useState("");
  const byKey = new Map(stages.map((s) => [s.key, s]));
  const shown = order.map((key) => byKey.get(key)).filter((s): s is EditorStage => Boolean(s));
  const labelOf = (key: string) => {
    const stage = byKey.get(key);
    return stage ? stageLabel(stage, locale) : key;
  };
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const accessibility = useStageAnnouncements(order, labelOf);

  const save = (next: string[], moved: string) => {
    setOrder(next);
    setStatus(t("announce.moved", { label: labelOf(moved), position: next.indexOf(moved) + 1, count: next.length }));
    run(() => reorderStagesAction({ journey, keys: next }), {
      onFailure: () => {
        setOrder(saved);
        router.refresh();
      },
    });
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const next = arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id)));
    save(next, String(active.id));
  };
  const move = (key: string, delta: -1 | 1) => {
    const from = order.indexOf(key);
    save(arrayMove(order, from, from + delta), key);
  };
  const describeArchive = (failure: { code: string; details?: Record<string, unknown> }) =>
    failure.code === "stage_in_use" ? t("cannotArchive", { count: Number(failure.details?.count ?? 0) }) : undefined;

  return (
    <div className="space-y-2">
      <DndContext sensors={sensors} collisionDetection={closestCenter} accessibility={accessibility} onDragEnd={onDragEnd}>
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="space-y-2" aria-label={t(`journeys.${journey}`)}>
            {shown.map((stage, index) => (
              <ItemStage
                key={stage.key}
                stage={stage}
                index={index}
                count={shown.length}
                busy={pending}
                onMove={(delta) => move(stage.key, delta)}
                onEdit={() => setPanel(panel?.kind === "edit" && panel.key === stage.key ? null : { kind: "edit", key: stage.key })}
                onArchive={() => run(() => archiveStageAction({ key: stage.key, archived: !stage.archived }), { describe: describeArchive })}
              >
                {panel?.kind === "edit" && panel.key === stage.key && <FormStage key={stage.key} mode={{ kind: "edit", stage }} onDone={() => setPanel(null)} />}
              </ItemStage>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {panel?.kind === "add" && panel.journey === journey ? (
        <FormStage mode={{ kind: "add", journey }} onDone={() => setPanel(null)} />
      ) : (
        <button type="button" onClick={() => setPanel({ kind: "add", journey })} className="rounded-lg px-3 py-1.5 text-sm font-medium text-indigo-800 ring-1 ring-indigo-200 hover:bg-indigo-50">
          {t("addTo", { journey: t(`journeys.${journey}`) })}
        </button>
      )}
    </div>
  );
}
