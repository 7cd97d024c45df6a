// Serves the production build: Next's request handler behind a plain Node HTTP server that tells
// the app each request's socket address. Next 16 gives routes no socket, and fills X-Forwarded-For
// from it only when the client sent none, so without this a client could name its own address
// (lib/security/client-address.ts). `npm start`, the browser tests, the crash test and the bench
// all serve through here. Usage: node scripts/serve.mjs [-p PORT] [-H HOST]; PORT also from the env.
//
// With PostgreSQL it serves from WEB_CONCURRENCY processes (default: one per core) sharing the port
// through node:cluster; the first of them alone runs the playbook engine and its pg-boss jobs. The
// embedded PGlite is single-process, so without DATABASE_URL there is one.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

if (cluster.isPrimary) {
  const workers = workerCount();
  if (workers > 1) superviseWorkers(workers);
  else await serve();
} else {
  await serve();
}

function workerCount() {
  const asked = process.env.WEB_CONCURRENCY ? Number(process.env.WEB_CONCURRENCY) : availableParallelism();
  if (!Number.isSafeInteger(asked) || asked < 1) {
    console.error(`WEB_CONCURRENCY must be a whole number of at least 1, got "${process.env.WEB_CONCURRENCY}"`);
    process.exit(1);
  }
  if (!process.env.DATABASE_URL) {
    if (asked > 1) console.log(`Serving from 1 process (not ${asked}): the embedded PGlite database is single-process; set DATABASE_URL to use every core.`);
    return 1;
  }
  return asked;
}

/**
 * The primary process: forks the workers, replaces one that dies after it was serving (each keeps
 * its slot, so the engine stays in exactly one), stops everything if one dies while starting, and
 * passes SIGINT and SIGTERM on, exiting when every worker has.
 */
function superviseWorkers(count) {
  let stopping = false;
  const fork = (slot) => {
    // Only slot 0 runs the playbook engine (unless the deployment turned it off for all).
    const worker = cluster.fork(slot === 0 ? {} : { AUTOMATION_ENGINE: "off" });
    let serving = false;
    worker.once("listening", () => (serving = true));
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      if (serving) {
        console.error(`Worker ${slot} (pid ${worker.process.pid}) exited (${signal ?? code}); starting another.`);
        fork(slot);
      } else {
        console.error(`Worker ${slot} exited while starting (${signal ?? code}); stopping.`);
        stop("SIGTERM", 1);
      }
    });
  };
  const stop = (signal, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter(Boolean);
    if (running.length === 0) process.exit(exitCode);
    let left = running.length;
    for (const worker of running) {
      worker.once("exit", () => --left === 0 && process.exit(exitCode));
      worker.process.kill(signal);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
  let ready = 0;
  cluster.on("listening", () => {
    if (++ready === count) console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port} (${count} processes; WEB_CONCURRENCY to change)`);
  });
  for (let slot = 0; slot < count; slot++) fork(slot);
}

async function serve() {
  /** Set on every request from the socket, replacing whatever the client sent under that name. */
  const header = "x-masir-socket-address";
  process.env.MASIR_SOCKET_ADDRESS_HEADER = header;

  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    request.headers[header] = request.socket.remoteAddress ?? "";
    void handle(request, response);
  });
  // Node closes an idle kept-alive socket after 5 s, racing a client that reuses it at that moment
  // (an ECONNRESET for the client); proxies and the test clients keep theirs open longer.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => {
    if (cluster.isPrimary) console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port}`);
  });
  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      server.close(() => void app.close().finally(() => process.exit(0)));
    });
  }
}
