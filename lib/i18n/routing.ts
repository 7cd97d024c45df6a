import { defineRouting } from "next-intl/routing";
import { locales } from "@/db/schema/constants";

export const routing = defineRouting({
  locales,
  defaultLocale: "he",
  localePrefix: "always",
});
