import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { reachablePaths } from "./every-page";
import { demoUsers, signIn } from "./support";

const widths = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };
const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const locale of ["he", "fa", "en"] as const) {
  for (const [device, viewport] of Object.entries(widths)) {
    test(`axe (WCAG 2.2 AA) finds nothing on the sign-in page: ${locale}, ${device}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/${locale}/login`);
      const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });

    for (const role of ["owner", "manager", "sales"] as const) {
      test(`axe (WCAG 2.2 AA) finds nothing on any page: ${locale}, ${role}, ${device}`, async ({ page }) => {
        test.setTimeout(240_000);
        await page.setViewportSize(viewport);
        await signIn(page, locale, demoUsers[role]);
        const paths = await reachablePaths(page, locale);
        const violations: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          await page.waitForLoadState("networkidle");
          const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
          for (const v of results.violations) violations.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
        expect(violations).toEqual([]);
      });
    }
  }
}

test("the skip link is the first tab stop and moves focus to the page's content", async ({ page }) => {
  await signIn(page, "he", demoUsers.manager);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "דילוג לתוכן הראשי" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
