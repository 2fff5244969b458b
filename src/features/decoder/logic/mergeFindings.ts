import type { Finding } from '../../../jose/index.ts';

/** Findings of the token, the key and the check, each once. */
export function mergeFindings(...lists: (readonly Finding[] | undefined)[]): Finding[] {
  const out: Finding[] = [];
  const codes = new Set<string>();
  for (const list of lists) {
    const mine = new Set<string>();
    for (const f of list ?? []) {
      // Within one list a code may repeat (two claims of the wrong type); across lists it is the same finding.
      if (codes.has(f.code) && !mine.has(f.code)) continue;
      mine.add(f.code);
      out.push(f);
    }
    for (const c of mine) codes.add(c);
  }
  return out;
}
