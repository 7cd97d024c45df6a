import { expect, test, type Page } from "@playwright/test";
import { demoUsers, saveScreenshot, signIn } from "./support";

const widths = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };

async function firstCustomer(page: Page, locale: "fa" | "he" | "en") {
  await page.getByRole("navigation", { name: locale === "fa" ? "اصلی" : locale === "he" ? "ראשי" : "Main" }).getByRole("link", { name: locale === "fa" ? "مشتریان" : locale === "he" ? "לקוחות" : "Customers" }).click();
  await page.locator(`main a[href^="/${locale}/customers/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/customers/[0-9a-f-]{36}$`));
}

test("fa: a Jalali birthday typed in Persian digits is saved and shown in the Solar Hijri calendar", async ({ page }) => {
  await signIn(page, "fa", demoUsers.sales);
  await firstCustomer(page, "fa");
  const profile = page.getByRole("region", { name: "نمایه" });
  const birthday = profile.getByLabel("تاریخ تولد");
  await birthday.fill("");
  await birthday.pressSequentially("۱۳۷۰/۰۵/۱۲");
  // What was typed is read back before saving: 12 Mordad 1370 (3 August 1991), a Saturday.
  await expect(profile.getByText("شنبه ۱۲ مرداد ۱۳۷۰")).toBeVisible();
  await saveScreenshot(page, "dash-date-field-fa-typed");
  // Saved with Enter, as a person would; the page refreshes its data once the action has answered.
  const saved = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/customers/"));
  await birthday.press("Enter");
  await saved;
  await page.reload();
  await expect(page.getByRole("region", { name: "نمایه" }).getByLabel("تاریخ تولد")).toHaveValue("۱۳۷۰/۰۵/۱۲");
  await expect(page.getByRole("region", { name: "نمایه" }).getByText("شنبه ۱۲ مرداد ۱۳۷۰")).toBeVisible();

  // The calendar button picks a date with the keyboard too; the field then shows it in Persian digits.
  await page.getByRole("region", { name: "نمایه" }).getByRole("button", { name: "انتخاب از تقویم" }).click();
  await expect(page.getByRole("dialog", { name: "تقویم" })).toBeVisible();
  await page.setViewportSize(widths.phone);
  await saveScreenshot(page, "dash-date-field-fa-calendar-phone");
  await page.keyboard.press("Escape");

  // Nonsense is refused by the server with the form's usual field error, and nothing changes.
  const field = page.getByRole("region", { name: "نمایه" }).getByLabel("تاریخ تولد");
  await field.fill("۱۴۰۲/۱۲/۳۰");
  await expect(page.getByRole("region", { name: "نمایه" }).getByText("تاریخ معتبری نیست", { exact: false })).toBeVisible();
  const refused = page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/customers/"));
  await field.press("Enter");
  await refused;
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByRole("region", { name: "نمایه" }).getByLabel("تاریخ تولد")).toHaveValue("۱۳۷۰/۰۵/۱۲");
});

test("he: a purchase with a typed date and time lands on the purchases list", async ({ page }) => {
  await signIn(page, "he", demoUsers.sales);
  await firstCustomer(page, "he");
  const purchases = page.getByRole("region", { name: "רכישות" });
  await purchases.locator("summary", { hasText: "רישום רכישה" }).click();
  await purchases.getByLabel("סכום").fill("321");
  // The touchpoint form above also has a field named "at" (Field ids are per name), so the label's
  // target is found by the field's place in the purchases panel.
  await purchases.locator("input#field-at").fill("02/01/2025");
  await expect(purchases.getByText("יום חמישי, 2 בינו׳ 2025")).toBeVisible();
  await purchases.getByLabel("שעה (שעות:דקות)").fill("09:30");
  await saveScreenshot(page, "dash-date-time-field-he");
  await purchases.getByRole("button", { name: "רישום רכישה" }).click();
  // 09:30 on 2 January in the demo organization's Jerusalem (UTC+2 in winter).
  await expect(purchases.locator('time[datetime="2025-01-02T07:30:00.000Z"]')).toHaveCount(1);
});

for (const locale of ["fa", "he"] as const) {
  test(`${locale}: owner and manager homes lead onward; the month so far is compared with the same days`, async ({ page }) => {
    for (const role of ["owner", "manager"] as const) {
      await signIn(page, locale, demoUsers[role]);
      const trends = page.getByTestId("home-trends");
      await expect(trends.locator("dt a")).toHaveCount(3);
      await expect(trends.getByText(locale === "fa" ? "تاکنون" : "עד כה", { exact: true }).first()).toBeVisible();
      await expect(page.getByRole("heading", { name: locale === "fa" ? "ناراضیانی که باید" : "מלעיזים להתקשר", exact: false })).toBeVisible();
      for (const [device, viewport] of Object.entries(widths)) {
        await page.setViewportSize(viewport);
        await saveScreenshot(page, `dash-home-${role}-${locale}-${device}`);
      }
      await page.setViewportSize(widths.desktop);
      await page.context().clearCookies();
    }
    await signIn(page, locale, demoUsers.owner);
    // The revenue card leads to the loyalty page; a stage row to its customers.
    await page.getByTestId("home-trends").getByRole("link", { name: locale === "fa" ? "درآمد" : "הכנסות" }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/loyalty$`));
    // The cards and the month table name the running month "so far".
    await expect(page.getByText(locale === "fa" ? /تاکنون/ : /עד כה/).first()).toBeVisible();
    for (const [device, viewport] of Object.entries(widths)) {
      await page.setViewportSize(viewport);
      await page.waitForLoadState("networkidle");
      await saveScreenshot(page, `dash-loyalty-${locale}-${device}`);
    }
    await page.setViewportSize(widths.desktop);
    await page.goBack();
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/customers\\?stage=[a-z_]+&lost=false$`));
  });

  test(`${locale}: the sales home lists follow-ups, says which days the week counts, and an owner page is a 403 with a way back`, async ({ page }) => {
    await signIn(page, locale, demoUsers.sales);
    // The week starts on Saturday in fa, on Sunday in he.
    await expect(page.getByText(locale === "fa" ? "(هفته از شنبه شروع می‌شود)" : "(השבוע מתחיל ביום ראשון)", { exact: false })).toBeVisible();
    await expect(page.getByRole("region", { name: locale === "fa" ? "پیگیری‌های من" : "המשימות שלי" })).toBeVisible();
    for (const [device, viewport] of Object.entries(widths)) {
      await page.setViewportSize(viewport);
      await saveScreenshot(page, `dash-home-sales-${locale}-${device}`);
    }
    await page.setViewportSize(widths.desktop);
    const response = await page.goto(`/${locale}/settings/users`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: locale === "fa" ? "به این صفحه دسترسی ندارید" : "אין לך גישה לדף הזה" })).toBeVisible();
    await saveScreenshot(page, `dash-forbidden-${locale}`);
    await page.getByRole("link", { name: locale === "fa" ? "بازگشت به صفحهٔ اصلی" : "חזרה לדף הבית" }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  });
}

test("en: the funnel's range that has not ended is marked and compared day for day", async ({ page }) => {
  await signIn(page, "en", demoUsers.owner);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Funnel" }).click();
  await page.getByRole("button", { name: "This month" }).click();
  await expect(page.getByText("So far:", { exact: false })).toBeVisible();
  await expect(page.getByText("so far", { exact: true }).first()).toBeVisible();
});
