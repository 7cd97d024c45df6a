import { expect, type Page } from "@playwright/test";
import type { Locale } from "./support";

/**
 * The pages a signed-in user can reach from the shell: the main navigation's links, the settings
 * sections, the first playbook's page and the first customer's page, read from the links on screen
 * (so a new page is included).
 */
export async function reachablePaths(page: Page, locale: Locale): Promise<string[]> {
  const hrefsIn = (selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const main = await hrefsIn("header nav a[href]");
  const paths = new Set(main.filter((href) => href.startsWith(`/${locale}`)));
  if (paths.has(`/${locale}/settings`)) {
    await page.goto(`/${locale}/settings`);
    for (const href of await hrefsIn("main nav a[href]")) paths.add(href);
  }
  if (paths.has(`/${locale}/settings/automations`)) {
    await page.goto(`/${locale}/settings/automations`);
    const playbooks = await hrefsIn(`main table a[href^="/${locale}/settings/automations/"]`);
    if (playbooks[0]) paths.add(playbooks[0]);
  }
  await page.goto(`/${locale}/customers`);
  const customer = page.locator(`main a[href^="/${locale}/customers/"]`).first();
  await expect(customer).toBeVisible();
  paths.add((await customer.getAttribute("href")) ?? "");
  return [...paths].filter(Boolean).sort();
}

/** Collects what the browser reports as an error (console errors, uncaught exceptions) while a page is used. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/**
 * Numbers on the page written with an ASCII comma between digits in `fa` (which groups thousands
 * with ٬ U+066C and writes Persian digits): each a sign that a number skipped the locale's formatter.
 */
export async function asciiGroupedNumbers(page: Page, locale: Locale): Promise<string[]> {
  if (locale !== "fa") return [];
  const text = await page.locator("body").innerText();
  return (text.match(/[0-9\u06f0-\u06f9]+(?:,[0-9\u06f0-\u06f9]{3})+/g) ?? []).map((n) => `${page.url()}: ${n}`);
}
