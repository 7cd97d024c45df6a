"use client";

import {
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type Over,
} from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { stageInDirection } from "@/lib/board/keyboard";
import type { BoardCard } from "@/lib/board/types";
import type { Direction } from "@/lib/i18n/locale";
import { columnDropId, tabDropId } from "./board-kit";

export const cardOf = (active: Active | null): BoardCard | undefined => active?.data.current?.card as BoardCard | undefined;
export const stageOf = (over: Over | null): string | undefined => over?.data.current?.stageKey as string | undefined;

/** The pointer decides where a dragged card is; keyboard drags have no pointer, so their rectangle does. */
export const boardCollisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

/**
 * Arrow keys jump a picked-up card to the next or previous stage (mirrored in RTL) by placing it
 * over that stage's column, or its tab when the column is hidden (one column at a time on phones).
 */
function stageKeyboardCoordinates(order: readonly string[], dir: Direction): KeyboardCoordinateGetter {
  return (event, { context: { active, over, collisionRect, droppableRects } }) => {
    const card = cardOf(active);
    if (!card || !collisionRect) return undefined;
    const target = stageInDirection(order, stageOf(over) ?? card.stageKey, event.code, dir);
    if (!target) return undefined;
    event.preventDefault();
    const column = droppableRects.get(columnDropId(target));
    const rect = column && column.width > 0 ? column : droppableRects.get(tabDropId(target));
    if (!rect) return undefined;
    return { x: rect.left + (rect.width - collisionRect.width) / 2, y: rect.top + Math.min(rect.height / 2, 48) - collisionRect.height / 2 };
  };
}

export function useBoardSensors(order: readonly string[], dir: Direction) {
  const coordinateGetter = useMemo(() => stageKeyboardCoordinates(order, dir), [order, dir]);
  return useSensors(
    // A few pixels of travel before a drag starts, so a click on a card stays a click.
    useSensor(MouseSensor, { activationConstraint: { distance: 8 } }),
    // On touch screens a press-and-hold starts a drag; a swipe still scrolls the column.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );
}

/** Screen-reader announcements for pick-up, move, drop and cancel, in the page's language. */
export function useBoardAnnouncements(labelOf: (key: string) => string) {
  const t = useTranslations("Board");
  return useMemo(() => {
    const name = (active: Active) => cardOf(active)?.name ?? "";
    const from = (active: Active) => labelOf(cardOf(active)?.stageKey ?? "");
    // A picked-up card is over its own column at once; saying so would talk over the pick-up.
    let leftHome = false;
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        leftHome = false;
        return t("announce.pickedUp", { name: name(active), stage: from(active) });
      },
      onDragOver: ({ active, over }) => {
        const stage = stageOf(over);
        if (stage === cardOf(active)?.stageKey && !leftHome) return undefined;
        leftHome = true;
        return stage ? t("announce.over", { name: name(active), stage: labelOf(stage) }) : t("announce.overNothing", { name: name(active) });
      },
      onDragEnd: ({ active, over }) => {
        const stage = stageOf(over);
        if (!stage) return t("announce.cancelled", { name: name(active), stage: from(active) });
        if (stage === cardOf(active)?.stageKey) return t("announce.droppedBack", { name: name(active), stage: labelOf(stage) });
        return t("announce.dropped", { name: name(active), stage: labelOf(stage) });
      },
      onDragCancel: ({ active }) => t("announce.cancelled", { name: name(active), stage: from(active) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t("dragInstructions") } };
  }, [t, labelOf]);
}
