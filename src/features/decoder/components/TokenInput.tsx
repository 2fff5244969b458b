import { startTransition, useCallback, useState } from 'react';
import { Legend } from './Legend.tsx';
import { LargeToken } from './LargeToken.tsx';
import { LARGE_TEXT_CHARS } from './LargeTextView.tsx';
import { TokenEditor } from './TokenEditor.tsx';
import { TokenMessages } from './TokenMessages.tsx';
import type { DecodedView } from '../logic/view.ts';

export { noticeLines } from './TokenMessages.tsx';

export interface TokenInputProps {
  token: string;
  onChange: (token: string) => void;
  view: DecodedView | undefined;
  stale: boolean;
}

/**
 * Where the token is pasted and edited, accessible name "Token": the Monaco editor, or above
 * LARGE_TEXT_CHARS (the Header and Payload viewers' threshold) a plain read-only view, because Monaco
 * taking a multi-megabyte line blocks the page for the better part of a second. The token itself is
 * the same text either way (share link, Learn and the worker read it from the workspace). Under it:
 * the segment legend, what was trimmed, and the problems.
 */
export function TokenInput({ token, onChange, view, stale }: TokenInputProps) {
  const [editAnyway, setEditAnyway] = useState(false);
  const [focusEditor, setFocusEditor] = useState(false);
  const [goTo, setGoTo] = useState<((offset: number) => void) | null>(null);
  const onGoTo = useCallback((f: ((offset: number) => void) | null) => setGoTo(() => f), []);
  const long = token.length > LARGE_TEXT_CHARS;
  // "Edit anyway" holds for this long token: a short one, then a long paste, shows the plain view again.
  if (editAnyway && !long) setEditAnyway(false);

  // A large text renders as a transition: React yields to the browser between components.
  const change = (text: string) => (text.length > LARGE_TEXT_CHARS ? startTransition(() => onChange(text)) : onChange(text));
  const replace = (text: string) => {
    setEditAnyway(false);
    change(text);
  };
  const toEditor = (edit: boolean) => {
    setFocusEditor(true);
    if (edit) setEditAnyway(true);
    else onChange('');
  };

  return (
    <div className="flex flex-col gap-2">
      {long && !editAnyway ? (
        <LargeToken token={token} onReplace={replace} onClear={() => toEditor(false)} onEdit={() => toEditor(true)} />
      ) : (
        <TokenEditor token={token} view={view} onChange={change} onLargePaste={replace} onGoTo={onGoTo} autoFocus={focusEditor} />
      )}
      {view && <Legend segments={view.segments} />}
      <TokenMessages token={token} view={view} stale={stale} goTo={goTo ?? undefined} />
    </div>
  );
}
