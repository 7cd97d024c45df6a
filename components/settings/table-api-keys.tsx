import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonRevokeApiKey } from "./button-revoke-api-key";
import { tablePanel } from "@/components/ui/panel";
import { TableHead } from "@/components/ui/table";

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  userName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export async function TableApiKeys({ keys }: { keys: ApiKeyRow[] }) {
  const [t, format] = await Promise.all([getTranslations("SettingsApiKeys"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, "dateTime");
  if (keys.length === 0) return <p className="rounded-xl bg-white p-6 text-center text-sm text-slate-600 ring-1 ring-slate-200">{t("empty")}</p>;
  return (
    <div className={tablePanel}>
      <table className="w-full text-sm">
        <TableHead caption={t("listTitle")} columns={[{ label: t("name") }, { label: t("prefix") }, { label: t("createdAt"), from: "md" }, { label: t("lastUsed"), from: "sm" }, { label: t("status") }]} />
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} data-api-key={key.name} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-start font-medium">
                {key.name}
                <span className="block text-xs font-normal text-slate-500">{t("actsAs", { name: key.userName })}</span>
              </th>
              <td className="p-2">
                <bdi dir="ltr" className="font-mono text-xs">{`${key.prefix}…`}</bdi>
              </td>
              <td className="hidden p-2 text-slate-600 md:table-cell">{when(key.createdAt)}</td>
              <td className="hidden p-2 text-slate-600 sm:table-cell">{key.lastUsedAt ? when(key.lastUsedAt) : t("neverUsed")}</td>
              <td className="p-2">
                {key.revokedAt ? (
                  <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs text-slate-800">{t("revokedOn", { date: when(key.revokedAt) })}</span>
                ) : (
                  <ButtonRevokeApiKey keyId={key.id} name={key.name} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
