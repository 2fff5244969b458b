import { Icon } from './Icon.tsx';
import { useT, type MessageId } from '../lib/i18n/index.ts';

/**
 * The callers (and the workspace, which keeps the phrase) still pass English phrases for who
 * replaced the input and what it was. These tables name each phrase's message, so the notice is
 * translated whole; an unknown phrase is shown as given. Passing the ids themselves would touch
 * every screen and the workspace's handoff types, left for when those files settle.
 */
const FROM: Record<string, MessageId> = {
  'a link': 'replaced.from.link',
  'The encoder': 'replaced.from.encoder',
  'a worked example': 'replaced.from.workedExample',
  'the Keys screen': 'replaced.from.keysScreen',
  'An example': 'replaced.from.example',
  Clear: 'replaced.from.clear',
  'The token from Decode (its header and payload exactly as encoded, and its key)': 'replaced.from.decodeToken',
  'The key from the Keys screen': 'replaced.from.keysKey',
  'The template': 'replaced.from.template',
};
const WHAT: Record<string, MessageId> = {
  'token and key': 'replaced.what.tokenAndKey',
  'header, claims and key': 'replaced.what.encoderWork',
};

/**
 * Said when another screen, an example or a link replaced what the person had on this screen: what
 * was there is kept, one click brings it back. `what` names it ("token and key", "work").
 */
export function ReplacedNotice({ from, what, onRestore, onDismiss }: { from: string; what: string; onRestore: () => void; onDismiss: () => void }) {
  const t = useT();
  const fromId = Object.hasOwn(FROM, from) ? FROM[from] : undefined;
  const whatId = Object.hasOwn(WHAT, what) ? WHAT[what] : undefined;
  const params = { from: fromId ? t(fromId) : from, what: whatId ? t(whatId) : what };
  return (
    <div role="group" aria-label={t('replaced.region')} className="flex flex-wrap items-center gap-2 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100">
      <Icon name="info" />
      <p className="min-w-0 flex-1 basis-48">{t('replaced.message', params)}</p>
      <button type="button" onClick={onRestore} className="flex items-center gap-1 rounded border border-current px-2 py-0.5 font-medium">
        <Icon name="undo" />
        {t('replaced.restore', params)}
      </button>
      <button type="button" onClick={onDismiss} className="rounded px-2 py-0.5 underline">
        {t('replaced.dismiss')}
      </button>
    </div>
  );
}
