import { describe, expect, it } from "vitest";
import { ColumnValuesCollector } from "@/lib/import/column-values";

describe("the value step's distinct column values", () => {
  it("lists each value once, folded, most frequent first, and leaves out what no text field takes", () => {
    const collector = new ColumnValuesCollector();
    for (const stage of ["Lead", "lead ", "Customer", "Le\u0000ad", "\ud800", "LEAD", ""]) collector.add(["Dana", stage]);
    expect(collector.result(2)[1]).toEqual([
      { value: "Lead", count: 3 },
      { value: "Customer", count: 1 },
    ]);
  });
});
