import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { asciiGroupedNumbers, collectConsoleErrors, visitReachablePages } from "./every-page";
import { demoUsers, signIn } from "./support";

const widths = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };
const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe.run in the page itself ("legacy mode"): for these pages, which have no frames, the same rules and
 * results as the default (runPartial, then finishRun in a blank page opened for every call), in two thirds of the time.
 */
async function axeViolations(page: Page, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// The signed-out pages in every locale at both widths.
for (const locale of ["he", "fa", "en"] as const) {
  for (const [device, viewport] of Object.entries(widths)) {
    test(`sign-in page: no console error, axe finds nothing: ${locale}, ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const errors = collectConsoleErrors(page);
      await page.goto(`/${locale}/login`);
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page, `/${locale}/login`)).toEqual([]);
      expect(errors).toEqual([]);
    });

    // Public pages, signed out: the survey a customer opens from a link (the unsubscribe page needs an
    // email's link: tests/e2e/unsubscribe.spec.ts receives one and sweeps that page).
    test(`public survey page: no console error, axe finds nothing: ${locale}, ${device}`, async ({ page, playwright, baseURL }) => {
      const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
      const customer = (await (await api.post("/api/v1/customers", { data: { name: `Axe ${locale} ${device}` } })).json()) as { id: string };
      const { url } = (await (await api.post(`/api/v1/customers/${customer.id}/survey-requests`, { data: { locale } })).json()) as { url: string };
      await api.dispose();
      await page.setViewportSize(viewport);
      const errors = collectConsoleErrors(page);
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page, new URL(url).pathname)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

/**
 * Every signed-in page, swept by each role in each locale, at one width each: every role and every
 * locale is also seen at both widths (the pairs a bug of one role's controls, one language or one
 * layout would need), in half the visits of the full 3 × 3 × 2 product, whose sweeps were a third of
 * the browser tests' time. The owner, who sees every page, is swept in both RTL locales, one on a phone.
 */
const sweeps = [
  { role: "owner", locale: "he", device: "desktop" },
  { role: "owner", locale: "fa", device: "phone" },
  { role: "owner", locale: "en", device: "desktop" },
  { role: "manager", locale: "he", device: "phone" },
  { role: "manager", locale: "fa", device: "desktop" },
  { role: "manager", locale: "en", device: "phone" },
  { role: "sales", locale: "he", device: "desktop" },
  { role: "sales", locale: "fa", device: "phone" },
  { role: "sales", locale: "en", device: "phone" },
] as const;

// One visit per page checks all three: no console error or uncaught exception (hydration errors included),
// no axe (WCAG 2.2 AA) violation, and in fa no number grouped with an ASCII comma.
for (const { role, locale, device } of sweeps) {
  test(`every page: no console error, axe finds nothing: ${locale}, ${role}, ${device}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(widths[device]);
    const errors = collectConsoleErrors(page);
    await signIn(page, locale, demoUsers[role]);
    const violations: string[] = [];
    const separators: string[] = [];
    const paths = await visitReachablePages(page, locale, async (path) => {
      violations.push(...(await axeViolations(page, path)));
      separators.push(...(await asciiGroupedNumbers(page, locale)));
    });
    expect(paths.length).toBeGreaterThanOrEqual(role === "sales" ? 4 : 7);
    expect(violations).toEqual([]);
    expect(separators).toEqual([]);
    expect(errors).toEqual([]);
  });
}

// The public pages (a lead form, a referral link), signed out, as visitors see them.
test("public pages: no console error, axe finds nothing, signed out, every locale and width", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const owner = await signedInRequest(playwright, baseURL, demoUsers.owner);
  const form = (await (await owner.post("/api/v1/forms", { data: { name: "Every page", fields: ["name", "phone", "email", "question"] } })).json()) as { id: string };
  const [customer] = ((await (await owner.get("/api/v1/customers?limit=1")).json()) as { items: { id: string }[] }).items;
  const { code } = (await (await owner.get(`/api/v1/customers/${customer?.id ?? ""}/referral-link`)).json()) as { code: string };
  await owner.dispose();
  const errors = collectConsoleErrors(page);
  const violations: string[] = [];
  for (const locale of ["he", "fa", "en"] as const) {
    for (const viewport of Object.values(widths)) {
      await page.setViewportSize(viewport);
      for (const path of [`/${locale}/f/${form.id}`, `/${locale}/r/${code}`]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        violations.push(...(await axeViolations(page, path)));
      }
    }
  }
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test("the skip link is the first tab stop and moves focus to the page's content", async ({ page }) => {
  await signIn(page, "he", demoUsers.manager);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "דילוג לתוכן הראשי" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
