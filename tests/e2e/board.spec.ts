import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { boardReady, demoUsers, saveScreenshot, signIn, type Locale } from "./support";

// Each test works on customers it creates itself (newest entries top their column), so tests
// running beside it cannot move its cards away; within this file they run one at a time.
test.describe.configure({ mode: "serial" });

const words = {
  fa: { nav: "تابلو", pickedUp: "برداشته شد", over: "روی مرحلهٔ تعامل", moved: "منتقل شد", stages: "مراحل" },
  en: { nav: "Board", pickedUp: "Picked up", over: "is over Engagement", moved: "moved to Engagement", stages: "Stages" },
  he: { nav: "לוח", pickedUp: "הורם", over: "מעל השלב מעורבות", moved: "הועבר", stages: "שלבים" },
} as const;

const suffix = () => Math.random().toString(36).slice(2, 7);

async function createCustomers(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, email: string, names: string[], stage?: string) {
  const api = await signedInRequest(playwright, baseURL, email);
  const ids: string[] = [];
  for (const name of names) {
    const response = await api.post("/api/v1/customers", { data: stage ? { name, stage } : { name } });
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return { ids, api };
}

const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);
const cardsIn = (page: Page, stage: string) => column(page, stage).locator("[data-card-id]");
const cardIn = (page: Page, stage: string, id: string) => column(page, stage).locator(`[data-card-id="${id}"]`);
const handleOf = (page: Page, id: string) => page.locator(`[data-card-id="${id}"] [data-focus-key^="card:"]`);

/**
 * dnd-kit starts a drag only after the pointer travels a few pixels, so the mouse moves in steps; it
 * loads after the board hydrates (components/board/use-board-kit.ts), so the drag waits for it.
 */
