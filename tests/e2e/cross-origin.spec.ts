import type { Server } from "node:http";
import { expect, test } from "@playwright/test";
import { actionIds } from "./actions";
import { startHostileSite } from "./hostile-site";
import { demoUsers, saveScreenshot, signIn } from "./support";

const hostilePort = Number(process.env.HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
const marker = `Hostile ${Date.now()}`;
let hostile: Server | undefined;

test.beforeAll(async ({ baseURL }) => {
  hostile = await startHostileSite(hostilePort, baseURL ?? "", marker, actionIds().get("createCustomerAction") ?? "");
});
test.afterAll(() => new Promise<void>((resolve) => (hostile ? hostile.close(() => resolve()) : resolve())));

test("a same-site page on another port cannot write through the signed-in user's cookie", async ({ page }) => {
  await signIn(page, "fa", demoUsers.owner);
  const found = async (name: string) => {
    const response = await page.request.get(`/api/v1/customers?q=${encodeURIComponent(name)}`);
    await expect(response).toBeOK();
    return ((await response.json()) as { items: { name: string }[] }).items.filter((c) => c.name === name).length;
  };

  await page.goto(`http://localhost:${hostilePort}/`);
  await page.getByRole("button", { name: "Send the fetches" }).click();
  await expect(page.locator("output")).toHaveText("fetches sent");

  await page.getByRole("button", { name: "Send the JSON form" }).click();
  await expect(page.locator("body")).toContainText('"code":"cross_origin"');
  await expect(page.locator("body")).toContainText('"status":403');
  await saveScreenshot(page, "cross-origin-form-refused");

  await page.goto(`http://localhost:${hostilePort}/`);
  await page.getByRole("button", { name: "Send the action form" }).click();
  await expect(page).toHaveURL(/\/en\/customers/);

  for (const attempt of ["fetch", "import", "form", "action"]) expect(await found(`${marker} ${attempt}`), attempt).toBe(0);

  // The same write from the app's own page goes through, so the check above can see a write.
  await page.goto("/en/customers");
  const own = await page.evaluate(
    async (name) => (await fetch("/api/v1/customers", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name }) })).status,
    `${marker} own`,
  );
  expect(own).toBe(201);
  expect(await found(`${marker} own`)).toBe(1);
});
