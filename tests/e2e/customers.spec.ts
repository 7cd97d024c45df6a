import { expect, test, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn } from "./support";

const suffix = () => Math.random().toString(36).slice(2, 7);

/** Opens the list from the main navigation and searches as a person does: type, press Enter. */
async function searchCustomers(page: Page, text: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await page.getByRole("searchbox").fill(text);
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/en\/customers\?q=/);
}

test("a sales user finds a customer by a Persian name, moves it, and sees the move on the timeline (fa)", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const name = `پرستو نیک‌نام ${suffix()}`;
  const created = await (await api.post("/api/v1/customers", { data: { name, phone: "+98 912 000 1111", channel: "instagram" } })).json();
  await api.dispose();

  await signIn(page, "fa", demoUsers.sales);
  await page.goto("/fa/customers");
  await page.getByRole("searchbox").fill(name.slice("پرستو ".length));
  await page.getByRole("button", { name: "اعمال" }).click();
  // The address changes before the new rows arrive: click only once the list shows the search's rows.
  await expect(page.getByRole("table").getByRole("link")).toHaveText([name]);
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/fa/customers/${created.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  await page.getByText("جابه‌جایی…", { exact: true }).click();
  await page.getByLabel("مرحلهٔ مقصد").selectOption("engagement");
  await page.getByLabel("یادداشت", { exact: true }).fill("در تلگرام پاسخ داد");
  await page.getByRole("button", { name: "جابه‌جایی", exact: true }).click();
  const timeline = page.getByRole("region", { name: "خط زمانی مراحل" });
  await expect(timeline.getByRole("listitem").first()).toContainText("آگاهی");
  await expect(timeline.getByRole("listitem").first()).toContainText("تعامل");
  await expect(timeline).toContainText("در تلگرام پاسخ داد");
  await saveScreenshot(page, "customer-fa-desktop");
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, "customer-fa-375");
});

test("a stale page gets a clear conflict message instead of overwriting (he)", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const created = await (await api.post("/api/v1/customers", { data: { name: `Conflict ${suffix()}` } })).json();
  await signIn(page, "he", demoUsers.sales);
  await page.goto(`/he/customers/${created.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Conflict");
  expect((await api.post(`/api/v1/customers/${created.id}/moves`, { data: { to: "consideration", version: 1 } })).status()).toBe(201);
  await api.dispose();
  await page.getByText("העברה…", { exact: true }).click();
  await page.getByLabel("שלב יעד").selectOption("engagement");
  await page.getByRole("button", { name: "העברה", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("מישהו אחר שינה את הלקוח");
  await saveScreenshot(page, "customer-he-conflict");
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, "customer-he-375");
});

test("a manager sees every customer; another sales user gets 404 (en)", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const name = `Owned By Sales ${suffix()}`;
  const created = await (await api.post("/api/v1/customers", { data: { name } })).json();
  await api.dispose();

  await signIn(page, "en", demoUsers.manager);
  await searchCustomers(page, name);
  await expect(page.getByRole("table").getByRole("link")).toHaveText([name]);
  await saveScreenshot(page, "customers-en-manager");

  await page.context().clearCookies();
  await signIn(page, "en", demoUsers.sales2);
  await searchCustomers(page, name);
  await expect(page.getByText("No customers match these filters.")).toBeVisible();
  const response = await page.goto(`/en/customers/${created.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("the customer list works on a 375 px phone in Hebrew", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "he", demoUsers.sales);
  await page.goto("/he/customers");
  await expect(page.getByRole("table")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await saveScreenshot(page, "customers-he-375");
});
