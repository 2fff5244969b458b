/**
 * The token text verify and decrypt get, and a share link carries: no Bearer, quotes or whitespace.
 * In a file of its own (not view.ts) so the screen's first render does not pull in the engine's
 * reader that view.ts calls (see hooks/useMainThreadDecoder.ts).
 */
export function tokenText(view: { start: number; end: number; cleanedToken?: string }, input: string): string {
  return view.cleanedToken ?? input.slice(view.start, view.end);
}
