import { useMemo, useRef, useState } from 'preact/hooks';
import type { ContactId } from '@/utils/model';

export interface Selection {
  selected: ReadonlySet<ContactId>;
  isChecked: (index: number) => boolean;
  /** Toggles the row at `index`; with `range`, sets every row from the last toggled one to it. */
  toggle: (index: number, range: boolean) => void;
  /** Everyone the list shows now (the searched / filtered set). */
  selectAll: () => void;
  clear: () => void;
}

/**
 * The People page's selection for bulk actions: contact ids (so it survives re-sorting), with a
 * shift-range anchored at the last row toggled. People no longer shown stay selected only while shown.
 */
export function useSelection(shown: readonly ContactId[] | null): Selection {
  const [selected, setSelected] = useState<ReadonlySet<ContactId>>(new Set());
  const anchor = useRef<ContactId | null>(null);
  const visible = useMemo(() => {
    if (!shown || !selected.size) return selected;
    const inList = new Set(shown);
    const kept = [...selected].filter((id) => inList.has(id));
    return kept.length === selected.size ? selected : new Set(kept);
  }, [shown, selected]);

  return {
    selected: visible,
    isChecked: (index) => {
      const id = shown?.[index];
      return id !== undefined && visible.has(id);
    },
    toggle: (index, range) => {
      const id = shown?.[index];
      if (!shown || id === undefined) return;
      const next = new Set(visible);
      const from = anchor.current === null ? -1 : shown.indexOf(anchor.current);
      if (range && from >= 0) {
        const on = !next.has(id) || visible.has(anchor.current!);
        for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
          if (on) next.add(shown[i]!);
          else next.delete(shown[i]!);
        }
      } else if (next.has(id)) {
        next.delete(id);
      } else {
        next.add(id);
      }
      anchor.current = id;
      setSelected(next);
    },
    selectAll: () => setSelected(new Set(shown ?? [])),
    clear: () => {
      anchor.current = null;
      setSelected(new Set());
    },
  };
}
