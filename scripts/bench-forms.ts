// BENCH_URL=http://localhost:3000 npx tsx scripts/bench-forms.ts [--concurrency 16] [--seconds 20] [--email owner@demo.test] [--password demo-password]
// How many lead form submissions per second one server accepts before the rate limit answers: makes a
// form as the owner, waits out the minimum fill time, then keeps `--concurrency` submissions (each a
// new person) in flight until the first 429, or for `--seconds` when the limits are set out of reach
// (FORM_RATE_LIMIT_FORM / FORM_RATE_LIMIT_IP on the server), and prints the figures.
import { quantile } from "@/core/analytics/stats";
import { MIN_FILL_MS } from "@/core/forms/spam";
import { fail, flags } from "./cli";

const args = flags({ concurrency: { type: "string" }, seconds: { type: "string" }, email: { type: "string" }, password: { type: "string" } });
const base = process.env.BENCH_URL ?? "http://localhost:3000";
const concurrency = Number(args.concurrency ?? 16);
const seconds = Number(args.seconds ?? 20);

/** A session through next-auth's own endpoints (SPEC §6): the cookies to send. */
async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  jar.push(...callback.headers.getSetCookie().map((c) => c.split(";")[0]));
  if (!jar.some((c) => c?.includes("session-token"))) fail(`Could not sign in as ${email}.`);
  return jar.join("; ");
}

const cookie = await signIn(args.email ?? "owner@demo.test", args.password ?? "demo-password");
const created = await fetch(`${base}/api/v1/forms`, {
  method: "POST",
  headers: { "content-type": "application/json", cookie, origin: base },
  body: JSON.stringify({ name: `Bench ${Date.now()}`, fields: ["name", "email"] }),
});
if (created.status !== 201) fail(`Making the form answered ${created.status}: ${await created.text()}`);
const { id } = (await created.json()) as { id: string };
const page = await (await fetch(`${base}/en/f/${id}`)).text();
const token = /name="token" value="([^"]+)"/.exec(page)?.[1] ?? fail("No fill token on the form's page.");
await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));

const latencies: number[] = [];
const statuses = new Map<number, number>();
let sent = 0;
let firstRefusalMs: number | null = null;
const start = performance.now();
const deadline = start + seconds * 1000;

async function worker() {
  while (firstRefusalMs === null && performance.now() < deadline) {
    const n = sent++;
    const t0 = performance.now();
    const response = await fetch(`${base}/api/public/forms/${id}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: `Bench ${n}`, email: `bench-${id.slice(0, 8)}-${n}@example.com`, token }),
    });
    await response.arrayBuffer();
    const done = performance.now();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status === 429) firstRefusalMs ??= done - start;
    else latencies.push(done - t0);
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));

const accepted = statuses.get(200) ?? 0;
const elapsed = ((firstRefusalMs ?? performance.now() - start) as number) / 1000;
const sorted = latencies.sort((a, b) => a - b);
console.log(`form ${id} on ${base}, ${concurrency} in flight`);
console.log(`answers: ${JSON.stringify(Object.fromEntries(statuses))}`);
console.log(`accepted ${accepted} in ${elapsed.toFixed(2)} s ${firstRefusalMs === null ? "(no 429)" : "before the first 429"}: ${(accepted / elapsed).toFixed(1)} submissions/s`);
console.log(`latency of accepted submissions: p50 ${quantile(sorted, 0.5)?.toFixed(0)} ms, p95 ${quantile(sorted, 0.95)?.toFixed(0)} ms`);
