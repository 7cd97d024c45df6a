import { expect, test, type Page } from "@playwright/test";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

const text = {
  fa: { nav: "نقشهٔ سفر", title: "نقشهٔ سفر مشتری", stage: "مرحله", entered: "وارد شدند", retention: "حفظ", month: /فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند/, digits: /[۰-۹]/ },
  he: { nav: "מפת מסע", title: "מפת מסע הלקוח", stage: "שלב", entered: "נכנסו", retention: "שימור", month: /ינו|פבר|מרץ|אפר|מאי|יוני|יולי|אוג|ספט|אוק|נוב|דצמ/, digits: /\d/ },
  en: { nav: "Journey map", title: "Journey map", stage: "Stage", entered: "Entered", retention: "Retention", month: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/, digits: /\d/ },
} as const;

const mapTable = (page: Page) => page.locator("#journey-map table");

/** The column headers' horizontal centres, in stage order. */
async function headerCentres(page: Page): Promise<number[]> {
  const boxes = await mapTable(page).locator("thead th[scope=col]").evaluateAll((cells) => cells.slice(1).map((c) => c.getBoundingClientRect()));
  return boxes.map((b) => b.x + b.width / 2);
}

for (const locale of ["fa", "he", "en"] as const) {
  test(`an owner opens the journey map on /${locale}: one column per stage in the page's direction, the locale's digits and calendar`, async ({ page }) => {
    const t = text[locale];
    await page.setViewportSize({ width: 1440, height: 1000 });
    await signIn(page, locale, demoUsers.owner);
    await page.getByRole("navigation").getByRole("link", { name: t.nav, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/journey$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    const table = mapTable(page);
    await expect(table.locator("caption")).toHaveText(t.month);
    await expect(table.locator("caption")).toHaveText(t.digits);
    await expect(table.locator("thead th[scope=col]")).toHaveCount(5); // the row names and four acquisition stages
    await expect(table.locator("tbody th[scope=row]")).toHaveCount(5);
    await expect(table.locator('td[data-row="customers"]').first()).toContainText(t.entered);
    await expect(table.locator('td[data-row="customers"]').first()).toHaveText(t.digits);
    if (locale === "fa") await expect(table.locator('td[data-row="customers"]').first()).not.toHaveText(/[0-9]/);
    const centres = await headerCentres(page);
    const ordered = [...centres].sort((a, b) => (locale === "en" ? a - b : b - a));
    expect(centres).toEqual(ordered);
    await saveScreenshot(page, `journey-map-${locale}-1440`);

    await page.getByRole("combobox", { name: new RegExp(`^${locale === "fa" ? "سفر" : locale === "he" ? "מסע" : "Journey"}`) }).selectOption("retention");
    await expect(page).toHaveURL(/journey=retention/);
    await expect(table.locator("thead th[scope=col]")).toHaveCount(3);
  });

  test(`on a 375 px phone the /${locale} map scrolls sideways from its first stage`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await signIn(page, locale, demoUsers.manager);
    await page.goto(`/${locale}/journey`);
    const table = mapTable(page);
    await expect(table.locator("thead th[scope=col]")).toHaveCount(5);
    const scroller = page.locator("#journey-map");
    // Measured once the page has laid out (web fonts and the charts' widths settle after the first paint).
    await expect.poll(() => scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
    const first = table.locator("thead th[scope=col]").nth(1);
    const last = table.locator("thead th[scope=col]").last();
    await expect(first).toBeInViewport();
    await expect(last).not.toBeInViewport();
    // Scrolling toward the end of the line (left in RTL) brings the last stage in.
    await scroller.evaluate((el, rtl) => el.scrollBy({ left: (rtl ? -1 : 1) * el.scrollWidth }), locale !== "en");
    await expect(last).toBeInViewport();
    await scroller.evaluate((el) => el.scrollTo({ left: 0 }));
    await saveScreenshot(page, `journey-map-${locale}-375`);
  });
}

async function editNote(page: Page, locale: Locale, stage: string, goal: string) {
  const labels = { he: { edit: `עריכת הערות: ${stage}`, goal: "מטרת השלב", save: "שמירה" }, fa: { edit: `ویرایش یادداشت‌ها: ${stage}`, goal: "هدف مرحله", save: "ذخیره" }, en: { edit: `Edit notes: ${stage}`, goal: "Goal of the stage", save: "Save" } }[locale];
  await page.getByRole("button", { name: labels.edit }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(labels.goal).fill(goal);
  await dialog.getByRole("button", { name: labels.save }).click();
  await expect(dialog).toBeHidden();
}

test("an owner writes a stage's notes in he; a manager sees them with who wrote them, a sales user sees the map without an editor", async ({ page, browser }) => {
  const goal = `יעד ${Date.now() % 100000}: שהלקוח ימצא אותנו`;
  await signIn(page, "he", demoUsers.owner);
  await page.goto("/he/journey");
  const stage = (await mapTable(page).locator("thead th[scope=col]").nth(2).locator("span").last().textContent()) ?? "";
  await editNote(page, "he", stage, goal);
  await expect(mapTable(page).locator('td[data-row="notes"]').nth(1)).toContainText(goal);

  const manager = await browser.newPage();
  await signIn(manager, "he", demoUsers.manager);
  await manager.getByRole("navigation").getByRole("link", { name: text.he.nav, exact: true }).click();
  const notes = mapTable(manager).locator('td[data-row="notes"]').nth(1);
  await expect(notes).toContainText(goal);
  await expect(notes).toContainText(/נערך על ידי/);
  await expect(manager.getByRole("button", { name: /עריכת הערות/ })).toHaveCount(0);
  await manager.close();

  const sales = await browser.newPage();
  await signIn(sales, "fa", demoUsers.sales);
  await sales.goto("/fa/journey");
  await expect(sales.getByText("سفر مشتریان شما")).toBeVisible();
  await expect(mapTable(sales).locator('td[data-row="notes"]').nth(1)).toContainText(goal);
  await expect(sales.getByRole("button", { name: /ویرایش یادداشت‌ها/ })).toHaveCount(0);
  await sales.close();
});

test("the stage-note editor opens at the first key press even while its dialog code is still loading, and gives the focus back when closed", async ({ page }) => {
  await signIn(page, "en", demoUsers.owner);
  await page.goto("/en/journey");
  const edit = page.getByRole("button", { name: /^Edit notes: / }).first();
  await expect(edit).toHaveAttribute("aria-haspopup", "dialog");
  // The page has loaded: what it fetches from here on (the dialog's code) arrives a second late.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await edit.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /^Edit notes: / });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Goal of the stage")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: /^Edit notes: / }).first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});

test("printed, the he map keeps only itself, mirrored, on a landscape page", async ({ page }) => {
  await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
  await signIn(page, "he", demoUsers.owner);
  await page.goto("/he/journey");
  await expect(mapTable(page)).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "הדפסה" })).toBeHidden();
  await expect(page.getByRole("button", { name: /עריכת הערות/ }).first()).toBeHidden();
  const width = await page.locator("#journey-map").evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.client);
  const centres = await headerCentres(page);
  expect(centres).toEqual([...centres].sort((a, b) => b - a));
  await saveScreenshot(page, "journey-map-he-print");
  for (const format of ["A4", "Letter"] as const) {
    const pdf = await page.pdf({ landscape: true, format, printBackground: true });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length, format).toBe(1);
  }
});

test("the map downloads as a PNG drawn in the browser", async ({ page }) => {
  await signIn(page, "en", demoUsers.owner);
  await page.goto("/en/journey");
  await expect(mapTable(page)).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as PNG" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^journey-map-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(1, 4).toString()).toBe("PNG");
});
