import "server-only";
import { getTranslations } from "next-intl/server";
import { channels, type Locale } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import { leadFormChoicesFor } from "@/lib/forms/service";
import { stageLabel } from "@/lib/journey/labels";

/** The form editor's options, labelled in the page's locale. */
export async function leadFormChoices(user: CurrentUser, locale: Locale) {
  const [tc, { stages, users }] = await Promise.all([getTranslations("Channels"), leadFormChoicesFor(user)]);
  return {
    stages: stages.map((stage) => ({ value: stage.key, label: stageLabel(stage, locale) })),
    channels: channels.map((channel) => ({ value: channel, label: tc(channel) })),
    users: users.map((u) => ({ value: u.id, label: u.name })),
  };
}
