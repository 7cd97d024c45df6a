import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a local port (0: any free one), keeping every message it accepts;
 * `refuseNext` answers the next RCPT with a temporary failure.
 */
export function mailbox(port = 0) {
  const received: { to: string[]; raw: string }[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refuse > 0) {
        refuse--;
        return callback(Object.assign(new Error("try again later"), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  return {
    received,
    refuseNext: () => void refuse++,
    start: () => new Promise<string>((resolve) => server.listen(port, "127.0.0.1", () => resolve(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message as text to search: folded header lines joined, quoted-printable bodies decoded (the raw message is ASCII). */
export const unfold = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, "")
      .replace(/\r?\n[ \t]+/g, " ")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

/** Where the browser tests' server sends email (playwright.config.ts sets SMTP_URL) and tests/e2e/unsubscribe.spec.ts listens. */
export const e2eSmtpPort = (appPort: number) => appPort + 20_000;
