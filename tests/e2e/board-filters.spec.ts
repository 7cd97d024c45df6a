import { expect, test, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn } from "./support";

const suffix = () => Math.random().toString(36).slice(2, 7);

const words = {
  he: { search: "חיפוש בלוח", owner: "אחראי/ת", show: "הצגה", all: "הצגת הכול" },
  en: { search: "Search the board", owner: "Owner", show: "Show", all: "Show all" },
} as const;

const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);
const cardNames = (page: Page, stage: string) => column(page, stage).locator("[data-card-id] p.font-medium");

async function customersOf(playwright: Parameters<typeof signedInRequest>[0], baseURL: string | undefined, email: string, names: string[]) {
  const api = await signedInRequest(playwright, baseURL, email);
  for (const name of names) expect((await api.post("/api/v1/customers", { data: { name } })).status()).toBe(201);
  await api.dispose();
}

// sales2 of the demo is داریوش کریمی.
for (const [locale, who] of [["en", demoUsers.manager], ["he", demoUsers.owner]] as const) {
  test(`the board narrows to a search and to one owner (${locale})`, async ({ page, playwright, baseURL }) => {
    const w = words[locale];
    const prefix = `Board find ${suffix()}`;
    await customersOf(playwright, baseURL, demoUsers.sales, [`${prefix} mine`]);
    await customersOf(playwright, baseURL, demoUsers.sales2, [`${prefix} theirs`, `${prefix} theirs too`]);

    await signIn(page, locale, who);
    await page.goto(`/${locale}/board`);
    await page.getByRole("searchbox", { name: w.search }).fill(prefix);
    await page.getByRole("button", { name: w.show, exact: true }).click();
    await expect(cardNames(page, "awareness")).toHaveText([`${prefix} theirs too`, `${prefix} theirs`, `${prefix} mine`]);
    await expect(cardNames(page, "engagement")).toHaveCount(0);

    await page.getByRole("combobox", { name: w.owner }).selectOption({ label: "داریوش کریمی" });
    await page.getByRole("searchbox", { name: w.search }).press("Enter");
    await expect(cardNames(page, "awareness")).toHaveText([`${prefix} theirs too`, `${prefix} theirs`]);
    expect(new URL(page.url()).searchParams.get("q")).toBe(prefix);
    await saveScreenshot(page, `board-filters-${locale}`);

    await page.goBack();
    await expect(cardNames(page, "awareness")).toHaveText([`${prefix} theirs too`, `${prefix} theirs`, `${prefix} mine`]);
    await page.getByRole("link", { name: w.all }).click();
    await expect(page.getByRole("searchbox", { name: w.search })).toHaveValue("");
    await expect(cardNames(page, "awareness").first()).toBeVisible();
  });
}

test("a sales user searches their own board and has no owner filter (en)", async ({ page, playwright, baseURL }) => {
  const prefix = `Own board ${suffix()}`;
  await customersOf(playwright, baseURL, demoUsers.sales, [`${prefix} mine`]);
  await customersOf(playwright, baseURL, demoUsers.sales2, [`${prefix} theirs`]);
  await signIn(page, "en", demoUsers.sales);
  await page.goto("/en/board");
  await expect(page.getByRole("combobox", { name: "Owner" })).toHaveCount(0);
  await page.getByRole("searchbox", { name: "Search the board" }).fill(prefix);
  await page.getByRole("searchbox", { name: "Search the board" }).press("Enter");
  await expect(cardNames(page, "awareness")).toHaveText([`${prefix} mine`]);
});
