"use client";

import dynamic from "next/dynamic";

const placeholder = () => <div className="h-72 w-full animate-pulse rounded-lg bg-slate-100" />;

/* The funnel page's charts, loaded in the browser only (recharts stays out of the first bundle). */

export const ChartFunnelLazy = dynamic(() => import("./chart-funnel").then((m) => m.ChartFunnel), { ssr: false, loading: placeholder });

export const ChartStageBarsLazy = dynamic(() => import("./chart-stage-bars").then((m) => m.ChartStageBars), { ssr: false, loading: placeholder });

export const ChartFlowSankeyLazy = dynamic(() => import("./chart-flow-sankey").then((m) => m.ChartFlowSankey), { ssr: false, loading: placeholder });
