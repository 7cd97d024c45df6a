/** Where a form touchpoint came from, as the customer page shows it: the parts that were recorded. */
export interface TouchpointAttribution {
  formName: string | null;
  utm: string[];
  referrerHost: string | null;
}

interface AttributionColumns {
  formName: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  referrerUrl: string | null;
}

/** The referring page's host ("shop.example"), or null for a missing or unparseable address. */
export function referrerHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** The attribution worth showing, or null when nothing was recorded (touchpoints typed in by staff). */
export function touchpointAttribution(row: AttributionColumns): TouchpointAttribution | null {
  const utm = [row.utmSource, row.utmMedium, row.utmCampaign].filter((part): part is string => Boolean(part));
  const host = referrerHost(row.referrerUrl);
  if (!row.formName && !utm.length && !host) return null;
  return { formName: row.formName, utm, referrerHost: host };
}
