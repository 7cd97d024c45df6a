import { parseArgs } from "node:util";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { defaultDataDir } from "@/db/client";

/** `--name value` flags; unknown flags are an error so typos do not pass silently. */
export function flags<T extends Record<string, { type: "string" | "boolean" }>>(options: T) {
  return parseArgs({ args: process.argv.slice(2), options, strict: true }).values;
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** PGlite is single-process: CLI writes must wait until the server has stopped. */
export function refuseWhileServerHoldsPglite(env: NodeJS.ProcessEnv = process.env) {
  if (env.DATABASE_URL) return;
  const pidFile = path.join(env.PGLITE_DIR ?? defaultDataDir(), "server.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  fail(
    `The Masir server (pid ${pid}) holds the embedded database in ${path.dirname(pidFile)}.\n` +
      "PGlite allows one process at a time: stop the server first, or set DATABASE_URL to use PostgreSQL.",
  );
}

export async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) return (await readAll()).trim();
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write(question);
  muted._writeToOutput = () => {};
  const answer = await rl.question("");
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function readAll(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text;
}
