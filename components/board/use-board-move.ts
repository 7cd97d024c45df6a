"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { moveCardAction } from "@/lib/board/actions";
import { useErrorText } from "@/components/forms/use-error-text";
import { LOST, type Journey } from "@/core/constants";
import { isolate } from "@/core/i18n/bidi";
import { movedCard, movingNeeds, withCardOnTop, withCardVersion, withCountMoved, withoutCard, withValueMoved, type CardPages, type MoveNeed } from "@/lib/board/cache";
import type { BoardCard, BoardColumn, BoardFilters, BoardValues } from "@/lib/board/types";
import { queryKeys } from "@/lib/query/keys";
import type { BoardStage } from "./board-context";

export interface MoveExtras {
  reason?: string;
  purchaseAmount?: string;
  note?: string;
}

interface MoveVars extends MoveExtras {
  card: BoardCard;
  to: string;
}

/** A move waiting for what its target stage requires (asked in a dialog), with the errors so far. */
export interface PendingMove {
  card: BoardCard;
  to: string;
  needs: MoveNeed[];
  fieldErrors: Record<string, string[]>;
}

export interface BoardStatusMessage {
  kind: "success" | "error";
  text: string;
}

class MoveRefused extends Error {
  constructor(
    readonly code: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(code);
  }
}


/**
 * Moves a card optimistically: it leaves its column and tops the target one at once; a refusal puts
 * every touched cache entry back and says why (a conflict never overwrites: the board refetches);
 * a refusal for a missing reason or amount opens the dialog instead.
 */
export function useBoardMove(stages: BoardStage[], labelOf: (key: string) => string, filters: BoardFilters) {
  const queryClient = useQueryClient();
  const t = useTranslations("Board");
  const errorText = useErrorText();
  const [status, setStatus] = useState<BoardStatusMessage | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const journeyOf = (key: string) => stages.find((s) => s.key === key)?.journey;
  // The board's own filters: a card that matched them still does after a move.
  const columns = (journey: Journey) => queryKeys.board.columns(journey, filters);
  const values = (journey: Journey) => queryKeys.board.values(journey, filters);
  const cards = (journey: Journey, stageKey: string) => queryKeys.board.cards(journey, stageKey, filters);

  const touched = (card: BoardCard, to: string): QueryKey[] => {
    const from = journeyOf(card.stageKey);
    const into = journeyOf(to);
    return [
      ...(from ? [columns(from), values(from), cards(from, card.stageKey)] : []),
      ...(into && into !== from ? [columns(into), values(into)] : []),
      ...(into ? [cards(into, to)] : []),
    ];
  };

  const explain = (error: Error, { card, to }: MoveVars) => {
    const name = isolate(card.name);
    if (error instanceof MoveRefused && error.code === "validation") {
      const needs = movingNeeds(error.fieldErrors);
      if (needs) {
        setPending((before) => {
          const asked = before?.card.id === card.id && before.to === to ? before.needs : [];
          return { card, to, fieldErrors: error.fieldErrors, needs: [...new Set([...asked, ...needs])] };
        });
        return;
      }
      const profile = (["email", "phone"] as const).find((f) => error.fieldErrors[f]?.includes("required_by_stage"));
      setPending(null);
      if (profile) return setStatus({ kind: "error", text: t("result.needsProfile", { stage: labelOf(to), field: t(`fields.${profile}`) }) });
    }
    setPending(null);
    const code = error instanceof MoveRefused ? error.code : "server_error";
    if (code === "version_conflict") return setStatus({ kind: "error", text: t("result.conflict", { name }) });
    if (code === "not_found") return setStatus({ kind: "error", text: t("result.notFound", { name }) });
    const detail = error instanceof MoveRefused ? errorText.describe(error.code, error.fieldErrors) : errorText.form(code);
    setStatus({ kind: "error", text: t("result.failed", { name, detail }) });
  };

  const mutation = useMutation({
    mutationFn: async ({ card, to, ...extras }: MoveVars) => {
      const result = await moveCardAction({ customerId: card.id, to, version: card.version, ...extras });
      if (!result.ok) throw new MoveRefused(result.code, result.fieldErrors);
      return result.data;
    },
    onMutate: async ({ card, to }) => {
      const keys = touched(card, to);
      await Promise.all(keys.map((queryKey) => queryClient.cancelQueries({ queryKey })));
      const previous = keys.map((queryKey) => [queryKey, queryClient.getQueryData(queryKey)] as const);
      const from = journeyOf(card.stageKey);
      const into = journeyOf(to);
      if (from) queryClient.setQueryData<CardPages>(cards(from, card.stageKey), (data) => withoutCard(data, card.id));
      if (into) queryClient.setQueryData<CardPages>(cards(into, to), (data) => withCardOnTop(data, movedCard(card, to, new Date())));
      for (const journey of new Set([from, into])) {
        if (!journey) continue;
        queryClient.setQueryData<BoardColumn[]>(columns(journey), (data) => withCountMoved(data, card.stageKey, to));
        queryClient.setQueryData<BoardValues>(values(journey), (data) => withValueMoved(data, card, card.stageKey, to));
      }
      return { previous };
    },
    onError: (error, vars, context) => {
      for (const [queryKey, data] of context?.previous ?? []) queryClient.setQueryData(queryKey, data);
      explain(error, vars);
    },
    onSuccess: (data, { card, to }) => {
      const into = journeyOf(to);
      if (into) queryClient.setQueryData<CardPages>(cards(into, to), (pages) => withCardVersion(pages, card.id, data.version));
      setPending(null);
      setStatus({ kind: "success", text: to === LOST ? t("result.lost", { name: isolate(card.name) }) : t("result.moved", { name: isolate(card.name), stage: labelOf(to) }) });
    },
    onSettled: (_data, error, { card, to }) => {
      // After a conflict the customer may be anywhere now: refetch every board, not just the two columns.
      const elsewhere = error instanceof MoveRefused && (error.code === "version_conflict" || error.code === "not_found");
      const keys = elsewhere ? [queryKeys.board.all] : touched(card, to);
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    },
  });

  const move = (card: BoardCard, to: string, extras: MoveExtras = {}) => {
    if (to === card.stageKey) return;
    const given = Object.fromEntries(Object.entries(extras).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
    mutation.mutate({ card, to, ...given });
  };

  const cancelPending = useCallback(() => setPending(null), []);
  const clearStatus = useCallback(() => setStatus(null), []);

  return {
    move,
    askLost: (card: BoardCard) => setPending({ card, to: LOST, needs: ["reason"], fieldErrors: {} }),
    pending,
    cancelPending,
    submitting: mutation.isPending,
    status,
    clearStatus,
  };
}
