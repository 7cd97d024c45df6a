import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, test } from "@playwright/test";

// The build served with DATABASE_URL but no AUTH_SECRET, as a careless deployment would (npm start refuses; serving the build directly does not).
const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const base = `http://localhost:${port}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  const { AUTH_SECRET: _unset, ...env } = process.env;
  server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port)], {
    env: { ...env, NODE_ENV: "production", DATABASE_URL: "postgres://postgres@127.0.0.1:1/harden_auth_nowhere", NEXTAUTH_URL: base },
    stdio: "ignore",
  });
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (await fetch(`${base}/api/health`).catch(() => null)) return;
    await sleep(250);
  }
  throw new Error(`nothing answered on ${base}`);
});
test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("without AUTH_SECRET the server says it is not ready, and every API answer is a problem document", async ({ request }) => {
  const health = await request.get(`${base}/api/health`);
  expect(health.status()).toBe(503);
  expect(health.headers()["content-type"]).toContain("application/problem+json");
  expect(await health.json()).toMatchObject({ status: 503, code: "not_ready", detail: expect.stringContaining("AUTH_SECRET") });
  const answers = [
    await request.get(`${base}/api/v1/me`),
    await request.post(`${base}/api/v1/customers`, { data: { name: "Nobody" } }),
    await request.get(`${base}/api/auth/csrf`),
  ];
  for (const answer of answers) {
    expect(answer.status(), answer.url()).toBe(500);
    expect(answer.headers()["content-type"], answer.url()).toContain("application/problem+json");
    expect(await answer.json()).toMatchObject({ status: 500 });
  }
});
