import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn } from "./support";

const suffix = () => Math.random().toString(36).slice(2, 8);
/** Seven digits of a mobile number no other test uses: the form adds a known phone's submission to that customer. */
const freshSubscriber = () => String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0");
const persianDigits = (text: string) => text.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);
/** The form refuses a submission made faster than a person could fill it (core/forms/spam.ts MIN_FILL_MS). */
const HUMAN_PAUSE_MS = 3_200;

async function salesName(playwright: Parameters<typeof signedInRequest>[0], baseURL: string | undefined) {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const me = (await (await api.get("/api/v1/me")).json()) as { name: string };
  await api.dispose();
  return me.name;
}

test("the owner makes a form, a visitor fills it in Persian on a 375 px phone, and the sales rep finds the new customer on the board", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const formName = `Instagram bio ${suffix()}`;
  const thanks = `ممنون! به‌زودی تماس می‌گیریم ${suffix()}`;
  const rep = await salesName(playwright, baseURL);

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signIn(owner, "fa", demoUsers.owner);
  await owner.goto("/fa/settings");
  await owner.getByRole("navigation", { name: "بخش‌های تنظیمات" }).getByRole("link", { name: "فرم‌ها" }).click();
  await expect(owner).toHaveURL(/\/fa\/settings\/forms$/);
  const create = owner.getByRole("form", { name: "فرم تازه" });
  await create.getByLabel("نام (فقط شما می‌بینید)").fill(formName);
  await create.getByLabel("پرسش آزاد").check();
  await create.getByLabel("کانال").selectOption({ label: "اینستاگرام" });
  await create.getByLabel("مشتریان تازه به").selectOption({ label: rep });
  await create.getByLabel("متن سپاس به فارسی").fill(thanks);
  await create.getByRole("button", { name: "ساخت فرم" }).click();
  const item = owner.getByRole("listitem").filter({ has: owner.getByRole("heading", { name: formName }) });
  await expect(item).toBeVisible();
  await saveScreenshot(owner, "settings-forms-fa");
  const url = (await item.getByRole("link").first().getAttribute("href")) ?? "";
  expect(url).toMatch(/\/fa\/f\/[0-9a-f-]{36}$/);
  await ownerContext.close();

  // The visitor: signed out, on a phone, coming from a campaign link.
  const visitorContext = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true });
  const visitor = await visitorContext.newPage();
  const name = `نگار ${suffix()}`;
  await visitor.goto(`${url}?utm_source=instagram&utm_medium=bio&utm_campaign=yalda`);
  await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");
  await visitor.getByLabel("نام و نام خانوادگی").fill(name);
  // The demo organization is in Israel: an Iranian number is written with its country code.
  const subscriber = freshSubscriber();
  await visitor.getByLabel("تلفن").fill(`+۹۸ ۹۱۲ ${persianDigits(subscriber)}`);
  await visitor.getByLabel("ایمیل").fill(`${suffix()}@example.com`);
  await visitor.getByLabel("پرسش شما").fill("ساعت کاری شما چیست؟");
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await saveScreenshot(visitor, "lead-form-fa-375");
  await visitor.waitForTimeout(HUMAN_PAUSE_MS);
  await visitor.getByRole("button", { name: "ارسال" }).tap();
  await expect(visitor.getByRole("status")).toHaveText(thanks);
  await visitorContext.close();

  const repContext = await browser.newContext();
  const sales = await repContext.newPage();
  await signIn(sales, "fa", demoUsers.sales);
  await sales.goto("/fa/board");
  // Other tests' submissions (the hostile burst) land in the same column: the rep searches the board.
  await sales.getByRole("searchbox", { name: "جست‌وجو در تابلو" }).fill(name);
  await sales.getByRole("searchbox", { name: "جست‌وجو در تابلو" }).press("Enter");
  await expect(sales.getByRole("main").getByText(name)).toBeVisible();
  await expect(sales.getByRole("main").getByRole("button", { name: new RegExp(`^${name}`) })).toBeVisible();
  await saveScreenshot(sales, "board-new-lead-fa");
  // The touchpoint carries what the visitor's address said about the campaign.
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const [customer] = ((await (await api.get(`/api/v1/customers?q=${encodeURIComponent(name)}`)).json()) as { items: { id: string; channel: string; phoneE164: string }[] }).items;
  expect(customer).toMatchObject({ channel: "instagram", phoneE164: `+98912${subscriber}` });
  const touchpoints = (await (await api.get(`/api/v1/customers/${customer?.id ?? ""}/touchpoints`)).json()) as { items: unknown[] };
  expect(touchpoints.items).toEqual([expect.objectContaining({ kind: "form", channel: "instagram", note: "ساعت کاری شما چیست؟", utmSource: "instagram", utmMedium: "bio", utmCampaign: "yalda" })]);
  await api.dispose();
  // The rep's page of the customer names the form and the campaign under the touchpoint.
  await sales.goto(`/fa/customers/${customer?.id ?? ""}`);
  const attribution = sales.getByRole("region", { name: "نقاط تماس", exact: true }).getByTestId("touchpoint-attribution");
  await expect(attribution).toContainText(formName);
  await expect(attribution).toContainText("instagram / bio / yalda");
  await saveScreenshot(sales, "customer-touchpoint-attribution-fa");
  await repContext.close();
});

