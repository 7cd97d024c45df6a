import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eSmtpPort, mailbox, unfold } from "../support/mailbox";
import { signedInRequest } from "./api-client";
import { collectConsoleErrors } from "./every-page";
import { demoUsers, saveScreenshot, signIn } from "./support";

const widths = { desktop: { width: 1440, height: 900 }, phone: { width: 375, height: 812 } };
const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map((v) => `${new URL(page.url()).pathname} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The mail server the test server sends to (playwright.config.ts), listening only while this test runs. */
const box = mailbox(e2eSmtpPort(Number(process.env.E2E_PORT ?? 3100)));
test.beforeAll(async () => void (await box.start()));
test.afterAll(() => box.stop());

async function receivedBy(address: string): Promise<string> {
  await expect.poll(() => box.received.some((mail) => mail.to.includes(address)), { timeout: 45_000, intervals: [500] }).toBe(true);
  return unfold(box.received.find((mail) => mail.to.includes(address))?.raw ?? "");
}

test("a rep emails a customer from the fa customer page; the customer unsubscribes from the email's link and is marked do-not-contact", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const address = `unsubscribe-${Date.now()}@example.test`;
  const api = await signedInRequest(playwright, baseURL, demoUsers.sales);
  const customer = (await (await api.post("/api/v1/customers", { data: { name: "مریم رضایی", email: address } })).json()) as { id: string };
  await api.dispose();

  // The rep sends the follow-up by email from the customer's page.
  await signIn(page, "fa", demoUsers.sales);
  await page.goto(`/fa/customers/${customer.id}`);
  await page.locator("#messages").getByText("ارسال پیام", { exact: true }).click();
  await page.getByRole("button", { name: "ارسال با ایمیل" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ایمیل در راه است." })).toBeVisible();

  // The email arrives with its unsubscribe link, in the customer's page's language.
  const mail = await receivedBy(address);
  const link = /https?:\/\/[^\s"<>]+\/fa\/u\/[A-Za-z0-9_-]+/.exec(mail)?.[0] ?? "";
  expect(link).not.toBe("");
  expect(mail).toContain(`List-Unsubscribe: <${link.replace("/fa/u/", "/api/public/unsubscribe/")}>, <${link}>`);

  // Signed out, the page is accessible in every locale and width before anything is pressed (opening it changes nothing).
  const context = await browser.newContext();
  const visitor = await context.newPage();
  const errors = collectConsoleErrors(visitor);
  const violations: string[] = [];
  for (const locale of ["he", "fa", "en"] as const) {
    for (const viewport of Object.values(widths)) {
      await visitor.setViewportSize(viewport);
      await visitor.goto(link.replace("/fa/u/", `/${locale}/u/`));
      await visitor.waitForLoadState("networkidle");
      violations.push(...(await axeViolations(visitor)));
    }
  }
  expect(violations).toEqual([]);

  // The customer opens the link from the email on a phone and presses the button.
  await visitor.setViewportSize(widths.phone);
  await visitor.goto(link);
  await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");
  await saveScreenshot(visitor, "unsubscribe-fa-phone");
  await visitor.getByRole("button", { name: "اشتراکم را لغو کن" }).click();
  await expect(visitor.getByRole("status")).toHaveText("اشتراک شما لغو شد. دیگر با شما تماس نمی‌گیریم.");
  // Opened again, the link says it is done; that state is axe-clean too.
  await visitor.reload();
  await expect(visitor.getByRole("status")).toHaveText("اشتراک شما لغو شد. دیگر با شما تماس نمی‌گیریم.");
  expect(await axeViolations(visitor)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();

  // The rep sees the customer marked do-not-contact: the switch is on and messages are disabled.
  await page.reload();
  await expect(page.getByRole("switch", { name: "تماس نگیرید" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByRole("button", { name: "ارسال پیام" })).toBeDisabled();
});
