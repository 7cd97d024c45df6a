import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eSmtpPort } from "./tests/support/mailbox";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// Debian's build of Chromium's headless shell, which Playwright's own headless mode uses: the same engine without
// the full browser around it (every-page.spec.ts took 4.3 min instead of 4.8 here). Any Chromium works (CHROMIUM_PATH).
const chromiumPath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "bash tests/e2e/serve.sh",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // Email is on: tests/e2e/unsubscribe.spec.ts listens on this port while it runs; the queue retries mail sent while nothing listens.
    env: { PORT: String(port), NEXTAUTH_URL: baseURL, SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort(port)}` },
  },
});
