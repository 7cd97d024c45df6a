import { defineRouting } from "next-intl/routing";
import { locales } from "@/core/constants";

export const routing = defineRouting({
  locales,
  defaultLocale: "he",
  localePrefix: "always",
});
