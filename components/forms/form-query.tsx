"use client";

import { useTransition, type FormEvent, type FormHTMLAttributes } from "react";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { setParams } from "@/lib/url/set-params";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "method" | "action" | "onSubmit">;

/**
 * A GET form onto the current page that navigates to the address of the fields that are set
 * (a history entry, so Back returns to the previous search). Before hydration it submits natively;
 * the page's schema reads the empty fields as unset then.
 */
export function FormQuery({ children, ...props }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = setParams(new FormData(event.currentTarget)).toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname));
  }

  return (
    <form method="get" {...props} onSubmit={onSubmit} aria-busy={pending || undefined}>
      {children}
    </form>
  );
}
