import { useEffect, useId, useRef, type ClipboardEvent } from 'react';
import { LargeTextView } from './LargeTextView.tsx';
import { useFormat, useT } from '../../../lib/i18n/index.ts';

const BUTTON = 'rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * A token too long for the editor (over LARGE_TEXT_CHARS), shown as plain read-only text that draws
 * only the rows in sight, with the accessible name "Token". A note says why, how large it is, and
 * how to go on: paste another token here (it replaces this one), clear it, or edit it in the editor
 * anyway (Monaco then takes the whole text, which blocks the page for a moment).
 */
export function LargeToken({ token, onReplace, onClear, onEdit }: { token: string; onReplace: (token: string) => void; onClear: () => void; onEdit: () => void }) {
  const t = useT();
  const format = useFormat();
  const noteId = useId();
  const host = useRef<HTMLDivElement>(null);
  const size = format.number(token.length / (1024 * 1024), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

  // The editor that had the focus is gone (a paste replaced it by this view): the focus stays on the token.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) host.current?.querySelector<HTMLElement>('[role="textbox"]')?.focus();
  }, []);

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    onReplace(event.clipboardData.getData('text/plain'));
  };

  return (
    <div ref={host} onPaste={onPaste} className="flex flex-col gap-1">
      <LargeTextView value={token} ariaLabel="Token" noteId={noteId} maxHeight={240} />
      <p id={noteId} className="text-xs text-slate-600 dark:text-slate-400">
        {t('decode.token.large', { size, n: token.length })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onEdit} className={BUTTON}>
          {t('decode.token.editAnyway')}
        </button>
        <button type="button" onClick={onClear} className={BUTTON}>
          {t('decode.token.clear')}
        </button>
      </div>
    </div>
  );
}
