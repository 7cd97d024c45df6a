import { describe, expect, it } from "vitest";
import { locales, messageTemplateKeys } from "@/core/constants";
import { emailBodies } from "@/core/messages/email-body";
import { deepLink } from "@/core/messages/links";
import { defaultSubject, defaultTemplate, renderMessage, variablesIn, type MessageValues } from "@/core/messages/templates";

const FSI = "\u2068";
const PDI = "\u2069";
const values: MessageValues = { name: "Dana Levi", owner: "רות", voucher_code: "BDAY-42", survey_link: "https://crm.example/he/s/abc", referral_link: "" };

describe("renderMessage", () => {
  it("isolates names and codes and leaves links bare (he)", () => {
    expect(renderMessage("שלום {name}, שובר {voucher_code}. {owner} {survey_link}", values)).toBe(
      `שלום ${FSI}Dana Levi${PDI}, שובר ${FSI}BDAY-42${PDI}. ${FSI}רות${PDI} https://crm.example/he/s/abc`,
    );
  });

  it("isolates a Persian name inside English text (en) and a Latin one inside Persian (fa)", () => {
    expect(renderMessage("Hi {name}!", { ...values, name: "سارا احمدی" })).toBe(`Hi ${FSI}سارا احمدی${PDI}!`);
    expect(renderMessage("سلام {name}،", values)).toBe(`سلام ${FSI}Dana Levi${PDI}،`);
  });

  it("renders an empty value as nothing at all, not even the isolates", () => {
    expect(renderMessage("Link: {referral_link}|{voucher_code}|", { ...values, voucher_code: " " })).toBe("Link: ||");
  });

  it("keeps other brace text as written", () => {
    expect(renderMessage("{stage} {NAME} {name}", values)).toBe(`{stage} {NAME} ${FSI}Dana Levi${PDI}`);
  });

  it("fills every default of every locale with no variable left over", () => {
    for (const key of messageTemplateKeys) {
      for (const locale of locales) {
        const text = renderMessage(defaultTemplate(key, locale), { ...values, referral_link: "https://crm.example/r/x" });
        expect({ key, locale, left: text.match(/\{\w+\}/g) }).toEqual({ key, locale, left: null });
      }
    }
  });

  it("names the variables a template uses", () => {
    expect(variablesIn(defaultTemplate("survey_request", "fa"))).toContain("survey_link");
    expect(variablesIn("{name} {name} {owner}")).toEqual(["name", "owner"]);
  });

  it("puts the organization's name, isolated, in the subject", () => {
    expect(defaultSubject("survey_request", "en", "מסעדת הים")).toBe(`How did we do? · ${FSI}מסעדת הים${PDI}`);
  });
});

describe("deepLink", () => {
  const to = { phone: "050-123-4567", email: "dana@example.com" };

  it("opens WhatsApp on the E.164 digits with the text", () => {
    expect(deepLink("whatsapp", to, "שלום דנה & co", "IL")).toBe(`https://wa.me/972501234567?text=${encodeURIComponent("שלום דנה & co")}`);
    expect(deepLink("whatsapp", { phone: "0912 345 6789", email: null }, "", "IR")).toBe("https://wa.me/989123456789");
    expect(deepLink("whatsapp", { phone: "۰۹۱۲ ۳۴۵ ۶۷۸۹", email: null }, "سلام", "IR")).toBe(`https://wa.me/989123456789?text=${encodeURIComponent("سلام")}`);
  });

  it("builds sms:, tel: and mailto: links", () => {
    expect(deepLink("sms", to, "hi there", "IL")).toBe("sms:+972501234567?body=hi%20there");
    expect(deepLink("call", to, "ignored", "IL")).toBe("tel:+972501234567");
    expect(deepLink("email", to, "a&b", "IL")).toBe("mailto:dana@example.com?body=a%26b");
  });

  it("answers null without a usable number or address", () => {
    expect(deepLink("whatsapp", { phone: "12", email: null }, "x", "IL")).toBeNull();
    expect(deepLink("call", { phone: null, email: "a@b.c" }, "x", "IL")).toBeNull();
    expect(deepLink("email", { phone: "050-123-4567", email: null }, "x", "IL")).toBeNull();
  });
});

describe("emailBodies", () => {
  it("writes the HTML in the locale's direction, escapes the text and ends with the unsubscribe link", () => {
    const { html, text } = emailBodies({ locale: "fa", body: "سلام <b>x</b>\nخط دوم", orgName: "Shop", unsubscribeUrl: "https://crm.example/fa/u/t" });
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain("سلام &lt;b&gt;x&lt;/b&gt;<br>خط دوم");
    expect(html).toContain('href="https://crm.example/fa/u/t"');
    expect(text).toContain("https://crm.example/fa/u/t");
    expect(emailBodies({ locale: "en", body: "x", orgName: "S", unsubscribeUrl: "u" }).html).toContain('dir="ltr"');
  });
});
