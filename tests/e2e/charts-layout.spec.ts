import { expect, test, type Page } from "@playwright/test";
import { demoUsers, saveScreenshot, signIn } from "./support";

const widths = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };
const chartPages = ["funnel", "retention", "loyalty"] as const;

interface Box {
  left: number;
  right: number;
}

/** Per drawn cartesian chart: its plot's horizontal extent and its value-axis tick labels'. */
function measureCharts(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right };
    };
    return [...document.querySelectorAll(".recharts-wrapper")]
      .filter((wrapper) => wrapper.querySelector(".recharts-cartesian-grid") && wrapper.getBoundingClientRect().width > 0)
      .map((wrapper) => ({
        plot: box(wrapper.querySelector(".recharts-cartesian-grid")!),
        ticks: [...wrapper.querySelectorAll(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")].map(box),
        legend: [...wrapper.querySelectorAll(".recharts-legend-wrapper li")].map((item) => ({ mark: box(item.querySelector("svg")!), text: box(item.querySelector("span")!) })),
      }));
  });
}

for (const locale of ["he", "fa", "en"] as const) {
  const rtl = locale !== "en";
  for (const [device, viewport] of Object.entries(widths)) {
    test(`charts on ${locale} at ${device} width: value ticks outside the plot, legend marks beside their text, no page-wide scroll`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signIn(page, locale, demoUsers.manager);
      for (const path of chartPages) {
        await page.goto(`/${locale}/${path}`);
        await page.waitForLoadState("networkidle");
        await expect(page.locator(".recharts-wrapper .recharts-cartesian-grid").first()).toBeVisible();
        const charts = await measureCharts(page);
        expect(charts.length).toBeGreaterThan(0);
        for (const { plot, ticks, legend } of charts) {
          expect(ticks.length).toBeGreaterThan(0);
          // The value axis sits on the journey's start side: left in LTR, right (mirrored) in RTL.
          for (const tick of ticks) {
            if (rtl) expect(tick.left).toBeGreaterThanOrEqual(plot.right - 1);
            else expect(tick.right).toBeLessThanOrEqual(plot.left + 1);
          }
          for (const { mark, text } of legend) {
            const gap = rtl ? mark.left - text.right : text.left - mark.right;
            expect(gap).toBeGreaterThanOrEqual(4);
          }
        }
        // Wide tables scroll inside their own box; the page itself never scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `/${locale}/${path} is wider than the window`).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `charts-${path}-${locale}-${device}`);
      }
    });
  }
}

function overlapping(a: Box, b: Box) {
  return a.left < b.right && b.left < a.right;
}

test("at phone width the funnel's stage names do not run together", async ({ page }) => {
  await page.setViewportSize(widths.phone);
  await signIn(page, "en", demoUsers.manager);
  await page.goto("/en/funnel");
  // The chart is hidden from assistive technology (its table is not), so it is found by its label.
  const chart = page.locator('figure[aria-label="Conversion funnel"]');
  await expect(chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").first()).toBeVisible();
  // Slanted labels: neighbours may share columns of pixels, but each label's own line must not cross
  // the next one, so they are compared along the slant (their top edges step down one after another).
  const labels = await chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").evaluateAll((texts) =>
    texts.map((text) => {
      const r = text.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, transform: text.getAttribute("transform") ?? "" };
    }),
  );
  expect(labels.length).toBeGreaterThanOrEqual(3);
  const slanted = labels.every((l) => /rotate\(/.test(l.transform));
  if (!slanted) {
    for (let i = 1; i < labels.length; i++) expect(overlapping(labels[i - 1]!, labels[i]!)).toBe(false);
  } else {
    // Slanted labels all start at the axis: their anchor ends (right edges in LTR) are spaced apart.
    for (let i = 1; i < labels.length; i++) expect(Math.abs(labels[i]!.right - labels[i - 1]!.right)).toBeGreaterThanOrEqual(12);
  }
});
