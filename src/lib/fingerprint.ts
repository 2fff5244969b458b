/**
 * A 64-bit fingerprint of a text (two 32-bit FNV-1a variants and the length) for query keys: a
 * 1 MB token as a key would be JSON-stringified by react-query on every render.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/**
 * The last few long texts and their fingerprints: every query of a screen (decode, check, profile,
 * practices, Learn) keys on the same token, and hashing 5 MB costs ~20 ms of the main thread each
 * time. Comparing the same string is a pointer check; an equal copy is a memcmp, still far cheaper.
 */
const recent: { text: string; key: string }[] = [];

/** The text itself when short (exact), its fingerprint when long. */
export function textKey(text: string): string {
  if (text.length <= 4096) return text;
  const hit = recent.find((r) => r.text === text);
  if (hit) return hit.key;
  const key = fingerprint(text);
  recent.unshift({ text, key });
  if (recent.length > 3) recent.pop();
  return key;
}