test("the he form on a phone, right to left, for a human look", async ({ browser, playwright, baseURL }) => {
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const { url } = (await (await owner.post("/api/v1/forms", { data: { name: `he ${suffix()}`, fields: ["name", "phone", "email", "question"] } })).json()) as { url: string };
  await owner.dispose();
  const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  const response = await page.goto(new URL(url).pathname.replace(/^\/[a-z]{2}\//, "/he/"));
  await expect(page.getByRole("button", { name: "שליחה" })).toBeVisible();
  // Embeddable by any site; every other page still refuses to be framed.
  expect(response?.headers()["x-frame-options"]).toBeUndefined();
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const login = await page.request.get("/he/login");
  expect(login.headers()["x-frame-options"]).toBe("DENY");
  expect(login.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await saveScreenshot(page, "lead-form-he-375");
  await context.close();
});

test("the owner archives a form: its page says it is closed (404) and takes nothing; the default form stays open; opened again it works", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const name = `Closing ${suffix()}`;
  await owner.post("/api/v1/forms", { data: { name: `Kept ${suffix()}`, fields: ["name", "email"] } });
  const { id, url } = (await (await owner.post("/api/v1/forms", { data: { name, fields: ["name", "email"] } })).json()) as { id: string; url: string };
  const forms = ((await (await owner.get("/api/v1/forms")).json()) as { items: { id: string; isDefault: boolean }[] }).items;
  const defaultForm = forms.find((form) => form.isDefault);
  expect(defaultForm?.id).not.toBe(id);
  const refused = await owner.delete(`/api/v1/forms/${defaultForm?.id ?? ""}`);
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toMatchObject({ code: "default_form" });

  await signIn(page, "he", demoUsers.owner);
  await page.goto("/he/settings/forms");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `העברה לארכיון: ${name}` }).click();
  const archived = page.getByRole("region", { name: "טפסים בארכיון" });
  await expect(archived.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("region", { name: "הטפסים שלכם" }).getByRole("heading", { name })).toHaveCount(0);
  await saveScreenshot(page, "settings-forms-archived-he");

  const visitorContext = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const visitor = await visitorContext.newPage();
  const closed = await visitor.goto(new URL(url).pathname.replace(/^\/[a-z]{2}\//, "/he/"));
  expect(closed?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "הטופס הזה סגור" })).toBeVisible();
  await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");
  await saveScreenshot(visitor, "lead-form-closed-he-375");
  expect((await visitor.request.post(`/api/public/forms/${id}`, { data: { name: "Late" } })).status()).toBe(404);

  await archived.getByRole("button", { name: `פתיחה מחדש: ${name}` }).click();
  await expect(page.getByRole("region", { name: "הטפסים שלכם" }).getByRole("heading", { name })).toBeVisible();
  const reopened = await visitor.goto(new URL(url).pathname);
  expect(reopened?.status()).toBe(200);
  await visitorContext.close();
  await owner.dispose();
});

