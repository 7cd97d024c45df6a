import { LOST, type Channel, type Locale, type TouchpointKind } from "@/db/schema";
import type { CustomerContext } from "./context";
import { DAY, HOUR } from "./journey";
import type { Weighted } from "./random";
import { demoTexts } from "./texts";

/** How staff reach customers: WhatsApp in Israel, Telegram and Instagram in Iran. */
const contactMix: Record<Locale, Weighted<Channel>> = {
  he: [["whatsapp", 45], ["phone", 20], ["email", 10], ["instagram", 8], ["store", 8], ["sms", 5], ["telegram", 2], ["event", 2]],
  fa: [["telegram", 30], ["instagram", 20], ["whatsapp", 15], ["phone", 15], ["email", 8], ["store", 8], ["sms", 2], ["event", 2]],
  en: [["email", 30], ["whatsapp", 20], ["phone", 20], ["instagram", 10], ["store", 10], ["event", 5], ["telegram", 5]],
};

const kinds: Partial<Record<Channel, TouchpointKind>> = {
  phone: "call",
  whatsapp: "message",
  telegram: "message",
  instagram: "message",
  social: "message",
  sms: "message",
  email: "email",
  store: "visit",
  event: "meeting",
};

export function contactChannel(ctx: CustomerContext): Channel {
  return ctx.rng.weighted(contactMix[ctx.locale]);
}

export function addTouchpoint(ctx: CustomerContext, at: number, channel: Channel): void {
  const { rng } = ctx;
  ctx.rows.touchpoints.push({
    orgId: ctx.orgId,
    id: rng.uuid(ctx.createdAt),
    customerId: ctx.customerId,
    channel,
    kind: kinds[channel] ?? "other",
    at: new Date(at),
    note: rng.chance(0.25) ? rng.pick(demoTexts[ctx.locale].touchpointNotes) : null,
    actorId: ctx.ownerId,
  });
  ctx.lastActivity = Math.max(ctx.lastActivity, at);
}

/**
 * The stage events, each with the contact that led to it (the first on the customer's
 * acquisition channel), plus a few contacts in between.
 */
export function addHistory(ctx: CustomerContext): void {
  const { rng, moves } = ctx;
  const start = ctx.createdAt;
  moves.forEach((move, i) => {
    const channel = i === 0 ? ctx.channel : contactChannel(ctx);
    ctx.rows.stageEvents.push({
      orgId: ctx.orgId,
      id: rng.uuid(ctx.createdAt),
      customerId: ctx.customerId,
      fromKey: move.fromKey,
      toKey: move.toKey,
      at: new Date(move.at),
      actorId: ctx.ownerId,
      channel,
      note: null,
      reason: move.reason,
      recordedAt: new Date(move.at),
    });
    ctx.lastActivity = Math.max(ctx.lastActivity, move.at);
    if (move.toKey !== LOST) addTouchpoint(ctx, Math.max(start, move.at - rng.int(0, 36) * HOUR), channel);
  });
  const last = moves.at(-1);
  const end = !last ? ctx.now : last.toKey === LOST ? last.at : Math.min(ctx.now, last.at + 30 * DAY);
  for (let extra = rng.int(0, 3); extra > 0; extra--) {
    addTouchpoint(ctx, Math.floor(start + rng.next() * (end - start)), contactChannel(ctx));
  }
}
