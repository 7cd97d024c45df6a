import { LOST } from "@/core/constants";
import type { FlowRow, StageDef } from "@/core/analytics/types";

/**
 * Flow rows as a two-column Sankey graph: sources on one side, targets on the other, so backward
 * moves and returns from lost need no cycle. Nodes are ordered new, stages by position, lost.
 */
export function flowGraph(rows: readonly FlowRow[], stages: readonly StageDef[], label: (key: string | null) => string) {
  const position = new Map(stages.map((s) => [s.key, s.position]));
  const rank = (key: string | null) => (key === null ? -Infinity : key === LOST ? Infinity : (position.get(key) ?? Infinity));
  const order = (keys: (string | null)[]) => [...new Set(keys)].sort((a, b) => rank(a) - rank(b));
  const sources = order(rows.map((r) => r.from));
  const targets = order(rows.map((r) => r.to));
  const nodes = [
    ...sources.map((key) => ({ name: label(key), side: "from" as const })),
    ...targets.map((key) => ({ name: label(key), side: "to" as const })),
  ];
  const links = rows.map((r) => ({ source: sources.indexOf(r.from), target: sources.length + targets.indexOf(r.to), value: r.count }));
  return { nodes, links };
}
