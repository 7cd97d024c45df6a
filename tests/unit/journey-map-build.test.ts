import { describe, expect, it } from "vitest";
import { buildStage, channelShares, emptyFigures, netPromoterScore, topLostReasons } from "@/lib/journey-map/build";
import { pickNote } from "@/lib/journey-map/notes";
import { stageNoteSchema } from "@/lib/journey-map/params";

describe("journey map assembly", () => {
  it("keeps the three most frequent lost reasons, ties by reason with no reason first", () => {
    const rows = [
      { reason: "timing", count: 2 },
      { reason: "price", count: 5 },
      { reason: null, count: 2 },
      { reason: "competitor", count: 2 },
    ];
    expect(topLostReasons(rows)).toEqual([
      { reason: "price", count: 5 },
      { reason: null, count: 2 },
      { reason: "competitor", count: 2 },
    ]);
  });

  it("shares channels by their touchpoints, largest first", () => {
    expect(channelShares([{ channel: "phone", count: 1 }, { channel: "whatsapp", count: 3 }])).toEqual([
      { channel: "whatsapp", share: 0.75 },
      { channel: "phone", share: 0.25 },
    ]);
    expect(channelShares([])).toEqual([]);
  });

  it("scores NPS from −100 to 100, null without responses", () => {
    expect(netPromoterScore({ promoters: 3, detractors: 1, responses: 4 })).toBe(50);
    expect(netPromoterScore({ promoters: 0, detractors: 0, responses: 0 })).toBeNull();
  });

  it("has no conversion for the journey's last stage nor for a stage nobody entered", () => {
    const figures = { ...emptyFigures(), entered: 4, converted: 1, present: 5, lost: [{ reason: "price", count: 2 }], channels: [{ channel: "phone" as const, count: 10 }] };
    const stage = buildStage({ key: "engagement", label: "Engagement", isLast: false }, figures, null);
    expect(stage).toMatchObject({ conversionToNext: 0.25, lost: 2, touchpointsPerCustomer: 2 });
    expect(buildStage({ key: "conversion", label: "Conversion", isLast: true }, figures, null).conversionToNext).toBeNull();
    expect(buildStage({ key: "awareness", label: "Awareness", isLast: false }, emptyFigures(), null)).toMatchObject({ conversionToNext: null, touchpointsPerCustomer: null, nps: null });
  });

  it("shows a stage's note for the page's locale, else the shared one", () => {
    const row = (locale: "fa" | null, goal: string) => ({ stageKey: "awareness", locale, goal, need: "", opportunities: "", createdAt: "2026-12-01T10:00:00Z", authorName: "Noa" });
    const rows = [row(null, "shared"), row("fa", "فارسی")];
    expect(pickNote(rows, "awareness", "fa")?.goal).toBe("فارسی");
    expect(pickNote(rows, "awareness", "he")).toMatchObject({ goal: "shared", locale: null, updatedBy: "Noa", updatedAt: "2026-12-01T10:00:00.000Z" });
    expect(pickNote(rows, "loyalty", "he")).toBeNull();
  });

  it("takes a note for a stage key of the schema's form and text a person could type", () => {
    const note = { stageKey: "awareness", locale: "shared", goal: "Be found\r\nfirst", need: "", opportunities: "" };
    expect(stageNoteSchema.parse(note)).toEqual({ ...note, locale: null, goal: "Be found\nfirst" });
    expect(stageNoteSchema.safeParse({ ...note, stageKey: "aware\u0000ness" }).success).toBe(false);
    expect(stageNoteSchema.safeParse({ ...note, need: "a\u0007b" }).success).toBe(false);
    expect(stageNoteSchema.safeParse({ ...note, locale: "de" }).success).toBe(false);
  });
});
