import { expect, test } from "@playwright/test";
import { demoUsers, saveScreenshot, signIn } from "./support";

const persianDigits = /[۰-۹]/;

test("a manager sees the cohort heat-map and curves on /he/retention", async ({ page }) => {
  await signIn(page, "he", demoUsers.manager);
  await page.getByRole("navigation", { name: "ראשי" }).getByRole("link", { name: "שימור" }).click();
  await expect(page).toHaveURL(/\/he\/retention$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("שימור");
  const heatmap = page.getByRole("table", { name: /שימור לפי קבוצות/ });
  await expect(heatmap).toBeVisible();
  // Twelve cohorts of the last twelve months, each with a size and twelve cells, and the average row.
  await expect(heatmap.locator("tbody tr")).toHaveCount(12);
  await expect(heatmap.locator("tbody tr").first().locator("td")).toHaveCount(13);
  await expect(heatmap.locator("tbody tr").first().locator("td").nth(1)).toHaveText(/^\d+%$/);
  await expect(heatmap.locator("tfoot")).toContainText("ממוצע משוקלל");
  // The current month is unfinished: the oldest cohort's month 11 and the newest cohort's month 0 are "so far".
  await expect(heatmap.locator("tbody tr").first().locator("td").last()).toContainText("עד כה");
  await expect(heatmap.locator("tbody tr").last().locator("td").nth(1)).toContainText("עד כה");
  await expect(heatmap.locator("tbody td", { hasText: "עד כה" })).toHaveCount(12);
  const curves = page.getByRole("figure", { name: "עקומות שימור" });
  await expect(curves.locator(".recharts-line-curve").first()).toBeVisible();
  // The tooltip opens on hover with the mirrored labels (saved on the screenshot).
  await curves.hover({ position: { x: 400, y: 160 } });
  await expect(curves.locator(".recharts-tooltip-wrapper")).toContainText("ממוצע משוקלל");
  await saveScreenshot(page, "retention-he");

  // The mode and range live in the URL.
  await page.getByRole("radio", { name: "באותו חודש או אחריו" }).check();
  await page.getByRole("button", { name: "הצגה" }).click();
  await expect(page).toHaveURL(/mode=onOrAfter/);
  await expect(page.getByText(/או בכל חודש מאוחר יותר/)).toBeVisible();
});

test("the running month reads 'so far' on /fa/retention and /fa/loyalty, at 1440 and 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, "fa", demoUsers.owner);
  await page.goto("/fa/retention");
  await expect(page.getByRole("table").first().locator("tbody td", { hasText: "تاکنون" })).toHaveCount(12);
  await saveScreenshot(page, "retention-fa-1440");
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, "retention-fa-375");
  await page.goto("/fa/loyalty");
  // The running month's cards carry the "so far" mark beside their label.
  await expect(page.getByTestId("loyalty-kpis").locator("dt", { hasText: "تاکنون" }).first()).toBeVisible();
  await saveScreenshot(page, "loyalty-fa-375");
});

test("a manager sees loyalty trends, the lifecycle and the team table on /fa/loyalty", async ({ page }) => {
  await signIn(page, "fa", demoUsers.manager);
  await page.goto("/fa/loyalty");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("وفاداری");
  const team = page.getByRole("table", { name: "عملکرد تیم" });
  await expect(team).toBeVisible();
  // The two sales users and the manager (who owns customers) at least: other tests' writes as the
  // owner (the board's filters, the cross-origin page) may add the owner. Numbers in Persian digits.
  for (const name of ["Yael Mizrahi", "داریوش کریمی", "امیر رستمی"]) await expect(team.getByRole("rowheader", { name, exact: true })).toBeVisible();
  await expect(team.locator("tbody tr").first().locator("td").nth(2)).toHaveText(persianDigits);
  await expect(page.getByRole("figure", { name: "چرخهٔ عمر خریداران" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  // The finished months' line; the running month is drawn apart, dotted, as "so far".
  await expect(page.getByRole("figure", { name: "نرخ خرید دوباره" }).locator(".recharts-line-curve:not([stroke-dasharray])")).toBeVisible();
  await expect(page.locator("dl dd").first()).toHaveText(persianDigits);
  await saveScreenshot(page, "loyalty-fa");
});

test("the retention page in English reads left to right", async ({ page }) => {
  await signIn(page, "en", demoUsers.owner);
  await page.goto("/en/retention?from=2020-01&to=2020-04&mode=on");
  await expect(page.getByRole("table", { name: /Cohort retention/ }).locator("tbody tr")).toHaveCount(3);
  await expect(page.getByText("No customer made a first purchase in this range.").first()).toBeVisible();
  await saveScreenshot(page, "retention-en-empty");
});

test("sales users get neither the pages nor the API", async ({ page }) => {
  await signIn(page, "he", demoUsers.sales);
  await expect(page.getByRole("navigation", { name: "ראשי" }).getByRole("link", { name: "שימור" })).toHaveCount(0);
  const response = await page.goto("/he/retention");
  expect(response?.status()).toBe(403);
  const api = await page.request.get("/api/v1/analytics/loyalty");
  expect(api.status()).toBe(403);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
});

test("the API answers the SPEC shapes and validates its parameters", async ({ page }) => {
  await signIn(page, "en", demoUsers.manager);
  const retention = await page.request.get("/api/v1/analytics/retention?from=۲۰۲۵-۰۱&to=2025-04&mode=onOrAfter");
  expect(retention.status()).toBe(200);
  const body = await retention.json();
  expect(body.cohorts.map((c: { month: string }) => c.month)).toEqual(["2025-01", "2025-02", "2025-03"]);
  expect(body.cohorts[0].retained).toHaveLength(12);
  expect(body.average).toHaveLength(12);
  // Months long over: no cell is partial.
  expect(body.cohorts[0].partial).toEqual(Array(12).fill(false));
  const loyalty = await page.request.get("/api/v1/analytics/loyalty?from=2025-01&to=2025-03");
  const months = (await loyalty.json()).months;
  expect(months.map((m: { month: string }) => m.month)).toEqual(["2025-01", "2025-02"]);
  expect(Object.keys(months[0])).toEqual(expect.arrayContaining(["month", "repeatRate", "nps", "referrals", "loyaltyCount", "churned"]));
  const invalid = await page.request.get("/api/v1/analytics/retention?from=2025-13&mode=sometimes");
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).errors).toEqual({ from: ["invalid"], mode: ["invalid_choice"] });
});
