// Serves the production build: Next's request handler behind a plain Node HTTP server that tells
// the app each request's socket address. Next 16 gives routes no socket, and fills X-Forwarded-For
// from it only when the client sent none, so without this a client could name its own address
// (lib/security/client-address.ts). `npm start`, the browser tests, the crash test and the bench
// all serve through here. Usage: node scripts/serve.mjs [-p PORT] [-H HOST]; PORT also from the env.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
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
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => void app.close().finally(() => process.exit(0))));
}
