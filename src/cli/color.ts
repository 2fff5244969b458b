/**
 * Colour only for a person at a terminal: on when stdout is a TTY, off when NO_COLOR is set to
 * anything (no-color.org), on when FORCE_COLOR is set to anything but "0" or "false" — which wins,
 * as in Node and most tools. Segments also carry their names in the text, so nothing depends on colour.
 */
import type { SegmentName } from '../jose/index.ts';

export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

// The page's segment colours, as near as 16-colour ANSI gets: header pink-red, payload purple, signature blue.
const SEGMENT_SGR: Partial<Record<SegmentName, number>> = {
  header: 31, payload: 35, signature: 36, encrypted_key: 33, iv: 32, ciphertext: 35, tag: 36, aad: 33,
};

export interface Paint {
  segment(name: SegmentName, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
}

const sgr = (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m`;
const plain = (text: string) => text;

export function paint(enabled: boolean): Paint {
  if (!enabled) return { segment: (_n, t) => t, bold: plain, dim: plain, good: plain, bad: plain, warn: plain };
  return {
    segment: (name, text) => (SEGMENT_SGR[name] ? sgr(SEGMENT_SGR[name], text) : text),
    bold: (t) => sgr(1, t),
    dim: (t) => sgr(2, t),
    good: (t) => sgr(32, t),
    bad: (t) => sgr(31, t),
    warn: (t) => sgr(33, t),
  };
}
