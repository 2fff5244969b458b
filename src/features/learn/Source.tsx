import type { LearnSource } from '../../lib/workspace.tsx';
import { useT, type Translate } from '../../lib/i18n/index.ts';
import { exampleTitle, type ExampleId } from '../../lib/examples/index.ts';

const sourceButton = 'rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600';

function sourceText(source: LearnSource, exampleId: ExampleId | undefined, empty: boolean, keyGiven: boolean, t: Translate): string {
  if (source === 'encoder') return t('learn.showingEncoder');
  if (source === 'example') return t('learn.showingExample', { label: exampleId ? exampleTitle(exampleId, t) : '' });
  if (empty) return t('learn.decoderEmpty');
  if (keyGiven) return t('learn.showingDecoderKey');
  return t('learn.showingDecoderNoKey');
}

/** Which token Learn explains, and the ways to switch to another. */
export function Source({ source, exampleId, hasEncoderTrace, empty, keyGiven, onSource, onOpenExample }: {
  source: LearnSource;
  exampleId: ExampleId | undefined;
  hasEncoderTrace: boolean;
  empty: boolean;
  keyGiven: boolean;
  onSource: (s: LearnSource) => void;
  onOpenExample: (() => void) | undefined;
}) {
  const t = useT();
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p>{sourceText(source, exampleId, empty, keyGiven, t)}</p>
      {source !== 'decoder' && (
        <button type="button" onClick={() => onSource('decoder')} className={sourceButton}>
          {t('learn.useTheDecoderSToken')}
        </button>
      )}
      {onOpenExample && (
        <button type="button" onClick={onOpenExample} className={sourceButton}>
          {t('learn.openThisExampleInDecode')}
        </button>
      )}
      {source !== 'encoder' && hasEncoderTrace && (
        <button type="button" onClick={() => onSource('encoder')} className={sourceButton}>
          {t('learn.showHowTheEncoderMade')}
        </button>
      )}
    </div>
  );
}
