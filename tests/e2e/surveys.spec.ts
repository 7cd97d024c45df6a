import { expect, test, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { boardReady, demoUsers, saveScreenshot, signIn } from "./support";

const phone = { width: 375, height: 812 };

/** The loyalty page's NPS card: the last month of the default range, this month so far. */
const npsCard = (page: Page) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^NPS/ }) }).locator("dd").first();

test("a customer answers the he survey on a phone, once, and the loyalty page's NPS for the month changes", async ({ page, browser, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.manager);
  const name = `דנה סקר ${Date.now()}`;
  const customer = (await (await api.post("/api/v1/customers", { data: { name, phone: "050-123-4567", stage: "retention" } })).json()) as { id: string };
  await api.dispose();

  await signIn(page, "he", demoUsers.manager);
  await page.goto("/he/loyalty");
  await expect(npsCard(page)).toBeVisible();
  const before = await npsCard(page).innerText();

  // The rep makes the link on the customer's page.
  await page.goto(`/he/customers/${customer.id}`);
  await page.getByRole("button", { name: "יצירת קישור לסקר" }).click();
  const link = page.getByRole("textbox", { name: "קישור לסקר" });
  await expect(link).toHaveValue(/\/he\/s\/[A-Za-z0-9_-]{43}$/);
  const url = await link.inputValue();

  // The customer opens it on a phone, signed out.
  const context = await browser.newContext({ viewport: phone });
  const survey = await context.newPage();
  await survey.goto(url);
  await expect(survey.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(survey.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
  const group = survey.getByRole("group", { name: /עד כמה סביר שתמליצו/ });
  await expect(group.getByRole("radio")).toHaveCount(11);
  // Keyboard: into the radio group, then the arrow keys choose; a detractor (0) moves any NPS but −100.
  await group.getByRole("radio", { name: "1", exact: true }).focus();
  await survey.keyboard.press("Space");
  await survey.keyboard.press("ArrowUp");
  await expect(group.getByRole("radio", { name: "0", exact: true })).toBeChecked();
  await survey.getByRole("textbox", { name: /רוצים לספר לנו/ }).fill("השירות היה איטי");
  await saveScreenshot(survey, "survey-he-phone");
  await survey.getByRole("button", { name: "שליחה" }).click();
  await expect(survey.getByRole("status")).toHaveText("תודה! התשובה שלך התקבלה.");

  // A second time the link says so politely.
  await survey.goto(url);
  await expect(survey.getByRole("status")).toHaveText("כבר ענו על הסקר הזה. תודה!");
  await context.close();

  await page.goto(`/he/customers/${customer.id}`);
  await expect(page.getByRole("region", { name: "משוב", exact: true })).toContainText("השירות היה איטי");
  await page.goto("/he/loyalty");
  await expect(npsCard(page)).not.toHaveText(before);
});

test("the fa survey page on a phone: Persian digits, right to left", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const customer = (await (await api.post("/api/v1/customers", { data: { name: "سارا احمدی" } })).json()) as { id: string };
  const { url } = (await (await api.post(`/api/v1/customers/${customer.id}/survey-requests`, { data: { locale: "fa" } })).json()) as { url: string };
  await api.dispose();
  await page.setViewportSize(phone);
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("radio", { name: "۱۰" })).toHaveCount(1);
  await saveScreenshot(page, "survey-fa-phone");
});

for (const locale of ["fa", "he"] as const) {
  test(`the message menu opens with the template filled in (WhatsApp link), logs the touchpoint, and is off for a do-not-contact customer: ${locale}`, async ({ page, playwright, baseURL }) => {
    const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const name = locale === "fa" ? `سارا پیام ${Date.now()}` : `Dana Message ${Date.now()}`;
    const customer = (await (await api.post("/api/v1/customers", { data: { name, phone: "+98 912 345 6789" } })).json()) as { id: string };
    await api.dispose();
    const text = {
      fa: { open: "ارسال پیام", template: "قالب", language: "زبان", whatsapp: "واتس‌اپ", logged: "نقطهٔ تماس ثبت شد.", dnc: "تماس نگیرید", survey: "ساخت پیوند نظرسنجی", blocked: "این مشتری خواسته است با او تماس گرفته نشود." },
      he: { open: "שליחת הודעה", template: "תבנית", language: "שפה", whatsapp: "וואטסאפ", logged: "נקודת המגע נרשמה.", dnc: "לא ליצור קשר", survey: "יצירת קישור לסקר", blocked: "הלקוח/ה ביקש/ה לא ליצור איתו/ה קשר." },
    }[locale];

    await page.setViewportSize(phone);
    await signIn(page, locale, demoUsers.sales);
    await page.goto(`/${locale}/customers/${customer.id}`);
    await page.getByText(text.open, { exact: true }).click();
    await page.getByRole("combobox", { name: text.template }).selectOption("survey_request");
    const whatsapp = page.locator("#messages").getByRole("link", { name: text.whatsapp, exact: true });
    await expect(whatsapp).toHaveAttribute("href", new RegExp(`^https://wa\\.me/989123456789\\?text=.*${locale}%2Fs%2F[A-Za-z0-9_-]{43}$`));
    const message = new URL((await whatsapp.getAttribute("href")) ?? "").searchParams.get("text") ?? "";
    expect(message).toContain(`\u2068${name}\u2069`);
    // The filled-in text wraps: nothing (the long link) widens the phone's page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await saveScreenshot(page, `message-menu-${locale}-phone`);

    const popup = page.waitForEvent("popup");
    await whatsapp.click();
    await (await popup).close();
    await expect(page.locator("#messages").getByRole("status")).toHaveText(text.logged);

    await page.getByRole("switch", { name: text.dnc }).click();
    await expect(page.getByRole("switch", { name: text.dnc })).toHaveAttribute("aria-checked", "true");
    await expect(page.getByRole("button", { name: text.survey })).toBeDisabled();
    await expect(page.locator("#messages")).toContainText(text.blocked);
    await expect(page.locator("#messages").getByRole("button")).toBeDisabled();

    const rep = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const refused = await rep.post(`/api/v1/customers/${customer.id}/messages`, { data: { channel: "whatsapp", template: "follow_up" } });
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "do_not_contact" });
    await rep.dispose();
  });
}

