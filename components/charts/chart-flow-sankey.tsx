"use client";

import { useFormatter } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Sankey } from "recharts";
import type { LinkProps, NodeProps } from "recharts/types/chart/Sankey";
import { useChartDirection } from "./chart-direction";

export interface FlowNode {
  name: string;
  /** Sources sit on the journey's start side, targets on its end side. */
  side: "from" | "to";
}

export interface FlowLink {
  source: number;
  target: number;
  value: number;
}

const MARGIN = 132;

function useWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The journey map: moves from each stage (left column) to each stage (right column), backward
 * moves and drops to lost included. recharts lays the Sankey out left to right; in RTL every x is
 * mirrored so the flow runs right to left, and labels stay on the outer side of their column.
 */
export function ChartFlowSankey({ title, nodes, links }: { title: string; nodes: FlowNode[]; links: FlowLink[] }) {
  const format = useFormatter();
  const { rtl } = useChartDirection();
  const { ref, width } = useWidth();
  const height = Math.max(260, Math.ceil(nodes.length / 2) * 44);
  const x = (value: number) => (rtl ? width - value : value);

  const node = ({ x: left, y, width: w, height: h, index, payload }: NodeProps) => {
    const data = nodes[index];
    const start = rtl ? width - left - w : left;
    const outerRight = (data?.side === "to") !== rtl;
    const value = (payload as { value?: number }).value ?? 0;
    return (
      <g key={`node-${index}`}>
        <rect x={start} y={y} width={w} height={h} fill={data?.side === "from" ? "#4f46e5" : "#0d9488"} rx={2} />
        <text
          x={outerRight ? start + w + 6 : start - 6}
          y={y + h / 2}
          dy="0.35em"
          textAnchor={outerRight ? "start" : "end"}
          fontSize={12}
          fill="#1e293b"
        >
          {data?.name} ({format.number(value)})
        </text>
      </g>
    );
  };

  const link = ({ sourceX, sourceY, targetX, targetY, sourceControlX, targetControlX, linkWidth, index }: LinkProps) => {
    const data = links[index];
    return (
      <path
        key={`link-${index}`}
        d={`M${x(sourceX)},${sourceY} C${x(sourceControlX)},${sourceY} ${x(targetControlX)},${targetY} ${x(targetX)},${targetY}`}
        fill="none"
        stroke="#6366f1"
        strokeOpacity={0.25}
        strokeWidth={Math.max(1, linkWidth)}
      >
        <title>{`${nodes[data?.source ?? 0]?.name} → ${nodes[data?.target ?? 0]?.name}: ${format.number(data?.value ?? 0)}`}</title>
      </path>
    );
  };

  return (
    // dir="ltr" keeps SVG text anchors physical (start = left); the flow itself is mirrored above.
    <figure ref={ref} aria-label={title} dir="ltr" className="w-full" style={{ height }}>
      {width > 0 && links.length > 0 && (
        <Sankey
          width={width}
          height={height}
          data={{ nodes, links }}
          nodeWidth={12}
          nodePadding={16}
          sort={false}
          margin={{ left: MARGIN, right: MARGIN, top: 8, bottom: 8 }}
          node={node}
          link={link}
        />
      )}
    </figure>
  );
}
