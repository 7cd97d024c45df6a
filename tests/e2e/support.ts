import { expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";

export const demoUsers = {
  owner: "owner@demo.test",
  manager: "manager@demo.test",
  sales: "sales@demo.test",
  sales2: "sales2@demo.test",
} as const;
export const demoPassword = "demo-password";

export type Locale = "he" | "fa" | "en";

/** Signs in through the page, as a person would, and waits for the home page. */
export async function signIn(page: Page, locale: Locale, email: string, password = demoPassword) {
  await page.goto(`/${locale}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}$`));
}

const screenshotDir = path.join(process.cwd(), "tests", "e2e", "screenshots");

/** The board has hydrated and loaded its drag-and-drop kit (components/board/use-board-kit.ts): a click on a card's menu now opens it. */
export async function boardReady(page: Page) {
  await expect(page.locator("[data-board-kit]")).toHaveAttribute("data-board-kit", "dnd");
}

/** Full-page screenshots are kept for a human look at the RTL layout; they are not committed. */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
