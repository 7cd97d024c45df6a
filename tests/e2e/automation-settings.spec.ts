import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

const suffix = () => Math.random().toString(36).slice(2, 7);
const widths = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };

async function openAutomations(page: Page, locale: Locale) {
  const main = { fa: "اصلی", he: "ראשי", en: "Main" }[locale];
  const settings = { fa: "تنظیمات", he: "הגדרות", en: "Settings" }[locale];
  const tab = { fa: "خودکارسازی", he: "אוטומציות", en: "Automations" }[locale];
  const sections = { fa: "بخش‌های تنظیمات", he: "אזורי ההגדרות", en: "Settings sections" }[locale];
  await page.getByRole("navigation", { name: main }).getByRole("link", { name: settings }).click();
  await page.getByRole("navigation", { name: sections }).getByRole("link", { name: tab }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/settings/automations$`));
}

/** Both widths: a full-page screenshot for a human look, and no page-wide sideways scroll on a phone. */
async function lookAt(page: Page, name: string) {
  for (const [device, viewport] of Object.entries(widths)) {
    await page.setViewportSize(viewport);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} ${device}`).toBeLessThanOrEqual(viewport.width);
    await saveScreenshot(page, `${name}-${device}`);
  }
}

/** A customer of the owner's, moved into a stage through the API: what the playbook under test reacts to. */
async function ownersCustomerEnters(api: APIRequestContext, name: string, stage: string) {
  const created = await api.post("/api/v1/customers", { data: { name, channel: "phone" } });
  expect(created.status()).toBe(201);
  const customer = (await created.json()) as { id: string; version: number };
  expect((await api.post(`/api/v1/customers/${customer.id}/moves`, { data: { to: stage, version: customer.version } })).status()).toBe(201);
  return customer.id;
}

