/**
 * What the Keys screen shows about a key, computed once from the engine: its kind, size, format,
 * thumbprints, and every export (JWK and PEM, public and private). Pure data; the components only
 * render it. Private forms are computed here but rendered only when the person asks.
 */
import {
  describeKey, exportJwk, exportPem, importKey, isJoseError, thumbprint, thumbprintUri,
  type CertificateInfo, type Finding, type JoseKey, type JoseKeySet, type SecretEncoding,
} from '../../jose/index.ts';
import { keyFormatLabel } from '../../lib/keyFormats.ts';
import type { Locale, Translate } from '../../lib/i18n/index.ts';
import { errorText as engineErrorText } from '../../lib/i18n/engine-words.ts';
import { errorLike } from '../../lib/i18n/words.ts';

/** An export that may fail (a curve with no PEM form here): the message is shown in place. */
export type Exported = { ok: true; text: string } | { ok: false; message: string };

export type PemFormat = 'standard' | 'pkcs1' | 'sec1';

export interface KeyView {
  key: JoseKey;
  /** "EC P-256 private key", "RSA 2048-bit public key", "32-byte shared secret". */
  title: string;
  visibility: 'Private key' | 'Public key' | 'Shared secret';
  /** "P-256", "2048 bits", "256 bits (32 bytes)". */
  size: string;
  format: string;
  /** Where the key came from when the engine's format does not say it (a raw secret's encoding, generated for an alg). */
  source?: KeySource;
  kid?: string;
  alg?: string;
  use?: string;
  thumbprint: string;
  thumbprintUri: string;
  publicJwk?: string;
  /** The whole JWK with its private members (or a secret's "k"). */
  privateJwk?: string;
  /** PEM forms for each format the key type has; oct keys have none. */
  pem: Partial<Record<PemFormat, { public?: Exported; private?: Exported }>>;
  certificate?: CertificateInfo;
  findings: readonly Finding[];
}

export type KeySource = { raw: SecretEncoding } | { generatedFor: string };

export type MaterialReport =
  | { kind: 'empty' }
  | { kind: 'key'; view: KeyView }
  | { kind: 'set'; views: KeyView[]; findings: readonly Finding[]; publicJwks?: string };

const ENCODING_LABELS: Record<SecretEncoding, string> = { utf8: 'UTF-8', base64: 'base64', base64url: 'base64url', hex: 'hex' };

function sourceLabel(source: KeySource): string {
  return 'raw' in source ? `Raw secret (${ENCODING_LABELS[source.raw]})` : `Generated here for ${source.generatedFor}`;
}

