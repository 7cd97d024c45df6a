import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { ButtonSignOut } from "./button-sign-out";
import { LocaleSwitcher } from "./locale-switcher";
import { NavMain } from "./nav-main";

export async function ShellHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations("Shell");
  const app = await getTranslations("App");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <span className="text-lg font-semibold text-indigo-800">{app("name")}</span>
        <NavMain role={user.role} />
        <div className="ms-auto flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-600">
            {user.name} · {t(`roles.${user.role}`)}
          </span>
          <LocaleSwitcher />
          <ButtonSignOut />
        </div>
      </div>
    </header>
  );
}
