import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Row height in CSS pixels; fixed, so position → row is arithmetic and 100,000 rows cost 20. */
export const ROW_HEIGHT = 84;
/** Rows rendered above and below the visible ones, so fast scrolling rarely shows a gap. */
const OVERSCAN = 6;

/** How many rows the first screen of a list `viewportHeight` tall renders (visible + overscan). */
export const firstWindowRows = (viewportHeight: number) => Math.ceil(viewportHeight / ROW_HEIGHT) + OVERSCAN;

export interface VirtualListProps {
  count: number;
  /** The active row (keyboard), or -1. */
  active: number;
  label: string;
  idOf: (index: number) => string;
  renderRow: (index: number) => ComponentChildren;
  /** The rows on screen changed: load their records. */
  onRange: (start: number, end: number) => void;
  onActive: (index: number) => void;
  onOpen: (index: number) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  /** Selection for bulk actions (Selection.ts): whether a row is checked, and toggling it. */
  isChecked?: (index: number) => boolean;
  /** Space toggles the active row, a click on its box toggles it; `range` (Shift) extends from the last one. */
  onToggle?: (index: number, range: boolean) => void;
  checkLabel?: (index: number) => string;
}

/**
 * A windowed listbox: only the rows in view are in the DOM, positioned inside a spacer as tall as
 * the whole list. The list itself holds focus and points at the active row with
 * `aria-activedescendant`; each row says its position (`aria-posinset`/`aria-setsize`), since
 * screen readers cannot count rows that are not rendered.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, active, label, idOf, renderRow, onRange, onActive, onOpen } = props;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(count, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => onRange(start, end), [start, end, count]);

  // Keep the active row in view when the keyboard moves it.
  useEffect(() => {
    const el = box.current;
    if (!el || active < 0) return;
    const top = active * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [active]);

  const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    const move: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: count - 1 };
    if (event.key in move && count > 0) {
      event.preventDefault();
      onActive(Math.min(count - 1, Math.max(0, move[event.key]!)));
    } else if (event.key === ' ' && active >= 0 && props.onToggle) {
      event.preventDefault();
      props.onToggle(active, event.shiftKey);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      onOpen(active);
    } else {
      props.onKeyDown?.(event);
    }
  };

  const rows = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <div
        key={idOf(i)}
        id={`person-${i}`}
        role="option"
        aria-selected={i === active}
        aria-posinset={i + 1}
        aria-setsize={count}
        aria-checked={props.isChecked ? props.isChecked(i) : undefined}
        class={`person${i === active ? ' active' : ''}${props.onToggle ? ' selectable' : ''}`}
        style={{ top: `${i * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
        onClick={() => {
          onActive(i);
          onOpen(i);
        }}
      >
        {props.onToggle && (
          // Not a focusable control: options may not nest interactive content. The keyboard toggles
          // with Space on the list; the row's aria-checked says the state.
          <span
            class={`select-box${props.isChecked?.(i) ? ' checked' : ''}`}
            aria-hidden="true"
            data-testid="select-box"
            title={props.checkLabel?.(i)}
            onClick={(e) => {
              e.stopPropagation();
              onActive(i);
              props.onToggle!(i, e.shiftKey);
            }}
          />
        )}
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      class="people-list"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={active >= 0 && active >= start && active < end ? `person-${active}` : undefined}
      data-testid="people-list"
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="people-spacer" style={{ height: `${count * ROW_HEIGHT}px` }}>
        {rows}
      </div>
    </div>
  );
}
