import { useState } from 'react';
import { Icon } from './Icon.tsx';
import { useT } from '../lib/i18n/index.ts';

/** Copies only on an explicit click (the clipboard is never read), and says so briefly. */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button
      type="button"
      onClick={copy}
      disabled={!text}
      className={`rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800 ${className ?? ''}`}
    >
      {label}
      <span aria-live="polite" className="ml-1 text-slate-500">
        {state === 'copied' ? (
          <>
            <Icon name="check" /> {t('copy.copied')}
          </>
        ) : state === 'failed' ? (
          t('copy.failed')
        ) : (
          ''
        )}
      </span>
    </button>
  );
}
