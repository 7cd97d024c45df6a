import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildEnv, serverEnv } from "../../scripts/bench/server";

describe("npm start", () => {
  it("refuses to start without AUTH_SECRET when DATABASE_URL is set, in one line that names it, before building anything", () => {
    const { AUTH_SECRET: _unset, ...env } = process.env;
    const result = spawnSync(process.execPath, ["scripts/start.mjs"], {
      env: { ...env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/harden_auth_nowhere", NEXT_DIST_DIR: ".next-start-test" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^AUTH_SECRET is not set/)]);
  });
});

describe("npm run bench", () => {
  it("gives its build the AUTH_SECRET it gives its server", () => {
    const server = serverEnv({ databaseUrl: "postgres://x/y", port: 3999, distDir: ".next-bench", baseUrl: "http://127.0.0.1:3999" });
    expect(server.AUTH_SECRET).toMatch(/^.{32,}$/);
    expect(buildEnv(".next-bench").AUTH_SECRET).toBe(server.AUTH_SECRET);
  });
});
