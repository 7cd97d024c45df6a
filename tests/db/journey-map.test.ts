import { beforeAll, expect, it } from "vitest";
import { provideConnection } from "@/db/index";
import type { CurrentUser } from "@/lib/auth/session";
import { getJourneyMapFor, listStageNoteVersionsFor, saveStageNoteFor } from "@/lib/journey-map/service";
import type { JourneyMapStage } from "@/lib/journey-map/types";
import { describeOnEngines } from "../support/engines";
import { U1, U2 } from "../support/funnel-fixture";
import { ids, journeyMapHandFixture } from "../support/journey-map-hand-fixture";
import { insertMapHistory, mapUser } from "../support/journey-map-fixture";

const march = { journey: "acquisition" as const, from: "2024-03-01", to: "2024-04-01", locale: "en" as const };
const name = (id: string) => id.slice(0, 8);

describeOnEngines("journey map on the hand-made fixture", (conn) => {
  let orgId = "";
  const as = (role: CurrentUser["role"], id = U1) => mapUser(orgId, role, id);
  const stage = (stages: JourneyMapStage[], key: string) => stages.find((s) => s.key === key);

  beforeAll(async () => {
    provideConnection(conn());
    ({ orgId } = await insertMapHistory(conn().db, journeyMapHandFixture(), [U1, U2]));
  });

  it("counts entries, conversion, drop-off, time, touchpoints and the customer's voice per stage", async () => {
    const map = await getJourneyMapFor(as("manager"), march);
    expect(map.stages.map((s) => s.key)).toEqual(["awareness", "engagement", "consideration", "conversion"]);
    expect(stage(map.stages, "awareness")).toEqual({
      key: "awareness",
      label: "awareness",
      entered: 2, // B, C (A and E entered in February)
      current: 1, // C
      conversionToNext: 0.5, // B went on (to conversion); C did not
      lost: 2, // C (price), E (timing)
      lostReasons: [{ reason: "price", count: 1 }, { reason: "timing", count: 1 }],
      medianDays: 5, // latest visits ended in March: C 3, E 4, B 6, A 9 days (2024 is a leap year)
      p90Days: expect.closeTo(8.1, 9), // 6 + 0.7 × (9 − 6)
      touchpointsPerCustomer: 1, // B, C ×2, E: 4 touchpoints; A, E (there on March 1), B, C: 4 customers
      channels: [{ channel: "phone", share: 0.5 }, { channel: "instagram", share: 0.25 }, { channel: "whatsapp", share: 0.25 }],
      nps: expect.closeTo(-100 / 3, 9), // B 9, C 6, E 1: (1 − 2) / 3
      npsPrevious: -100, // A 3, E 4 (E's 10 came before any stage)
      quotes: {
        detractors: [{ customerId: ids.e, customerName: name(ids.e), score: 1, comment: "Nobody called back", at: "2024-03-02T08:00:00.000Z" }],
        promoters: [{ customerId: ids.b, customerName: name(ids.b), score: 9, comment: "Helpful", at: "2024-03-05T08:00:00.000Z" }],
      },
      notes: null,
    });
    expect(stage(map.stages, "engagement")).toMatchObject({
      entered: 2, // A, D (23:30 on March 31, after the clock change)
      current: 0,
      conversionToNext: 0.5, // A; D moved on after the range
      lost: 0,
      lostReasons: [],
      medianDays: 7.5, // A 5 days, F 10 (left at the range's first instant); D's visit ends after the range
      p90Days: 9.5,
      touchpointsPerCustomer: 2 / 3, // A's whatsapp at the move's instant and phone; A, D and F (there just before March 1)
      channels: [{ channel: "phone", share: 0.5 }, { channel: "whatsapp", share: 0.5 }],
      nps: 100,
      npsPrevious: null,
      quotes: { detractors: [], promoters: [{ customerId: ids.a, customerName: name(ids.a), score: 10, comment: "Loved the demo", at: "2024-03-06T08:00:00.000Z" }] },
    });
    expect(stage(map.stages, "consideration")).toMatchObject({
      entered: 2, // A, F (at the range's first instant; D's entry is after the range)
      current: 2, // D, F
      conversionToNext: 0,
      lost: 1,
      lostReasons: [{ reason: "price", count: 1 }],
      medianDays: 2,
      touchpointsPerCustomer: 0.5, // A's instagram; A and F
      channels: [{ channel: "instagram", share: 1 }],
      nps: -100,
    });
    expect(stage(map.stages, "conversion")).toMatchObject({ entered: 1, current: 1, conversionToNext: null, lost: 0, medianDays: null, touchpointsPerCustomer: 0, channels: [], nps: 0, npsPrevious: null });
  });

  it("compares a running month's NPS with as many days of the month before", async () => {
    const awarenessOn = async (now: string) => stage((await getJourneyMapFor(as("manager"), { ...march, now: new Date(now) })).stages, "awareness");
    // 26 days of March against February 1–26: neither A's 3 (27th) nor E's 4 (29th) is in them.
    expect(await awarenessOn("2024-03-26T12:00:00+02:00")).toMatchObject({ nps: expect.closeTo(-100 / 3, 9), npsPrevious: null });
    // 27 days: A's 3 is.
    expect(await awarenessOn("2024-03-27T12:00:00+02:00")).toMatchObject({ npsPrevious: -100 });
  });

  it("shows a sales user the same map of their own customers only", async () => {
    const map = await getJourneyMapFor(as("sales", U1), march);
    expect(stage(map.stages, "awareness")).toMatchObject({ entered: 1, current: 1, conversionToNext: 0, lost: 2, touchpointsPerCustomer: 1, nps: -100 });
    expect(stage(map.stages, "conversion")).toMatchObject({ entered: 0, current: 0, touchpointsPerCustomer: null, nps: null });
    const other = await getJourneyMapFor(as("sales", U2), march);
    expect(stage(other.stages, "awareness")).toMatchObject({ entered: 1, current: 0, conversionToNext: 1, lost: 0, nps: 100 });
  });

  it("keeps every version of the owner's notes; the locale's own note wins over the shared one", async () => {
    await saveStageNoteFor(as("owner"), { stageKey: "awareness", locale: null, goal: "Be found", need: "Trust", opportunities: "Reviews" });
    await saveStageNoteFor(as("owner"), { stageKey: "awareness", locale: "fa", goal: "دیده شدن", need: "اعتماد", opportunities: "نظرها" });
    await expect(saveStageNoteFor(as("manager"), { stageKey: "awareness", locale: null, goal: "x", need: "", opportunities: "" })).rejects.toMatchObject({ status: 403 });
    await expect(saveStageNoteFor(as("owner"), { stageKey: "nowhere", locale: null, goal: "x", need: "", opportunities: "" })).rejects.toMatchObject({ status: 404 });
    const en = await getJourneyMapFor(as("manager"), march);
    expect(stage(en.stages, "awareness")?.notes).toMatchObject({ locale: null, goal: "Be found", need: "Trust", opportunities: "Reviews", updatedBy: "111111" });
    const fa = await getJourneyMapFor(as("sales", U2), { ...march, locale: "fa" });
    expect(stage(fa.stages, "awareness")?.notes).toMatchObject({ locale: "fa", goal: "دیده شدن" });
    const versions = await listStageNoteVersionsFor(as("manager"), "awareness");
    expect(versions.map((v) => v.goal)).toEqual(["دیده شدن", "Be found"]);
    await expect(listStageNoteVersionsFor(as("sales"), "awareness")).rejects.toMatchObject({ status: 403 });
  });
});
