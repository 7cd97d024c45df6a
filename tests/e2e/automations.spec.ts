import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

// Each test adds a playbook to the demo organization for its own stage; one at a time keeps the bell's count theirs.
test.describe.configure({ mode: "serial" });

const suffix = () => Math.random().toString(36).slice(2, 7);

interface Words {
  settings: string;
  sections: string;
  tab: string;
  form: string;
  name: string;
  trigger: string;
  stage: string;
  task: string;
  dueIn: string;
  assignee: string;
  enable: string;
  on: string;
  customers: string;
  apply: string;
  openMove: string;
  moveTo: string;
  move: string;
  home: string;
  timeline: string;
  stageLabel: string;
  myTasks: string;
  bellTitle: string;
  markAllRead: string;
}

const words: Record<"fa" | "he", Words> = {
  fa: {
    settings: "تنظیمات", sections: "بخش‌های تنظیمات", tab: "خودکارسازی", form: "سناریوی تازه", name: "نام", trigger: "چه وقت", stage: "مرحله", task: "کار", dueIn: "مهلت (روز)",
    assignee: "واگذار به", enable: "از همین حالا فعال شود", on: "فعال", customers: "مشتریان", apply: "اعمال", openMove: "جابه‌جایی…", moveTo: "مرحلهٔ مقصد",
    move: "جابه‌جایی", home: "خانه", timeline: "خط زمانی مراحل", stageLabel: "توجه", myTasks: "پیگیری‌های من", bellTitle: "اعلان‌ها", markAllRead: "همه خوانده شد",
  },
  he: {
    settings: "הגדרות", sections: "אזורי ההגדרות", tab: "אוטומציות", form: "תרחיש חדש", name: "שם", trigger: "מתי", stage: "שלב", task: "משימה", dueIn: "לביצוע בעוד (ימים)",
    assignee: "להקצות ל", enable: "להפעיל מיד", on: "פעיל", customers: "לקוחות", apply: "החלה", openMove: "העברה…", moveTo: "שלב יעד",
    move: "העברה", home: "בית", timeline: "ציר השלבים", stageLabel: "המרה", myTasks: "המשימות שלי", bellTitle: "התראות", markAllRead: "סימון הכול כנקרא",
  },
};

async function createPlaybook(page: Page, locale: Locale, w: Words, { name, stage, title }: { name: string; stage: string; title: string }) {
  await signIn(page, locale, demoUsers.owner);
  await page.getByRole("navigation", { name: locale === "fa" ? "اصلی" : "ראשי" }).getByRole("link", { name: w.settings }).click();
  await page.getByRole("navigation", { name: w.sections }).getByRole("link", { name: w.tab }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/settings/automations$`));
  const form = page.getByRole("form", { name: w.form });
  await form.getByLabel(w.name, { exact: true }).fill(name);
  await form.getByLabel(w.trigger).selectOption("stage_entered");
  await form.getByLabel(w.stage, { exact: true }).selectOption(stage);
  await form.getByLabel(w.task, { exact: true }).fill(title);
  await form.getByLabel(w.dueIn).fill("0");
  await form.getByLabel(w.assignee).selectOption("owner");
  await form.getByLabel(w.enable).check();
  await saveScreenshot(page, `automations-${locale}-form`);
  await form.getByRole("button", { name: w.form }).click();
  await expect(page.locator(`tr[data-automation="${name}"]`)).toContainText(w.on);
  await saveScreenshot(page, `automations-${locale}-settings`);
}

/** The rep finds their customer by a search, moves it into the playbook's stage, and waits for the task at home. */
async function repMovesAndSeesTask(browser: Browser, locale: Locale, w: Words, { customer, stage, task }: { customer: string; stage: string; task: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, locale, demoUsers.sales);
  await page.getByRole("navigation", { name: locale === "fa" ? "اصلی" : "ראשי" }).getByRole("link", { name: w.customers }).click();
  await page.getByRole("searchbox").fill(customer);
  await page.getByRole("button", { name: w.apply }).click();
  await expect(page.getByRole("table").getByRole("link")).toHaveText([customer]);
  await page.getByRole("link", { name: customer }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(customer);
  await page.getByText(w.openMove, { exact: true }).click();
  await page.getByLabel(w.moveTo).selectOption(stage);
  await page.getByRole("button", { name: w.move, exact: true }).click();
  await expect(page.getByRole("region", { name: w.timeline }).getByRole("listitem").first()).toContainText(w.stageLabel);

  await page.getByRole("navigation", { name: locale === "fa" ? "اصلی" : "ראשי" }).getByRole("link", { name: w.home }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}$`));
  const myTasks = page.getByRole("region", { name: w.myTasks });
  // The engine runs the firing within seconds of the move; the home page shows it on the next load.
  await expect(async () => {
    await page.reload();
    await expect(myTasks).toContainText(task, { timeout: 5000 });
  }).toPass({ timeout: 45_000 });
  await expect(myTasks.locator('[data-task-group="today"]')).toContainText(customer);
  const bell = page.getByRole("button", { name: new RegExp(`^${w.bellTitle}`) });
  await expect(bell).toHaveAttribute("data-unread", /^[1-9]/);
  await saveScreenshot(page, `automations-${locale}-home`);
  await bell.click();
  const popover = page.getByRole("dialog", { name: w.bellTitle });
  await expect(popover).toContainText(task);
  await saveScreenshot(page, `automations-${locale}-bell`);
  await popover.getByRole("button", { name: w.markAllRead }).click();
  await expect(bell).toHaveAttribute("data-unread", "0");
  await context.close();
}

for (const [locale, stage] of [["fa", "consideration"], ["he", "conversion"]] as const) {
  test(`an owner creates a playbook; a rep's move into its stage puts the task on the rep's home and the bell counts it (${locale})`, async ({ page, browser, playwright, baseURL }) => {
    const w = words[locale];
    const id = suffix();
    const customer = locale === "fa" ? `سارا کیانی ${id}` : `מיכל ברק ${id}`;
    const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
    // The due-today task this test looks for is the only one with this customer's name.
    expect((await api.post("/api/v1/customers", { data: { name: customer, channel: "whatsapp" } })).status()).toBe(201);
    await api.dispose();

    const title = locale === "fa" ? "تماس با {name}" : "להתקשר אל {name}";
    await createPlaybook(page, locale, w, { name: `${w.tab} ${id}`, stage, title });
    await repMovesAndSeesTask(browser, locale, w, { customer, stage, task: title.replace("{name}", customer) });
  });
}