async function freshToken(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
  expect(token).toBeTruthy();
  return token ?? "";
}

test("a hostile submission is stored inert or refused: script in the name, a megabyte field, a honeypot, a hundred at once", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const tag = `hostile${suffix()}`;
  const { id } = (await (await owner.post("/api/v1/forms", { data: { name: tag, fields: ["name", "email"] } })).json()) as { id: string };
  const bot = await playwright.request.newContext({ baseURL });
  const path = `/en/f/${id}`;
  const endpoint = `/api/public/forms/${id}`;
  const early = await freshToken(bot, path);
  // Too fast: refused without a word about anyone.
  const hurried = await bot.post(endpoint, { data: { name: "Quick", email: `quick-${tag}@example.com`, token: early } });
  expect(hurried.status()).toBe(422);
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  const token = early;

  const script = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=1"> ${tag}`;
  const stored = await bot.post(endpoint, { form: { name: script, email: `script-${tag}@example.com`, token } });
  expect(stored.status()).toBe(200);
  expect(await stored.json()).toEqual({ ok: true });
  // The same person again: the same answer, nothing revealed.
  const again = await bot.post(endpoint, { data: { name: "Someone", email: `SCRIPT-${tag}@example.com`, token } });
  expect(await again.json()).toEqual({ ok: true });

  const huge = await bot.post(endpoint, { data: { name: "x".repeat(1024 * 1024), email: `huge-${tag}@example.com`, token } });
  expect(huge.status()).toBe(413);
  const trapped = await bot.post(endpoint, { data: { name: `Trap ${tag}`, email: `trap-${tag}@example.com`, token, website: "http://spam.example" } });
  expect(await trapped.json()).toEqual({ ok: true });

  const burst = await Promise.all(Array.from({ length: 100 }, (_, i) => bot.post(endpoint, { data: { name: `Burst ${i} ${tag}`, email: `burst-${i}-${tag}@example.com`, token } })));
  const statuses = burst.map((r) => r.status());
  expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  const limited = burst.find((r) => r.status() === 429);
  expect(Number(limited?.headers()["retry-after"])).toBeGreaterThan(0);

  const listed = (await (await owner.get(`/api/v1/customers?q=${tag}&limit=100`)).json()) as { items: { id: string; name: string }[] };
  const names = listed.items.map((c) => c.name);
  expect(names.filter((n) => n.startsWith("Burst"))).toHaveLength(statuses.filter((s) => s === 200).length);
  expect(names).toContain(script);
  expect(names.some((n) => n.startsWith("Trap") || n === "Someone")).toBe(false);

  const csv = await (await owner.get(`/api/v1/export/customers.csv?q=${tag}`)).text();
  expect(csv).toContain(script.replaceAll('"', '""'));

  await signIn(page, "en", demoUsers.owner);
  const customer = listed.items.find((c) => c.name === script);
  await page.goto(`/en/customers/${customer?.id ?? ""}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(script);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await bot.dispose();
  await owner.dispose();
});

test("a referral link opens the default form and the referrer's page lists who came through it", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(90_000);
  // Referral links open the organization's default form: its first form is the default.
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  await owner.post("/api/v1/forms", { data: { name: `Referrals ${suffix()}`, fields: ["name", "email"] } });
  const sales = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const referrer = `Referrer ${suffix()}`;
  const { id } = (await (await sales.post("/api/v1/customers", { data: { name: referrer } })).json()) as { id: string };
  await sales.dispose();

  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await signIn(rep, "en", demoUsers.sales);
  await rep.goto("/en/customers");
  // Found by name, as a rep would: tests beside this one add customers of theirs to the first page.
  await rep.getByRole("searchbox").fill(referrer);
  await rep.getByRole("searchbox").press("Enter");
  await rep.getByRole("main").getByRole("link", { name: referrer }).click();
  const panel = rep.getByRole("region", { name: "Referral link" });
  const link = (await panel.locator("bdi").textContent()) ?? "";
  expect(link).toMatch(/\/en\/r\/[A-Za-z0-9_-]{22}$/);
  await expect(panel.getByRole("link", { name: "Share on WhatsApp" })).toHaveAttribute("href", new RegExp(`^https://wa\\.me/\\?text=.*${encodeURIComponent(link).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

  const visitorContext = await browser.newContext({ viewport: { width: 375, height: 667 } });
  const visitor = await visitorContext.newPage();
  const friend = `Friend ${suffix()}`;
  await visitor.goto(link);
  await expect(visitor.getByText("A friend recommended us.", { exact: false })).toBeVisible();
  await visitor.getByLabel("Full name").fill(friend);
  await visitor.getByLabel("Email").fill(`${suffix()}@example.com`);
  await visitor.waitForTimeout(HUMAN_PAUSE_MS);
  await visitor.getByRole("button", { name: "Send" }).click();
  await expect(visitor.getByRole("status")).toBeVisible();
  await visitorContext.close();

  const found = (await (await owner.get(`/api/v1/customers?q=${encodeURIComponent(friend)}`)).json()) as { items: { referredById: string; channel: string }[] };
  expect(found.items).toEqual([expect.objectContaining({ referredById: id, channel: "referral" })]);
  const touchpoints = (await (await owner.get(`/api/v1/customers/${id}/touchpoints`)).json()) as { items: { kind: string }[] };
  expect(touchpoints.items.map((t) => t.kind)).toEqual(["referral"]);
  await owner.dispose();

  await rep.reload();
  await expect(panel.getByRole("link", { name: friend })).toBeVisible();
  await expect(panel).toContainText("1 customer came through it");
  // Revoking makes the old link a 404.
  rep.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Make a new link" }).click();
  await expect(panel.locator("bdi")).not.toHaveText(link);
  const stale = await playwright.request.newContext({ baseURL });
  expect((await stale.get(new URL(link).pathname)).status()).toBe(404);
  await stale.dispose();
  await repContext.close();
});

