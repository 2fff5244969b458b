/**
 * The browser history the app writes: the screen in the fragment (`#/encode`), and in
 * history.state (never the URL) a token that arrived in a link, so a reload opens it again.
 * history.state lives and dies with the browser tab, like the page's memory; keys typed by the
 * person never go there, only a public key that was itself in the link.
 */
import { readLink, type LinkedInput } from '../lib/shareLink.ts';
import { screenFromHash, screenHash, type TabId } from '../lib/screens.ts';

export interface AppHistoryState {
  screen?: TabId;
  linked?: LinkedInput;
}

export function currentState(): AppHistoryState {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as AppHistoryState) : {};
}

/** A new history entry for the screen, so Back returns to the one before. */
export function pushScreen(screen: TabId): void {
  window.history.pushState({ ...currentState(), screen }, '', screenHash(screen));
}

/** Drops the remembered link token (after the person cleared the decoder). */
export function forgetLinked(): void {
  const { linked: _linked, ...rest } = currentState();
  window.history.replaceState(rest, '', window.location.href);
}

export interface LocationInput {
  screen: TabId;
  linked?: LinkedInput;
  /** The token was in the URL's query string (already sent to a server). */
  fromQuery: boolean;
  /** Why a key in the link was not loaded. */
  refusedKey?: string;
  /** The token came from the URL now (not from a reload of an entry that had one). */
  fresh: boolean;
}

/**
 * What the address says to show. A token in the URL is taken out of it at once (so it is neither
 * kept in history nor shared by accident) and kept in history.state for a reload. Safe to call
 * twice (React's strict mode does): the second call finds the token in history.state.
 */
export function takeLocation(): LocationInput {
  const read = readLink(window.location);
  if (read.linked) {
    window.history.replaceState({ ...currentState(), screen: 'decode', linked: read.linked }, '', window.location.pathname);
    return { screen: 'decode', linked: read.linked, fromQuery: read.fromQuery ?? false, fresh: true, ...(read.refusedKey ? { refusedKey: read.refusedKey } : {}) };
  }
  const { linked } = currentState();
  return { screen: screenFromHash(window.location.hash) ?? 'decode', fromQuery: false, fresh: false, ...(linked ? { linked } : {}) };
}
