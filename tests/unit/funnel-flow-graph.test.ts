import { describe, expect, it } from "vitest";
import { flowGraph } from "@/components/funnel/flow-graph";
import { fixtureStages } from "../support/analytics-fixture";

describe("flow rows as a Sankey graph", () => {
  it("puts sources and targets in two columns ordered new, stages by position, lost", () => {
    const rows = [
      { from: "engagement", to: "awareness", count: 2 },
      { from: null, to: "awareness", count: 5 },
      { from: "awareness", to: "lost", count: 1 },
      { from: "lost", to: "engagement", count: 1 },
    ];
    const graph = flowGraph(rows, fixtureStages, (key) => key ?? "new");
    expect(graph.nodes).toEqual([
      { name: "new", side: "from" },
      { name: "awareness", side: "from" },
      { name: "engagement", side: "from" },
      { name: "lost", side: "from" },
      { name: "awareness", side: "to" },
      { name: "engagement", side: "to" },
      { name: "lost", side: "to" },
    ]);
    // A backward move (engagement → awareness) is a link between columns, not a cycle.
    expect(graph.links).toEqual([
      { source: 2, target: 4, value: 2 },
      { source: 0, target: 4, value: 5 },
      { source: 1, target: 6, value: 1 },
      { source: 3, target: 5, value: 1 },
    ]);
  });
});
