import { useEffect, useState } from 'react';
import { useT } from '../../lib/i18n/index.ts';
import { UpdateCard } from './UpdateCard.tsx';
import type { UpdateFlow } from './updateFlow.ts';

/**
 * Registers the service worker and, when a new version is waiting, offers it: "A new version is
 * ready — Reload". It never reloads on its own and never takes focus, so nobody loses what they are
 * typing; "Not now" (or Escape) hides it, and the new version then starts with the next visit.
 */
export function UpdatePrompt() {
  const t = useT();
  const [flow, setFlow] = useState<UpdateFlow | null>(null);
  const [dismissed, setDismissed] = useState(false);

  // The registration code and workbox-window are fetched only after the page has loaded, so they
  // add nothing to the first load.
  useEffect(() => afterLoad(() => import('./registerServiceWorker.ts').then((sw) => sw.startServiceWorker(setFlow))), []);

  const shown = flow !== null && !dismissed;
  return (
    <>
      {/* Always in the page, so screen readers announce the text when it arrives (a live region
          inserted together with its text is often not read). */}
      <p role="status" className="sr-only">
        {shown ? t('offline.updateReady') : ''}
      </p>
      {shown && <UpdateCard flow={flow} onDismiss={() => setDismissed(true)} />}
    </>
  );
}

/** Runs `start` once the page has finished loading, so nothing it fetches competes with the first load. */
function afterLoad(start: () => Promise<void>): void {
  const go = () => void start().catch(() => undefined);
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
