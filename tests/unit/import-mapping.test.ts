import { describe, expect, it } from "vitest";
import { columnIndexes, headerKey, labelKey, mappingErrors, suggestMapping } from "@/core/import/fields";
import { fieldLabels } from "@/core/import/labels";

const suggest = (headers: string[]) => suggestMapping(headers, fieldLabels());

describe("column mapping", () => {
  it("maps our own export's headers and the fields' labels in any locale", () => {
    const ours = ["externalId", "name", "email", "phone", "phoneE164", "channel", "stage", "ownerEmail", "createdAt", "extra"];
    expect(suggest(ours)).toEqual(Object.fromEntries(ours.map((h) => [h, h])));
    expect(suggest(["External ID", "نام", "E-mail", "stage", "ownerEmail"])).toEqual({ externalId: "External ID", name: "نام", email: "E-mail", stage: "stage", ownerEmail: "ownerEmail" });
    expect(suggest(["מזהה חיצוני", "שם", "טלפון", "שלב", "תאריך יצירה"])).toEqual({ externalId: "מזהה חיצוני", name: "שם", phone: "טלפון", stage: "שלב", createdAt: "תאריך יצירה" });
  });

  it("ignores case, spaces, punctuation, ezafe and ZWNJ in headers", () => {
    expect(headerKey("شناسه بیرونی")).toBe(headerKey("شناسهٔ بیرونی"));
    expect(headerKey("شناسۀ بیرونی")).toBe(headerKey("شناسه\u200cبیرونی"));
    expect(headerKey("Person - Email - Work")).toBe(headerKey("person email work"));
    expect(suggest(["شناسه بیرونی", "نام", "تلفن همراه", "تاريخ ايجاد"])).toEqual({ externalId: "شناسه بیرونی", name: "نام", phone: "تلفن همراه", createdAt: "تاريخ ايجاد" });
  });

  it("recognises a HubSpot contacts export", () => {
    const headers = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Contact owner", "Lead Status", "Lifecycle Stage", "Create Date", "Associated Company", "Original Source", "Last Activity Date"];
    expect(suggest(headers)).toEqual({
      externalId: "Record ID",
      firstName: "First Name",
      lastName: "Last Name",
      email: "Email",
      phone: "Phone Number",
      channel: "Original Source",
      stage: "Lifecycle Stage",
      ownerEmail: "Contact owner",
      createdAt: "Create Date",
    });
  });

  it("recognises a Pipedrive people export", () => {
    const headers = ["Person - ID", "Person - Name", "Person - Label", "Person - Organization", "Person - Email - Work", "Person - Email - Home", "Person - Phone - Work", "Person - Phone - Mobile", "Person - Owner", "Person - Person created"];
    expect(suggest(headers)).toEqual({
      externalId: "Person - ID",
      name: "Person - Name",
      email: "Person - Email - Work",
      phone: "Person - Phone - Mobile",
      stage: "Person - Label",
      ownerEmail: "Person - Owner",
      createdAt: "Person - Person created",
    });
  });

  it("recognises Salesforce and Zoho lead exports", () => {
    const salesforce = ["Lead ID", "First Name", "Last Name", "Email", "Phone", "Mobile", "Lead Source", "Lead Status", "Lead Owner", "Created Date"];
    expect(suggest(salesforce)).toMatchObject({ externalId: "Lead ID", phone: "Phone", channel: "Lead Source", stage: "Lead Status", ownerEmail: "Lead Owner", createdAt: "Created Date" });
    const zoho = ["Record Id", "First Name", "Last Name", "Email", "Mobile", "Lead Source", "Lead Status", "Lead Owner", "Created Time"];
    expect(suggest(zoho)).toMatchObject({ externalId: "Record Id", phone: "Mobile", stage: "Lead Status", ownerEmail: "Lead Owner", createdAt: "Created Time" });
  });

  it("needs a column that names the row, and only headers of the file", () => {
    const headers = ["Email", "Notes"];
    expect(mappingErrors({ email: "Email" }, headers)).toEqual({});
    expect(mappingErrors({ channel: "Notes" }, headers)).toEqual({ name: ["identity_required"] });
    expect(mappingErrors({ email: "Email", phone: "Phone" }, headers)).toEqual({ phone: ["unknown_column"] });
    expect(columnIndexes({ email: "Email", phone: "missing" }, headers)).toEqual({ email: 0 });
  });

  it("folds spellings of labels onto one key", () => {
    expect(labelKey("  Word_of  Mouth ")).toBe("word of mouth");
    expect(labelKey("شبکه‌های اجتماعی")).toBe(labelKey("شبکه های اجتماعي"));
    expect(labelKey("شناسهٔ بیرونی")).toBe(labelKey("شناسه بیرونی"));
    expect(labelKey("\u200fמזהה\u200e חיצוני")).toBe("מזהה חיצוני");
  });
});
