import { useId, type Ref } from 'react';
import type { LearnSource } from '../../lib/workspace.tsx';
import { LEARN_EXAMPLE_IDS } from './examples.ts';
import { Select } from '../../components/Select.tsx';
import { exampleMenu, isExampleId } from '../../lib/examples/index.ts';
import { useT } from '../../lib/i18n/index.ts';

/** The worked-example menu: an example is Learn's own and never touches the decoder's token. */
export function ExampleSelect({ value, learnSource, onChoose }: { value: string; learnSource: LearnSource; onChoose: (id: string) => void }) {
  const t = useT();
  return (
    <label className="flex items-center gap-2">
      <span className="font-medium">{t('learn.workedExample2')}</span>
      <Select
        aria-label={t('learn.workedExample')}
        value={isExampleId(value) ? value : ''}
        onChange={onChoose}
        placeholder={t(learnSource === 'example' ? 'learn.noneDecoder' : 'learn.chooseExample')}
        groups={exampleMenu(LEARN_EXAMPLE_IDS, t)}
        className="w-full max-w-[28rem] min-w-0"
      />
    </label>
  );
}

export function HexToggle({ hex, onHex }: { hex: boolean; onHex: (hex: boolean) => void }) {
  const t = useT();
  const id = useId();
  return (
    <label htmlFor={id} className="flex items-center gap-2">
      <input id={id} type="checkbox" checked={hex} onChange={(e) => onHex(e.target.checked)} className="h-4 w-4" />
      {t('learn.showBytesAsHex')}
    </label>
  );
}

export function PresenterToggle({ presenting, onToggle, ref }: { presenting: boolean; onToggle: () => void; ref: Ref<HTMLButtonElement> }) {
  const t = useT();
  return (
    <button
      ref={ref}
      type="button"
      aria-pressed={presenting}
      onClick={onToggle}
      className={`rounded-md border-2 px-3 py-1 font-medium ${presenting ? 'border-current bg-black text-white dark:bg-white dark:text-black' : 'border-sky-700 text-sky-800 dark:border-sky-400 dark:text-sky-200'}`}
    >
      {t('learn.presenterMode')}
    </button>
  );
}
