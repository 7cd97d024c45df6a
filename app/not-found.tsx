import { routing } from "@/lib/i18n/routing";
import en from "@/messages/en.json";
import he from "@/messages/he.json";

/** Paths outside any supported locale: a bilingual page, since we cannot know the reader's language. */
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale} dir="rtl">
      <body className="grid min-h-screen place-items-center bg-slate-50 font-sans text-slate-900">
        <main className="text-center">
          <h1 className="text-2xl font-semibold">{he.NotFound.title}</h1>
          <p lang="en" dir="ltr" className="mt-2 text-slate-600">
            {en.NotFound.title}
          </p>
          <a className="mt-6 inline-block text-indigo-700 underline" href={`/${routing.defaultLocale}`}>
            {he.NotFound.home}
          </a>
        </main>
      </body>
    </html>
  );
}
