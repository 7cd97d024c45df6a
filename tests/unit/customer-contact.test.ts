import { describe, expect, it } from "vitest";
import { contactLinks } from "@/lib/customers/contact";
import { nextStage } from "@/lib/journey/next-stage";

describe("contactLinks", () => {
  it("dials and messages the number in E.164 read with the organization's country", () => {
    expect(contactLinks({ phone: "053-874-6826", email: "dana@example.com" }, "IL")).toEqual({
      tel: "tel:+972538746826",
      whatsapp: "https://wa.me/972538746826",
      email: "mailto:dana@example.com",
    });
    expect(contactLinks({ phone: "۰۹۱۲ ۳۴۵ ۶۷۸۹", email: null }, "IR")).toEqual({ tel: "tel:+989123456789", whatsapp: "https://wa.me/989123456789", email: null });
  });

  it("still dials a number it cannot read, but offers no WhatsApp link for it", () => {
    expect(contactLinks({ phone: "*3456", email: null }, "IL")).toEqual({ tel: "tel:3456", whatsapp: null, email: null });
    expect(contactLinks({ phone: null, email: null }, "IL")).toEqual({ tel: null, whatsapp: null, email: null });
  });
});

describe("nextStage", () => {
  const stage = (key: string, position: number, archived = false) => ({ key, position, archivedAt: archived ? new Date() : null });
  const stages = [stage("conversion", 4), stage("awareness", 1), stage("retention", 5), stage("engagement", 2), stage("consideration", 3, true)];

  it("is the next live stage by position, across journeys, skipping archived ones", () => {
    expect(nextStage(stages, { stageKey: "awareness", lost: false })?.key).toBe("engagement");
    expect(nextStage(stages, { stageKey: "engagement", lost: false })?.key).toBe("conversion");
    expect(nextStage(stages, { stageKey: "conversion", lost: false })?.key).toBe("retention");
  });

  it("is none in the last stage, for a lost customer or an unknown stage", () => {
    expect(nextStage(stages, { stageKey: "retention", lost: false })).toBeNull();
    expect(nextStage(stages, { stageKey: "awareness", lost: true })).toBeNull();
    expect(nextStage(stages, { stageKey: "gone", lost: false })).toBeNull();
  });
});
