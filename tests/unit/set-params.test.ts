import { describe, expect, it } from "vitest";
import { setParams } from "@/lib/url/set-params";

describe("setParams", () => {
  it("keeps the fields that are set, in order, and drops blank ones", () => {
    const form = [["q", "נועה"], ["stage", ""], ["lost", ""], ["owner", "  "], ["sort", "name"], ["dir", "asc"]] as const;
    expect(setParams(form).toString()).toBe(`q=${encodeURIComponent("נועה")}&sort=name&dir=asc`);
  });

  it("keeps a search as typed, spaces inside and around it included, and ignores what is not text", () => {
    expect([...setParams([["q", " a b "], ["file", new Blob()], ["n", undefined]])]).toEqual([["q", " a b "]]);
    expect(setParams([]).toString()).toBe("");
  });
});
