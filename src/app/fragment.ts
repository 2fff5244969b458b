/**
 * Tokens travel only in the URL fragment, which browsers never send to a server. `#token=`,
 * `#id_token=` and `#access_token=` load a token (as jwt.io does); keys never go into the URL.
 */
const TOKEN_PARAMS = ['token', 'id_token', 'access_token'] as const;

export interface FragmentState {
  token?: string;
  /** Set when the token came from the query string, which has already reached the server's logs. */
  fromQuery?: boolean;
}

export function readTokenFromLocation(location: { hash: string; search: string }): FragmentState {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, ''));
  for (const name of TOKEN_PARAMS) {
    const value = fromHash.get(name);
    if (value) return { token: value };
  }
  const fromSearch = new URLSearchParams(location.search);
  for (const name of TOKEN_PARAMS) {
    const value = fromSearch.get(name);
    if (value) return { token: value, fromQuery: true };
  }
  return {};
}

/** A link that opens this token in the decoder, with no key in it. */
export function shareLink(origin: string, pathname: string, token: string): string {
  return `${origin}${pathname}#token=${encodeURIComponent(token.trim())}`;
}
