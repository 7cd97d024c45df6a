import { isSafeText } from "@/core/validation/fields";
import { labelKey } from "@/core/import/fields";

/** A column with more distinct values than this is no stage or owner column: it is not listed. */
export const MAX_DISTINCT_VALUES = 100;

export interface DistinctValue {
  /** The first spelling seen of the value (its key is `labelKey(value)`). */
  value: string;
  count: number;
}

/** Per column, its distinct non-blank values, most frequent first, or null when it has too many. */
export type ColumnValues = (DistinctValue[] | null)[];

interface Column {
  /** Each raw text seen → its entry, so a repeated text costs one lookup and no folding. */
  byText: Map<string, DistinctValue>;
  byKey: Map<string, DistinctValue>;
}

/**
 * Collects the distinct values of every column while an upload is read once, for the wizard's
 * value step. A column is dropped as soon as it passes MAX_DISTINCT_VALUES, so a file of names and
 * emails costs a hundred entries per column, whatever its length.
 */
export class ColumnValuesCollector {
  private readonly columns: (Column | null)[] = [];

  add(cells: readonly string[]): void {
    cells.forEach((raw, index) => {
      let column = this.columns[index];
      if (column === null) return;
      const text = raw.trim();
      // A value holding a control character rejects its row, so there is nothing to map.
      if (!text || !isSafeText(text)) return;
      column ??= this.columns[index] = { byText: new Map(), byKey: new Map() };
      const seen = column.byText.get(text);
      if (seen) {
        seen.count++;
        return;
      }
      const key = labelKey(text);
      const entry = column.byKey.get(key) ?? { value: text, count: 0 };
      entry.count++;
      column.byKey.set(key, entry);
      column.byText.set(text, entry);
      if (column.byKey.size > MAX_DISTINCT_VALUES) this.columns[index] = null;
    });
  }

  result(width: number): ColumnValues {
    return Array.from({ length: width }, (_, index) => {
      const column = this.columns[index];
      if (column === null) return null;
      return column ? [...column.byKey.values()].sort((a, b) => b.count - a.count) : [];
    });
  }
}
