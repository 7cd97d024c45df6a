import { expect, test, type Page } from "@playwright/test";
import { toJalali } from "@/core/i18n/jalali";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn } from "./support";

const text = {
  fa: { title: "قیف", preset: "۹۰ روز گذشته", breakdown: "تفکیک", byChannel: "کانال", cohort: /در کوهورت/, funnel: "قیف تبدیل", showTable: "نمایش جدول" },
  en: { title: "Funnel", preset: "Last 90 days", breakdown: "Breakdown", byChannel: "Owner", cohort: /in the cohort/, funnel: "Conversion funnel", showTable: "Show as table" },
} as const;

/** The cohort line under the funnel heading, e.g. "412 customers in the cohort". */
const cohortLine = (page: Page, pattern: RegExp) => page.getByRole("region", { name: /./ }).getByText(pattern);

for (const locale of ["fa", "en"] as const) {
  test(`an owner reads the funnel on /${locale}, changes the range and the breakdown`, async ({ page }) => {
    const t = text[locale];
    await signIn(page, locale, demoUsers.owner);
    await page.getByRole("navigation").getByRole("link", { name: t.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/funnel$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);

    const funnel = page.getByRole("region", { name: t.funnel });
    const table = funnel.getByRole("table", { name: t.funnel });
    await expect(table.getByRole("row")).toHaveCount(5);
    await expect(table.getByRole("row").nth(1)).toHaveText(locale === "fa" ? /[۰-۹]/ : /\d/);
    const before = await cohortLine(page, t.cohort).textContent();

    await page.getByRole("button", { name: t.preset }).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByRole("button", { name: t.preset })).toHaveAttribute("aria-pressed", "true");
    await expect(cohortLine(page, t.cohort)).not.toHaveText(before ?? "");

    await page.getByLabel(t.breakdown).selectOption(locale === "fa" ? "channel" : "owner");
    await expect(page).toHaveURL(new RegExp(`breakdown=${locale === "fa" ? "channel" : "owner"}`));
    const breakdown = funnel.getByRole("table").filter({ hasText: t.byChannel }).last();
    await expect(breakdown.getByRole("row").nth(1)).toBeVisible();
    expect(await breakdown.getByRole("row").count()).toBeGreaterThan(2);

    await expect(funnel.locator("figure svg").first()).toBeVisible();
    await expect(page.locator("figure").filter({ has: page.locator("svg") })).toHaveCount(4);
    await saveScreenshot(page, `funnel-${locale}`);
    await funnel.getByRole("button", { name: t.showTable }).click();
    await expect(table).toBeVisible();
    await expect(funnel.locator("figure")).toBeHidden();
  });
}

const calendarText = {
  fa: { thisMonth: "این ماه", customRange: "انتخاب تاریخ", calendar: "روز اول و روز آخر را انتخاب کنید", apply: "اعمال", month: /فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند/ },
  en: { thisMonth: "This month", customRange: "Pick dates", calendar: "Choose the first and the last day", apply: "Apply", month: /January|February|March|April|May|June|July|August|September|October|November|December/ },
} as const;

const rangeOf = (url: string) => {
  const query = new URL(url).searchParams;
  return { from: query.get("from") ?? "", to: query.get("to") ?? "" };
};
const dayOfMonth = (date: string, locale: "fa" | "en") => {
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  return locale === "fa" ? toJalali({ year, month, day }).day : day;
};

for (const locale of ["fa", "en"] as const) {
  test(`"this month" on /${locale} is a month of the page's calendar, the one the date picker shows`, async ({ page }) => {
    const t = calendarText[locale];
    await signIn(page, locale, demoUsers.owner);
    await page.goto(`/${locale}/funnel`);
    await page.getByRole("button", { name: t.thisMonth }).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect(page.getByRole("button", { name: t.thisMonth })).toHaveAttribute("aria-pressed", "true");
    const month = rangeOf(page.url());
    // Solar Hijri months in fa: both ends fall on a first of the month there, not in the Gregorian calendar.
    expect([dayOfMonth(month.from, locale), dayOfMonth(month.to, locale)]).toEqual([1, 1]);

    await page.getByRole("button", { name: new RegExp(`^${t.customRange}`) }).click();
    const calendar = page.getByRole("dialog", { name: t.calendar });
    await expect(calendar).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");
    await expect(calendar.getByRole("grid")).toHaveCount(2);
    await expect(calendar.getByRole("grid").last()).toHaveAccessibleName(t.month);
    await saveScreenshot(page, `funnel-${locale}-calendar`);

    // The calendar's month starts on the preset's first day: picking that day alone gives one day.
    await calendar.getByRole("grid").last().getByRole("button").first().click();
    await calendar.getByRole("button", { name: t.apply }).click();
    await expect(calendar).toBeHidden();
    await expect(page).not.toHaveURL(new RegExp(`to=${month.to}`));
    expect(rangeOf(page.url()).from).toBe(month.from);
    expect(dayOfMonth(rangeOf(page.url()).to, locale)).toBe(2);
  });
}

test("the funnel page is forbidden to sales; the API answers 403 to them and 422 to bad parameters", async ({ page, playwright, baseURL }) => {
  await signIn(page, "en", demoUsers.sales);
  const response = await page.goto("/en/funnel");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Funnel" })).toHaveCount(0);

  const sales = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const forbidden = await sales.get("/api/v1/analytics/funnel");
  expect(forbidden.status()).toBe(403);
  expect(forbidden.headers()["content-type"]).toContain("application/problem+json");

  const owner = await signedInRequest(playwright, baseURL, demoUsers.manager);
  const invalid = await owner.get("/api/v1/analytics/funnel?cohort=all&window=0&from=2024-05-01&to=2024-04-01");
  expect(invalid.status()).toBe(422);
  expect(Object.keys(((await invalid.json()) as { errors: object }).errors).sort()).toEqual(["cohort", "window"]);

  const ok = await owner.get("/api/v1/analytics/funnel?from=۲۰۲۵-۰۱-۰۱&to=2027-01-01&breakdown=channel&order=strict");
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { cohortSize: number; stages: { key: string; reached: number; stepConversion: number; overallConversion: number }[]; breakdown: { cohortSize: number }[] };
  expect(body.stages.map((s) => s.key)).toEqual(["awareness", "engagement", "consideration", "conversion"]);
  expect(body.cohortSize).toBeGreaterThan(0);
  expect(body.breakdown.reduce((sum, b) => sum + b.cohortSize, 0)).toBe(body.cohortSize);
  for (const s of body.stages) expect(s.overallConversion).toBeGreaterThanOrEqual(0);
});
