import { useEffect } from 'react';
import { currentState, forgetLinked, takeLocation, type LocationInput } from './history.ts';
import { useWorkspace } from '../lib/workspace.tsx';
import type { Translate } from '../lib/i18n/index.ts';

/** What the shell must say about a link: a token that came in the query string, a key it refused. */
export interface LinkNotice {
  fromQuery: boolean;
  /** Why the link's key was not loaded (shareLink's English words; not translated yet). */
  refusedKey?: string;
}

export function linkNotice(location: LocationInput): LinkNotice | null {
  if (!location.fromQuery && !location.refusedKey) return null;
  return { fromQuery: location.fromQuery ?? false, ...(location.refusedKey ? { refusedKey: location.refusedKey } : {}) };
}

/** The notice in the chosen language (worded while rendering, so it follows a language change). */
export function linkNoticeText(notice: LinkNotice, t: Translate): string {
  const parts: string[] = [];
  if (notice.fromQuery) parts.push(t('shell.linkFromQuery'));
  if (notice.refusedKey) parts.push(t('shell.linkRefusedKey', { reason: notice.refusedKey }));
  return parts.join(' ');
}

/**
 * Keeps the screens in step with the address: Back and Forward (popstate) show the screen the
 * fragment names, and a `#token=` link opened in a tab where the app already runs (hashchange) loads
 * like a first visit: the token (and a public key with it) goes to the decoder, the person's previous
 * input can be restored, and the token leaves the URL and the history entry.
 */
export function useHistorySync(onNotice: (notice: LinkNotice | null) => void): void {
  const { showScreen, replaceDecoder, decoder } = useWorkspace();

  useEffect(() => {
    const sync = () => {
      const location = takeLocation();
      if (location.fresh && location.linked) {
        const { token, publicKey } = location.linked;
        replaceDecoder({ token, ...(publicKey !== undefined ? { keyText: publicKey, keyEncoding: 'utf8' as const } : {}) }, 'a link');
        onNotice(linkNotice(location));
      }
      showScreen(location.screen);
    };
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, [showScreen, replaceDecoder, onNotice]);

  // Clearing the decoder forgets a link's token too, so a reload does not bring it back.
  const cleared = decoder.token === '';
  useEffect(() => {
    if (cleared && currentState().linked) forgetLinked();
  }, [cleared]);
}