function attempt(run: () => string): Exported {
  try {
    return { ok: true, text: run() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

function sizeOf(key: JoseKey): string {
  if (key.kty === 'oct') return `${key.bits} bits (${key.bits / 8} bytes)`;
  if (key.kty === 'RSA') return `${key.bits} bits`;
  if (key.kty === 'AKP') return `${key.alg}, ${key.bits / 8}-byte public key`;
  return key.crv ?? `${key.bits} bits`;
}

/** The PEM forms a key has: standard (SPKI / PKCS#8) always, PKCS#1 for RSA, SEC1 for a private EC key. */
export function pemForms(key: JoseKey): KeyView['pem'] {
  if (key.kty === 'oct') return {};
  const isPrivate = key.type === 'private';
  const pem: KeyView['pem'] = {
    standard: {
      public: attempt(() => exportPem(key, { public: true })),
      ...(isPrivate ? { private: attempt(() => exportPem(key)) } : {}),
    },
  };
  if (key.kty === 'RSA') {
    pem.pkcs1 = {
      public: attempt(() => exportPem(key, { format: 'pkcs1', public: true })),
      ...(isPrivate ? { private: attempt(() => exportPem(key, { format: 'pkcs1' })) } : {}),
    };
  }
  if (key.kty === 'EC' && isPrivate) pem.sec1 = { private: attempt(() => exportPem(key, { format: 'sec1' })) };
  return pem;
}

/**
 * Everything the screen shows about one key.
 *
 * @example
 * const view = await keyView(await importKey(pem) as JoseKey);
 * view.title; // 'EC P-256 public key'
 */
export async function keyView(key: JoseKey, options: { source?: KeySource } = {}): Promise<KeyView> {
  const visibility = key.type === 'secret' ? 'Shared secret' : key.type === 'private' ? 'Private key' : 'Public key';
  const described = describeKey(key).replace(/^an? /, '');
  return {
    key,
    title: described.charAt(0).toUpperCase() + described.slice(1),
    visibility,
    size: sizeOf(key),
    format: options.source ? sourceLabel(options.source) : keyFormatLabel(key.format),
    ...(options.source ? { source: options.source } : {}),
    ...(key.kid !== undefined ? { kid: key.kid } : {}),
    ...(key.alg !== undefined ? { alg: key.alg } : {}),
    ...(key.use !== undefined ? { use: key.use } : {}),
    thumbprint: await thumbprint(key),
    thumbprintUri: await thumbprintUri(key),
    ...(key.type !== 'secret' ? { publicJwk: json(exportJwk(key)) } : {}),
    ...(key.type !== 'public' ? { privateJwk: json(exportJwk(key, { private: true })) } : {}),
    pem: pemForms(key),
    ...(key.certificate ? { certificate: key.certificate } : {}),
    findings: key.findings,
  };
}

/**
 * Reads what the person pasted into "Key material". Throws the engine's JoseError for bad input
 * (the screen shows its message in place).
 */
export async function readKeyMaterial(text: string, encoding: SecretEncoding = 'utf8'): Promise<MaterialReport> {
  if (text.trim() === '') return { kind: 'empty' };
  const read: JoseKey | JoseKeySet = await importKey(text, { encoding });
  if (read.type === 'set') {
    const views = await Promise.all(read.keys.map((k) => keyView(k)));
    const allAsymmetric = read.keys.every((k) => k.type !== 'secret');
    return {
      kind: 'set',
      views,
      findings: read.findings,
      ...(allAsymmetric ? { publicJwks: json(exportJwk(read)) } : {}),
    };
  }
  return { kind: 'key', view: await keyView(read, read.format === 'secret' ? { source: { raw: encoding } } : {}) };
}

/** The message to show for a failure: the engine's own words for a JoseError. */
export function errorMessage(error: unknown): string {
  if (isJoseError(error)) return error.message;
  return `Could not read the key: ${error instanceof Error ? error.message : String(error)}`;
}

/** errorMessage in the person's language: a JoseError by its code and parameters. */
export function errorText(error: unknown, t: Translate, locale: Locale): string {
  if (isJoseError(error)) return engineErrorText(errorLike(error), locale);
  return t('keys.couldNotRead', { message: error instanceof Error ? error.message : String(error) });
}

export type Validity = { state: 'valid' | 'expired' | 'not yet valid'; text: string };

/** Whether a certificate is inside its validity period at `now` (ms). */
export function certificateValidity(certificate: CertificateInfo, now: number): Validity {
  const from = Date.parse(certificate.notBefore);
  const to = Date.parse(certificate.notAfter);
  if (now < from) return { state: 'not yet valid', text: `Not valid until ${certificate.notBefore}` };
  if (now > to) return { state: 'expired', text: `Expired on ${certificate.notAfter}` };
  return { state: 'valid', text: `Valid until ${certificate.notAfter}` };
}

/*
 * The same facts in the person's language (the view's English fields stay as the tests and the
 * other screens read them; keyReport.test.ts checks that the English built here is those fields).
 */

/** The view's title: "EC P-256 private key", "Clave privada EC P-256". */
export function titleText(key: JoseKey, t: Translate): string {
  const type = key.type;
  if (key.kty === 'oct') return t('keys.title.secret', { bytes: String(key.bits / 8) });
  if (key.kty === 'RSA') return t('keys.title.rsa', { type, bits: String(key.bits) });
  if (key.kty === 'EC') return t('keys.title.ec', { type, crv: key.crv ?? '' });
  return t('keys.title.named', { type, name: key.kty === 'OKP' ? (key.crv ?? 'OKP') : (key.alg ?? 'AKP') });
}

export function visibilityText(key: JoseKey, t: Translate): string {
  return t(key.type === 'secret' ? 'keys.vis.secret' : key.type === 'private' ? 'keys.vis.private' : 'keys.vis.public');
}

export function sizeText(key: JoseKey, t: Translate): string {
  if (key.kty === 'oct') return t('keys.size.oct', { bits: String(key.bits), bytes: String(key.bits / 8) });
  if (key.kty === 'RSA') return t('keys.size.bits', { bits: String(key.bits) });
  if (key.kty === 'AKP') return t('keys.size.akp', { alg: key.alg ?? '', bytes: String(key.bits / 8) });
  return key.crv ?? t('keys.size.bits', { bits: String(key.bits) });
}

export function formatText(view: KeyView, t: Translate): string {
  if (view.source) return 'raw' in view.source ? t('keys.fmt.rawSecret', { encoding: view.source.raw === 'utf8' ? 'UTF-8' : view.source.raw }) : t('keys.fmt.generatedFor', { alg: view.source.generatedFor });
  switch (view.key.format) {
    case 'jwks':
      return t('keys.fmt.jwks');
    case 'secret':
      return t('keys.fmt.secret');
    case 'password':
      return t('keys.fmt.password');
    case 'x509':
      return t('keys.fmt.x509');
    case 'generated':
      return t('keys.fmt.generated');
    default:
      return keyFormatLabel(view.key.format);
  }
}

const VALIDITY_IDS = { valid: 'keys.validity.valid', expired: 'keys.validity.expired', 'not yet valid': 'keys.validity.notYet' } as const;

export function validityText(validity: Validity, t: Translate): string {
  return t(VALIDITY_IDS[validity.state]);
}
