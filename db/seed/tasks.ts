import { LOST } from "@/db/schema";
import type { CustomerContext } from "./context";
import { DAY, HOUR } from "./journey";
import { demoTexts } from "./texts";

/** A calendar date (YYYY-MM-DD) in the organization's time zone. */
export type LocalDate = (at: number) => string;

/** Open follow-ups due around now, and a few done ones from the last months. */
export function addTasks(ctx: CustomerContext, localDate: LocalDate): void {
  const { rng, now } = ctx;
  const texts = demoTexts[ctx.locale];
  const start = ctx.createdAt;
  const last = ctx.moves.at(-1);
  const retained = last?.toKey === "retention" || last?.toKey === "loyalty";
  if (last?.toKey !== LOST && rng.chance(retained ? 0.4 : 0.3)) {
    const due = Math.max(now + rng.int(-5, 14) * DAY, start + DAY);
    const createdAt = Math.max(start, Math.min(due, now) - rng.int(1, 20) * DAY);
    addTask(ctx, { title: rng.pick(texts.openTasks), due: localDate(due), createdAt, doneAt: null });
  }
  if (rng.chance(0.45)) {
    const from = Math.max(start, now - 120 * DAY);
    for (let n = rng.int(1, 2); n > 0; n--) {
      const due = from + Math.floor(rng.next() * (now - from));
      const doneAt = Math.min(now, Math.max(start, due + rng.int(-48, 24) * HOUR));
      const createdAt = Math.max(start, doneAt - rng.int(1, 10) * DAY);
      addTask(ctx, { title: rng.pick(texts.doneTasks), due: localDate(due), createdAt, doneAt });
    }
  }
}

function addTask(ctx: CustomerContext, task: { title: string; due: string; createdAt: number; doneAt: number | null }): void {
  ctx.rows.tasks.push({
    orgId: ctx.orgId,
    id: ctx.rng.uuid(ctx.createdAt),
    customerId: ctx.customerId,
    assigneeId: ctx.ownerId,
    title: task.title,
    dueOn: task.due,
    doneAt: task.doneAt === null ? null : new Date(task.doneAt),
    createdAt: new Date(task.createdAt),
  });
}
