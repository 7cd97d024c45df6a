import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A bare Node HTTP server in the bench's own process, answering every request with a small JSON
 * body: timed like the app's lines, it is the part of every latency that is the load generator,
 * the loopback and Node's HTTP alone, under which no route can go on this machine.
 */
export async function startHttpFloor(): Promise<{ url: string; close: () => Promise<void> }> {
  const body = JSON.stringify({ status: "ok" });
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
