import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { newUser } from "./actions";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

const roleLabels: Record<Locale, Record<string, string>> = {
  he: { owner: "בעלים", manager: "מנהל/ת", sales: "מכירות" },
  fa: { owner: "مالک", manager: "مدیر", sales: "فروش" },
  en: { owner: "Owner", manager: "Manager", sales: "Sales" },
};

for (const locale of ["he", "en"] as const) {
  for (const [who, email] of Object.entries(demoUsers)) {
    test(`${who} signs in on /${locale} and gets the shell`, async ({ page }) => {
      await signIn(page, locale, email);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "en" ? "ltr" : "rtl");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const role = who === "sales2" ? "sales" : who;
      await expect(page.getByRole("banner")).toContainText(roleLabels[locale][role] ?? "");
      const links = page.getByRole("navigation", { name: locale === "en" ? "Main" : "ראשי" }).getByRole("link");
      await expect(links).toHaveCount({ owner: 8, manager: 8, sales: 4 }[role] ?? 0);
      await expect(page.locator("dl dd").first()).toHaveText(/\d/);
      await saveScreenshot(page, `home-${locale}-${who}`);
    });
  }
}

test("the fa home page uses Persian digits and keeps the page when switching language", async ({ page }) => {
  await signIn(page, "fa", demoUsers.manager);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("dl dd").first()).toHaveText(/^[۰-۹٬]+$/);
  await saveScreenshot(page, "home-fa-manager");
  await page.getByRole("navigation", { name: "زبان" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator("dl dd").first()).toHaveText(/^[0-9,]+$/);
});

test("a wrong password gets a localised error and no session", async ({ page }) => {
  await page.goto("/he/login");
  await page.locator('input[name="email"]').fill(demoUsers.owner);
  await page.locator('input[name="password"]').fill("not-the-password");
  await page.locator('button[type="submit"]').click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("הדוא״ל או הסיסמה שגויים.");
  await expect(page).toHaveURL(/\/he\/login$/);
  await saveScreenshot(page, "login-he-error");
});

test("signing out ends the session", async ({ page, playwright, baseURL }) => {
  // Signing out ends every session of the user: a user of its own leaves the other tests signed in.
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const user = await newUser(owner, baseURL ?? "", "sales");
  await owner.dispose();
  await signIn(page, "en", user.email, user.password);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/login$/);
  await page.goto("/en");
  await expect(page).toHaveURL(/\/en\/login$/);
});

for (const locale of ["fa", "en"] as const) {
  test(`the shell on /${locale} has no serious accessibility violations`, async ({ page }) => {
    await signIn(page, locale, demoUsers.owner);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test("a sign-in sent before the page is interactive is posted: the password never reaches the address (fa)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const addresses: string[] = [];
  page.on("request", (request) => addresses.push(request.url()));
  await page.goto("/fa/login");
  await page.locator('input[name="email"]').fill(demoUsers.sales);
  await page.locator('input[name="password"]').fill("demo-password");
  const [submitted] = await Promise.all([page.waitForRequest((request) => request.method() === "POST"), page.locator('button[type="submit"]').click()]);
  expect(new URL(submitted.url()).pathname).toBe("/api/auth/callback/credentials");
  await page.waitForLoadState();
  expect(addresses.filter((url) => /password|demo-password/.test(url))).toEqual([]);
  await expect(page.locator('input[name="password"]')).toBeVisible();
  await context.close();
});
