import { expect, test, type Page } from "@playwright/test";
import { demoUsers, saveScreenshot, signIn } from "./support";

// Each test changes shared settings of the demo organization and puts them back; one at a time.
test.describe.configure({ mode: "serial" });

const suffix = () => Math.random().toString(36).slice(2, 7);
const stageRow = (page: Page, key: string) => page.locator(`li[data-stage-key="${key}"]`);

async function renameHe(page: Page, key: string, from: string, to: string, shot?: string) {
  await page.getByRole("button", { name: `עריכת השלב ${from}` }).click();
  const form = page.getByRole("form", { name: `עריכת השלב ${from}` });
  await expect(form.getByLabel("שם בעברית")).toHaveValue(from);
  await form.getByLabel("שם בעברית").fill(to);
  if (shot) await saveScreenshot(page, shot);
  await form.getByRole("button", { name: "שמירה" }).click();
  await expect(form).toHaveCount(0);
  await expect(stageRow(page, key)).toContainText(to);
}

test("an owner renames a stage in Hebrew and sees the new name on the board, the home page and the customer filter (he)", async ({ page }) => {
  const renamed = `התלבטות ${suffix()}`;
  await signIn(page, "he", demoUsers.owner);
  await page.getByRole("navigation", { name: "ראשי" }).getByRole("link", { name: "הגדרות" }).click();
  await expect(page).toHaveURL(/\/he\/settings\/users$/);
  await page.getByRole("navigation", { name: "אזורי ההגדרות" }).getByRole("link", { name: "שלבים" }).click();
  await expect(page).toHaveURL(/\/he\/settings\/stages$/);
  await renameHe(page, "consideration", "התלבטות", renamed, "settings-he-stages-edit");
  await saveScreenshot(page, "settings-he-stages");

  await page.goto("/he/board");
  await expect(page.locator('section[data-stage="consideration"]').getByRole("heading", { level: 2 })).toHaveText(renamed);
  await page.goto("/he");
  await expect(page.getByRole("rowheader", { name: renamed })).toBeVisible();
  await page.goto("/he/customers");
  await expect(page.locator('select[name="stage"] option[value="consideration"]')).toHaveText(renamed);

  await page.goto("/he/settings/stages");
  await renameHe(page, "consideration", renamed, "התלבטות");
});

