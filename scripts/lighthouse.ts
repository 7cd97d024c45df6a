// npm run lighthouse [-- --keep] [--build] [--customers N] [--pages /fa/funnel,/he/board]
// Lighthouse (desktop preset: performance, accessibility, best practices; and Total Blocking Time on the
// board, desktop and mobile) on the issue 14 pages, as the demo owner, against the production build
// (LIGHTHOUSE_DIST_DIR, default .next-lighthouse, built when missing) served on LIGHTHOUSE_PORT (3300)
// with a database of its own (DATABASE_URL, else masir_lighthouse on the local server, dropped at the
// end unless --keep). Chromium: CHROMIUM_PATH (default Debian's /usr/bin/chromium). Not part of npm test.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { chromium as playwright } from "@playwright/test";
import lighthouse, { desktopConfig, type Config, type Flags } from "lighthouse";
import { DEMO_PASSWORD } from "@/db/seed";
import { fail, flags } from "./cli";
import { Cleanup } from "./bench/cleanup";
import { prepareData } from "./bench/data";
import { benchDatabase } from "./bench/database";
import { formatTable } from "./bench/report";
import { ensureBuild, startServer } from "./bench/server";
import { signIn } from "./bench/sign-in";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? PORT + 9);
const DIST_DIR = process.env.LIGHTHOUSE_DIST_DIR ?? ".next-lighthouse";
const PAGES = ["/fa/funnel", "/he/board", "/en/customers", "/fa/login"];
const BOARD = "/he/board";
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
/** Issue 14's bar. */
const MIN_SCORE = 95;
const MAX_BOARD_TBT_MS = 200;

const args = flags({ keep: { type: "boolean" }, build: { type: "boolean" }, customers: { type: "string" }, pages: { type: "string" } });
const pages = args.pages ? args.pages.split(",") : PAGES;
const customers = Number(args.customers ?? 1500);
if (!Number.isSafeInteger(customers) || customers < 1000) fail(`--customers must be a whole number of at least 1000, got "${args.customers}"`);
const load = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(", ")} (1, 5, 15 min)`;

interface Audit {
  page: string;
  preset: "desktop" | "mobile";
  scores: Record<(typeof CATEGORIES)[number], number>;
  tbtMs: number;
  /** The audits that cost points, for what to fix. */
  failing: string[];
}

const cleanup = new Cleanup();
try {
  console.log(`Masir Lighthouse: ${new Date().toISOString()}; ${load()}`);
  const target = await benchDatabase("masir_lighthouse");
  if (target.drop && !args.keep) cleanup.add("dropping the database", target.drop);
  await prepareData(target, customers, 1);
  ensureBuild(DIST_DIR, args.build ?? false);
  const server = await startServer({ databaseUrl: target.url, port: PORT, distDir: DIST_DIR });
  cleanup.add("stopping the server", server.stop);
  const cookie = await signIn(server.baseUrl, "owner@demo.test", DEMO_PASSWORD);
  const chromium = await launchChromium(DEBUG_PORT);
  cleanup.add("closing Chromium", chromium.stop);
  const signedIn = await signedInBrowser(DEBUG_PORT, server.baseUrl, cookie);

  const audits: Audit[] = [];
  const run = async (page: string, preset: Audit["preset"]) => {
    if (page.endsWith("/login")) await signedIn.signOut();
    else await signedIn.signIn();
    const audit = await runLighthouse(`${server.baseUrl}${page}`, preset);
    audits.push({ page, ...audit, preset });
    console.log(`  ${page} (${preset}): ${CATEGORIES.map((c) => `${c} ${audit.scores[c]}`).join(", ")}, TBT ${audit.tbtMs} ms; ${load()}`);
  };
  for (const page of pages) await run(page, "desktop");
  if (pages.includes(BOARD)) await run(BOARD, "mobile");

  const rows = audits.map((a) => {
    const scores = CATEGORIES.map((c) => (a.preset === "desktop" ? a.scores[c] : "–"));
    const low = a.preset === "desktop" && CATEGORIES.some((c) => a.scores[c] < MIN_SCORE);
    const slow = a.page === BOARD && a.tbtMs > MAX_BOARD_TBT_MS;
    return [a.page, a.preset, ...scores, a.tbtMs, low || slow ? "MISSED" : "met"];
  });
  console.log(`\n${formatTable(["page", "preset", "performance", "accessibility", "best practices", "TBT ms", `target (≥ ${MIN_SCORE}; board TBT ≤ ${MAX_BOARD_TBT_MS} ms)`], rows)}`);
  for (const a of audits.filter((a) => a.failing.length)) console.log(`\n${a.page} (${a.preset}) loses points on: ${a.failing.join("; ")}`);
  console.log(`\n${load()}`);
} catch (error) {
  console.error(`\nLighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup.run();
}

async function runLighthouse(url: string, preset: Audit["preset"]): Promise<Omit<Audit, "page" | "preset">> {
  // The session is a cookie in the browser (Lighthouse would otherwise clear it): an extra Cookie header
  // beside the one the server refreshes made some API calls answer 401.
  const options: Flags = { port: DEBUG_PORT, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], disableStorageReset: true };
  const result = await lighthouse(url, options, preset === "desktop" ? (desktopConfig as Config) : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const score = (c: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score}${detailsOf(lhr.audits[ref.id]?.details)})`),
  );
  return {
    scores: { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices") },
    tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
    failing,
  };
}

/** The first items an audit lists (the console's errors, the long tasks' scripts), so the table says what to fix. */
function detailsOf(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const text = items.slice(0, 3).map((item) => String(item.description ?? item.url ?? item.source ?? "").slice(0, 200));
  return text.filter(Boolean).length ? `: ${text.join(" | ")}` : "";
}

/** Puts the session cookie into (or takes it out of) the browser Lighthouse drives, through its DevTools port. */
async function signedInBrowser(port: number, baseUrl: string, cookie: string) {
  const browser = await playwright.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  if (!context) throw new Error("Chromium has no default context");
  const cookies = cookie.split("; ").map((pair) => {
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), url: baseUrl };
  });
  return { signIn: () => context.addCookies(cookies), signOut: () => context.clearCookies() };
}

/** Debian's Chromium with a DevTools port for Lighthouse, in a profile of its own. */
async function launchChromium(port: number) {
  const profile = mkdtempSync(path.join(tmpdir(), "masir-lighthouse-"));
  const flagsList = ["--headless=new", "--no-sandbox", "--disable-gpu", `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "--no-first-run", "about:blank"];
  const child = spawn(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", flagsList, { stdio: "ignore" });
  for (let waited = 0; ; waited += 250) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false);
    if (up) break;
    if (child.exitCode !== null || waited > 30_000) throw new Error(`Chromium did not open its DevTools port ${port}`);
    await sleep(250);
  }
  return {
    stop: async () => {
      child.kill("SIGTERM");
      await sleep(500);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
