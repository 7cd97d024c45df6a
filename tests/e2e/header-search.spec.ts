import { expect, test, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

const suffix = () => Math.random().toString(36).slice(2, 7);

const words = {
  he: { name: "יעל מחפשת", label: "חיפוש לקוח", none: "לא נמצא לקוח" },
  fa: { name: "کیانا جویای", label: "یافتن مشتری", none: "مشتری‌ای یافت نشد" },
  en: { name: "Quick Finder", label: "Find a customer", none: "No customer found" },
} as const;

const finder = (page: Page, locale: Locale) => page.getByRole("combobox", { name: words[locale].label, exact: true });
const options = (page: Page) => page.getByRole("listbox").getByRole("option");
/** The listbox shows the answer for the text as typed now (not the previous one, kept while loading). */
const settled = (page: Page) => expect(page.getByRole("listbox")).toHaveAttribute("aria-busy", "false");

for (const locale of ["he", "fa", "en"] as const) {
  test(`the header search opens a customer in two keystrokes, and ↓ picks the next (${locale})`, async ({ page, playwright, baseURL }) => {
    const prefix = `${words[locale].name} ${suffix()}`;
    const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
    const created: { id: string; name: string }[] = [];
    for (const name of [`${prefix} A`, `${prefix} B`]) created.push(await (await api.post("/api/v1/customers", { data: { name } })).json());
    await api.dispose();
    const [older, newer] = created;

    await signIn(page, locale, demoUsers.sales);
    await page.keyboard.press("/");
    await expect(finder(page, locale)).toBeFocused();
    await page.keyboard.type(prefix);
    // Most recently active first, then the way to the full list.
    await expect(options(page)).toHaveCount(3);
    await expect(options(page).nth(0)).toContainText(newer?.name ?? "");
    await expect(options(page).nth(0)).toHaveAttribute("aria-selected", "true");
    await saveScreenshot(page, `header-search-${locale}`);
    await page.keyboard.press("ArrowDown");
    await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${locale}/customers/${older?.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(older?.name ?? "");

    await finder(page, locale).fill(prefix);
    await expect(options(page).nth(0)).toContainText(newer?.name ?? "");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(newer?.name ?? "");
  });
}

test("the header search finds phones by digits alone and Persian digits, and only the user's own customers (fa)", async ({ page, playwright, baseURL }) => {
  const name = `شماره‌دار ${suffix()}`;
  const phone = `053-${String(Math.floor(Math.random() * 900) + 100)}-${String(Math.floor(Math.random() * 9000) + 1000)}`;
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const { id } = (await (await api.post("/api/v1/customers", { data: { name, phone } })).json()) as { id: string };
  await api.dispose();
  const digits = phone.replace(/-/g, "");
  const persian = digits.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);

  await signIn(page, "fa", demoUsers.sales);
  for (const typed of [digits, persian, `+972 ${digits.slice(1)}`]) {
    await finder(page, "fa").fill(typed);
    await settled(page);
    await expect(options(page).first()).toContainText(name);
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/fa/customers/${id}$`));

  await page.context().clearCookies();
  await signIn(page, "fa", demoUsers.sales2);
  await finder(page, "fa").fill(digits);
  await settled(page);
  await expect(page.getByRole("status").filter({ hasText: words.fa.none })).toBeAttached();
  await expect(options(page)).toHaveCount(1);
});

test("Enter pressed before the answer arrives waits for it and opens the first match (en)", async ({ page, playwright, baseURL }) => {
  const name = `Fast Typist ${suffix()}`;
  const api = await signedInRequest(playwright, baseURL, demoUsers.manager);
  const { id } = (await (await api.post("/api/v1/customers", { data: { name } })).json()) as { id: string };
  await api.dispose();
  await signIn(page, "en", demoUsers.manager);
  await finder(page, "en").fill(name);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/en/customers/${id}$`));
});

test("/ types a slash in a field instead of jumping to the header search (en)", async ({ page }) => {
  await signIn(page, "en", demoUsers.manager);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  const listSearch = page.getByRole("searchbox");
  await listSearch.fill("a");
  await listSearch.press("/");
  await expect(listSearch).toHaveValue("a/");
  await expect(listSearch).toBeFocused();
});
