import { expect, test, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

// Digits only: a search for "… B" matches every word as a substring, and a letter of the suffix would match it too.
const suffix = () => Math.random().toString().slice(2, 9);

const words = {
  he: { name: "נועה בודקת", apply: "החלה", stage: "שלב", sort: "מיון לפי", direction: "סדר", byName: "שם", asc: "עולה", desc: "יורד", filters: /מסננים/, oneFilter: "מסננים (1)" },
  fa: { name: "پرستو جویا", apply: "اعمال", stage: "مرحله", sort: "مرتب‌سازی بر اساس", direction: "ترتیب", byName: "نام", asc: "صعودی", desc: "نزولی", filters: /پالایه/, oneFilter: "پالایه‌ها (۱)" },
  en: { name: "Search Probe", apply: "Apply", stage: "Stage", sort: "Sort by", direction: "Order", byName: "Name", asc: "Ascending", desc: "Descending", filters: /filters/i, oneFilter: "Filters (1)" },
} satisfies Record<Locale, Record<string, string | RegExp>>;

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 800 } } as const;

/** Three customers of the sales user, named `<prefix> A|B|C`; B is moved on to engagement. */
async function threeCustomers(playwright: Parameters<typeof signedInRequest>[0], baseURL: string | undefined, prefix: string) {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const names = [`${prefix} A`, `${prefix} B`, `${prefix} C`] as const;
  const ids: string[] = [];
  for (const name of names) {
    const response = await api.post("/api/v1/customers", { data: { name } });
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }
  expect((await api.post(`/api/v1/customers/${ids[1]}/moves`, { data: { to: "engagement", version: 1 } })).status()).toBe(201);
  await api.dispose();
  return names;
}

/** The names in the list (its links), in order: waiting on them waits for the list to settle after a search. */
const listedNames = (page: Page) => page.getByRole("table").getByRole("link");

/** On a phone the filters wait behind a button (the search comes first); on a desktop they are open. */
async function openFilters(page: Page, locale: Locale, viewport: string) {
  if (viewport !== "phone") return;
  const button = page.getByRole("button", { name: words[locale].filters });
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/** The address's parameters: only what the person set, never an empty one. */
function addressParams(page: Page) {
  return [...new URL(page.url()).searchParams.entries()];
}

for (const locale of ["he", "fa", "en"] as const) {
  for (const [viewport, size] of Object.entries(viewports)) {
    test(`the search form filters, sorts and goes back (${locale}, ${viewport})`, async ({ page, playwright, baseURL }) => {
      const w = words[locale];
      const prefix = `${w.name} ${suffix()}`;
      const [a, b, c] = await threeCustomers(playwright, baseURL, prefix);
      await page.setViewportSize(size);
      await signIn(page, locale, demoUsers.sales);
      await page.goto(`/${locale}/customers`);

      const search = page.getByRole("searchbox");
      await search.fill(prefix);
      await page.getByRole("button", { name: w.apply, exact: true }).click();
      await expect(listedNames(page)).toHaveText([c, b, a]);
      expect(addressParams(page)).toEqual([["q", prefix], ["sort", "createdAt"], ["dir", "desc"]]);

      await openFilters(page, locale, viewport);
      await page.getByRole("combobox", { name: w.stage, exact: true }).selectOption("engagement");
      await search.press("Enter");
      await expect(listedNames(page)).toHaveText([b]);
      expect(addressParams(page)).toEqual([["q", prefix], ["stage", "engagement"], ["sort", "createdAt"], ["dir", "desc"]]);
      if (viewport === "phone") await expect(page.getByRole("button", { name: w.filters })).toHaveText(w.oneFilter);
      await saveScreenshot(page, `customers-search-${locale}-${viewport}`);

      await page.goBack();
      await expect(listedNames(page)).toHaveText([c, b, a]);
      await expect(search).toHaveValue(prefix);
      await openFilters(page, locale, viewport);
      await expect(page.getByRole("combobox", { name: w.stage, exact: true })).toHaveValue("");

      await page.getByRole("combobox", { name: w.sort, exact: true }).selectOption({ label: w.byName });
      await page.getByRole("combobox", { name: w.direction, exact: true }).selectOption({ label: w.asc });
      await page.getByRole("button", { name: w.apply, exact: true }).click();
      await expect(listedNames(page)).toHaveText([a, b, c]);
      await openFilters(page, locale, viewport);
      await page.getByRole("combobox", { name: w.direction, exact: true }).selectOption({ label: w.desc });
      await search.press("Enter");
      await expect(listedNames(page)).toHaveText([c, b, a]);
      await page.goBack();
      await expect(listedNames(page)).toHaveText([a, b, c]);
      await openFilters(page, locale, viewport);
      await expect(page.getByRole("combobox", { name: w.direction, exact: true })).toHaveValue("asc");
    });
  }
}

test("paging keeps the search, and Back returns to the first page (en)", async ({ page, playwright, baseURL }) => {
  const prefix = `Pager ${suffix()}`;
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const names = Array.from({ length: 27 }, (_, i) => `${prefix} ${String(i).padStart(2, "0")}`);
  for (const name of names) expect((await api.post("/api/v1/customers", { data: { name } })).status()).toBe(201);
  await api.dispose();

  await signIn(page, "en", demoUsers.sales);
  await page.goto("/en/customers");
  await page.getByRole("searchbox").fill(prefix);
  await page.getByRole("combobox", { name: "Sort by", exact: true }).selectOption({ label: "Name" });
  await page.getByRole("combobox", { name: "Order", exact: true }).selectOption({ label: "Ascending" });
  await page.getByRole("searchbox").press("Enter");
  await expect(listedNames(page)).toHaveText(names.slice(0, 25));
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(listedNames(page)).toHaveText(names.slice(25));
  await expect(page.getByRole("searchbox")).toHaveValue(prefix);
  await page.goBack();
  await expect(listedNames(page)).toHaveText(names.slice(0, 25));
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("searchbox")).toHaveValue("");
  expect(addressParams(page)).toEqual([]);
});

test("a search typed while the page is still loading on a slow phone is kept (fa)", async ({ page, playwright, baseURL }) => {
  const [, b] = await threeCustomers(playwright, baseURL, `${words.fa.name} ${suffix()}`);
  await signIn(page, "fa", demoUsers.sales);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
  await page.goto("/fa/customers", { waitUntil: "commit" });
  await page.getByRole("searchbox").fill(b);
  await page.getByRole("button", { name: words.fa.apply, exact: true }).click();
  await expect(listedNames(page)).toHaveText([b], { timeout: 30_000 });
  expect(addressParams(page)).toContainEqual(["q", b]);
});
