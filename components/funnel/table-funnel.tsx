import { getFormatter, getTranslations } from "next-intl/server";

export interface FunnelRow {
  key: string;
  label: string;
  reached: number;
  stepConversion: number;
  overallConversion: number;
}

/** The funnel as a table: what screen readers get, and what the chart draws. */
export async function TableFunnel({ caption, rows }: { caption: string; rows: FunnelRow[] }) {
  const [t, format] = await Promise.all([getTranslations("Funnel.funnel"), getFormatter()]);
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-slate-600">
          <th scope="col" className="py-2 pe-3 text-start font-medium">{t("stage")}</th>
          <th scope="col" className="py-2 pe-3 text-end font-medium">{t("reached")}</th>
          <th scope="col" className="py-2 pe-3 text-end font-medium">{t("step")}</th>
          <th scope="col" className="py-2 pe-3 text-end font-medium">{t("dropOff")}</th>
          <th scope="col" className="py-2 text-end font-medium">{t("overall")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-100 tabular-nums">
            <th scope="row" className="py-2 pe-3 text-start font-medium">{row.label}</th>
            <td className="py-2 pe-3 text-end">{format.number(row.reached)}</td>
            <td className="py-2 pe-3 text-end">{percent(row.stepConversion)}</td>
            <td className="py-2 pe-3 text-end">{percent(1 - row.stepConversion)}</td>
            <td className="py-2 text-end">{percent(row.overallConversion)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
