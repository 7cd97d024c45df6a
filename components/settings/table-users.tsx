import { getFormatter, getTranslations } from "next-intl/server";
import type { Role } from "@/core/constants";
import { RowUserActions } from "./row-user-actions";
import { tablePanel } from "@/components/ui/panel";
import { TableHead } from "@/components/ui/table";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabledAt: Date | null;
  createdAt: Date;
}

export async function TableUsers({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  const [t, tr, format] = await Promise.all([getTranslations("SettingsUsers"), getTranslations("Shell.roles"), getFormatter()]);
  return (
    <div className={tablePanel}>
      <table className="w-full text-sm">
        <TableHead caption={t("listTitle")} columns={[{ label: t("name") }, { label: t("email"), from: "md" }, { label: t("status") }, { label: t("created"), from: "lg" }, { label: t("actions") }]} />
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user-email={u.email} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-start font-medium">
                {u.name}
                {u.id === currentUserId && <span className="ms-1 text-xs font-normal text-slate-500">{t("you")}</span>}
                <bdi dir="ltr" className="block text-xs font-normal text-slate-500 md:hidden">{u.email}</bdi>
              </th>
              <td className="hidden p-2 text-slate-700 md:table-cell">
                <bdi dir="ltr">{u.email}</bdi>
              </td>
              <td className="p-2">
                <span className="block">{tr(u.role)}</span>
                {u.disabledAt ? (
                  <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-800">{t("disabled")}</span>
                ) : (
                  <span className="rounded bg-emerald-50 px-1.5 py-0.5 text-xs text-emerald-800">{t("active")}</span>
                )}
              </td>
              <td className="hidden p-2 text-slate-600 lg:table-cell">{format.dateTime(u.createdAt, "date")}</td>
              <td className="p-2">
                <RowUserActions user={{ id: u.id, name: u.name, role: u.role, disabled: Boolean(u.disabledAt) }} self={u.id === currentUserId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
