"use client";

import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { useLocale } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import type { Journey, Locale } from "@/core/constants";
import type { BoardCard, BoardFilters } from "@/lib/board/types";
import { direction } from "@/lib/i18n/locale";
import { BoardCardBody } from "./board-card-body";
import { BoardColumn } from "./board-column";
import { BoardProvider, type BoardContextValue, type BoardStage } from "./board-context";
import { BoardMoveDialog } from "./board-move-dialog";
import { BoardStageTabs } from "./board-stage-tabs";
import { BoardStatus } from "./board-status";
import { boardCollisions, cardOf, stageOf, useBoardAnnouncements, useBoardSensors } from "./use-board-dnd";
import { useBoardMove } from "./use-board-move";
import { useBoardColumns } from "./use-board-queries";

interface Props {
  journey: Journey;
  filters: BoardFilters;
  stages: BoardStage[];
  currency: string;
}

/** The kanban: one column per live stage of the journey (one at a time on phones), cards moved by drag, keys or menu. */
export function BoardView({ journey, filters, stages, currency }: Props) {
  const dir = direction(useLocale() as Locale);
  const columns = useBoardColumns(journey, filters).data ?? [];
  const order = useMemo(() => columns.map((c) => c.key), [columns]);
  const [phoneStage, setPhoneStage] = useState<string | null>(null);
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const [focusRequest, setFocusRequest] = useState<BoardContextValue["focusRequest"]>(null);
  const focusDone = useCallback(() => setFocusRequest(null), []);
  const labelOf = useCallback((key: string) => stages.find((s) => s.key === key)?.label ?? key, [stages]);
  const mover = useBoardMove(stages, labelOf, filters);
  const sensors = useBoardSensors(order, dir);
  const accessibility = useBoardAnnouncements(labelOf);

  const context: BoardContextValue = { journey, filters, currency, dir, stages, labelOf, requestMove: mover.move, askLost: mover.askLost, focusRequest, focusDone };
  const shown = phoneStage && order.includes(phoneStage) ? phoneStage : (order[0] ?? "");

  const onDragStart = ({ active }: DragStartEvent) => setDragged(cardOf(active) ?? null);
  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setDragged(null);
    const card = cardOf(active);
    const to = stageOf(over);
    if (!card || !to || to === card.stageKey) return;
    mover.move(card, to);
    if (activatorEvent instanceof KeyboardEvent) setFocusRequest({ id: card.id, stageKey: to });
  };

  return (
    <BoardProvider value={context}>
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollisions}
        accessibility={accessibility}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
      >
        <BoardStageTabs columns={columns} selected={shown} onSelect={setPhoneStage} />
        <div className="grid gap-3 md:auto-cols-[minmax(15rem,1fr)] md:grid-flow-col md:overflow-x-auto md:pb-2">
          {columns.map((column) => (
            <BoardColumn key={column.key} column={column} shownOnPhone={column.key === shown} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged && (
            <div className="w-60 cursor-grabbing rounded-lg bg-white px-3 pt-3 pb-2 shadow-xl ring-2 ring-indigo-400">
              <BoardCardBody card={dragged} currency={currency} />
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <BoardMoveDialog
        pending={mover.pending}
        submitting={mover.submitting}
        onCancel={mover.cancelPending}
        onSubmit={(pending, extras) => mover.move(pending.card, pending.to, extras)}
      />
      <BoardStatus status={mover.status} onDismiss={mover.clearStatus} />
    </BoardProvider>
  );
}