test("the board card's menu leads to the customer's message menu, open", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const name = `Board Message ${Date.now()}`;
  await api.post("/api/v1/customers", { data: { name, phone: "050-123-4567" } });
  await api.dispose();
  await signIn(page, "en", demoUsers.sales);
  await page.goto("/en/board");
  await boardReady(page);
  await page.getByRole("button", { name: `Move to… (${name})` }).click();
  await page.getByRole("menuitem", { name: "Send a message…" }).click();
  await expect(page).toHaveURL(/\/en\/customers\/[0-9a-f-]{36}#messages$/);
  await expect(page.locator("details#messages")).toHaveAttribute("open", "");
});

test("the API: survey link answered once (201, then 410), a message's deep link, templates, and PATCH with a version", async ({ playwright, baseURL, request }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const created = (await (await api.post("/api/v1/customers", { data: { name: "API Consent", phone: "+98 912 345 6789" } })).json()) as { id: string; version: number };
  const survey = await api.post(`/api/v1/customers/${created.id}/survey-requests`, { data: {} });
  expect(survey.status()).toBe(201);
  const { url, token, expiresAt } = (await survey.json()) as { url: string; token: string; expiresAt: string };
  expect(url.endsWith(`/s/${token}`)).toBe(true);
  expect(Math.round((Date.parse(expiresAt) - Date.now()) / 86_400_000)).toBe(30);
  // The customer's answer needs no session.
  expect((await request.post(`/api/public/surveys/${token}`, { data: { score: 9, comment: "good" } })).status()).toBe(201);
  const again = await request.post(`/api/public/surveys/${token}`, { data: { score: 1 } });
  expect(again.status()).toBe(410);
  expect(await again.json()).toMatchObject({ code: "used" });

  const message = await api.post(`/api/v1/customers/${created.id}/messages`, { data: { channel: "sms", template: "follow_up", locale: "en" } });
  expect(message.status()).toBe(201);
  expect(((await message.json()) as { url: string }).url).toMatch(/^sms:\+989123456789\?body=Hi%20%E2%81%A8API%20Consent%E2%81%A9/);
  const email = await api.post(`/api/v1/customers/${created.id}/messages`, { data: { channel: "email", template: "follow_up" } });
  expect(email.status()).toBe(422);

  const templates = ((await (await api.get("/api/v1/message-templates")).json()) as { items: { key: string; locale: string; body: string }[] }).items;
  expect(templates).toHaveLength(15);
  expect(templates.find((t) => t.key === "referral_ask" && t.locale === "fa")?.body).toContain("{referral_link}");

  const on = await api.patch(`/api/v1/customers/${created.id}`, { data: { version: created.version, doNotContact: true } });
  expect(on.status()).toBe(200);
  expect(await on.json()).toMatchObject({ doNotContact: true, version: created.version + 1 });
  const stale = await api.patch(`/api/v1/customers/${created.id}`, { data: { version: created.version, doNotContact: false } });
  expect(stale.status()).toBe(409);
  expect((await api.post(`/api/v1/customers/${created.id}/survey-requests`, { data: {} })).status()).toBe(409);
  await api.dispose();
});

test("an owner rewords a template on the settings page, and goes back to the built-in wording", async ({ page }) => {
  await signIn(page, "en", demoUsers.owner);
  await page.goto("/en/settings");
  await page.getByRole("link", { name: "Messages", exact: true }).click();
  await page.getByRole("navigation", { name: "Template language" }).getByRole("link", { name: "فارسی" }).click();
  const holiday = page.getByRole("textbox", { name: /Holiday greeting/ });
  await expect(holiday).toHaveValue(/^عیدتان مبارک/);
  await holiday.fill("نوروز مبارک، {name}!");
  await page.locator("form").filter({ has: holiday }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("textbox", { name: /Holiday greeting \(your wording\)/ })).toHaveValue("نوروز مبارک، {name}!");
  await page.getByRole("button", { name: "Back to the built-in wording" }).click();
  await expect(page.getByRole("textbox", { name: "Holiday greeting", exact: true })).toHaveValue(/^عیدتان مبارک/);
});
