import { useId } from 'react';
import { JsonViewer } from '../../../editor/JsonViewer.tsx';
import { LARGE_TEXT_CHARS, LargeTextView } from './LargeTextView.tsx';

const sizeFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

function sizeOf(chars: number): string {
  return chars >= 1024 * 1024 ? `${sizeFormat.format(chars / (1024 * 1024))} MB` : `${sizeFormat.format(chars / 1024)} KB`;
}

/**
 * A decoded header or payload: Monaco (colours, folding) for ordinary sizes, and above
 * LARGE_TEXT_CHARS a plain-text view that draws only the rows in sight, with a note that says so.
 */
export function DecodedText({ value, ariaLabel, language = 'json', maxHeight }: { value: string; ariaLabel: string; language?: 'json' | 'plaintext'; maxHeight?: number }) {
  const noteId = useId();
  if (value.length <= LARGE_TEXT_CHARS) return <JsonViewer value={value} ariaLabel={ariaLabel} language={language} {...(maxHeight ? { maxHeight } : {})} />;
  return (
    <>
      <p id={noteId} className="text-xs text-slate-600 dark:text-slate-400">
        Large text ({sizeOf(value.length)}): shown as plain text, without colours or folding, so the page stays responsive. The copy button copies all of it.
      </p>
      <LargeTextView value={value} ariaLabel={ariaLabel} noteId={noteId} {...(maxHeight ? { maxHeight } : {})} />
    </>
  );
}
