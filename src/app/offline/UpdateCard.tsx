import { useId, type KeyboardEvent } from 'react';
import { useT } from '../../lib/i18n/index.ts';
import type { UpdateFlow } from './updateFlow.ts';

/** The offer of a new version (UpdatePrompt shows it): the message, "Reload" and "Not now"; Escape is "Not now". */
export function UpdateCard({ flow, onDismiss }: { flow: UpdateFlow; onDismiss: () => void }) {
  const t = useT();
  const messageId = useId();
  const noteId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onDismiss();
  };
  return (
    <aside
      aria-label={t('offline.updateRegion')}
      onKeyDown={onKeyDown}
      className="fixed right-4 bottom-4 left-4 z-50 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-sky-300 bg-white p-3 text-sm shadow-lg sm:left-auto sm:max-w-md dark:border-sky-800 dark:bg-slate-900"
    >
      <div className="min-w-0 flex-1">
        <p id={messageId} className="font-medium">
          {t('offline.updateReady')}
        </p>
        <p id={noteId} className="text-xs text-slate-600 dark:text-slate-400">
          {t('offline.updateNote')}
        </p>
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          aria-describedby={`${messageId} ${noteId}`}
          onClick={() => flow.reloadClicked()}
          className="rounded-md bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          {t('offline.reload')}
        </button>
        <button
          type="button"
          onClick={onDismiss}
          className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t('offline.later')}
        </button>
      </div>
    </aside>
  );
}
