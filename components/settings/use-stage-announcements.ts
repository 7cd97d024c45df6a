"use client";

import type { Announcements } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useMemo } from "react";

/** Screen-reader announcements for reordering stages, in the page's language, with positions counted from 1. */
export function useStageAnnouncements(order: string[], labelOf: (key: string) => string) {
  const t = useTranslations("SettingsStages");
  return useMemo(() => {
    const at = (id: string | number) => ({ label: labelOf(String(id)), position: order.indexOf(String(id)) + 1, count: order.length });
    const announcements: Announcements = {
      onDragStart: ({ active }) => t("announce.pickedUp", at(active.id)),
      onDragOver: ({ active, over }) => (over ? t("announce.over", { ...at(active.id), position: order.indexOf(String(over.id)) + 1 }) : undefined),
      onDragEnd: ({ active, over }) => (over ? t("announce.moved", { ...at(active.id), position: order.indexOf(String(over.id)) + 1 }) : t("announce.cancelled", at(active.id))),
      onDragCancel: ({ active }) => t("announce.cancelled", at(active.id)),
    };
    return { announcements, screenReaderInstructions: { draggable: t("dragInstructions") } };
  }, [t, order, labelOf]);
}
