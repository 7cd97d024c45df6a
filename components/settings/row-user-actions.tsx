"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "@/lib/settings/users-actions";
import { roles, type Role } from "@/core/constants";
import { CardOneTimeSecret } from "./card-one-time-secret";
import { useSettingsAction } from "./use-settings-action";

const button = "rounded-lg px-2.5 py-1 text-xs ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50";

/** Role, disable/enable and password reset for one user; each takes effect on the user's next request. */
export function RowUserActions({ user, self }: { user: { id: string; name: string; role: Role; disabled: boolean }; self: boolean }) {
  const t = useTranslations("SettingsUsers");
  const tr = useTranslations("Shell.roles");
  const { run, pending, error } = useSettingsAction();
  const [password, setPassword] = useState<string | null>(null);
  return (
    <div className="min-w-44 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label={t("roleOf", { name: user.name })}
          value={user.role}
          disabled={pending}
          onChange={(e) => run(() => changeRoleAction({ userId: user.id, role: e.target.value }))}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-xs"
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {tr(role)}
            </option>
          ))}
        </select>
        {!self && (
          <>
            <button type="button" disabled={pending} className={button} onClick={() => run(() => setDisabledAction({ userId: user.id, disabled: !user.disabled }))}>
              {user.disabled ? t("enable") : t("disable")}
            </button>
            <button
              type="button"
              disabled={pending}
              className={button}
              aria-label={t("resetPasswordOf", { name: user.name })}
              onClick={() => run(() => resetPasswordAction({ userId: user.id }), { onSuccess: (data) => setPassword(data.password) })}
            >
              {t("resetPassword")}
            </button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
      {password && <CardOneTimeSecret title={t("newPassword", { name: user.name })} secret={password} onDismiss={() => setPassword(null)} />}
    </div>
  );
}
