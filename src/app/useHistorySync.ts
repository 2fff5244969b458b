import { useEffect } from 'react';
import { currentState, forgetLinked, takeLocation, type LocationInput } from './history.ts';
import { useWorkspace } from '../lib/workspace.tsx';

/** What the shell says about a link: a token that came in the query string, a key it refused. */
export function linkNotice(location: LocationInput): string | null {
  const parts: string[] = [];
  if (location.fromQuery) parts.push("This token arrived in the URL's query string, which is sent to servers and kept in their logs. Share tokens with #token= links instead.");
  if (location.refusedKey) parts.push(`The link also carried a key, which was not loaded: ${location.refusedKey}.`);
  return parts.length ? parts.join(' ') : null;
}

/**
 * Keeps the screens in step with the address: Back and Forward (popstate) show the screen the
 * fragment names, and a `#token=` link opened in a tab where the app already runs (hashchange) loads
 * like a first visit: the token (and a public key with it) goes to the decoder, the person's previous
 * input can be restored, and the token leaves the URL and the history entry.
 */
export function useHistorySync(onNotice: (notice: string | null) => void): void {
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