test("an owner edits a playbook: prefilled form, a refused save keeps what was typed, the live preview counts as the server does, the run log shows the firing (fa)", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const id = suffix();
  const name = `پیگیری ورود ${id}`;
  const customer = `نگار احمدی ${id}`;
  const api = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const me = (await (await api.get("/api/v1/me")).json()) as { id: string; name: string };

  await signIn(page, "fa", demoUsers.owner);
  await openAutomations(page, "fa");
  const create = page.getByRole("form", { name: "سناریوی تازه" });
  await create.getByLabel("نام", { exact: true }).fill(name);
  await create.getByLabel("چه وقت").selectOption("stage_entered");
  await create.getByLabel("مرحله", { exact: true }).selectOption("engagement");
  await create.getByLabel("کار", { exact: true }).fill("پیگیری {name}");
  await create.getByLabel("مهلت (روز)").fill("۲");
  // Only the owner's own customers: other tests' moves into this stage are not this playbook's.
  await create.getByLabel("مسئول", { exact: true }).selectOption(me.id);
  await expect(create.getByRole("status")).toHaveText("این سناریو وقتی رویدادش برای مشتری پیش بیاید اجرا می‌شود، نه طبق زمان‌بندی؛ پس اکنون چیزی برای شمردن نیست.");
  await create.getByLabel("از همین حالا فعال شود").check();
  await create.getByRole("button", { name: "سناریوی تازه" }).click();
  const row = page.locator(`tr[data-automation="${name}"]`);
  await expect(row).toContainText("فعال");
  const playbookId = ((await (await api.get("/api/v1/automations")).json()) as { items: { id: string; name: string }[] }).items.find((a) => a.name === name)?.id ?? "";

  const customerId = await ownersCustomerEnters(api, customer, "engagement");
  await expect(async () => {
    const runs = (await (await api.get(`/api/v1/automations/${playbookId}/runs`)).json()) as { items: { customerId: string; status: string }[] };
    expect(runs.items.map((r) => [r.customerId, r.status])).toEqual([[customerId, "done"]]);
  }).toPass({ timeout: 45_000 });

  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/fa/settings/automations/${playbookId}$`));
  const form = page.getByRole("form", { name: "ویرایش سناریو" });
  await expect(form.getByLabel("نام", { exact: true })).toHaveValue(name);
  await expect(form.getByLabel("چه وقت")).toHaveValue("stage_entered");
  await expect(form.getByLabel("مرحله", { exact: true })).toHaveValue("engagement");
  await expect(form.getByLabel("کار", { exact: true })).toHaveValue("پیگیری {name}");
  // Numbers prefilled from the saved playbook are in Persian digits.
  await expect(form.getByLabel("مهلت (روز)")).toHaveValue("۲");
  await expect(form.getByLabel("مسئول", { exact: true })).toHaveValue(me.id);

  const log = page.getByRole("table", { name: "گزارش اجرا" });
  const run = log.locator(`tr[data-run="${customer}"]`);
  await expect(run.getByRole("link", { name: customer })).toHaveAttribute("href", `/fa/customers/${customerId}`);
  await expect(run).toContainText("ورود به مرحله");
  await expect(run).toContainText("ساختن کار");
  await expect(run).toContainText("انجام شد");
  await expect(run).toContainText("یک کار ساخته شد");
  await expect(run).toContainText(`پیگیری ${customer}`);
  await expect(run.locator("time")).toHaveText(/^[^0-9]*[۰-۹][^0-9]*$/);
  await lookAt(page, "automation-settings-fa-run-log");

  // A refused save: the name is blanked; everything else typed stays, the error sits by the name.
  await form.getByLabel("چه وقت").selectOption("idle_in_stage");
  await form.getByLabel("مرحله", { exact: true }).selectOption("consideration");
  await form.getByLabel("روز", { exact: true }).fill("۳");
  await form.getByRole("button", { name: "افزودن کار" }).click();
  const second = form.getByRole("group", { name: "کار ۲" });
  await second.getByLabel("چه کند").selectOption("notify");
  await second.getByLabel("به چه کسی خبر دهد").selectOption("managers");
  await form.getByLabel("فعال", { exact: true }).uncheck();
  await form.getByLabel("نام", { exact: true }).fill("");
  await form.getByRole("button", { name: "ذخیرهٔ تغییرات" }).click();
  await expect(form.getByLabel("نام", { exact: true })).toHaveAccessibleDescription("الزامی است.");
  await expect(form.getByLabel("روز", { exact: true })).toHaveValue("۳");
  await expect(second.getByLabel("به چه کسی خبر دهد")).toHaveValue("managers");

  // The live preview of the draft, a count only: the run log does not change.
  const preview = form.getByRole("status").filter({ hasText: "اکنون" });
  await expect(preview).toHaveText(/^اکنون [۰-۹٬]+ مشتری را در بر می‌گیرد\.$/);
  await form.getByLabel("نام", { exact: true }).fill(`${name} ۲`);
  await form.getByRole("button", { name: "ذخیرهٔ تغییرات" }).click();
  await expect(form.getByText("ذخیره شد.")).toBeVisible();
  const saved = (await (await api.get(`/api/v1/automations/${playbookId}`)).json()) as Record<string, unknown>;
  expect(saved).toMatchObject({
    name: `${name} ۲`,
    enabled: false,
    trigger: { type: "idle_in_stage", stage: "consideration", days: 3 },
    actions: [
      { type: "task", title: "پیگیری {name}", dueInDays: 2, assignee: "owner" },
      { type: "notify", who: "managers" },
    ],
    filter: { ownerId: me.id },
  });
  const { matched } = (await (await api.get(`/api/v1/automations/${playbookId}/preview`)).json()) as { matched: number };
  await form.getByRole("button", { name: "دوباره بشمار" }).click();
  await expect(preview).toHaveText(`اکنون ${new Intl.NumberFormat("fa").format(matched)} مشتری را در بر می‌گیرد.`);
  const runs = (await (await api.get(`/api/v1/automations/${playbookId}/runs`)).json()) as { items: unknown[] };
  expect(runs.items).toHaveLength(1);

  await page.reload();
  await expect(form.getByLabel("چه وقت")).toHaveValue("idle_in_stage");
  await expect(form.getByLabel("روز", { exact: true })).toHaveValue("۳");
  await expect(form.getByRole("group", { name: "کار ۲" }).getByLabel("چه کند")).toHaveValue("notify");
  await lookAt(page, "automation-settings-fa-edit");
  await api.dispose();
});

test("a manager sees the playbooks and a playbook's form read-only, with no secret and nothing to save (he)", async ({ page, playwright, baseURL }) => {
  const id = suffix();
  const name = `webhook ${id}`;
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const secret = `whsec_${Buffer.from(`secret-of-${id}-padded-to-32-bytes!!`).toString("base64")}`;
  const made = await owner.post("/api/v1/automations", {
    data: { name, enabled: false, trigger: { type: "no_contact", days: 30 }, actions: [{ type: "webhook", url: "http://127.0.0.1:9/hook", secret }] },
  });
  expect(made.status()).toBe(201);
  const { id: playbookId } = (await made.json()) as { id: string };
  await owner.dispose();

  await signIn(page, "he", demoUsers.manager);
  await openAutomations(page, "he");
  await expect(page.getByRole("form", { name: "תרחיש חדש" })).toHaveCount(0);
  await expect(page.getByText("רק בעלים יכולים לשנות תרחישים")).toBeVisible();
  // The organization's pause: its state, with no switch.
  const pause = page.getByRole("region", { name: /התרחישים של הארגון/ });
  await expect(pause.getByRole("heading")).toHaveText(/^התרחישים של הארגון (פועל|מושהה)$/);
  await expect(pause).toContainText(/רק בעלים יכולים להשהות|בעלים השהה את כל התרחישים/);
  await expect(page.getByRole("switch")).toHaveCount(0);
  const row = page.locator(`tr[data-automation="${name}"]`);
  await expect(row.getByRole("button")).toHaveCount(0);
  await lookAt(page, "automation-settings-he-manager-list");

  await row.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/he/settings/automations/${playbookId}$`));
  const form = page.getByRole("form", { name: "התרחיש" });
  await expect(form.getByLabel("שם", { exact: true })).toHaveValue(name);
  await expect(form.getByLabel("שם", { exact: true })).toBeDisabled();
  await expect(form.getByLabel("ימים ללא קשר")).toHaveValue("30");
  await expect(form.getByLabel("כתובת ה־webhook")).toHaveValue("http://127.0.0.1:9/hook");
  await expect(form.getByLabel("סוד החתימה")).toHaveValue("");
  await expect(form.getByRole("button", { name: /שמירה|יצירת סוד|הוספת פעולה/ })).toHaveCount(0);
  await expect(form.getByRole("status")).toHaveText(/^כרגע זה יתאים ל/);
  await expect(page.getByText("התרחיש עוד לא פעל.")).toBeVisible();
  await lookAt(page, "automation-settings-he-manager-view");
});