test("the forms settings and a customer's referral panel in Hebrew, for a human look", async ({ page }) => {
  await signIn(page, "he", demoUsers.owner);
  await page.goto("/he/settings");
  await page.getByRole("navigation", { name: "אזורי ההגדרות" }).getByRole("link", { name: "טפסים" }).click();
  await expect(page.getByRole("heading", { name: "טופס חדש" })).toBeVisible();
  await saveScreenshot(page, "settings-forms-he");
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/he/customers");
  await page.getByRole("main").getByRole("table").getByRole("link").first().click();
  const panel = page.getByRole("region", { name: "קישור הפניה" });
  await expect(panel.getByRole("link", { name: "שיתוף בוואטסאפ" })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "tests/e2e/screenshots/referral-panel-he-375.png" });
});

test("every text field of the public form refuses control characters with a 422 naming it, storing nothing", async ({ page, playwright, baseURL }) => {
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const tag = `sweep${suffix()}`;
  const { id } = (await (await owner.post("/api/v1/forms", { data: { name: tag, fields: ["name", "phone", "email", "question"] } })).json()) as { id: string };
  const visitor = await playwright.request.newContext({ baseURL });
  const token = await freshToken(visitor, `/en/f/${id}`);
  await page.waitForTimeout(HUMAN_PAUSE_MS);
  const valid = { name: `Sweep ${tag}`, email: `${tag}@example.com`, phone: "+972 50 123 4567", question: "hours?", utm_source: "a", utm_medium: "b", utm_campaign: "c", referrer: "https://shop.example/", token };
  for (const field of ["name", "email", "phone", "question", "utm_source", "utm_medium", "utm_campaign", "referrer"] as const) {
    const response = await visitor.post(`/api/public/forms/${id}`, { data: { ...valid, [field]: `bad\u0000${valid[field]}` } });
    expect(response.status(), field).toBe(422);
    expect(((await response.json()) as { errors: Record<string, string[]> }).errors[field], field).toBeDefined();
  }
  expect(((await (await owner.get(`/api/v1/customers?q=${tag}`)).json()) as { items: unknown[] }).items).toEqual([]);
  await visitor.dispose();
  await owner.dispose();
});
