import type { DecodedView } from './view.ts';

/** The token text verify and decrypt get, and a share link carries: no Bearer, quotes or whitespace. */
export function tokenText(view: Pick<DecodedView, 'start' | 'end' | 'cleanedToken'>, input: string): string {
  return view.cleanedToken ?? input.slice(view.start, view.end);
}