test("an owner's playbook page and list at 1440 and 375 px (he)", async ({ page }) => {
  await signIn(page, "he", demoUsers.owner);
  await openAutomations(page, "he");
  await lookAt(page, "automation-settings-he-list");
  await page.locator("main table").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "יומן הרצות" })).toBeVisible();
  await lookAt(page, "automation-settings-he-playbook");
});

test("a playbook's move shows on the customer's timeline as made by the playbook, and in its run log as a sentence (he)", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const id = suffix();
  const name = `העברה ${id}`;
  const customer = `נועה לוי ${id}`;
  const api = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const me = (await (await api.get("/api/v1/me")).json()) as { id: string };
  // Only the owner's customers from events: other tests' moves into engagement stay their own.
  const made = await api.post("/api/v1/automations", {
    data: { name, enabled: true, trigger: { type: "stage_entered", stage: "engagement" }, actions: [{ type: "move", to: "consideration" }], filter: { ownerId: me.id, channel: "event" } },
  });
  expect(made.status()).toBe(201);
  const { id: playbookId } = (await made.json()) as { id: string };
  try {
    const created = await api.post("/api/v1/customers", { data: { name: customer, channel: "event" } });
    const { id: customerId, version } = (await created.json()) as { id: string; version: number };
    expect((await api.post(`/api/v1/customers/${customerId}/moves`, { data: { to: "engagement", version } })).status()).toBe(201);

    await signIn(page, "he", demoUsers.owner);
    await page.getByRole("navigation", { name: "ראשי" }).getByRole("link", { name: "לקוחות" }).click();
    await page.getByRole("searchbox").fill(customer);
    await page.getByRole("button", { name: "החלה" }).click();
    await page.getByRole("link", { name: customer }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(customer);
    const latest = page.getByRole("region", { name: "ציר השלבים" }).getByRole("listitem").first();
    await expect(async () => {
      await page.reload();
      await expect(latest).toContainText("מאת התרחיש", { timeout: 5000 });
    }).toPass({ timeout: 45_000 });
    await expect(latest).toContainText(name);
    await saveScreenshot(page, "automation-timeline-he");

    await openAutomations(page, "he");
    await page.locator(`tr[data-automation="${name}"]`).getByRole("link", { name }).click();
    const run = page.getByRole("table", { name: "יומן הרצות" }).locator(`tr[data-run="${customer}"]`);
    await expect(run).toContainText("הועבר לשלב");
    await expect(run).not.toContainText("consideration");
  } finally {
    expect((await api.delete(`/api/v1/automations/${playbookId}`)).status()).toBe(204);
    await api.dispose();
  }
});
