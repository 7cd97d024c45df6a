import { expect, test } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn } from "./support";

const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("a manager in fa is warned of a duplicate on creating a customer, creates it anyway and merges the two on the customer page", async ({ page, playwright, baseURL }) => {
  const id = run();
  const email = `dup-${id}@example.ir`;
  const manager = await signedInRequest(playwright, baseURL, demoUsers.manager);
  const original = await (await manager.post("/api/v1/customers", { data: { name: `سارا ${id}`, email, phone: "+98 912 345 6789" } })).json();
  await manager.post(`/api/v1/customers/${original.id}/touchpoints`, { data: { channel: "telegram", kind: "message", note: `پیام ${id}` } });
  await manager.post(`/api/v1/customers/${original.id}/moves`, { data: { to: "engagement", version: original.version } });

  await signIn(page, "fa", demoUsers.manager);
  await page.goto("/fa/customers");
  await page.getByText("مشتری تازه", { exact: true }).click();
  const form = page.locator("details form");
  await form.getByLabel("نام", { exact: true }).fill(`سارا رضایی ${id}`);
  await form.getByLabel("ایمیل", { exact: true }).fill(email.toUpperCase());
  await form.getByRole("button", { name: "ساخت مشتری" }).click();

  // The warning names the existing customer, links to it, and offers to create anyway.
  const warning = form.getByRole("alert");
  await expect(warning).toContainText("مشتری‌ای با این ایمیل یا تلفن از پیش هست:");
  await expect(warning.getByRole("link", { name: `باز کردن سارا ${id}` })).toHaveAttribute("href", `/fa/customers/${original.id}`);
  await saveScreenshot(page, "customers-fa-duplicate-warning");
  await warning.getByRole("button", { name: "با این حال بساز" }).click();
  await expect(page).toHaveURL(/\/fa\/customers\/[0-9a-f-]{36}$/);
  const survivorId = page.url().split("/").at(-1) ?? "";
  expect(survivorId).not.toBe(original.id);

  // The new customer's page offers the older record (same email) to merge in.
  const merge = page.getByRole("region", { name: "ادغام مشتری تکراری" });
  await merge.getByRole("radio", { name: new RegExp(`سارا ${id}`) }).check();
  await saveScreenshot(page, "customer-fa-merge-chooser");
  await merge.getByRole("button", { name: "ادغام در این مشتری" }).click();
  const timeline = page.getByRole("region", { name: "خط زمانی مراحل" });
  await expect(timeline).toContainText(`سارا ${id}`);
  // The merge, and the merged record's two moves (its creation and its move to engagement), names bidi-isolated.
  await expect(timeline.getByText(`\u2068سارا ${id}\u2069 در این مشتری ادغام شد`, { exact: true })).toBeVisible();
  await expect(timeline.getByText(`جابه‌جایی \u2068سارا ${id}\u2069، که در این مشتری ادغام شد`, { exact: true })).toHaveCount(2);
  await expect(page.getByRole("region", { name: "نقاط تماس" })).toContainText(`پیام ${id}`);
  await saveScreenshot(page, "customer-fa-merged");

  // The older record is gone; the survivor keeps its own stage and gained the other's phone.
  expect((await manager.get(`/api/v1/customers/${original.id}`)).status()).toBe(404);
  expect(await (await manager.get(`/api/v1/customers/${survivorId}`)).json()).toMatchObject({ stage: "awareness", email, phone: "+98 912 345 6789", phoneE164: "+989123456789" });
  await manager.dispose();
});

test("the API in en: a duplicate is created with `duplicates` in the caller's scope only; merges by owners and managers, versions checked", async ({ playwright, baseURL }) => {
  const id = run();
  const [manager, sales] = await Promise.all([signedInRequest(playwright, baseURL, demoUsers.manager), signedInRequest(playwright, baseURL, demoUsers.sales)]);
  const first = await (await manager.post("/api/v1/customers", { data: { name: `First ${id}`, email: `api-dup-${id}@example.com`, phone: "+972 50-000-1111" } })).json();
  const second = await manager.post("/api/v1/customers", { data: { name: `Second ${id}`, phone: "050 000 1111" } });
  expect(second.status()).toBe(201);
  const secondBody = await second.json();
  expect(secondBody).toMatchObject({ phoneE164: "+972500001111", duplicates: [first.id] });
  // A sales user does not see the manager's customers: the duplicate is created and nothing is named.
  const own = await sales.post("/api/v1/customers", { data: { name: `Own ${id}`, email: `API-DUP-${id}@example.com` } });
  expect(await own.json()).toMatchObject({ duplicates: [] });

  const refused = await sales.post(`/api/v1/customers/${(await own.json()).id}/merge`, { data: { from: first.id, version: 1 } });
  expect(refused.status()).toBe(403);
  const stale = await manager.post(`/api/v1/customers/${first.id}/merge`, { data: { from: secondBody.id, version: first.version + 5 } });
  expect(stale.status()).toBe(409);
  const merged = await manager.post(`/api/v1/customers/${first.id}/merge`, { data: { from: secondBody.id, version: first.version } });
  expect(merged.status()).toBe(200);
  expect(await merged.json()).toMatchObject({ id: first.id, merged: secondBody.id, version: first.version + 1 });
  expect((await manager.get(`/api/v1/customers/${secondBody.id}`)).status()).toBe(404);
  expect((await manager.post(`/api/v1/customers/${first.id}/merge`, { data: { from: first.id, version: first.version + 1 } })).status()).toBe(422);
  await Promise.all([manager.dispose(), sales.dispose()]);
});
