import { memo } from 'react';
import { JsonViewer } from '../../editor/JsonViewer.tsx';
import type { CheckOutcome } from './check.ts';
import type { ContentView, DecodedView } from './view.ts';

const box = 'flex flex-col gap-1 rounded-md border border-slate-300 bg-white p-2 dark:border-slate-700 dark:bg-slate-900';

function sizeWords(n: number | undefined): string {
  return n === undefined ? '' : `${n} byte${n === 1 ? '' : 's'}`;
}

/** The JOSE Header, pretty and read-only. */
export const HeaderRegion = memo(function HeaderRegion({ view }: { view: DecodedView | undefined }) {
  return (
    <section role="region" aria-label="Header" className={box}>
      <h2 className="text-sm font-semibold">Header</h2>
      {view?.headerText !== undefined ? (
        <JsonViewer value={view.headerText} ariaLabel="Decoded header" maxHeight={260} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{view && view.kind !== 'not-a-token' ? 'The header could not be decoded: see the problems under Token.' : 'Paste a token to see its header.'}</p>
      )}
    </section>
  );
});

function ContentBody({ content, label }: { content: ContentView; label: string }) {
  if (content.mode === 'none') return <p className="text-sm text-slate-600 dark:text-slate-400">No payload to show.</p>;
  if (content.mode === 'encrypted' || content.mode === 'detached') return <p className="text-sm">{content.text}</p>;
  const kind = content.mode === 'json' ? 'JSON' : content.mode === 'text' ? 'text' : 'binary, shown as hex';
  return (
    <>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {label}: {kind}, {sizeWords(content.size)}
      </p>
      <JsonViewer value={content.text} ariaLabel="Decoded payload" language={content.mode === 'json' ? 'json' : 'plaintext'} />
    </>
  );
}

/**
 * The payload: JSON, text or hex for a JWS; for a JWE "encrypted" with the sizes until it is
 * decrypted, then the plaintext, and for a nested JWT (cty "JWT") a way to open the inner token.
 */
export const PayloadRegion = memo(function PayloadRegion({ view, outcome, onOpenInner }: { view: DecodedView | undefined; outcome: CheckOutcome | undefined; onOpenInner: (token: string) => void }) {
  const decrypted = view?.kind === 'JWE' ? outcome?.decrypted : undefined;
  return (
    <section role="region" aria-label="Payload" className={box}>
      <h2 className="text-sm font-semibold">Payload{decrypted ? ' (decrypted)' : ''}</h2>
      {!view ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Paste a token to see its payload.</p>
      ) : decrypted ? (
        <>
          {decrypted.nestedToken && (
            <div className="flex flex-wrap items-center gap-2 rounded bg-sky-50 p-2 text-sm dark:bg-sky-950">
              <span>The plaintext is a nested JWT ("cty": "JWT").</span>
              <button type="button" onClick={() => onOpenInner(decrypted.nestedToken!)} className="rounded bg-sky-700 px-2 py-0.5 text-white hover:bg-sky-800 dark:bg-sky-600">
                Open the inner token
              </button>
            </div>
          )}
          <ContentBody content={decrypted.content} label="Plaintext" />
        </>
      ) : (
        <ContentBody content={view.payload} label="Payload" />
      )}
    </section>
  );
});
