import { LOST } from "@/core/constants";
import type { ImportOptions } from "@/core/import/columns";
import { labelKey } from "./fields";
import { stageLookup } from "./labels";
import { suggestOwner, suggestStage, type StageChoice, type UserChoice } from "./value-suggest";

/** A file value → a stage key, `lost`, a user id, or "" for the default. */
export type Resolve = (value: string) => string;

/** Remembers each value key's answer: a file repeats a few values many thousand times. */
function cached(resolve: (key: string, value: string) => string): Resolve {
  const seen = new Map<string, string>();
  return (value) => {
    const key = labelKey(value);
    let hit = seen.get(key);
    if (hit === undefined) {
      hit = resolve(key, value);
      seen.set(key, hit);
    }
    return hit;
  };
}

/**
 * How the rows' stage and owner values are read: the owner's value mapping first (the wizard maps
 * every distinct value of a file), then — for values it does not name, as in an API import — what
 * the value step would have proposed. A value naming `lost` (our export of a lost customer) stays
 * `lost`. Targets are checked when the import starts (valueTargetErrors); one that stopped being a
 * live stage or an active user since then reads as the default.
 */
export function valueResolvers(options: ImportOptions, stages: readonly StageChoice[], users: readonly UserChoice[]) {
  const live = new Set(stages.filter((s) => !s.archived).map((s) => s.key));
  const exact = stageLookup(stages);
  const ids = new Set(users.map((u) => u.id));
  const stageMap = options.values?.stage ?? {};
  const ownerMap = options.values?.ownerEmail ?? {};
  return {
    stage: cached((key, value) => {
      const chosen = stageMap[key];
      if (chosen !== undefined) return live.has(chosen) ? chosen : "";
      return exact.get(key) === LOST ? LOST : suggestStage(value, stages);
    }),
    owner: cached((key, value) => {
      const chosen = ownerMap[key];
      if (chosen !== undefined) return ids.has(chosen) ? chosen : "";
      return suggestOwner(value, users);
    }),
  };
}

/** The value mapping's targets that are no live stage or active user of the organization, as field errors. */
export function valueTargetErrors(options: ImportOptions, context: { stages: { key: string; archivedAt: Date | null }[]; users: { id: string }[] }) {
  const live = new Set(context.stages.filter((s) => !s.archivedAt).map((s) => s.key));
  const ids = new Set(context.users.map((u) => u.id));
  const unknown = (map: Record<string, string> | undefined, known: Set<string>) => Object.values(map ?? {}).some((to) => to !== "" && !known.has(to));
  return {
    ...(unknown(options.values?.stage, live) ? { "values.stage": ["unknown_stage"] } : {}),
    ...(unknown(options.values?.ownerEmail, ids) ? { "values.ownerEmail": ["unknown_user"] } : {}),
  };
}
