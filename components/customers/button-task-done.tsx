"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { setTaskDoneAction } from "@/lib/customers/actions";
import { useRouter } from "@/lib/i18n/navigation";

export function ButtonTaskDone({ customerId, taskId, done, title }: { customerId: string; taskId: string; done: boolean; title: string }) {
  const t = useTranslations("Customer.activity");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <input
      type="checkbox"
      aria-label={t(done ? "markOpen" : "markDone", { title })}
      checked={done}
      disabled={pending}
      onChange={() =>
        startTransition(async () => {
          await setTaskDoneAction({ customerId, taskId, done: !done });
          router.refresh();
        })
      }
    />
  );
}
