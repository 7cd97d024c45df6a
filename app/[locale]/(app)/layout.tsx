import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import { ShellHeader } from "@/components/shell/shell-header";
import { SkipLink } from "@/components/shell/skip-link";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale);
  return (
    <QueryProvider>
      <SkipLink />
      <ShellHeader user={user} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </QueryProvider>
  );
}
