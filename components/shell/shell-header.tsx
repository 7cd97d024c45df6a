import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { ButtonNotifications } from "./button-notifications";
import { ButtonSignOut } from "./button-sign-out";
import { LocaleSwitcher } from "./locale-switcher";
import { MenuShell } from "./menu-shell";
import { NavMain } from "./nav-main";
import { SearchCustomers } from "./search-customers";

/**
 * One line on a phone (name, customer search, menu). From `lg` up two lines: name, search and account,
 * then the navigation. Neither wraps, so the header is as tall in the fallback font as in Vazirmatn:
 * a header that grew or shrank when the web font arrived moved the whole page (Lighthouse CLS 0.21).
 */
export async function ShellHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations("Shell");
  const app = await getTranslations("App");
  const who = `${user.name} · ${t(`roles.${user.role}`)}`;
  return (
    <header className="relative border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-2 lg:gap-x-6">
        <span className="shrink-0 text-lg font-semibold text-indigo-800">{app("name")}</span>
        <SearchCustomers />
        <ButtonNotifications />
        <div className="ms-auto hidden min-w-0 items-center gap-2 whitespace-nowrap lg:flex">
          <span className="truncate text-sm text-slate-600">{who}</span>
          <LocaleSwitcher />
          <ButtonSignOut />
        </div>
        <MenuShell>
          <NavMain role={user.role} className="flex flex-col items-stretch gap-1" />
          <p className="border-t border-slate-200 pt-3 text-sm text-slate-600">{who}</p>
          <LocaleSwitcher />
          <ButtonSignOut />
        </MenuShell>
      </div>
      <div className="mx-auto hidden max-w-7xl px-2 pb-1.5 lg:block">
        <NavMain role={user.role} className="flex items-center gap-1 whitespace-nowrap" />
      </div>
    </header>
  );
}
