import type { Locale } from "@/core/constants";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import he from "@/messages/he.json";

const footers: Record<Locale, { unsubscribe: string; why: string }> = { he: he.Email, fa: fa.Email, en: en.Email };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/**
 * An email's two bodies: plain text, and HTML in the locale's direction (`dir` on the document, so
 * mail apps lay Hebrew and Persian out right to left). Both end with the unsubscribe link; the
 * message text is escaped, never taken as markup.
 */
export function emailBodies(input: { locale: Locale; body: string; orgName: string; unsubscribeUrl: string }) {
  const dir = input.locale === "en" ? "ltr" : "rtl";
  const footer = footers[input.locale];
  const why = footer.why.replace("{org}", input.orgName);
  const text = `${input.body}\n\n--\n${why}\n${footer.unsubscribe}: ${input.unsubscribeUrl}\n`;
  const paragraphs = input.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  const html = `<!doctype html>
<html lang="${input.locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body dir="${dir}" style="font-family: sans-serif; text-align: start">
${paragraphs}
<hr>
<p style="font-size: 12px; color: #555">${escapeHtml(why)} <a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(footer.unsubscribe)}</a></p>
</body>
</html>
`;
  return { text, html };
}
