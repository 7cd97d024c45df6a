import { expect, test, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { outsider } from "./authz/principals";
import { demoUsers, saveScreenshot, signIn } from "./support";

// The holiday test changes the demo organization's holidays and puts them back; one at a time.
test.describe.configure({ mode: "serial" });

const openSettings = async (page: Page, main: string, settings: string, sections: string, tab: string) => {
  await page.getByRole("navigation", { name: main }).getByRole("link", { name: settings }).click();
  await page.getByRole("navigation", { name: sections }).getByRole("link", { name: tab }).click();
};

test("the holidays API lists every holiday of a calendar by its first day, named in the locale asked or the organization's", async ({ playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const il = await api.get("/api/v1/holidays?calendar=il&year=2026&locale=en");
  expect(il.status()).toBe(200);
  const { items } = (await il.json()) as { items: { key: string; name: string; date: string }[] };
  expect(items).toContainEqual({ key: "rosh_hashanah", name: "Rosh Hashanah", date: "2026-09-12" });
  expect(items).toContainEqual({ key: "hanukkah", name: "Hanukkah", date: "2026-12-05" });
  expect(items).toHaveLength(9);
  // The demo organization's language is Hebrew.
  const ir = (await (await api.get("/api/v1/holidays?calendar=ir&year=2027")).json()) as { items: { key: string; name: string; date: string }[] };
  expect(ir.items[0]).toEqual({ key: "sepandarmazgan", name: "ספנדרמזגאן", date: "2027-02-18" });
  expect(ir.items).toContainEqual({ key: "nowruz", name: "נורוז", date: "2027-03-21" });
  const fa = (await (await api.get("/api/v1/holidays?calendar=ir&year=2027&locale=fa")).json()) as { items: { key: string; name: string }[] };
  expect(fa.items.find((h) => h.key === "yalda")?.name).toBe("شب یلدا");
  for (const query of ["calendar=us&year=2026", "calendar=il", "calendar=il&year=twenty", "calendar=il&year=2026&locale=de", "calendar=il&year=2026&extra=1"]) {
    expect((await api.get(`/api/v1/holidays?${query}`)).status(), query).toBe(422);
  }
  await api.dispose();
});

test("an owner chooses the organization's holidays on the organization page (fa)", async ({ page }) => {
  await signIn(page, "fa", demoUsers.owner);
  await openSettings(page, "اصلی", "تنظیمات", "بخش‌های تنظیمات", "سازمان");
  await expect(page).toHaveURL(/\/fa\/settings\/organization$/);
  const form = page.getByRole("form", { name: "سازمان" });
  const holidays = form.getByRole("group", { name: "مناسبت‌ها" });
  const yalda = holidays.getByRole("group", { name: "جشن‌های ایرانی" }).getByRole("checkbox", { name: "شب یلدا" });
  await expect(holidays.getByRole("checkbox", { name: "نوروز" })).toBeChecked();
  await expect(holidays.getByRole("checkbox", { name: "روش هشانا" })).toBeChecked();
  await expect(yalda).not.toBeChecked();
  await yalda.check();
  await form.getByRole("button", { name: "ذخیره" }).click();
  await expect(form.getByRole("status")).toHaveText("ذخیره شد.");
  await saveScreenshot(page, "automation-engine-fa-holidays");
  await page.reload();
  await expect(yalda).toBeChecked();
  await yalda.uncheck();
  await form.getByRole("button", { name: "ذخیره" }).click();
  await expect(form.getByRole("status")).toHaveText("ذخیره شد.");
  await page.reload();
  await expect(yalda).not.toBeChecked();
});

// The other organization's owner: pausing the demo would hold the other tests' playbooks.
test("an owner pauses and resumes every playbook of the organization with one switch (he)", async ({ page }) => {
  await signIn(page, "he", outsider.email, outsider.password);
  await openSettings(page, "ראשי", "הגדרות", "אזורי ההגדרות", "אוטומציות");
  await expect(page).toHaveURL(/\/he\/settings\/automations$/);
  const pause = page.getByRole("switch", { name: "השהיית כל התרחישים" });
  await expect(pause).toHaveAttribute("aria-checked", "false");
  await pause.click();
  await expect(pause).toHaveAttribute("aria-checked", "true");
  await expect(pause).toHaveText("מושהה");
  await saveScreenshot(page, "automation-engine-he-paused");
  await page.reload();
  await expect(pause).toHaveAttribute("aria-checked", "true");
  await pause.press("Enter");
  await expect(pause).toHaveAttribute("aria-checked", "false");
  await expect(pause).toHaveText("פועל");
});
