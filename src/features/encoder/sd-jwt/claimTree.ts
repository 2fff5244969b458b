/**
 * The claims tree of the "Disclosable claims" region: every object member and array element of the
 * Claims editor's JSON as a row with its RFC 6901 pointer, so each gets a check box. Pure.
 */
import { formatPointer, type JsonObject, type JsonValue } from '../../../jose/index.ts';
import { words, type Words } from '../../../lib/i18n/words.ts';

function isJsonObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface ClaimRow {
  pointer: string;
  depth: number;
  /** "given_name", or "[1]" for an array element. */
  label: string;
  /** A short preview of the value ("object of 4", "\"Köln\""). */
  preview: string;
  /** For an object or array: what `preview` says, as parameters for the person's language. */
  size?: { kind: 'array' | 'object'; n: number };
  /** Why it cannot be made disclosable (reserved names, RFC 9901 §4.2.1 and §4.1.2), when it cannot. */
  blocked?: string;
}

/** Names an Issuer must not hide: the SD-JWT's own members, and "cnf", which the verifier needs to find the holder key. */
const RESERVED: Record<string, string> = {
  _sd: 'reserved by SD-JWT',
  _sd_alg: 'reserved by SD-JWT',
  '...': 'reserved by SD-JWT',
  cnf: 'the verifier needs the holder key in plain sight',
};

function preview(value: JsonValue): string {
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (isJsonObject(value)) return `object of ${Object.keys(value).length}`;
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Rows for every member and element, depth first, in document order.
 *
 * @example
 * claimRows({ address: { region: 'X' }, tags: ['a'] }).map((r) => r.pointer); // ['/address', '/address/region', '/tags', '/tags/0']
 */
export function claimRows(claims: JsonValue, limit = 500): ClaimRow[] {
  const rows: ClaimRow[] = [];
  const walk = (value: JsonValue, path: (string | number)[], depth: number) => {
    const entries: [string | number, JsonValue][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : isJsonObject(value) ? Object.entries(value) : [];
    for (const [key, child] of entries) {
      if (rows.length >= limit) return;
      const at = [...path, key];
      const blocked = typeof key === 'string' && depth === 0 ? RESERVED[key] : typeof key === 'string' && (key === '_sd' || key === '...') ? RESERVED[key] : undefined;
      const size = Array.isArray(child) ? { kind: 'array' as const, n: child.length } : isJsonObject(child) ? { kind: 'object' as const, n: Object.keys(child).length } : undefined;
      rows.push({ pointer: formatPointer(at), depth, label: typeof key === 'number' ? `[${key}]` : key, preview: preview(child), ...(size ? { size } : {}), ...(blocked ? { blocked } : {}) });
      if (!blocked) walk(child, at, depth + 1);
    }
  };
  walk(claims, [], 0);
  return rows;
}

/** The claims parsed from the editor text, or why they cannot be made into an SD-JWT. */
export function parseClaims(text: string): { claims?: Record<string, JsonValue>; problem?: string; problemWords?: Words } {
  try {
    const value = JSON.parse(text) as JsonValue;
    if (!isJsonObject(value)) return { problem: 'An SD-JWT needs the Claims to be a JSON object', problemWords: words('encode.sd.notObject') };
    return { claims: value };
  } catch (error) {
    const message = (error as Error).message;
    return { problem: `The Claims are not valid JSON: ${message}`, problemWords: words('encode.sd.notJson', { message }) };
  }
}

/** Only pointers that still name a row: an edit of the Claims drops choices that no longer exist. */
export function keepExisting(chosen: readonly string[], rows: readonly ClaimRow[]): string[] {
  const live = new Set(rows.filter((r) => !r.blocked).map((r) => r.pointer));
  return chosen.filter((p) => live.has(p));
}
