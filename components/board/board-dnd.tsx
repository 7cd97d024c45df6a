"use client";

import { DndContext, DragOverlay, useDraggable, useDroppable, type DragEndEvent, type DragStartEvent } from "@dnd-kit/core";
import { useState } from "react";
import type { BoardCard } from "@/lib/board/types";
import { BoardCardBody } from "./board-card-body";
import { BoardCardMenu } from "./board-card-menu";
import { useBoard } from "./board-context";
import type { BoardKit } from "./board-kit";
import { BoardMoveDialog } from "./board-move-dialog";
import { boardCollisions, cardOf, stageOf, useBoardAnnouncements, useBoardSensors } from "./use-board-dnd";

/** Drag by pointer, touch or keys, with the dragged card drawn over the page while it moves. */
const Layer: BoardKit["Layer"] = ({ order, onMove, children }) => {
  const { journey, dir, labelOf, currency } = useBoard();
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const sensors = useBoardSensors(order, dir);
  const accessibility = useBoardAnnouncements(labelOf);
  const onDragStart = ({ active }: DragStartEvent) => setDragged(cardOf(active) ?? null);
  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    setDragged(null);
    const card = cardOf(active);
    const to = stageOf(over);
    if (card && to && to !== card.stageKey) onMove(card, to, activatorEvent instanceof KeyboardEvent);
  };
  return (
    <DndContext
      // A fixed id: dnd-kit's own counter differs between the server and the browser.
      id={`board-${journey}`}
      sensors={sensors}
      collisionDetection={boardCollisions}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className="w-60 cursor-grabbing rounded-lg bg-white px-3 pt-3 pb-2 shadow-xl ring-2 ring-indigo-400">
            <BoardCardBody card={dragged} currency={currency} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
};

export const dndKit: BoardKit = { name: "dnd", useDraggable, useDroppable, Layer, Menu: BoardCardMenu, MoveDialog: BoardMoveDialog };
