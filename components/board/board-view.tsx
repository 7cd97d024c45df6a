"use client";

import { useLocale } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Journey, Locale } from "@/core/constants";
import type { BoardCard, BoardFilters } from "@/lib/board/types";
import { direction } from "@/lib/i18n/locale";
import { BoardColumn } from "./board-column";
import { BoardProvider, type BoardContextValue, type BoardStage } from "./board-context";
import { BoardStageTabs } from "./board-stage-tabs";
import { BoardStatus } from "./board-status";
import { useBoardKit } from "./use-board-kit";
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
  const [focusRequest, setFocusRequest] = useState<BoardContextValue["focusRequest"]>(null);
  const focusDone = useCallback(() => setFocusRequest(null), []);
  const labelOf = useCallback((key: string) => stages.find((s) => s.key === key)?.label ?? key, [stages]);
  const mover = useBoardMove(stages, labelOf, filters);
  const root = useRef<HTMLDivElement | null>(null);
  const { kit, loadKit, menuToOpen } = useBoardKit(root);

  const context: BoardContextValue = {
    ...{ journey, filters, currency, dir, stages, labelOf, requestMove: mover.move, askLost: mover.askLost, focusRequest, focusDone },
    ...{ kit, loadKit, menuToOpen },
  };
  const shown = phoneStage && order.includes(phoneStage) ? phoneStage : (order[0] ?? "");
  const onMove = (card: BoardCard, to: string, byKeyboard: boolean) => {
    mover.move(card, to);
    if (byKeyboard) setFocusRequest({ id: card.id, stageKey: to });
  };

  return (
    <BoardProvider value={context}>
      <div ref={root} data-board-kit={kit.name}>
        {/* Keyed by the kit: its hooks replace the stand-in's, so the cards mount afresh with them. */}
        <kit.Layer key={kit.name} order={order} onMove={onMove}>
          <BoardStageTabs columns={columns} selected={shown} onSelect={setPhoneStage} />
          <div className="grid gap-3 md:auto-cols-[minmax(15rem,1fr)] md:grid-flow-col md:overflow-x-auto md:pb-2">
            {columns.map((column) => (
              <BoardColumn key={column.key} column={column} shownOnPhone={column.key === shown} />
            ))}
          </div>
        </kit.Layer>
      </div>
      <kit.MoveDialog
        pending={mover.pending}
        submitting={mover.submitting}
        onCancel={mover.cancelPending}
        onSubmit={(pending, extras) => mover.move(pending.card, pending.to, extras)}
      />
      <BoardStatus status={mover.status} onDismiss={mover.clearStatus} />
    </BoardProvider>
  );
}
