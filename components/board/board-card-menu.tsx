"use client";

import * as Menu from "@radix-ui/react-dropdown-menu";
import { useTranslations } from "next-intl";
import type { BoardCard } from "@/lib/board/types";
import { Link } from "@/lib/i18n/navigation";
import { useBoard } from "./board-context";
import { MENU_TRIGGER_CLASS } from "./board-kit";

const item =
  "cursor-pointer rounded-md px-3 py-2 text-sm text-slate-800 outline-none data-[highlighted]:bg-indigo-50 data-[highlighted]:text-indigo-900";

/** "Move to…": every other live stage, this journey's first, then the other journey's; or lost. */
export function BoardCardMenu({ card }: { card: BoardCard }) {
  const t = useTranslations("Board");
  const { stages, journey, dir, requestMove, askLost, menuToOpen } = useBoard();
  const targets = stages.filter((s) => s.key !== card.stageKey);
  const groups = [targets.filter((s) => s.journey === journey), targets.filter((s) => s.journey !== journey)].filter((g) => g.length);
  return (
    <Menu.Root dir={dir} modal={false} defaultOpen={menuToOpen === card.id}>
      <Menu.Trigger aria-label={t("moveMenu", { name: card.name })} data-focus-key={`menu:${card.id}`} className={MENU_TRIGGER_CLASS}>
        {t("moveTo")}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content align="end" sideOffset={4} collisionPadding={8} className="z-50 min-w-48 rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-200">
          {groups.map((group, i) => (
            <Menu.Group key={group[0]?.journey ?? i}>
              {i > 0 && <Menu.Separator className="my-1 h-px bg-slate-200" />}
              <Menu.Label className="px-3 py-1 text-xs font-medium text-slate-500">{t(`journeys.${group[0]?.journey ?? journey}`)}</Menu.Label>
              {group.map((stage) => (
                <Menu.Item key={stage.key} className={item} onSelect={() => requestMove(card, stage.key)}>
                  {stage.label}
                </Menu.Item>
              ))}
            </Menu.Group>
          ))}
          <Menu.Separator className="my-1 h-px bg-slate-200" />
          <Menu.Item className={item} onSelect={() => askLost(card)}>
            {t("markLost")}
          </Menu.Item>
          <Menu.Item className={item} asChild>
            <Link href={`/customers/${card.id}`}>{t("open")}</Link>
          </Menu.Item>
          <Menu.Item className={item} asChild>
            <Link href={`/customers/${card.id}#messages`}>{t("message")}</Link>
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
