import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { encodeLegacy } from "../support/legacy-encode";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn } from "./support";

const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const faNumber = (n: number) => new Intl.NumberFormat("fa").format(n);

/** Windows-1256 has no Persian yeh (ی): Windows writes the Arabic yeh (ي) in its place, as real files do. */
const cp1256 = (text: string) => encodeLegacy(text.replaceAll("ی", "ي"), "windows-1256");

const names = ["سارا رضایی", "علی کریمی", "مریم احمدی", "پژمان چگینی", "ژاله کاظمی", "نگار حسینی"];

/**
 * A Persian export of another system: Persian headers, channel and stage labels, Jalali dates (in
 * ASCII digits: Windows-1256 has no Persian ones), customers of the manager (who already owns customers, so other tests' team
 * tables keep their rows) created in 1396 (2017: at the bottom of every newest-first list).
 * Two rows are bad (an invalid email, a date in the future); an unknown stage takes the default,
 * and a row without a name is named by its email.
 */
function persianFile(id: string, rows: number) {
  const lines = ["externalId,نام,ایمیل,تلفن,کانال,مرحله,ownerEmail,تاریخ ایجاد"];
  for (let i = 1; i <= rows; i++) {
    const cells = {
      externalId: `fa-${id}-${i}`,
      name: `${names[i % names.length]} ${i}`,
      email: `fa${i}-${id}@example.ir`,
      phone: `0912${String(i).padStart(7, "0")}`,
      channel: ["تلگرام", "اینستاگرام", "telegram"][i % 3],
      stage: i % 2 ? "آگاهی" : "awareness",
      owner: demoUsers.manager,
      createdAt: `1396/${String(1 + (i % 12)).padStart(2, "0")}/${String(1 + (i % 28)).padStart(2, "0")}`,
    };
    if (i === 5) cells.email = "نامعتبر";
    if (i === 10) cells.stage = "ناموجود";
    if (i === 20) cells.createdAt = "1410/01/01";
    if (i === 30) cells.name = "";
    lines.push(Object.values(cells).join(","));
  }
  return cp1256(`${lines.join("\r\n")}\r\n`);
}

