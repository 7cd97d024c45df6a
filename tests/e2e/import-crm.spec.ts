import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test } from "@playwright/test";
import { signedInRequest } from "./api-client";
import { demoUsers, saveScreenshot, signIn, type Locale } from "./support";

const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The HubSpot fixture made this run's own (record ids and email domains), with one email-only row
 * whose email has a typo: that row is rejected, and fixed on screen.
 */
function hubspotFile(id: string) {
  const [header = [], ...rows] = Papa.parse<string[]>(readFileSync("tests/fixtures/hubspot-all-contacts.csv", "utf8"), { skipEmptyLines: true }).data;
  const column = (name: string) => header.indexOf(name);
  for (const row of rows) {
    row[column("Record ID")] = `${id}-${row[column("Record ID")]}`;
    row[column("Email")] = row[column("Email")]?.replace("@", `@${id}.`) ?? "";
  }
  const emailOnly = rows.filter((r) => r[column("Email")] && !r[column("First Name")] && !r[column("Phone Number")]);
  const broken = emailOnly[4] ?? [];
  const email = broken[column("Email")] ?? "";
  broken[column("Email")] = email.replace("@", "@@");
  const ownedByDaniel = rows.find((r) => r[column("Contact owner")] === "Daniel Levi" && r[column("Email")]) ?? [];
  return {
    csv: Papa.unparse([header, ...rows], { quotes: true, newline: "\r\n" }),
    rows: rows.length,
    broken: { row: rows.indexOf(broken) + 1, email, typo: broken[column("Email")] ?? "" },
    daniel: ownedByDaniel[column("Email")] ?? "",
  };
}

const text = {
  he: {
    file: "קובץ CSV", upload: "העלאה ותצוגה מקדימה", firstName: "שם פרטי", lastName: "שם משפחה", email: "אימייל", phone: "טלפון", stage: "שלב",
    owner: "אחראי (אימייל או שם)", createdAt: "תאריך יצירה", externalId: "מזהה חיצוני", timeZone: "תאריכים בלי אזור זמן הם לפי", next: "המשך לערכים",
    values: "התאמת הערכים", stages: /^שלבים/, owners: /^בעלים/, start: "התחלת הייבוא", done: "הייבוא הסתיים", created: "נוצרו", rejected: "נדחו",
    rejectedRows: "שורות שנדחו", row: (n: number) => `שורה ${n}`, invalidEmail: "כתובת אימייל לא תקינה.", fix: (n: number) => `אימייל (שורה ${n})`,
    retry: "ייבוא השורה הזו שוב", noErrors: "כל השורות יובאו.", extra: "שדות נוספים (מייבוא)",
  },
  en: {
    file: "CSV file", upload: "Upload and preview", firstName: "First name", lastName: "Last name", email: "Email", phone: "Phone", stage: "Stage",
    owner: "Owner (email or name)", createdAt: "Created at", externalId: "External id", timeZone: "Dates without a time zone are in", next: "Continue to the values",
    values: "Match the values", stages: /^Stages/, owners: /^Owners/, start: "Start the import", done: "Import finished", created: "Created", rejected: "Rejected",
    rejectedRows: "Rejected rows", row: (n: number) => `Row ${n}`, invalidEmail: "Not a valid email address.", fix: (n: number) => `Email (row ${n})`,
    retry: "Import this row again", noErrors: "Every row was imported.", extra: "More fields (from imports)",
  },
};

