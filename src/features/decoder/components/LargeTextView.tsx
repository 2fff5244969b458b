import { useEffect, useMemo, useRef, useState, type RefObject, type UIEvent } from 'react';

/**
 * Above this many characters the Header and Payload show plain text instead of Monaco: tokenising,
 * folding and bracket-matching a multi-megabyte JSON document costs the page long tasks (measured in
 * bench/paste-longtasks.mjs), and a person reading a 5 MB payload needs to scroll it, not colour it.
 */
export const LARGE_TEXT_CHARS = 100_000;

const LINE_PX = 18;
/** Rows drawn above and below the visible ones, so a fast scroll does not show blank lines. */
const OVERSCAN = 20;
/** Monospace character width at the view's 12 px font, close enough to cut long lines into rows. */
const CHAR_PX = 7.25;

/**
 * Where each drawn row starts: every line, and long lines cut every `width` characters (a 5 MB
 * one-line string becomes rows like a wrapped editor would show). One pass over the text.
 */
export function rowStarts(text: string, width: number): Uint32Array {
  const starts: number[] = [];
  let at = 0;
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    for (let row = at; row < end || row === at; row += width) starts.push(row);
    if (newline === -1) break;
    at = newline + 1;
  }
  return Uint32Array.from(starts);
}

function rowText(text: string, starts: Uint32Array, row: number): string {
  const start = starts[row]!;
  const next = row + 1 < starts.length ? starts[row + 1]! : text.length;
  // A row that ends a line ends before its newline.
  return text.slice(start, text[next - 1] === '\n' ? next - 1 : next);
}

function useColumns(host: RefObject<HTMLDivElement | null>): number {
  const [columns, setColumns] = useState(80);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const measure = () => setColumns(Math.max(20, Math.floor((el.clientWidth - 16) / CHAR_PX)));
    // Not measured here: clientWidth now forces a layout of the whole new page in this task; the observer reports it after layout.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [host]);
  return columns;
}

/**
 * A read-only view of a very large text that draws only the rows in sight, so opening or scrolling it
 * never blocks the page. Focusable: the arrow keys, Page Up/Down, Home and End scroll it. The
 * accessible name is the one the Monaco viewer has, so the region reads the same either way.
 */
export function LargeTextView({ value, ariaLabel, maxHeight = 420, noteId }: { value: string; ariaLabel: string; maxHeight?: number; noteId: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const columns = useColumns(hostRef);
  const starts = useMemo(() => rowStarts(value, columns), [value, columns]);
  const [first, setFirst] = useState(0);
  const height = Math.min(maxHeight, starts.length * LINE_PX + 8);
  const visible = Math.ceil(height / LINE_PX);
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(starts.length, first + visible + OVERSCAN);
  const onScroll = (event: UIEvent<HTMLDivElement>) => setFirst(Math.floor(event.currentTarget.scrollTop / LINE_PX));
  const rows: string[] = [];
  for (let row = from; row < to; row++) rows.push(rowText(value, starts, row));
  return (
    <div
      ref={hostRef}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={ariaLabel}
      aria-describedby={noteId}
      tabIndex={0}
      onScroll={onScroll}
      style={{ height }}
      className="mono relative overflow-auto rounded border border-slate-200 bg-slate-50 text-xs focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:bg-slate-950"
    >
      <div style={{ height: starts.length * LINE_PX }} />
      <pre className="absolute right-0 left-0 m-0 px-2 whitespace-pre" style={{ top: from * LINE_PX + 4, lineHeight: `${LINE_PX}px` }}>
        {rows.join('\n')}
      </pre>
    </div>
  );
}
