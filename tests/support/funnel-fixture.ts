import { buildHistory, type CustomerSpec } from "./analytics-fixture";

/*
 * The hand-made funnel fixture: 30 customers in Asia/Jerusalem (UTC+2, UTC+3 from 2024-03-29
 * 02:00), read against March 2024 ([2024-03-01, 2024-04-01) local). Stages: awareness 10,
 * engagement 20, consideration 30, qualified 35 (archived), conversion 40 | retention 50, loyalty 60.
 * Each line says what the customer is there to test.
 */
export const U1 = "11111111-1111-4111-8111-111111111111";
export const U2 = "22222222-2222-4222-8222-222222222222";

const specs: Record<string, CustomerSpec> = {
  // straight through, into retention
  c01: { channel: "whatsapp", ownerId: U1, events: [["awareness", "2024-03-02T10:00+02:00"], ["engagement", "2024-03-05T10:00+02:00"], ["consideration", "2024-03-10T10:00+02:00"], ["conversion", "2024-03-15T10:00+02:00"], ["retention", "2024-03-20T10:00+02:00"]] },
  // skips two stages: any counts them, strict stops after awareness
  c02: { channel: "whatsapp", ownerId: U1, events: [["awareness", "2024-03-03T09:00+02:00"], ["conversion", "2024-03-08T09:00+02:00"]] },
  // lost after engagement
  c03: { channel: "instagram", ownerId: U2, events: [["awareness", "2024-03-04T12:00+02:00"], ["engagement", "2024-03-06T12:00+02:00"], ["lost", "2024-03-09T12:00+02:00"]] },
  // enters at engagement: reached(awareness) under any, nothing under strict; cons exactly at t0 + 7 days
  c04: { channel: "instagram", ownerId: U2, events: [["engagement", "2024-03-05T15:00+02:00"], ["consideration", "2024-03-12T15:00+02:00"]] },
  // backward move, then forward again: strict path aw → eng(03-09) → cons(03-11) → conv
  c05: { channel: "referral", ownerId: null, events: [["awareness", "2024-03-06T08:00+02:00"], ["consideration", "2024-03-07T08:00+02:00"], ["engagement", "2024-03-09T08:00+02:00"], ["consideration", "2024-03-11T08:00+02:00"], ["conversion", "2024-03-25T08:00+02:00"]] },
  // lost, then re-enters engagement
  c06: { channel: "referral", ownerId: U1, events: [["awareness", "2024-03-07T11:00+02:00"], ["engagement", "2024-03-08T11:00+02:00"], ["lost", "2024-03-10T11:00+02:00"], ["engagement", "2024-03-20T11:00+02:00"], ["consideration", "2024-03-22T11:00+02:00"]] },
  // archived stage counts for consideration; converts after the range
  c07: { channel: "whatsapp", ownerId: U2, events: [["awareness", "2024-03-10T09:00+02:00"], ["qualified", "2024-03-12T09:00+02:00"], ["conversion", "2024-04-05T09:00+03:00"]] },
  // starts 00:30 local on March 1 (still February in UTC); consideration exactly at t0 + 7 days
  c08: { channel: "whatsapp", ownerId: U1, events: [["awareness", "2024-03-01T00:30+02:00"], ["engagement", "2024-03-07T23:00+02:00"], ["consideration", "2024-03-08T00:30+02:00"]] },
  // starts 23:30 local on Feb 29: not in the March cohort, but active in March
  c09: { channel: "instagram", ownerId: U1, events: [["awareness", "2024-02-29T23:30+02:00"], ["engagement", "2024-03-02T10:00+02:00"]] },
  // starts 23:30 local on March 31; engagement 00:30 April 1 local (still March 31 in UTC)
  c10: { channel: "instagram", ownerId: U2, events: [["awareness", "2024-03-31T23:30+03:00"], ["engagement", "2024-04-01T00:30+03:00"]] },
  // starts 00:15 April 1 local (March 31 in UTC): outside March
  c11: { channel: "whatsapp", ownerId: U2, events: [["awareness", "2024-04-01T00:15+03:00"]] },
  // January customer: retention cohort of March, active in acquisition (in conversion until 03-05)
  c12: { channel: "referral", ownerId: U2, events: [["awareness", "2024-01-10T10:00+02:00"], ["conversion", "2024-02-01T10:00+02:00"], ["retention", "2024-03-05T10:00+02:00"], ["loyalty", "2024-03-20T10:00+02:00"]] },
  // starts at conversion in February; moves back from retention to conversion and again
  c13: { channel: "whatsapp", ownerId: null, events: [["conversion", "2024-02-10T10:00+02:00"], ["retention", "2024-03-03T10:00+02:00"], ["conversion", "2024-03-12T10:00+02:00"], ["retention", "2024-03-18T10:00+02:00"]] },
  // imported straight into retention: never in an acquisition cohort
  c14: { channel: "instagram", ownerId: U1, events: [["retention", "2024-03-14T10:00+02:00"], ["loyalty", "2024-04-10T10:00+03:00"]] },
  // lost in February, comes back in March: active, not created
  c15: { channel: "referral", ownerId: U1, events: [["awareness", "2024-02-01T10:00+02:00"], ["lost", "2024-02-10T10:00+02:00"], ["awareness", "2024-03-15T10:00+02:00"]] },
  // lost before March: not active
  c16: { channel: "whatsapp", ownerId: U1, events: [["awareness", "2024-02-01T12:00+02:00"], ["lost", "2024-02-20T12:00+02:00"]] },
  // three moves at one instant
  c17: { channel: "instagram", ownerId: U2, events: [["awareness", "2024-03-16T12:00+02:00"], ["engagement", "2024-03-16T12:00+02:00"], ["consideration", "2024-03-16T12:00+02:00"]] },
  // out of order: strict finds aw(03-06) → eng(03-09) and no consideration after it
  c18: { channel: "referral", ownerId: null, events: [["engagement", "2024-03-04T10:00+02:00"], ["awareness", "2024-03-06T10:00+02:00"], ["consideration", "2024-03-07T10:00+02:00"], ["engagement", "2024-03-09T10:00+02:00"], ["conversion", "2024-03-12T10:00+02:00"]] },
  // consideration a day after the 7-day window; converts after the range
  c19: { channel: "whatsapp", ownerId: U2, events: [["awareness", "2024-03-20T10:00+02:00"], ["engagement", "2024-03-24T10:00+02:00"], ["consideration", "2024-03-28T12:00+02:00"], ["conversion", "2024-04-02T10:00+03:00"]] },
  // the window crosses the DST change: t0 + 7×24 h = 04-01 11:00 local, engagement at 10:30 is inside
  c20: { channel: "instagram", ownerId: U1, events: [["awareness", "2024-03-25T10:00+02:00"], ["engagement", "2024-04-01T10:30+03:00"]] },
  // in retention before its first acquisition event: that entry does not count
  c21: { channel: "referral", ownerId: U2, events: [["retention", "2024-02-15T10:00+02:00"], ["awareness", "2024-03-10T10:00+02:00"], ["engagement", "2024-03-12T10:00+02:00"]] },
  // February cohort converting in March: active only
  c22: { channel: "whatsapp", ownerId: U2, events: [["awareness", "2024-02-20T10:00+02:00"], ["engagement", "2024-02-25T10:00+02:00"], ["consideration", "2024-03-03T10:00+02:00"], ["conversion", "2024-03-10T10:00+02:00"]] },
  // lost exactly at the start of March: not active
  c23: { channel: "instagram", ownerId: null, events: [["awareness", "2024-01-05T10:00+02:00"], ["lost", "2024-03-01T00:00+02:00"]] },
  // starts exactly at the end of March: not active, not created
  c24: { channel: "instagram", ownerId: U2, events: [["awareness", "2024-04-01T00:00+03:00"]] },
  c25: { channel: "whatsapp", ownerId: U1, events: [["awareness", "2024-03-18T10:00+02:00"], ["lost", "2024-03-19T10:00+02:00"]] },
  // enters at consideration; conversion to retention crosses the DST change
  c26: { channel: "referral", ownerId: U1, events: [["consideration", "2024-03-09T09:00+02:00"], ["conversion", "2024-03-09T17:00+02:00"], ["retention", "2024-03-30T10:00+03:00"], ["loyalty", "2024-04-02T10:00+03:00"]] },
  c27: { channel: "whatsapp", ownerId: null, events: [["awareness", "2024-03-12T10:00+02:00"], ["engagement", "2024-03-13T10:00+02:00"], ["consideration", "2024-03-14T10:00+02:00"], ["engagement", "2024-03-20T10:00+02:00"], ["lost", "2024-03-26T10:00+02:00"]] },
  // April customer
  c28: { channel: "instagram", ownerId: U1, events: [["awareness", "2024-04-03T10:00+03:00"], ["engagement", "2024-04-04T10:00+03:00"]] },
  // converted and lost in February
  c29: { channel: "referral", ownerId: U2, events: [["awareness", "2024-02-10T10:00+02:00"], ["engagement", "2024-02-12T10:00+02:00"], ["consideration", "2024-02-14T10:00+02:00"], ["conversion", "2024-02-16T10:00+02:00"], ["lost", "2024-02-20T10:00+02:00"]] },
  // through the archived stage and back; converts after the DST change
  c30: { channel: "whatsapp", ownerId: U1, events: [["awareness", "2024-03-22T10:00+02:00"], ["engagement", "2024-03-23T10:00+02:00"], ["consideration", "2024-03-26T10:00+02:00"], ["qualified", "2024-03-27T10:00+02:00"], ["consideration", "2024-03-28T10:00+02:00"], ["conversion", "2024-03-30T10:00+03:00"]] },
};

/** Customer ids are `c01`…`c30` as uuids, so tests can name them. */
export const fixtureIds = Object.fromEntries(Object.keys(specs).map((name, i) => [name, `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`]));

export function funnelFixture() {
  return buildHistory(
    "Asia/Jerusalem",
    Object.entries(specs).map(([name, spec]) => ({ ...spec, id: fixtureIds[name] })),
  );
}

export const MARCH = { from: "2024-03-01", to: "2024-04-01" } as const;
