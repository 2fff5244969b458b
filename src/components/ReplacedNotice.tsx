import { Icon } from './Icon.tsx';

/**
 * Said when another screen, an example or a link replaced what the person had on this screen: what
 * was there is kept, one click brings it back. `what` names it ("token and key", "work").
 */
export function ReplacedNotice({ from, what, onRestore, onDismiss }: { from: string; what: string; onRestore: () => void; onDismiss: () => void }) {
  return (
    <div role="group" aria-label="Replaced input" className="flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100">
      <Icon name="info" />
      <p className="min-w-0 flex-1">
        {from} replaced the {what} you had here; they are kept until you dismiss this.
      </p>
      <button type="button" onClick={onRestore} className="flex items-center gap-1 rounded border border-current px-2 py-0.5 font-medium">
        <Icon name="undo" />
        Restore previous {what}
      </button>
      <button type="button" onClick={onDismiss} className="rounded px-2 py-0.5 underline">
        Dismiss
      </button>
    </div>
  );
}
