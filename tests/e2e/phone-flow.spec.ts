import { expect, test, type Locator, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

// An iPhone SE: the smallest screen a sales rep is likely to carry.
const SCREEN = { width: 375, height: 667 };
test.use({ viewport: SCREEN, hasTouch: true });

const suffix = () => Math.random().toString(36).slice(2, 7);

const words = {
  fa: {
    name: "ترانه همراه", finder: "یافتن مشتری", menu: "منو", main: "اصلی", customers: "مشتریان",
    call: "تماس تلفنی", whatsapp: "واتس‌اپ", email: "ایمیل", moveOpen: "جابه‌جایی…", logTouchpoint: "ثبت نقطهٔ تماس…",
    moveOn: "جابه‌جایی به تعامل", engagement: "تعامل", logged: "نقطهٔ تماس ثبت شد: واتس‌اپ", touchpoints: "نقاط تماس",
  },
  he: {
    name: "תמר בדרכים", finder: "חיפוש לקוח", menu: "תפריט", main: "ראשי", customers: "לקוחות",
    call: "שיחה", whatsapp: "וואטסאפ", email: "דוא״ל", moveOpen: "העברה…", logTouchpoint: "רישום נקודת מגע…",
    moveOn: "העברה למעורבות", engagement: "מעורבות", logged: "נקודת המגע נרשמה: וואטסאפ", touchpoints: "נקודות מגע",
  },
} as const;

/** On the first screen: nothing to scroll to reach it. */
async function expectOnFirstScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(SCREEN.height);
}

async function expectOneLineHeader(page: Page, locale: "fa" | "he") {
  const header = await page.getByRole("banner").boundingBox();
  expect(header?.height).toBeLessThanOrEqual(60);
  await expect(page.getByRole("button", { name: words[locale].menu })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREEN.width);
}

for (const locale of ["fa", "he"] as const satisfies Locale[]) {
  test(`find a customer, message them on WhatsApp and move them on, in four taps (${locale}, 375 px)`, async ({ page, playwright, baseURL }) => {
    const w = words[locale];
    const name = `${w.name} ${suffix()}`;
    const phone = `052-${String(Math.floor(Math.random() * 900) + 100)}-${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const { id } = (await (await api.post("/api/v1/customers", { data: { name, phone, email: `${suffix()}@example.com` } })).json()) as { id: string };
    await api.dispose();
    const e164 = `972${phone.replace(/-/g, "").slice(1)}`;
    await page.context().route("https://wa.me/**", (route) => route.fulfill({ contentType: "text/plain", body: "WhatsApp" }));

    await signIn(page, locale, demoUsers.sales);
    await expectOneLineHeader(page, locale);
    await page.getByRole("button", { name: w.menu }).tap();
    await expect(page.getByRole("navigation", { name: w.main }).getByRole("link", { name: w.customers })).toBeVisible();
    await saveScreenshot(page, `phone-menu-${locale}`);
    await page.getByRole("navigation", { name: w.main }).getByRole("link", { name: w.customers }).tap();
    await expect(page).toHaveURL(new RegExp(`/${locale}/customers$`));
    await expectOneLineHeader(page, locale);
    await expectOnFirstScreen(page.getByRole("table").getByRole("link").first());
    await saveScreenshot(page, `customers-${locale}-375`);

    // Tap 1: the header's search; then type, and tap 2: the customer.
    await page.getByRole("combobox", { name: w.finder, exact: true }).tap();
    await page.keyboard.type(name.slice(0, -2));
    await page.getByRole("option", { name: new RegExp(name) }).tap();
    await expect(page).toHaveURL(new RegExp(`/${locale}/customers/${id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expectOneLineHeader(page, locale);

    const whatsapp = page.getByRole("link", { name: w.whatsapp, exact: true });
    await expect(page.getByRole("link", { name: w.call, exact: true })).toHaveAttribute("href", `tel:+${e164}`);
    await expect(whatsapp).toHaveAttribute("href", `https://wa.me/${e164}`);
    await expect(page.getByRole("link", { name: w.email, exact: true })).toHaveAttribute("href", /^mailto:/);
    for (const control of [whatsapp, page.getByText(w.moveOpen, { exact: true }), page.getByText(w.logTouchpoint, { exact: true })]) {
      await expectOnFirstScreen(control);
    }
    await saveScreenshot(page, `customer-${locale}-375`);

    // Tap 3: WhatsApp opens (in its own tab) and the touchpoint is logged.
    const [chat] = await Promise.all([page.waitForEvent("popup"), whatsapp.tap()]);
    await expect(chat).toHaveURL(`https://wa.me/${e164}`);
    await chat.close();
    await expect(page.getByRole("status").filter({ hasText: w.logged })).toBeVisible();
    await expect(page.getByRole("region", { name: w.touchpoints })).toContainText(w.whatsapp);

    // Tap 4: on to the next stage.
    await expectOnFirstScreen(page.getByRole("button", { name: w.moveOn }));
    await page.getByRole("button", { name: w.moveOn }).tap();
    await expect(page.locator("main header p")).toContainText(w.engagement);
    await saveScreenshot(page, `customer-${locale}-375-moved`);
  });
}
