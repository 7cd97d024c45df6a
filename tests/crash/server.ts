import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";

export const PORT = Number(process.env.CRASH_PORT ?? 3300);
export const baseURL = `http://localhost:${PORT}`;

/** The production build (scripts/serve.mjs, from NEXT_DIST_DIR or .next) as its own process group, output to `log`. */
export class Server {
  private process?: ChildProcess;
  private exited?: Promise<void>;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: string,
  ) {}

  async start() {
    const out = openSync(this.log, "a");
    const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT)], { env: this.env, stdio: ["ignore", out, out], detached: true });
    this.process = child;
    this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
    for (const started = Date.now(); Date.now() - started < 90_000; await delay(200)) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${this.log}`);
      const health = await fetch(`${baseURL}/api/health`).catch(() => null);
      if (health?.ok) return;
    }
    throw new Error(`the server did not answer /api/health within 90 s; see ${this.log}`);
  }

  /** `kill -9` of the whole process group: no shutdown hook runs, no transaction gets to finish. */
  async crash() {
    await this.signal("SIGKILL");
  }

  async stop() {
    await this.signal("SIGTERM");
  }

  private async signal(signal: NodeJS.Signals) {
    const child = this.process;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const pid = child.pid;
    process.kill(-pid, signal);
    await this.exited;
  }
}
