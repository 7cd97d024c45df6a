// `npm start`: build when the sources are newer than the last build, prepare the database
// (migrate; seed the embedded demo on first start), then serve on PORT (default 3000).
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
  console.error("AUTH_SECRET is not set: with DATABASE_URL, set it to a long random string (openssl rand -base64 32) before npm start; sessions are signed with it.");
  process.exit(1);
}

const root = process.cwd();
const buildId = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
const sourceDirs = ["app", "components", "lib", "db", "messages"];
const sourceFiles = ["next.config.js", "package-lock.json", "proxy.ts"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const bin = (name) => path.join(root, "node_modules", ".bin", name);
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const sourcesAt = Math.max(...[...sourceDirs, ...sourceFiles].map((p) => newestMtime(path.join(root, p))));
if (sourcesAt > builtAt) run(bin("next"), ["build"]);

const port = process.env.PORT ?? "3000";
const env = { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` };
run(bin("tsx"), [path.join(root, "scripts", "prepare-db.ts")], env);

const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
