import { expect, test } from "@playwright/test";
import { collectConsoleErrors, reachablePaths } from "./every-page";
import { demoUsers, signIn } from "./support";

const widths = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };

for (const locale of ["he", "fa", "en"] as const) {
  for (const role of ["owner", "manager", "sales"] as const) {
    for (const [device, viewport] of Object.entries(widths)) {
      test(`no console error on any page: ${locale}, ${role}, ${device}`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.setViewportSize(viewport);
        const errors = collectConsoleErrors(page);
        await page.goto(`/${locale}/login`);
        await page.waitForLoadState("networkidle");
        await signIn(page, locale, demoUsers[role]);
        const paths = await reachablePaths(page, locale);
        expect(paths.length).toBeGreaterThanOrEqual(role === "sales" ? 4 : 7);
        for (const path of paths) {
          await page.goto(path);
          // Hydration errors are reported once the page's scripts have run and its data streamed in.
          await page.waitForLoadState("networkidle");
        }
        expect(errors).toEqual([]);
      });
    }
  }
}
