/** Applies the mutations of inputs.ts to a token: compact text or a JSON serialization. */
import type { Mutation } from './inputs.ts';

const fromB64 = (s: string) => Buffer.from(s, 'base64url');
const toB64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const isB64 = (s: string) => /^[A-Za-z0-9_-]*$/.test(s);

function charEdit(text: string, m: Extract<Mutation, { kind: 'char' }>): string {
  const at = m.at % (text.length + 1);
  switch (m.op) {
    case 'replace':
      return text.slice(0, at) + m.ch + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.ch + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'truncate':
      return text.slice(0, at);
  }
}

function flip(value: string, byte: number, bit: number): string {
  if (!isB64(value) || value.length < 2) return value;
  const bytes = fromB64(value);
  if (bytes.length === 0) return value;
  bytes[byte % bytes.length]! ^= 1 << bit;
  return toB64(bytes);
}

function editHeader(encoded: string, name: string, value: unknown, remove: boolean): string {
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(fromB64(encoded).toString('utf8')) as Record<string, unknown>;
  } catch {
    return encoded;
  }
  if (typeof header !== 'object' || header === null) return encoded;
  if (remove) delete header[name];
  else Object.defineProperty(header, name, { value, enumerable: true, writable: true, configurable: true });
  return toB64(new TextEncoder().encode(stringify(header) ?? '{}'));
}

/** JSON.stringify, or undefined for values too deep for it (a mutated segment may be 100,000 levels deep). */
function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function compact(token: string, m: Mutation): string {
  const parts = token.split('.');
  const at = 'at' in m ? m.at % parts.length : 0;
  switch (m.kind) {
    case 'char':
      return charEdit(token, m);
    case 'bitflip':
      parts[at] = flip(parts[at]!, m.byte, m.bit);
      return parts.join('.');
    case 'member':
      parts[0] = editHeader(parts[0]!, m.name, m.value, m.remove);
      return parts.join('.');
    case 'segment': {
      const other = m.other % parts.length;
      if (m.op === 'swap') [parts[at], parts[other]] = [parts[other]!, parts[at]!];
      else if (m.op === 'duplicate') parts.splice(at, 0, parts[at]!);
      else if (m.op === 'drop') parts.splice(at, 1);
      else parts[at] = m.value;
      return parts.join('.');
    }
  }
}

const B64_MEMBERS = ['protected', 'payload', 'signature', 'encrypted_key', 'iv', 'ciphertext', 'tag', 'aad'];

/** Every object inside the serialization (the root, signatures[i], recipients[i]), to mutate one. */
function objects(root: Record<string, unknown>): Record<string, unknown>[] {
  const out = [root];
  for (const list of ['signatures', 'recipients']) {
    const v = root[list];
    if (Array.isArray(v)) for (const o of v) if (o && typeof o === 'object' && !Array.isArray(o)) out.push(o as Record<string, unknown>);
  }
  return out;
}

function json(token: string, m: Mutation): string {
  if (m.kind === 'char') return charEdit(token, m);
  let root: Record<string, unknown>;
  try {
    root = JSON.parse(token) as Record<string, unknown>;
  } catch {
    return token;
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return token;
  const all = objects(root);
  const target = all[('at' in m ? m.at : 0) % all.length]!;
  const names = Object.keys(target);
  switch (m.kind) {
    case 'bitflip': {
      const b64 = names.filter((n) => B64_MEMBERS.includes(n) && typeof target[n] === 'string');
      if (b64.length) target[b64[m.byte % b64.length]!] = flip(target[b64[m.byte % b64.length]!] as string, m.byte, m.bit);
      break;
    }
    case 'member': {
      // Half the time the protected header (integrity-protected), else the unprotected one.
      if (typeof target.protected === 'string' && m.remove) target.protected = editHeader(target.protected, m.name, m.value, false);
      else {
        const header = (target.header && typeof target.header === 'object' ? target.header : (target.header = {})) as Record<string, unknown>;
        Object.defineProperty(header, m.name, { value: m.value, enumerable: true, writable: true, configurable: true });
      }
      break;
    }
    case 'segment': {
      if (names.length === 0) break;
      const name = names[m.at % names.length]!;
      const other = names[m.other % names.length]!;
      if (m.op === 'swap') [target[name], target[other]] = [target[other], target[name]];
      else if (m.op === 'drop') delete target[name];
      else if (m.op === 'replace') target[name] = m.value;
      else return token.replace(/}\s*$/, `,${JSON.stringify(name)}:${stringify(target[name]) ?? 'null'}}`);
      break;
    }
  }
  return stringify(root) ?? token;
}

/** The token after the mutations, in order. */
export function applyMutations(token: string, mutations: readonly Mutation[]): string {
  let out = token;
  for (const m of mutations) out = out.trimStart().startsWith('{') ? json(out, m) : compact(out, m);
  return out;
}