test("an owner imports a Windows-1256 Persian file in fa, follows its progress and reads the error report", async ({ page }) => {
  test.setTimeout(120_000);
  const id = run();
  // Large enough to take a few seconds on the embedded database, so the bar is seen moving.
  const rows = 6000;
  await signIn(page, "fa", demoUsers.owner);
  await page.goto("/fa/settings/data");
  await expect(page.getByRole("heading", { level: 2, name: "ورود مشتریان" })).toBeVisible();

  await page.getByLabel("فایل CSV").setInputFiles({ name: "مشتریان.csv", mimeType: "text/csv", buffer: Buffer.from(persianFile(id, rows)) });
  await page.getByRole("button", { name: "بارگذاری و پیش‌نمایش" }).click();

  // The mapping step: encoding detected, Persian headers mapped to their fields, a preview.
  await expect(page.getByText("کدگذاری شناسایی‌شده: Windows-1256 (فارسی/عربی)")).toBeVisible();
  await expect(page.getByText(`${faNumber(rows)} ردیف داده`)).toBeVisible();
  await expect(page.getByLabel("نام", { exact: true })).toHaveValue("نام");
  // Headers are the file's own text (with the Arabic yeh of Windows-1256): they name its columns.
  await expect(page.getByLabel("تاریخ ایجاد")).toHaveValue("تاریخ ایجاد".replaceAll("ی", "ي"));
  await expect(page.getByLabel("شناسهٔ بیرونی")).toHaveValue("externalId");
  await expect(page.getByLabel("تاریخ‌ها و برچسب‌ها نوشته شده‌اند به")).toHaveValue("fa");
  const preview = page.getByRole("table", { name: "نخستین ردیف‌های فایل" });
  await expect(preview.locator("tbody tr")).toHaveCount(5);
  await expect(preview.locator("tbody tr").first()).toContainText(`fa-${id}-1`);
  await saveScreenshot(page, "settings-fa-import-mapping");

  await page.getByRole("button", { name: "ادامه به مقدارها" }).click();

  // The value step: the stage column's values with their defaults, the unknown one to the first stage.
  await expect(page.getByRole("heading", { name: "تطبیق مقدارها" })).toBeVisible();
  const stageValues = page.getByRole("region", { name: /^مرحله‌ها/ });
  // The values as the file spells them (Windows-1256: the Arabic yeh); they are stored with the Persian one.
  await expect(stageValues.getByLabel("آگاهی".replaceAll("ی", "ي"), { exact: true })).toHaveValue("awareness");
  await expect(stageValues.getByLabel("ناموجود")).toHaveValue("");
  await expect(page.getByRole("region", { name: /^مسئولان/ }).getByLabel(demoUsers.manager).locator("option:checked")).toHaveText("امیر رستمی");
  await saveScreenshot(page, "settings-fa-import-values");
  await page.getByRole("button", { name: "آغاز ورود" }).click();
  const bar = page.getByRole("progressbar", { name: "پیشرفت ورود" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuemax", String(rows));
  await expect.poll(async () => Number(await bar.getAttribute("aria-valuenow")), { intervals: [100] }).toBeGreaterThan(0);
  const midway = Number(await bar.getAttribute("aria-valuenow"));
  await saveScreenshot(page, "settings-fa-import-progress");
  expect(midway).toBeLessThan(rows);
  await expect(bar).toHaveAttribute("aria-valuenow", String(rows), { timeout: 90_000 });
  await expect(page.getByRole("heading", { name: "ورود به پایان رسید" })).toBeVisible();
  const summary = page.getByRole("region", { name: "ورود به پایان رسید" }).locator("dl");
  await expect(summary.locator("div").filter({ hasText: "ساخته‌شده" }).locator("dd")).toHaveText(faNumber(rows - 2));
  await expect(summary.locator("div").filter({ hasText: "ردشده" }).locator("dd")).toHaveText(faNumber(2));
  await expect(page.getByRole("table", { name: "ورودهای پیشین" }).locator("tbody tr").filter({ hasText: "مشتریان.csv" })).toContainText("انجام شد");
  await saveScreenshot(page, "settings-fa-import-done");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "دریافت گزارش خطاها (CSV)" }).click();
  const report = readFileSync((await (await download).path()) ?? "");
  expect(Array.from(report.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  const lines = Papa.parse<string[]>(report.toString("utf8").slice(1).trimEnd()).data;
  expect(lines).toEqual([
    ["ردیف", "فیلد", "مقدار", "کد", "پیام"],
    ["5", "ایمیل", "نامعتبر", "invalid_email", "نشانی ایمیل معتبر نیست."],
    ["20", "تاریخ ایجاد", "1410/01/01", "in_future", "نمی‌تواند در آینده باشد."],
  ]);

  // Stored with Persian letters, the manager as owner, the Jalali date as its Gregorian day.
  const found = await page.request.get(`/api/v1/customers?q=${encodeURIComponent(`fa1-${id}@example.ir`)}`);
  const [customer] = (await found.json()).items;
  expect(customer).toMatchObject({ externalId: `fa-${id}-1`, name: "علی کریمی 1", phone: "09120000001", channel: "instagram", stage: "awareness" });
  // 1396/02/02 is 22 April 2017: midnight in the organization's zone (Asia/Jerusalem, UTC+3 then).
  expect(customer.createdAt).toBe("2017-04-21T21:00:00.000Z");
  const customerOf = async (email: string) => (await (await page.request.get(`/api/v1/customers?q=${encodeURIComponent(email)}`)).json()).items[0];
  expect(await customerOf(`fa10-${id}@example.ir`)).toMatchObject({ stage: "awareness" });
  expect(await customerOf(`fa30-${id}@example.ir`)).toMatchObject({ name: `fa30-${id}` });
});

test("the import and export API in en: upsert, row errors, 403 and 413; export with a BOM and neutralised formulas", async ({ page, playwright, baseURL }) => {
  const id = run();
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const csv = [
    "externalId,name,email,phone,stage,ownerEmail,createdAt",
    `api-${id}-1,"=HYPERLINK(""http://evil.test"",""x"")",api1-${id}@example.com,+972-50-1234567,engagement,${demoUsers.manager},15/03/2024`,
    `api-${id}-2,"Levi, Omer ${id}",,,,${demoUsers.manager},`,
    `,No key ${id},,,,${demoUsers.manager},`,
  ].join("\n");
  const first = await owner.post("/api/v1/import/customers?locale=en", { headers: { "content-type": "text/csv" }, data: csv });
  expect(first.status()).toBe(200);
  // A row with a name alone is a customer too; a second import finds it by its name.
  expect(await first.json()).toMatchObject({ status: "done", created: 3, updated: 0, unchanged: 0, rejected: [] });
  const again = await owner.post("/api/v1/import/customers?locale=en", { headers: { "content-type": "text/csv" }, data: csv });
  expect(await again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });

  // Multipart with a mapping for other headers; a renamed customer is an update.
  const multipart = await owner.post("/api/v1/import/customers", {
    multipart: {
      file: { name: "other.csv", mimeType: "text/csv", buffer: Buffer.from(`ID;Full name\napi-${id}-2;Omer Levi ${id}\n`) },
      mapping: JSON.stringify({ externalId: "ID", name: "Full name" }),
      locale: "en",
    },
  });
  expect(await multipart.json()).toMatchObject({ created: 0, updated: 1, rejected: [] });
  const badMapping = await owner.post("/api/v1/import/customers", { multipart: { file: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") }, mapping: '{"name":"nope"}' } });
  expect(badMapping.status()).toBe(422);
  expect((await badMapping.json()).errors).toEqual({ "mapping.name": ["unknown_column"] });
  const tooLarge = await owner.post("/api/v1/import/customers", { headers: { "content-type": "text/csv" }, data: Buffer.alloc(50 * 1024 * 1024 + 1, 0x61) });
  expect(tooLarge.status()).toBe(413);
  expect(tooLarge.headers()["content-type"]).toContain("application/problem+json");
  await owner.dispose();

  const manager = await signedInRequest(playwright, baseURL, demoUsers.manager);
  const refused = await manager.post("/api/v1/import/customers", { headers: { "content-type": "text/csv" }, data: csv });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  const exported = await manager.get(`/api/v1/export/customers.csv?q=${encodeURIComponent(`api1-${id}`)}&stage=&lost=`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await exported.body();
  expect(Array.from(body.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8").slice(1).split("\r\n")).toEqual([
    "externalId,name,email,phone,phoneE164,channel,stage,ownerEmail,createdAt,extra,doNotContact",
    `api-${id}-1,"'=HYPERLINK(""http://evil.test"",""x"")",api1-${id}@example.com,'+972-50-1234567,'+972501234567,other,engagement,${demoUsers.manager},2024-03-14T22:00:00.000Z,,`,
    "",
  ]);
  await manager.dispose();

  const sales = await signedInRequest(playwright, baseURL, demoUsers.sales);
  expect((await sales.get("/api/v1/export/customers.csv")).status()).toBe(403);
  expect((await sales.get("/en/settings/data")).status()).toBe(403);
  await sales.dispose();

  // The page's export form downloads the CSV with the chosen filters.
  await signIn(page, "en", demoUsers.owner);
  await page.goto("/en/settings/data");
  const form = page.getByRole("form", { name: "Export customers" });
  await form.getByRole("searchbox", { name: "Search" }).fill(`Omer Levi ${id}`);
  const download = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download CSV" }).click();
  const file = readFileSync((await (await download).path()) ?? "", "utf8");
  expect(file.startsWith("\ufeffexternalId,name,email,phone,phoneE164,channel,stage,ownerEmail,createdAt,extra,doNotContact\r\n")).toBe(true);
  expect(file.split("\r\n").slice(1, -1)).toEqual([expect.stringMatching(new RegExp(`^api-${id}-2,Omer Levi ${id},,,,other,awareness,manager@demo\\.test,20`))]);
});

test("a second import of the organization waits its turn, shown as waiting in he, then runs", async ({ page, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const id = run();
  await signIn(page, "he", demoUsers.owner);
  await page.goto("/he/settings/data");
  await page.getByLabel("קובץ CSV").setInputFiles({ name: "תור.csv", mimeType: "text/csv", buffer: Buffer.from(`externalId,name,ownerEmail,createdAt\nsecond-${id},שני בתור,${demoUsers.manager},2017-05-01\n`) });
  await page.getByRole("button", { name: "העלאה ותצוגה מקדימה" }).click();
  await page.getByRole("button", { name: "המשך לערכים" }).click();
  await expect(page.getByRole("region", { name: /^בעלים/ }).getByLabel(demoUsers.manager).locator("option:checked")).toHaveText("امیر رستمی");
  await expect(page.getByRole("button", { name: "התחלת הייבוא" })).toBeVisible();

  // Meanwhile another import of the organization starts. Customers of the manager created in 2017,
  // as above: at the bottom of every newest-first list.
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const rows = Array.from({ length: 20_000 }, (_, i) => `wait-${id}-${i},Queue ${i},${demoUsers.manager},2017-05-01`);
  const first = owner.post("/api/v1/import/customers?locale=en", { headers: { "content-type": "text/csv" }, data: `externalId,name,ownerEmail,createdAt\n${rows.join("\n")}\n`, timeout: 170_000 });
  const jobs = async () => (await (await owner.get("/api/v1/import/jobs")).json()).items as { filename: string; status: string; totalRows: number }[];
  await expect.poll(async () => (await jobs()).some((j) => j.status === "running" && j.totalRows === 20_000), { intervals: [50] }).toBe(true);

  await page.getByRole("button", { name: "התחלת הייבוא" }).click();
  await expect(page.getByText("ממתין: ייבוא אחר של הארגון שלכם רץ כעת. הייבוא הזה יתחיל כשהוא יסתיים.")).toBeVisible();
  expect((await jobs()).find((j) => j.filename === "תור.csv")?.status).toBe("waiting");
  await saveScreenshot(page, "settings-he-import-waiting");

  await expect(page.getByRole("heading", { name: "הייבוא הסתיים" })).toBeVisible({ timeout: 150_000 });
  expect(await (await first).json()).toMatchObject({ status: "done", created: 20_000 });
  await expect(page.getByRole("table", { name: "ייבואים קודמים" }).locator("tbody tr").filter({ hasText: "תור.csv" })).toContainText("הסתיים");
  await owner.dispose();
});
