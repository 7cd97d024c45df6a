import type { Customer, StageEvent } from "@/db/schema";

/** The API's customer shape (SPEC §5). */
export function presentCustomer(c: Customer) {
  return {
    id: c.id,
    externalId: c.externalId,
    name: c.name,
    email: c.email,
    phone: c.phone,
    channel: c.channel,
    stage: c.stageKey,
    lost: c.lost,
    lostReason: c.lostReason,
    ownerId: c.ownerId,
    referredById: c.referredById,
    birthday: c.birthday,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    stageEnteredAt: c.stageEnteredAt.toISOString(),
    lastActivityAt: c.lastActivityAt.toISOString(),
  };
}

export function presentMove(e: StageEvent) {
  return {
    id: e.id,
    from: e.fromKey,
    to: e.toKey,
    at: e.at.toISOString(),
    actorId: e.actorId,
    channel: e.channel,
    note: e.note,
    reason: e.reason,
  };
}