async function drag(page: Page, id: string, stage: string) {
  await boardReady(page);
  const from = await handleOf(page, id).boundingBox();
  const to = await column(page, stage).boundingBox();
  if (!from || !to) throw new Error("card or column not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
  await page.mouse.up();
}

async function expectMoved(page: Page, id: string, from: string, to: string) {
  await expect(cardIn(page, to, id)).toBeVisible();
  await expect(cardIn(page, from, id)).toHaveCount(0);
}

for (const [locale, user] of [["fa", demoUsers.sales], ["en", demoUsers.sales2]] as const) {
  test(`a sales user moves cards by drag and by keyboard and the moves persist (${locale})`, async ({ page, playwright, baseURL }) => {
    const w = words[locale];
    const names = [`Drag ${suffix()}`, `Keys ${suffix()}`];
    const { ids, api } = await createCustomers(playwright, baseURL, user, names);
    await api.dispose();
    const [dragged = "", keyed = ""] = ids;

    await signIn(page, locale, user);
    await page.getByRole("navigation", { name: locale === "en" ? "Main" : "اصلی" }).getByRole("link", { name: w.nav }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/board$`));
    await expect(cardIn(page, "awareness", dragged)).toContainText(names[0] ?? "");

    await drag(page, dragged, "engagement");
    await expectMoved(page, dragged, "awareness", "engagement");
    await expect(page.getByRole("status").filter({ hasText: w.moved })).toBeVisible();

    const live = page.locator('[id^="DndLiveRegion"]');
    await handleOf(page, keyed).focus();
    await page.keyboard.press("Space");
    await expect(live).toContainText(w.pickedUp);
    await page.keyboard.press(locale === "en" ? "ArrowRight" : "ArrowLeft");
    await expect(live).toContainText(w.over);
    await page.keyboard.press("Enter");
    await expectMoved(page, keyed, "awareness", "engagement");
    await expect(handleOf(page, keyed)).toBeFocused();

    await page.reload();
    await expectMoved(page, dragged, "awareness", "engagement");
    await expectMoved(page, keyed, "awareness", "engagement");
    await saveScreenshot(page, `board-${locale}-desktop`);
  });
}

test("a move against a stale card is refused with a message and the board refetches (en)", async ({ page, playwright, baseURL }) => {
  const { ids, api } = await createCustomers(playwright, baseURL, demoUsers.sales2, [`Stale ${suffix()}`]);
  const [id = ""] = ids;
  await signIn(page, "en", demoUsers.sales2);
  await page.goto("/en/board");
  await expect(cardIn(page, "awareness", id)).toBeVisible();
  expect((await api.post(`/api/v1/customers/${id}/moves`, { data: { to: "consideration", version: 1 } })).status()).toBe(201);
  await api.dispose();
  await drag(page, id, "engagement");
  await expect(page.getByRole("alert").filter({ hasText: "Someone else changed" })).toBeVisible();
  await expectMoved(page, id, "awareness", "consideration");
  await expect(cardIn(page, "engagement", id)).toHaveCount(0);
});

test("marking a customer lost asks for the reason the server requires (en)", async ({ page, playwright, baseURL }) => {
  const name = `Lost ${suffix()}`;
  const { ids, api } = await createCustomers(playwright, baseURL, demoUsers.sales2, [name]);
  await api.dispose();
  const [id = ""] = ids;
  await signIn(page, "en", demoUsers.sales2);
  await page.goto("/en/board");
  await boardReady(page);
  await cardIn(page, "awareness", id).getByRole("button", { name: `Move to… (${name})` }).click();
  await page.getByRole("menuitem", { name: "Mark as lost…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toContainText(name);
  await dialog.getByRole("button", { name: "Mark as lost" }).click();
  await expect(dialog.getByText("Say why the customer was lost.")).toBeVisible();
  await expect(cardIn(page, "awareness", id)).toBeVisible();
  await dialog.getByLabel("Reason").fill("Moved abroad");
  await dialog.getByRole("button", { name: "Mark as lost" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "marked as lost" })).toBeVisible();
  await expect(cardIn(page, "awareness", id)).toHaveCount(0);
  await page.reload();
  await expect(cardsIn(page, "awareness").first()).toBeVisible();
  await expect(page.locator(`[data-card-id="${id}"]`)).toHaveCount(0);
});

test("the board API is scoped like the page: own customers for sales users, 401 without a session", async ({ playwright, baseURL }) => {
  const { ids, api } = await createCustomers(playwright, baseURL, demoUsers.sales, [`Api ${suffix()}`]);
  const [id = ""] = ids;
  const columns = await (await api.get("/api/v1/board?journey=acquisition")).json();
  expect(columns.columns.map((c: { key: string }) => c.key)).toEqual(["awareness", "engagement", "consideration", "conversion"]);
  const page = await (await api.get("/api/v1/board?journey=acquisition&stage=awareness")).json();
  expect(page.items.map((c: { id: string }) => c.id)).toContain(id);
  expect(page.items).toHaveLength(50);
  const next = await (await api.get(`/api/v1/board?journey=acquisition&stage=awareness&cursor=${page.nextCursor}`)).json();
  expect(next.items.map((c: { id: string }) => c.id)).not.toContain(id);
  expect((await api.get("/api/v1/board?stage=awareness&cursor=not-a-cursor")).status()).toBe(422);
  const values = await (await api.get("/api/v1/board/values?journey=retention")).json();
  expect(Object.keys(values.values).sort()).toEqual(["loyalty", "retention"]);
  await api.dispose();

  const other = await signedInRequest(playwright, baseURL, demoUsers.sales2);
  const theirs = await (await other.get("/api/v1/board?journey=acquisition&stage=awareness")).json();
  expect(theirs.items.map((c: { id: string }) => c.id)).not.toContain(id);
  await other.dispose();
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/v1/board?journey=acquisition")).status()).toBe(401);
  await anonymous.dispose();
});

test("the board in Hebrew: mirrored columns, paging kept across moves, both journeys, no serious accessibility issues", async ({ page, playwright, baseURL }) => {
  // axe walks a few hundred cards and menu buttons: slow on a busy machine.
  test.slow();
  // The manager, not the owner: a move by the owner would add a row to the loyalty page's team table.
  const { ids, api } = await createCustomers(playwright, baseURL, demoUsers.manager, [`Paging ${suffix()}`]);
  await api.dispose();
  const [id = ""] = ids;
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await signIn(page, "he", demoUsers.manager);
  await page.goto("/he/board");
  // The columns stream in after the page's shell and are drawn again when the drag-and-drop kit
  // arrives: measured until both are on screen at once.
  await expect
    .poll(async () => {
      const [first, second] = [await column(page, "awareness").boundingBox(), await column(page, "engagement").boundingBox()];
      return first && second ? first.x > second.x : "not on screen";
    })
    .toBe(true);
  await expect(column(page, "awareness").getByRole("heading", { level: 2 })).toHaveText("מודעות");
  // The column values stream in after the cards, in shekels.
  await expect(column(page, "conversion").locator("header p")).toHaveText(/^שווי .*\d.*₪/);
  await saveScreenshot(page, "board-he-desktop");
  // One page of cards per column; "load more" fetches the next one.
  await expect(cardsIn(page, "awareness")).toHaveCount(50);
  await column(page, "awareness").getByRole("button", { name: "טעינת עוד" }).click();
  await expect(cardsIn(page, "awareness")).toHaveCount(100);
  // A move keeps the pages loaded so far: the column refetches both.
  await handleOf(page, id).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expectMoved(page, id, "awareness", "engagement");
  await page.waitForLoadState("networkidle");
  await expect(cardsIn(page, "awareness")).toHaveCount(100);
  expect(errors).toEqual([]);
  await page.getByRole("navigation", { name: "מסע" }).getByRole("link", { name: "שימור" }).click();
  await expect(page).toHaveURL(/journey=retention/);
  await expect(column(page, "loyalty").getByRole("heading", { level: 2 })).toHaveText("נאמנות");
  await expect(column(page, "awareness")).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  const stageTab = (page: Page, locale: Locale, label: RegExp) =>
    page.getByRole("navigation", { name: words[locale].stages }).getByRole("button", { name: label });

  test("one column at a time, chosen by stage buttons (fa)", async ({ page }) => {
    await signIn(page, "fa", demoUsers.sales2);
    await page.goto("/fa/board");
    await expect(column(page, "awareness")).toBeVisible();
    await expect(column(page, "engagement")).toBeHidden();
    await stageTab(page, "fa", /تعامل/).click();
    await expect(column(page, "engagement")).toBeVisible();
    await expect(column(page, "awareness")).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, "board-fa-375");
  });

  test("a card moves with its Move to… menu (he)", async ({ page, playwright, baseURL }) => {
    const name = `Phone ${suffix()}`;
    const { ids, api } = await createCustomers(playwright, baseURL, demoUsers.sales, [name], "retention");
    await api.dispose();
    const [id = ""] = ids;
    await signIn(page, "he", demoUsers.sales);
    await page.goto("/he/board?journey=retention");
    await expect(cardIn(page, "retention", id)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, "board-he-375");
    await cardIn(page, "retention", id).getByRole("button", { name: `העברה אל… (${name})` }).click();
    await expect(page.getByRole("menuitem", { name: "נאמנות" })).toBeVisible();
    await saveScreenshot(page, "board-he-375-menu");
    await page.getByRole("menuitem", { name: "נאמנות" }).click();
    await expect(cardIn(page, "retention", id)).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "הועבר לשלב נאמנות" })).toBeVisible();
    await stageTab(page, "he", /נאמנות/).click();
    await expect(cardIn(page, "loyalty", id)).toBeVisible();
    await page.reload();
    await stageTab(page, "he", /נאמנות/).click();
    await expect(cardIn(page, "loyalty", id)).toBeVisible();
  });
});
