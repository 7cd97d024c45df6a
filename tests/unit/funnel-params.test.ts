import { describe, expect, it } from "vitest";
import { parseFunnelParams, parseFunnelParamsLenient, toFunnelQuery } from "@/lib/analytics/funnel/params";

describe("funnel query parameters", () => {
  it("applies defaults: acquisition, created, any, the last 30 days including today", () => {
    const parsed = parseFunnelParams(new URLSearchParams(""));
    if (!parsed.ok) throw new Error("expected valid");
    expect(toFunnelQuery(parsed.params, "2024-05-10")).toEqual({
      from: "2024-04-11",
      to: "2024-05-11",
      journey: "acquisition",
      cohort: "created",
      order: "any",
      windowDays: undefined,
      asOf: undefined,
      breakdown: undefined,
      channel: undefined,
      ownerId: undefined,
    });
  });

  it("reads Persian digits and every parameter", () => {
    const parsed = parseFunnelParams(
      new URLSearchParams("from=۲۰۲۴-۰۳-۰۱&to=2024-04-01&journey=retention&cohort=active&order=strict&window=۷&breakdown=owner&asOf=2024-03-15&channel=whatsapp&owner=11111111-1111-4111-8111-111111111111"),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(toFunnelQuery(parsed.params, "2030-01-01")).toMatchObject({
      from: "2024-03-01",
      to: "2024-04-01",
      journey: "retention",
      cohort: "active",
      order: "strict",
      windowDays: 7,
      breakdown: "owner",
      asOf: "2024-03-15",
      channel: "whatsapp",
      ownerId: "11111111-1111-4111-8111-111111111111",
    });
  });

  it("reports field errors", () => {
    const parsed = parseFunnelParams(new URLSearchParams("from=2024-04-01&to=2024-03-01&window=0&cohort=all&owner=me&asOf=yesterday"));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(["asOf", "cohort", "owner", "window"]);
    const reversed = parseFunnelParams(new URLSearchParams("from=2024-04-01&to=2024-03-01"));
    expect(reversed.ok ? {} : reversed.errors).toEqual({ to: ["invalid"] });
    const tooLong = parseFunnelParams(new URLSearchParams("from=2020-01-01&to=2024-03-01"));
    expect(tooLong.ok ? {} : tooLong.errors).toEqual({ to: ["too_big"] });
  });

  it("drops invalid parameters on a page instead of failing", () => {
    const { params, invalid } = parseFunnelParamsLenient({ from: "2024-03-01", window: "-3", breakdown: ["owner", "channel"] });
    expect(invalid).toEqual(["window"]);
    expect(toFunnelQuery(params, "2030-01-01")).toMatchObject({ from: "2024-03-01", to: "2024-03-31", windowDays: undefined, breakdown: "channel" });
  });
});
