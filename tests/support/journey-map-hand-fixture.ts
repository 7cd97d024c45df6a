import { randomUUID } from "node:crypto";
import { buildHistory } from "./analytics-fixture";
import { U1, U2 } from "./funnel-fixture";
import type { MapHistory } from "./reference/journey-map-reference";

/*
 * The hand-made journey-map fixture: six customers in Asia/Jerusalem (UTC+2; UTC+3 from
 * 2024-03-29 02:00), read for March 2024 ([2024-03-01, 2024-04-01) local; the previous period is
 * [2024-01-30, 2024-03-01)). tests/db/journey-map.test.ts has the answers, worked out by hand.
 */
export const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID(), e: randomUUID(), f: randomUUID() };

export function journeyMapHandFixture(): MapHistory {
  const history = buildHistory("Asia/Jerusalem", [
    // in awareness before the range; engagement, consideration, then lost
    { id: ids.a, channel: "other", ownerId: U1, events: [["awareness", "2024-02-25T10:00+02:00"], ["engagement", "2024-03-05T10:00+02:00"], ["consideration", "2024-03-10T10:00+02:00"], ["lost", "2024-03-12T10:00+02:00", "price"]] },
    // skips from awareness to conversion
    { id: ids.b, channel: "other", ownerId: U2, events: [["awareness", "2024-03-02T09:00+02:00"], ["conversion", "2024-03-08T09:00+02:00"]] },
    // lost from awareness, then back in awareness
    { id: ids.c, channel: "other", ownerId: U1, events: [["awareness", "2024-03-03T12:00+02:00"], ["lost", "2024-03-06T12:00+02:00", "price"], ["awareness", "2024-03-20T12:00+02:00"]] },
    // enters engagement 30 minutes before the range ends (after the clock change), moves on after it
    { id: ids.d, channel: "other", ownerId: U2, events: [["engagement", "2024-03-31T23:30+03:00"], ["consideration", "2024-04-01T00:30+03:00"]] },
    // enters awareness 30 minutes before the range, lost from it in the range
    { id: ids.e, channel: "other", ownerId: U1, events: [["awareness", "2024-02-29T23:30+02:00"], ["lost", "2024-03-04T23:30+02:00", "timing"]] },
    // moves at the range's first instant: in engagement just before it, entered consideration in it
    { id: ids.f, channel: "other", ownerId: U2, events: [["engagement", "2024-02-20T00:00+02:00"], ["consideration", "2024-03-01T00:00+02:00"]] },
  ]);
  const t = (customerId: string, channel: "whatsapp" | "phone" | "instagram", at: string) => ({ customerId, channel, at: Date.parse(at) });
  const f = (customerId: string, score: number, at: string, comment: string | null) => ({ id: randomUUID(), customerId, score, comment, at: Date.parse(at) });
  return {
    ...history,
    touchpoints: [
      t(ids.a, "whatsapp", "2024-02-26T10:00+02:00"), // awareness, before the range
      t(ids.a, "whatsapp", "2024-03-05T10:00+02:00"), // the instant of the move: engagement
      t(ids.a, "phone", "2024-03-07T10:00+02:00"), // engagement
      t(ids.a, "instagram", "2024-03-11T10:00+02:00"), // consideration
      t(ids.a, "phone", "2024-03-13T10:00+02:00"), // lost: no stage
      t(ids.b, "whatsapp", "2024-03-01T08:00+02:00"), // before B's first event: no stage
      t(ids.b, "instagram", "2024-03-03T10:00+02:00"), // awareness
      t(ids.c, "phone", "2024-03-04T10:00+02:00"), // awareness
      t(ids.c, "whatsapp", "2024-03-10T10:00+02:00"), // lost: no stage
      t(ids.c, "whatsapp", "2024-03-21T10:00+02:00"), // awareness again
      t(ids.e, "phone", "2024-03-01T10:00+02:00"), // awareness
    ],
    feedback: [
      f(ids.a, 3, "2024-02-27T10:00+02:00", "Too expensive"), // awareness, previous period
      f(ids.e, 4, "2024-02-29T23:45+02:00", "Confusing site"), // awareness, previous period
      f(ids.e, 10, "2024-02-28T10:00+02:00", "Before any stage"), // before E's first event: no stage
      f(ids.a, 10, "2024-03-06T10:00+02:00", "Loved the demo"), // engagement
      f(ids.a, 2, "2024-03-11T10:00+02:00", "Slow answers"), // consideration
      f(ids.b, 9, "2024-03-05T10:00+02:00", "Helpful"), // awareness
      f(ids.b, 7, "2024-03-09T10:00+02:00", "ok"), // conversion, passive
      f(ids.c, 6, "2024-03-04T10:00+02:00", "  "), // awareness, detractor without a comment
      f(ids.c, 0, "2024-03-08T10:00+02:00", "never again"), // lost: no stage
      f(ids.e, 1, "2024-03-02T10:00+02:00", "Nobody called back"), // awareness
    ],
  };
}
