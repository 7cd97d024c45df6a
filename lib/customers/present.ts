import type { Channel, Customer, CustomerMerge, StageEvent } from "@/db/schema";

/** The API's customer shape (SPEC §5). */
export function presentCustomer(c: Customer) {
  return {
    id: c.id,
    externalId: c.externalId,
    name: c.name,
    email: c.email,
    phone: c.phone,
    phoneE164: c.phoneE164,
    channel: c.channel,
    stage: c.stageKey,
    lost: c.lost,
    lostReason: c.lostReason,
    ownerId: c.ownerId,
    referredById: c.referredById,
    birthday: c.birthday,
    extra: c.extra ?? {},
    version: c.version,
    doNotContact: c.doNotContact,
    doNotContactAt: c.doNotContactAt?.toISOString() ?? null,
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
    automationId: e.automationId,
    channel: e.channel,
    note: e.note,
    reason: e.reason,
  };
}

/** A merge into a customer for its timeline: the merged-away record's name and its moves as they were. */
export function presentMerge({ merge, actorName }: { merge: CustomerMerge; actorName: string | null }) {
  return {
    id: merge.id,
    at: merge.at.toISOString(),
    name: merge.merged.name,
    actorName,
    moves: merge.events.map((e) => ({
      id: e.id,
      from: e.from_key,
      to: e.to_key,
      at: new Date(e.at).toISOString(),
      actorName: null,
      // Not named on the survivor's timeline, as the merged record's people are not.
      automationId: null,
      automationName: null,
      channel: e.channel as Channel | null,
      note: e.note,
      reason: e.reason,
    })),
  };
}