for (const locale of ["he", "en"] as const satisfies Locale[]) {
  test(`an owner imports a HubSpot export in ${locale}: columns and values mapped, one rejected row fixed on screen`, async ({ page, playwright, baseURL }) => {
    test.setTimeout(120_000);
    const t = text[locale];
    const id = run();
    const file = hubspotFile(id);
    await signIn(page, locale, demoUsers.owner);
    await page.goto(`/${locale}/settings/data`);
    await page.getByLabel(t.file).setInputFiles({ name: "hubspot-contacts.csv", mimeType: "text/csv", buffer: Buffer.from(file.csv) });
    await page.getByRole("button", { name: t.upload }).click();

    // Column step: HubSpot's headers recognised; the source's time zone chosen.
    await expect(page.getByLabel(t.externalId)).toHaveValue("Record ID");
    await expect(page.getByLabel(t.firstName)).toHaveValue("First Name");
    await expect(page.getByLabel(t.lastName)).toHaveValue("Last Name");
    await expect(page.getByLabel(t.email, { exact: true })).toHaveValue("Email");
    await expect(page.getByLabel(t.phone, { exact: true })).toHaveValue("Phone Number");
    await expect(page.getByLabel(t.stage, { exact: true })).toHaveValue("Lifecycle Stage");
    await expect(page.getByLabel(t.owner)).toHaveValue("Contact owner");
    await expect(page.getByLabel(t.createdAt)).toHaveValue("Create Date");
    await page.getByLabel(t.timeZone).selectOption("America/New_York");
    await saveScreenshot(page, `settings-${locale}-import-crm-columns`);
    await page.getByRole("button", { name: t.next }).click();

    // Value step: HubSpot's lifecycle stages and owners with their defaults; one owner chosen by hand.
    await expect(page.getByRole("heading", { name: t.values })).toBeVisible();
    const stages = page.getByRole("region", { name: t.stages });
    await expect(stages.getByLabel("Marketing Qualified Lead")).toHaveValue("engagement");
    await expect(stages.getByLabel("Sales Qualified Lead")).toHaveValue("consideration");
    await expect(stages.getByLabel("Customer", { exact: true })).toHaveValue("conversion");
    await expect(stages.getByLabel("Evangelist")).toHaveValue("loyalty");
    await expect(stages.getByLabel("Other", { exact: true })).toHaveValue("");
    const owners = page.getByRole("region", { name: t.owners });
    await expect(owners.getByLabel("Yael Mizrahi").locator("option:checked")).toHaveText("Yael Mizrahi");
    await expect(owners.getByLabel("Daniel Levi")).toHaveValue("");
    await owners.getByLabel("Daniel Levi").selectOption({ label: "امیر رستمی" });
    await saveScreenshot(page, `settings-${locale}-import-crm-values`);
    await page.getByRole("button", { name: t.start }).click();

    // The result: every row but the mistyped one; that row on screen with its reason, fixed and imported again.
    const done = page.getByRole("region", { name: t.done });
    await expect(done.locator("dl div").filter({ hasText: t.created }).locator("dd")).toHaveText(String(file.rows - 1), { timeout: 60_000 });
    await expect(done.locator("dl div").filter({ hasText: t.rejected }).locator("dd")).toHaveText("1");
    const rejected = page.getByRole("region", { name: t.rejectedRows });
    const row = rejected.getByRole("group", { name: t.row(file.broken.row) });
    await expect(row).toContainText(t.invalidEmail);
    const input = row.getByLabel(t.fix(file.broken.row));
    await expect(input).toHaveValue(file.broken.typo);
    await input.fill(file.broken.email);
    await saveScreenshot(page, `settings-${locale}-import-crm-rejected`);
    await rejected.getByRole("button", { name: t.retry }).click();
    await expect(page.getByText(t.noErrors)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("region", { name: t.done }).locator("dl div").filter({ hasText: t.created }).locator("dd")).toHaveText("1");
    await saveScreenshot(page, `settings-${locale}-import-crm-retried`);

    // In the database: the fixed row, and an owner mapped by hand.
    const customer = async (email: string) => (await (await page.request.get(`/api/v1/customers?q=${encodeURIComponent(email)}`)).json()).items[0];
    expect(await customer(file.broken.email)).toMatchObject({ email: file.broken.email, name: file.broken.email.split("@")[0] });
    const manager = await signedInRequest(playwright, baseURL, demoUsers.manager);
    const managerId = (await (await manager.get("/api/v1/me")).json()).id;
    await manager.dispose();
    const daniels = await customer(file.daniel);
    expect(daniels).toMatchObject({ ownerId: managerId });

    // The columns we have no field for (here: HubSpot's marketing status) are on the customer's page.
    await page.goto(`/${locale}/customers/${daniels.id}`);
    const extra = page.getByRole("region", { name: t.extra });
    await expect(extra.getByRole("term")).toHaveText(Object.keys(daniels.extra));
    await expect(extra.getByRole("definition")).toHaveText(Object.values(daniels.extra) as string[]);
    expect(daniels.extra).toHaveProperty("Marketing contact status");
    await saveScreenshot(page, `customer-${locale}-import-extra`);
  });
}
