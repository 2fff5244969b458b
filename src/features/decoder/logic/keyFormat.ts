/**
 * Names what was pasted in the Key input at once, without crypto (the import in the worker then
 * says what the key really is): a JWK, a JWKS, a PEM of some kind, a certificate, or a raw secret.
 */
import { echo } from '../../../jose/index.ts';
import { PEM_FORMATS } from '../../../lib/keyFormats.ts';

export type KeyTextKind =
  | 'empty'
  | 'jwk'
  | 'jwks'
  | 'json-invalid'
  | 'pem-spki'
  | 'pem-pkcs8'
  | 'pem-pkcs1-public'
  | 'pem-pkcs1-private'
  | 'pem-sec1'
  | 'certificate'
  | 'pem-encrypted'
  | 'pem-other'
  | 'ssh'
  | 'secret';

export interface KeyTextFormat {
  kind: KeyTextKind;
  /** Shown next to the input: "JWK (RSA)", "PEM: X.509 certificate", "Shared secret"... */
  label: string;
  /** True when the text is a raw secret, so the encoding picker applies. */
  secret: boolean;
  /** The label's parameters, so the screen can word it in the person's language. */
  values?: { n?: number; kids?: string; kty?: string; private?: boolean; kid?: string };
}

const PEM_LABELS: Record<string, [KeyTextKind, string]> = {
  ...Object.fromEntries(Object.entries(PEM_FORMATS).map(([format, f]) => [f.pem, [`pem-${format}` as KeyTextKind, `PEM: ${f.holds} (${f.standard})`]])),
  CERTIFICATE: ['certificate', 'PEM: X.509 certificate'],
  'ENCRYPTED PRIVATE KEY': ['pem-encrypted', 'PEM: encrypted private key (not supported: export it unencrypted)'],
};

function jsonKind(text: string): KeyTextFormat {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'json-invalid', label: 'JSON that does not parse', secret: false };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'json-invalid', label: 'JSON, but not a JWK object', secret: false };
  const obj = value as Record<string, unknown>;
  if (Array.isArray(obj.keys)) {
    const kids = obj.keys.map((k) => (k && typeof k === 'object' ? (k as { kid?: unknown }).kid : undefined)).filter((k): k is string => typeof k === 'string');
    const n = obj.keys.length;
    const kidList = kids.length ? ` (kid ${kids.map((k) => echo(k, 80)).join(', ')})` : '';
    return { kind: 'jwks', label: `JWKS with ${n} key${n === 1 ? '' : 's'}${kidList}`, secret: false, values: { n, kids: kidList } };
  }
  const kty = typeof obj.kty === 'string' ? obj.kty : undefined;
  const priv = obj.d !== undefined || kty === 'oct';
  const what = kty === undefined ? 'no "kty"' : `${kty}${kty === 'oct' ? ' secret' : priv ? ' private key' : ' public key'}`;
  const kid = typeof obj.kid === 'string' ? `, kid ${echo(obj.kid, 80)}` : '';
  return { kind: 'jwk', label: `JWK (${what}${kid})`, secret: false, values: { ...(kty !== undefined ? { kty } : {}), private: priv, kid } };
}

export function detectKeyFormat(text: string): KeyTextFormat {
  const t = text.trim();
  if (t === '') return { kind: 'empty', label: 'No key', secret: false };
  if (t.startsWith('{')) return jsonKind(t);
  const pem = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(t);
  if (pem) {
    const known = PEM_LABELS[pem[1]!];
    if (known) return { kind: known[0], label: known[1], secret: false };
    return { kind: 'pem-other', label: `PEM "${pem[1]}"`, secret: false };
  }
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-)\S* /.test(t)) return { kind: 'ssh', label: 'OpenSSH public key (convert it to PEM: ssh-keygen -e -m PKCS8)', secret: false };
  return { kind: 'secret', label: 'Shared secret (raw key or password)', secret: true };
}

/** The byte length of a secret in an encoding, or undefined when the text is not valid in it. */
export function secretByteLength(text: string, encoding: 'utf8' | 'base64' | 'base64url' | 'hex'): number | undefined {
  switch (encoding) {
    case 'utf8':
      return new TextEncoder().encode(text).length;
    // Whitespace does not count: `xxd -p` and `openssl rand -base64 64` wrap their output, and the engine skips it too.
    case 'hex': {
      const t = text.replace(/\s+/g, '');
      return /^(?:[0-9a-fA-F]{2})*$/.test(t) ? t.length / 2 : undefined;
    }
    case 'base64':
    case 'base64url': {
      const t = text.replace(/\s+/g, '').replace(/=+$/, '');
      const ok = encoding === 'base64' ? /^[A-Za-z0-9+/]*$/.test(t) : /^[A-Za-z0-9_-]*$/.test(t);
      return ok && t.length % 4 !== 1 ? Math.floor((t.length * 3) / 4) : undefined;
    }
  }
}
