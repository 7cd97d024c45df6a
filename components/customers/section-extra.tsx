import { getTranslations } from "next-intl/server";
import type { CustomerExtra } from "@/core/customers/constants";
import { Panel } from "@/components/ui/panel";

/** The customer's fields from other systems (an import's unmapped columns), as they came; each name and value in its own direction. */
export async function SectionExtra({ extra }: { extra: CustomerExtra }) {
  const t = await getTranslations("Customer");
  return (
    <Panel aria-labelledby="extra-title" gap={3}>
      <h2 id="extra-title" className="text-lg font-semibold">{t("extra")}</h2>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]">
        {Object.entries(extra).map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-start font-medium text-slate-600">
              <bdi>{name}</bdi>
            </dt>
            <dd className="break-words text-start text-slate-900">
              <bdi>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
