// First-load JS of pages, gzip: `npx tsx scripts/bench/first-load.ts [--url http://127.0.0.1:3000]
// [--email owner@demo.test] [--password demo-password] [--paths /en/funnel,/en/board]` against a running
// server (`npm start` serves the demo), signed in; `npm run bench` runs it on its own server over every page.
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { flags } from "../cli";
import type { PageVisit } from "./pages";
import { signIn } from "./sign-in";

export interface FirstLoad {
  path: string;
  /** Every JS file the page loaded until the network was idle, gzip-compressed. */
  files: number;
  gzipBytes: number;
  /** Of those, the ones the HTML names (what Next calls the route's first-load JS; no lazy chunks). */
  htmlFiles: number;
  htmlGzipBytes: number;
}

/** Issue 19: every page. */
export const FIRST_LOAD_TARGET_BYTES = 200 * 1000;

/** Loads each page in a fresh (cold-cache) browser context, with the session cookie when signed in, and sums its JS. */
export async function measureFirstLoad(baseUrl: string, cookie: string, visits: readonly PageVisit[]): Promise<FirstLoad[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const results: FirstLoad[] = [];
    for (const { path, signedIn } of visits) {
      const context = await browser.newContext();
      if (signedIn) {
        await context.addCookies(
          cookie.split("; ").map((pair) => {
            const [name = "", ...value] = pair.split("=");
            return { name, value: value.join("="), url: baseUrl };
          }),
        );
      }
      const page = await context.newPage();
      const scripts: Promise<{ url: string; gzip: number }>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script" || !response.ok()) return;
        scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length })));
      });
      // The document streams until every section has its data: on a large organization that takes a while.
      const document = await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle", timeout: 300_000 });
      if (!document?.ok() || new URL(page.url()).pathname !== path) throw new Error(`${path} did not load (ended on ${page.url()})`);
      const html = await document.text();
      const loaded = await Promise.all(scripts);
      const named = loaded.filter((script) => html.includes(new URL(script.url).pathname));
      const sum = (list: { gzip: number }[]) => list.reduce((total, script) => total + script.gzip, 0);
      results.push({ path, files: loaded.length, gzipBytes: sum(loaded), htmlFiles: named.length, htmlGzipBytes: sum(named) });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The target is on the first-load JS (the files the HTML names); what loads lazily afterwards is shown beside it. */
export function describeFirstLoad(results: readonly FirstLoad[]): string {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const width = Math.max(...results.map((r) => r.path.length));
  return results
    .map((r) => {
      const verdict = r.htmlGzipBytes <= FIRST_LOAD_TARGET_BYTES ? "met" : "MISSED";
      const page = r.path.replace(/\/[A-Za-z0-9_-]{20,}$/, "/…").padEnd(Math.min(width, 40));
      return `${page} first load ${kb(r.htmlGzipBytes).padStart(9)} gzip in ${r.htmlFiles} files (target ≤ 200 kB: ${verdict}); ${kb(r.gzipBytes)} in ${r.files} files with the lazy chunks loaded until idle`;
    })
    .join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = flags({ url: { type: "string" }, email: { type: "string" }, password: { type: "string" }, paths: { type: "string" } });
  const baseUrl = args.url ?? "http://127.0.0.1:3000";
  const cookie = await signIn(baseUrl, args.email ?? "owner@demo.test", args.password ?? "demo-password");
  console.log(describeFirstLoad(await measureFirstLoad(baseUrl, cookie, (args.paths ?? "/en/funnel,/en/board").split(",").map((path) => ({ path, signedIn: true })))));
}