test("an owner adds stages, reorders them by button and by drag, and archives them; a stage with customers explains why it stays (he)", async ({ page }) => {
  const id = suffix();
  const names = { a: `Advocate ${id}`, b: `Champion ${id}` };
  const keys = { a: `advocate_${id}`, b: `champion_${id}` };
  await signIn(page, "he", demoUsers.owner);
  await page.goto("/he/settings/stages");
  const retention = page.locator('section[data-journey="retention"]');
  for (const name of [names.a, names.b]) {
    await retention.getByRole("button", { name: "הוספת שלב לשימור" }).click();
    const form = page.getByRole("form", { name: "הוספת שלב" });
    await form.getByLabel("שם בעברית").fill(`${name} בעברית`);
    await form.getByLabel("שם בפרסית").fill(`${name} به فارسی`);
    await form.getByLabel("שם באנגלית").fill(name);
    await expect(form).toContainText(`מפתח: ${name.toLowerCase().replace(" ", "_")}`);
    await form.getByRole("button", { name: "הוספת שלב" }).click();
    await expect(form).toHaveCount(0);
  }
  const order = () => retention.locator("li[data-stage-key]").evaluateAll((items) => items.map((li) => li.getAttribute("data-stage-key")));
  // The list shows a new order at once and disables its buttons until the order is saved: reload only after that.
  const savedOrder = () => expect(stageRow(page, keys.a).getByRole("button", { name: "העברה לארכיון" })).toBeEnabled();
  await expect.poll(order).toEqual(["retention", "loyalty", keys.a, keys.b]);

  await stageRow(page, keys.b).getByRole("button", { name: `להזיז את ${names.b} בעברית למעלה` }).click();
  await expect.poll(order).toEqual(["retention", "loyalty", keys.b, keys.a]);
  await savedOrder();
  await page.reload();
  await expect.poll(order).toEqual(["retention", "loyalty", keys.b, keys.a]);

  const handle = stageRow(page, keys.b).getByRole("button", { name: `שינוי המיקום של ${names.b} בעברית` });
  const from = await handle.boundingBox();
  const to = await stageRow(page, keys.a).boundingBox();
  if (!from || !to) throw new Error("stages not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height - 4, { steps: 12 });
  await page.mouse.up();
  await expect.poll(order).toEqual(["retention", "loyalty", keys.a, keys.b]);
  await savedOrder();
  await page.reload();
  await expect.poll(order).toEqual(["retention", "loyalty", keys.a, keys.b]);

  await stageRow(page, "awareness").getByRole("button", { name: "העברה לארכיון" }).click();
  await expect(stageRow(page, "awareness").getByRole("alert")).toContainText("ולכן אי אפשר להעביר אותו לארכיון");
  for (const key of [keys.a, keys.b]) {
    await stageRow(page, key).getByRole("button", { name: "העברה לארכיון" }).click();
    await expect(stageRow(page, key)).toContainText("בארכיון");
  }
});

test("an owner creates a user, hands over the one-time password, and disabling the user ends their session (he)", async ({ page, browser }) => {
  const email = `dana-${suffix()}@demo.test`;
  await signIn(page, "he", demoUsers.owner);
  await page.goto("/he/settings/users");
  const form = page.getByRole("form", { name: "הוספת משתמש" });
  await form.getByLabel("שם").fill("דנה לוי");
  await form.getByLabel("דוא״ל").fill(email);
  await form.getByLabel("תפקיד").selectOption("sales");
  await form.getByRole("button", { name: "הוספת משתמש" }).click();
  const secret = page.getByRole("status").filter({ hasText: "הסיסמה החד־פעמית" }).locator("[data-secret]");
  await expect(secret).toHaveText(/^([A-Za-z2-9]{5}-){3}[A-Za-z2-9]{5}$/);
  const password = (await secret.textContent()) ?? "";
  await expect(page.locator(`tr[data-user-email="${email}"]`)).toContainText("פעיל");
  await saveScreenshot(page, "settings-he-users");

  const other = await browser.newContext();
  const dana = await other.newPage();
  await signIn(dana, "he", email, password);
  await dana.goto("/he/customers");
  await expect(dana.getByRole("heading", { level: 1 })).toHaveText("לקוחות");

  await form.getByLabel("דוא״ל").fill(email);
  await form.getByLabel("שם").fill("שוב");
  await form.getByRole("button", { name: "הוספת משתמש" }).click();
  await expect(form.getByText("לכתובת הדוא״ל הזו כבר יש חשבון")).toBeVisible();
  await saveScreenshot(page, "settings-he-users-email-taken");

  await page.locator(`tr[data-user-email="${email}"]`).getByRole("button", { name: "השבתה" }).click();
  await expect(page.locator(`tr[data-user-email="${email}"]`)).toContainText("מושבת");
  await dana.goto("/he/customers");
  await expect(dana).toHaveURL(/\/he\/login/);
  await other.close();
});

test("an owner creates an API key that works with Bearer until it is revoked (fa)", async ({ page, playwright, baseURL }) => {
  const name = `فرم وب‌سایت ${suffix()}`;
  await signIn(page, "fa", demoUsers.owner);
  await page.goto("/fa/settings/api-keys");
  await page.getByRole("form", { name: "ساخت کلید API" }).getByLabel("نام").fill(name);
  await page.getByRole("form", { name: "ساخت کلید API" }).getByRole("button", { name: "ساخت کلید API" }).click();
  const secret = page.getByRole("status").filter({ hasText: "کلید API تازهٔ شما" }).locator("[data-secret]");
  await expect(secret).toHaveText(/^msr_[A-Za-z0-9_-]{43}$/);
  const key = (await secret.textContent()) ?? "";
  const row = page.locator(`tr[data-api-key="${name}"]`);
  await expect(row).toContainText(key.slice(0, 10));
  await expect(row).toContainText("هرگز");
  await saveScreenshot(page, "settings-fa-api-keys");

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  const me = await api.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: demoUsers.owner, role: "owner" });
  await page.reload();
  await expect(row).not.toContainText("هرگز");

  await row.getByRole("button", { name: `ابطال کلید ${name}` }).click();
  await row.getByRole("button", { name: `ابطال همیشگی «${name}»` }).click();
  await expect(row).toContainText("باطل‌شده");
  const after = await api.get("/api/v1/me");
  expect(after.status()).toBe(401);
  expect(after.headers()["content-type"]).toContain("application/problem+json");
  await api.dispose();
});

test("an owner saves the organization's settings (en)", async ({ page }) => {
  await signIn(page, "en", demoUsers.owner);
  await page.goto("/en/settings/organization");
  const form = page.getByRole("form", { name: "Organization" });
  await expect(form.getByLabel("Time zone")).toHaveValue("Asia/Jerusalem");
  await expect(form.getByLabel("Country")).toHaveValue("IL");
  await form.getByLabel("Calendar in Hebrew").selectOption("hebrew");
  await form.getByLabel("Country").selectOption({ label: "Iran" });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(form.getByLabel("Calendar in Hebrew")).toHaveValue("hebrew");
  await expect(form.getByLabel("Country")).toHaveValue("IR");
  await saveScreenshot(page, "settings-en-organization");
  await page.goto("/he");
  // The week line names a Hebrew-calendar month, e.g. "מ־יום א׳, 26 בכסלו עד היום" (Gregorian: "6 בדצמ׳").
  await expect(page.getByText(/^מ־.* ב(תשרי|חשוון|כסלו|טבת|שבט|אדר|אדר א׳|אדר ב׳|ניסן|אייר|סיוון|תמוז|אב|אלול) עד היום/)).toBeVisible();
  await page.goto("/en/settings/organization");
  await form.getByLabel("Calendar in Hebrew").selectOption("gregory");
  await form.getByLabel("Country").selectOption("IL");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");

  await page.goto("/he/settings/organization");
  await expect(page.getByRole("form", { name: "ארגון" }).getByLabel("לוח שנה בעברית")).toHaveValue("gregory");
  await saveScreenshot(page, "settings-he-organization");
});

test("managers and sales users get 403 on every owner settings page; only managers see Settings, for the playbooks (en)", async ({ page }) => {
  for (const user of [demoUsers.manager, demoUsers.sales]) {
    await signIn(page, "en", user);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(user === demoUsers.manager ? 1 : 0);
    for (const path of ["/en/settings/users", "/en/settings/stages", "/en/settings/api-keys", "/en/settings/organization"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
    }
    await page.context().clearCookies();
  }
});
