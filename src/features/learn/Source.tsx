import type { LearnSource } from '../../lib/workspace.tsx';

const sourceButton = 'rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600';

function sourceText(source: LearnSource, exampleLabel: string | undefined, empty: boolean, keyGiven: boolean): string {
  if (source === 'encoder') return 'Showing how the encoder made its last token.';
  if (source === 'example') return `Showing the worked example ${exampleLabel ?? ''}, with its key. The decoder keeps its own token.`;
  if (empty) return 'The decoder is empty: choose an example above, or paste a token (and its key) in Decode.';
  if (keyGiven) return 'Showing the token and key that are in the decoder.';
  return 'Showing the token in the decoder. Without a key the steps stop where a key is needed: add one in Decode.';
}

/** Which token Learn explains, and the ways to switch to another. */
export function Source({ source, exampleLabel, hasEncoderTrace, empty, keyGiven, onSource, onOpenExample }: {
  source: LearnSource;
  exampleLabel: string | undefined;
  hasEncoderTrace: boolean;
  empty: boolean;
  keyGiven: boolean;
  onSource: (s: LearnSource) => void;
  onOpenExample: (() => void) | undefined;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p>{sourceText(source, exampleLabel, empty, keyGiven)}</p>
      {source !== 'decoder' && (
        <button type="button" onClick={() => onSource('decoder')} className={sourceButton}>
          Use the decoder's token instead
        </button>
      )}
      {onOpenExample && (
        <button type="button" onClick={onOpenExample} className={sourceButton}>
          Open this example in Decode
        </button>
      )}
      {source !== 'encoder' && hasEncoderTrace && (
        <button type="button" onClick={() => onSource('encoder')} className={sourceButton}>
          Show how the encoder made its token
        </button>
      )}
    </div>
  );
}
