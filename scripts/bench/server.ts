import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { groupCpuMs } from "./server-cpu";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/**
 * One AUTH_SECRET for the bench's build and its server: with DATABASE_URL set, the production
 * build evaluates the auth configuration too, and refuses to run without one.
 */
const authSecret = process.env.AUTH_SECRET || randomBytes(32).toString("base64url");

export const buildEnv = (distDir: string): NodeJS.ProcessEnv => ({ ...process.env, NEXT_DIST_DIR: distDir, AUTH_SECRET: authSecret });

/** `readUrl`: a streaming replica for the read path (DATABASE_READ_URL); without it the server reads from the primary. */
export function serverEnv({ databaseUrl, readUrl, port, distDir, baseUrl }: ServerOptions & { baseUrl: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...buildEnv(distDir), NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_URL: baseUrl };
  if (readUrl) env.DATABASE_READ_URL = readUrl;
  else delete env.DATABASE_READ_URL;
  return env;
}

export interface ServerOptions {
  databaseUrl: string;
  readUrl?: string;
  port: number;
  distDir: string;
}

/**
 * Builds into `distDir` when it holds no build (or `force`). The build is the bench's own, so it
 * never disturbs `.next`; Next adds the folder's types to tsconfig.json's include, which is put back.
 */
export function ensureBuild(distDir: string, force: boolean): void {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!force && existsSync(buildId)) {
    console.log(`Using the build in ${distDir} from ${statSync(buildId).mtime.toISOString()} (--build to rebuild).`);
    return;
  }
  console.log(`Building into ${distDir}…`);
  const result = spawnSync(bin("next"), ["build"], { stdio: "inherit", env: buildEnv(distDir) });
  dropIncludes(path.join(root, "tsconfig.json"), distDir);
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

/** Removes the include lines that name `distDir`, leaving the file's formatting as it was. */
function dropIncludes(tsconfig: string, distDir: string) {
  const text = readFileSync(tsconfig, "utf8");
  const kept = text
    .split("\n")
    .filter((line) => !line.trim().startsWith(`"${distDir}/`))
    .join("\n")
    .replace(/,(\s*\])/g, "$1");
  if (kept !== text) writeFileSync(tsconfig, kept);
}

export interface RunningServer {
  baseUrl: string;
  /** How many processes serve it: WEB_CONCURRENCY, else one per core (scripts/serve.mjs). */
  processes: number;
  /** CPU time the server's processes have used so far, in ms (null where /proc is missing). */
  cpuMs: () => number | null;
  logFile: string;
  stop: () => Promise<void>;
}

/** scripts/serve.mjs on the bench's build and database, in its own process group so stopping it stops everything it started. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { port, distDir } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await healthy(baseUrl)) throw new Error(`Something already answers on port ${port}: stop it first.`);
  const logFile = path.join(root, distDir, "bench-server.log");
  const log = openSync(logFile, "w");
  const env = serverEnv({ ...options, baseUrl });
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server, each of its processes (node:cluster
  // hands the workers the primary's arguments); Node refuses those flags in NODE_OPTIONS.
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const args = [...nodeArgs, path.join(root, "scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ["ignore", log, log] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    process.kill(-child.pid, "SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) process.kill(-child.pid, "SIGKILL");
  };
  for (let waited = 0; !(await healthy(baseUrl)); waited += 250) {
    if (child.exitCode !== null || waited > 120_000) {
      await stop();
      throw new Error(`The server did not come up on ${baseUrl}; its log is in ${logFile}`);
    }
    await sleep(250);
  }
  const pgid = child.pid;
  return { baseUrl, processes: Number(env.WEB_CONCURRENCY ?? availableParallelism()), cpuMs: () => (pgid ? groupCpuMs(pgid) : null), logFile, stop };
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}
