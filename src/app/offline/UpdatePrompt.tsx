import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { OFFLINE_MESSAGES as T } from './messages.ts';
import { startServiceWorker } from './registerServiceWorker.ts';
import type { UpdateFlow } from './updateFlow.ts';

/**
 * Registers the service worker and, when a new version is waiting, offers it: "A new version is
 * ready — Reload". It never reloads on its own and never takes focus, so nobody loses what they are
 * typing; "Not now" (or Escape) hides it, and the new version then starts with the next visit.
 */
export function UpdatePrompt() {
  const [flow, setFlow] = useState<UpdateFlow | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => startServiceWorker(setFlow), []);

  const shown = flow !== null && !dismissed;
  return (
    <>
      {/* Always in the page, so screen readers announce the text when it arrives (a live region
          inserted together with its text is often not read). */}
      <p role="status" className="sr-only">
        {shown ? T.updateReady : ''}
      </p>
      {shown && <UpdateCard flow={flow} onDismiss={() => setDismissed(true)} />}
    </>
  );
}

function UpdateCard({ flow, onDismiss }: { flow: UpdateFlow; onDismiss: () => void }) {
  const messageId = useId();
  const noteId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onDismiss();
  };
  return (
    <aside
      aria-label={T.updateRegion}
      onKeyDown={onKeyDown}
      className="fixed right-4 bottom-4 left-4 z-50 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-sky-300 bg-white p-3 text-sm shadow-lg sm:left-auto sm:max-w-md dark:border-sky-800 dark:bg-slate-900"
    >
      <div className="min-w-0 flex-1">
        <p id={messageId} className="font-medium">
          {T.updateReady}
        </p>
        <p id={noteId} className="text-xs text-slate-600 dark:text-slate-400">
          {T.updateNote}
        </p>
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          aria-describedby={`${messageId} ${noteId}`}
          onClick={() => flow.reloadClicked()}
          className="rounded-md bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          {T.reload}
        </button>
        <button
          type="button"
          onClick={onDismiss}
          className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {T.later}
        </button>
      </div>
    </aside>
  );
}
