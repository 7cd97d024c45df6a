import { describe, expect, it } from "vitest";
import { parseFunnelParams } from "@/lib/analytics/funnel/params";
import { loyaltyQuerySchema, retentionQuerySchema } from "@/lib/analytics/retention/params";
import { fieldErrors } from "@/core/validation/fields";

const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]));

describe("analytics dates stay within years 1900–2999", () => {
  it("refuses funnel dates the database cannot hold or the defaults would push past its range", () => {
    for (const query of ["from=0000-01-01&to=0000-02-01", "asOf=0000-01-01", "to=0001-01-02", "from=9999-12-31"]) {
      const parsed = parseFunnelParams(new URLSearchParams(query));
      expect(parsed.ok ? {} : Object.values(parsed.errors).flat(), query).toContain("out_of_range");
    }
    expect(parseFunnelParams(new URLSearchParams("from=1900-01-01&to=1900-02-01")).ok).toBe(true);
    expect(parseFunnelParams(new URLSearchParams("from=2999-11-01&to=2999-12-31")).ok).toBe(true);
  });

  it("refuses such months for retention and loyalty", () => {
    expect(errorsOf(retentionQuerySchema.safeParse({ from: "0000-01", to: "0000-06" }))).toEqual({ from: ["out_of_range"], to: ["out_of_range"] });
    expect(errorsOf(loyaltyQuerySchema.safeParse({ to: "0001-03" }))).toEqual({ to: ["out_of_range"] });
    expect(errorsOf(loyaltyQuerySchema.safeParse({ from: "9999-12" }))).toEqual({ from: ["out_of_range"] });
    expect(loyaltyQuerySchema.safeParse({ from: "1900-01", to: "1900-12" }).success).toBe(true);
  });
});
