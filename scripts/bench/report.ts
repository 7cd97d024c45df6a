import { quantile } from "@/core/analytics/stats";

/** What `npm run bench -- --json FILE` writes (the shape issue 7 asks for, nothing more). */
export interface BenchReport {
  scale: { customers: number; stageEvents: number; purchases: number };
  results: ResultLine[];
  /** No moves when `--only` leaves them out. */
  load: { moves?: MovesSummary; movesRaw?: MovesSummary };
}

interface MovesSummary {
  concurrency: number;
  rps: number;
  p95Ms: number;
}

export interface ResultLine {
  name: string;
  p50Ms: number;
  p95Ms: number;
  /** p50 of the endpoint's SQL alone, replayed from the bench process. */
  rawSqlMs: number;
  /** App p50 / raw SQL p50. */
  ratio: number;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

export function percentiles(samples: readonly number[]): { p50: number; p95: number } {
  const p50 = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  if (p50 === null || p95 === null) throw new Error("no samples to take percentiles of");
  return { p50: round2(p50), p95: round2(p95) };
}

export function resultLine(name: string, app: readonly number[], sql: readonly number[]): ResultLine {
  const { p50, p95 } = percentiles(app);
  const rawSqlMs = percentiles(sql).p50;
  return { name, p50Ms: p50, p95Ms: p95, rawSqlMs, ratio: rawSqlMs > 0 ? round2(p50 / rawSqlMs) : 0 };
}

/** The issues' targets on this machine; lines without one are reported, not judged. */
export interface Target {
  p50Ms?: number;
  p95Ms?: number;
  /** The app's cost over its SQL: p50 − SQL p50 (issue 19 item 4, for API routes served straight from SQL). */
  appCostMs?: number;
}

/** Issue 19's table (issue 18: the journey map; issue 12: the other searches; issue 7: the list page). */
export const targets: Record<string, Target> = {
  funnel: { p95Ms: 25, appCostMs: 1.5 },
  "funnel-strict-window": { p95Ms: 300 },
  retention: { p95Ms: 25, appCostMs: 1.5 },
  loyalty: { p95Ms: 25, appCostMs: 1.5 },
  "journey-map": { p95Ms: 100 },
  search: { p95Ms: 25, appCostMs: 1.5 },
  "search-phone-digits": { p95Ms: 30 },
  "search-arabic-yeh": { p95Ms: 30 },
  "customer-list-page": { p95Ms: 150 },
  "board-page": { p50Ms: 60 },
  "home-page": { p50Ms: 100, p95Ms: 200 },
};

/** Issue 19: moves over HTTP, and their share of the same statements sent without HTTP (moves-raw). */
export const movesTarget = { rps: 1000, p95Ms: 50, shareOfRaw: 0.6 };

/** "met", or what was missed and by how much. */
export function verdict(line: ResultLine, target: Target | undefined): string {
  if (!target) return "";
  const missed: string[] = [];
  if (target.p50Ms !== undefined && line.p50Ms > target.p50Ms) missed.push(`p50 ${over(line.p50Ms, target.p50Ms)} over ${target.p50Ms} ms`);
  if (target.p95Ms !== undefined && line.p95Ms > target.p95Ms) missed.push(`p95 ${over(line.p95Ms, target.p95Ms)} over ${target.p95Ms} ms`);
  const appCost = round2(line.p50Ms - line.rawSqlMs);
  if (target.appCostMs !== undefined && appCost > target.appCostMs) missed.push(`app cost ${formatMs(appCost)} > ${target.appCostMs} ms`);
  return missed.length ? `MISSED: ${missed.join(", ")}` : "met";
}

export function movesVerdict(moves: { rps: number; p95Ms: number }): string {
  const missed: string[] = [];
  if (moves.rps < movesTarget.rps) missed.push(`${Math.round(moves.rps)}/s < ${movesTarget.rps}/s`);
  if (moves.p95Ms > movesTarget.p95Ms) missed.push(`p95 ${over(moves.p95Ms, movesTarget.p95Ms)} over ${movesTarget.p95Ms} ms`);
  return missed.length ? `MISSED: ${missed.join(", ")}` : "met";
}

/** The app's moves per second as a share of moves-raw's, judged against the target. */
export function movesShare(moves: { rps: number }, raw: { rps: number }): string {
  const share = raw.rps > 0 ? moves.rps / raw.rps : 0;
  const percent = `${Math.round(share * 100)}% of moves-raw`;
  return share >= movesTarget.shareOfRaw ? `${percent} (met)` : `${percent} (MISSED: < ${movesTarget.shareOfRaw * 100}%)`;
}

/** How far over a limit: in percent up to double, then as a factor. */
const over = (value: number, limit: number) =>
  value < 2 * limit ? `${Math.ceil((value / limit - 1) * 100)}%` : `${(value / limit).toFixed(1)}×`;

/** Milliseconds with two to three significant digits (and whole numbers from 100 on). */
export const formatMs = (ms: number) => (ms >= 100 ? Math.round(ms).toLocaleString("en") : ms.toFixed(ms >= 10 ? 1 : 2));

const numeric = /^[\d.,]+$/;

/** Columns padded to their widest cell; numbers right-aligned, text left-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => (typeof cell === "number" ? cell.toLocaleString("en") : cell)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const right = header.map((_, i) => rows.length > 0 && cells.slice(1).every((row) => numeric.test(row[i] ?? "")));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
