"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useErrorText } from "@/components/forms/use-error-text";
import { Field, SubmitButton } from "@/components/ui/field";
import { LOST } from "@/core/constants";
import { isolate } from "@/core/i18n/bidi";
import { useBoard } from "./board-context";
import type { MoveExtras, PendingMove } from "./use-board-move";

interface Props {
  pending: PendingMove | null;
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (pending: PendingMove, extras: MoveExtras) => void;
}

/** Asks for what the target stage requires (a reason, a purchase amount, a note), then retries the move. */
export function BoardMoveDialog({ pending, submitting, onCancel, onSubmit }: Props) {
  const t = useTranslations("Board");
  const errorText = useErrorText();
  const { labelOf, currency } = useBoard();
  const lost = pending?.to === LOST;
  const error = (field: string) => {
    const code = pending?.fieldErrors[field]?.[0];
    return code ? errorText.field(code) : undefined;
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => (data.has(name) ? String(data.get(name)) : undefined);
    onSubmit(pending, { reason: text("reason"), purchaseAmount: text("purchaseAmount"), note: text("note") });
  };
  return (
    <Dialog.Root open={pending !== null} onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed inset-x-4 top-24 z-50 mx-auto max-w-md rounded-xl bg-white p-5 shadow-xl focus:outline-none">
          {pending && (
            <form onSubmit={submit} noValidate className="space-y-4">
              <Dialog.Title className="text-lg font-semibold">
                {lost ? t("dialog.lostTitle", { name: isolate(pending.card.name) }) : t("dialog.title", { name: isolate(pending.card.name), stage: labelOf(pending.to) })}
              </Dialog.Title>
              <Dialog.Description className="text-sm text-slate-600">{t("dialog.description")}</Dialog.Description>
              {pending.needs.includes("reason") && (
                <Field label={t("dialog.reason")} name="reason" error={error("reason")}>
                  {(p) => <input {...p} required maxLength={500} autoFocus />}
                </Field>
              )}
              {pending.needs.includes("purchaseAmount") && (
                <Field label={t("dialog.purchaseAmount")} name="purchaseAmount" error={error("purchaseAmount")} hint={t("dialog.purchaseHint", { currency })}>
                  {(p) => <input {...p} required inputMode="decimal" dir="ltr" autoFocus={!pending.needs.includes("reason")} />}
                </Field>
              )}
              {pending.needs.includes("note") && (
                <Field label={t("dialog.note")} name="note" error={error("note")}>
                  {(p) => <textarea {...p} required rows={2} maxLength={2000} />}
                </Field>
              )}
              <div className="flex flex-wrap justify-end gap-2">
                <Dialog.Close className="rounded-lg px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-300">
                  {t("dialog.cancel")}
                </Dialog.Close>
                <SubmitButton pending={submitting}>{lost ? t("dialog.submitLost") : t("dialog.submit")}</SubmitButton>
              </div>
            </form>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
