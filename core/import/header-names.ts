import type { ImportField } from "@/core/import/columns";

/**
 * The headers other systems give each field in their exports, best first: HubSpot ("all
 * contacts"), Pipedrive (people and deals: "Person - …"), Salesforce and Zoho (contacts and leads),
 * and common Hebrew and Persian ones. Our own export's headers (the API names) and the fields'
 * labels in he/fa/en come on top of these (see suggestMapping).
 */
export const headerNames: Record<ImportField, string[]> = {
  externalId: ["Record ID", "Contact ID", "Person - ID", "Lead ID", "Record Id", "ID", "מזהה", "شناسه"],
  name: ["Full Name", "Person - Name", "Contact Name", "Lead Name", "Name", "שם מלא", "نام کامل", "نام و نام خانوادگی"],
  firstName: ["First Name", "Person - First name", "Given Name", "שם פרטי", "نام کوچک"],
  lastName: ["Last Name", "Person - Last name", "Surname", "Family Name", "שם משפחה", "نام خانوادگی"],
  email: [
    "Email",
    "Email Address",
    "E-mail",
    "Person - Email - Work",
    "Person - Email",
    "Person - Email - Home",
    "Person - Email - Other",
    "Primary Email",
    "דואר אלקטרוני",
    "דוא\"ל",
    "پست الکترونیک",
  ],
  phone: [
    "Phone Number",
    "Mobile Phone Number",
    "Person - Phone - Mobile",
    "Person - Phone - Work",
    "Person - Phone",
    "Person - Phone - Home",
    "Person - Phone - Other",
    "Mobile",
    "Mobile Phone",
    "Phone",
    "Telephone",
    "נייד",
    "טלפון נייד",
    "تلفن همراه",
    "موبایل",
    "شماره تماس",
  ],
  phoneE164: [],
  channel: ["Original Source", "Lead Source", "Source", "Person - Source", "מקור", "منبع"],
  stage: ["Lifecycle Stage", "Stage", "Deal - Stage", "Lead Status", "Person - Label", "Label", "Status", "סטטוס", "وضعیت"],
  ownerEmail: ["Contact owner", "Person - Owner", "Lead Owner", "Contact Owner", "Owner", "Deal - Owner", "בעלים", "אחראי", "مسئول", "مالک"],
  createdAt: [
    "Create Date",
    "Person - Person created",
    "Created Date",
    "Created Time",
    "Created",
    "Date Created",
    "Created At",
    "תאריך יצירה",
    "تاریخ ایجاد",
  ],
  extra: [],
  doNotContact: ["Do Not Contact", "Unsubscribed", "Opted out of all email", "Email Opt Out", "לא ליצור קשר", "تماس نگیرید"],
};
