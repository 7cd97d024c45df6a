import { expect, type Page } from "@playwright/test";
import type { Locale } from "./support";

const hrefsIn = (page: Page, selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));

/**
 * Visits every page a signed-in user can reach from the shell and runs `check` on each once it has
 * loaded: the main navigation's links, the settings sections, the first playbook's page and the first
 * customer's page, read from the links on screen (so a new page is included) while the pages that
 * show them are checked, so each page loads once. Answers the paths visited.
 */
export async function visitReachablePages(page: Page, locale: Locale, check: (path: string) => Promise<void>): Promise<string[]> {
  // The customer list is in every role's navigation, and named here as well: the first customer's page is found on it.
  const queue = [...(await hrefsIn(page, "header nav a[href]")).filter((href) => href.startsWith(`/${locale}`)), `/${locale}/customers`];
  const visited: string[] = [];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (!path || visited.includes(path)) continue;
    visited.push(path);
    await page.goto(path);
    // Hydration errors are reported once the page's scripts have run and its data streamed in.
    await page.waitForLoadState("networkidle");
    await check(path);
    queue.push(...(await linksOnward(page, locale, path)));
  }
  return visited;
}

/** The pages the navigation does not link, found on the page at `path`: the settings sections, the first playbook, the first customer. */
async function linksOnward(page: Page, locale: Locale, path: string): Promise<string[]> {
  if (path === `/${locale}/settings`) return hrefsIn(page, "main nav a[href]");
  if (path === `/${locale}/settings/automations`) return (await hrefsIn(page, `main table a[href^="/${locale}/settings/automations/"]`)).slice(0, 1);
  if (path !== `/${locale}/customers`) return [];
  const customer = page.locator(`main a[href^="/${locale}/customers/"]`).first();
  await expect(customer).toBeVisible();
  return [(await customer.getAttribute("href")) ?? ""];
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
