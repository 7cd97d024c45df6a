import autocannon, { type Options } from "autocannon";

export interface HttpRun {
  /** Latency of every 2xx answer, in ms. */
  latencies: number[];
  non2xx: number;
  /** Connection errors and timeouts (a timed run also cuts off the requests in flight at its end). */
  errors: number;
  seconds: number;
}

/** One autocannon run; the latencies come from its per-response events (it reports no p95 itself). */
export async function runAutocannon(options: Options): Promise<HttpRun> {
  const latencies: number[] = [];
  const instance = autocannon({ timeout: 60, ...options });
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  return { latencies, non2xx: result.non2xx, errors: result.errors + result.timeouts, seconds: result.duration };
}

export const WARMUP_REQUESTS = 5;
const MIN_SAMPLES = 20;
const MAX_SAMPLES = 2000;

/**
 * GETs `url` one request at a time: a few to warm up, then as many as fit in about `seconds` (at
 * least 20, so a slow endpoint still gets a p95). Any failed answer stops the bench: timings of
 * error pages would measure the wrong thing.
 */
export async function timeGet(url: string, cookie: string, seconds: number): Promise<number[]> {
  const base = { url, headers: { cookie }, connections: 1 };
  const warmup = await runAutocannon({ ...base, amount: WARMUP_REQUESTS });
  failIfAny(url, warmup);
  const mean = warmup.latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, warmup.latencies.length);
  const amount = Math.min(MAX_SAMPLES, Math.max(MIN_SAMPLES, Math.round((seconds * 1000) / Math.max(mean, 1))));
  const run = await runAutocannon({ ...base, amount });
  failIfAny(url, run);
  return run.latencies;
}

function failIfAny(url: string, run: HttpRun) {
  const failures = run.non2xx + run.errors;
  if (failures > 0) throw new Error(`GET ${url}: ${failures} requests failed or did not answer 2xx (see the server log)`);
}
