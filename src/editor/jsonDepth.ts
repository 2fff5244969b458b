/**
 * Monaco's JSON language worker parses recursively: a few thousand nested brackets overflow its
 * stack (a console error, and JSON features stop). Text nested deeper than the engine's own cap
 * (64, where it reports a located error) is shown and edited as plain text instead.
 */
export const JSON_MODE_MAX_DEPTH = 64;

/** True when brackets outside strings nest deeper than `max`; stops scanning as soon as they do. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 /* { [ */) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93 /* } ] */) depth = Math.max(0, depth - 1);
  }
  return false;
}

/** The Monaco language to use for text meant as `wanted`: JSON unless it nests too deep for Monaco's worker. */
export function editorLanguage(text: string, wanted: 'json' | 'plaintext'): 'json' | 'plaintext' {
  return wanted === 'json' && nestsDeeperThan(text, JSON_MODE_MAX_DEPTH) ? 'plaintext' : wanted;
}
