/**
 * PEM armour (RFC 7468) and the other text forms people paste as "a key": finds the blocks, reads the
 * first key, and for everything JOSE cannot use (encrypted keys, OpenSSH, OpenPGP, bare DER in base64)
 * says what it found and the command that converts it.
 */
import { base64Encode } from '../lib/base64url.ts';
import type { Bytes } from '../lib/bytes.ts';
import { JoseError, echo, rfcRef, type Finding } from '../lib/errors.ts';
import { parseDer } from './der.ts';
import { isEncryptedPkcs8, readPkcs8 } from './pkcs8.ts';
import { parseRsaPrivateKey, parseRsaPublicKey } from './pkcs1.ts';
import { readEcPrivateKey, type ParsedKey } from './sec1.ts';
import { parseSpki } from './spki.ts';
import { readCertificate } from './x509.ts';
import type { CertificateInfo, KeyFormat } from './types.ts';

/** One PEM block: its label, headers, DER bytes and character range. */
export interface PemBlock {
  label: string;
  /** RFC 1421 headers (Proc-Type, DEK-Info) of legacy encrypted PEM. */
  headers: Record<string, string>;
  bytes: Bytes;
  /** Character offsets of the BEGIN line and just past the END line. */
  start: number;
  end: number;
}

export interface ReadKey extends ParsedKey {
  format: KeyFormat;
  certificate?: CertificateInfo;
}

function invalid(message: string, details: Record<string, unknown> = {}, offset?: number): JoseError {
  return new JoseError('ERR_KEY_INVALID', message, { segment: 'key', details, ...(offset === undefined ? {} : { offset }) });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function decodeBody(text: string, label: string, bodyStart: number, body: string): { headers: Record<string, string>; bytes: Bytes } {
  const headers: Record<string, string> = {};
  let rest = body;
  const headerMatch = /^\s*((?:[A-Za-z-]+:[^\r\n]*\r?\n)+)\r?\n/.exec(body);
  if (headerMatch) {
    for (const line of headerMatch[1]!.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    rest = body.slice(headerMatch[0].length);
  }
  const restStart = bodyStart + (body.length - rest.length);
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (!/[A-Za-z0-9+/=\s]/.test(ch)) {
      const hint = ch === '-' || ch === '_' ? ' (base64url characters; PEM uses standard base64 with "+" and "/")' : '';
      throw invalid(`The body of the PEM block ${echo(label)} is not valid base64: line ${lineOf(text, restStart + i)} has the character ${JSON.stringify(ch)}${hint}`, { label }, restStart + i);
    }
  }
  const clean = rest.replace(/\s+/g, '');
  if (clean.length === 0) throw invalid(`The PEM block ${echo(label)} is empty`, { label });
  const padAt = clean.indexOf('=');
  if ((padAt !== -1 && !/^=={0,1}$/.test(clean.slice(padAt))) || clean.length % 4 !== 0) {
    throw invalid(
      padAt !== -1 && padAt < clean.length - 2
        ? `The body of the PEM block ${echo(label)} is not valid base64: "=" padding appears before the end (are two keys pasted into one block?)`
        : `The body of the PEM block ${echo(label)} is not valid base64: ${clean.length} characters is not a multiple of 4, so part of a line is missing`,
      { label },
    );
  }
  const bin = atob(clean);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { headers, bytes };
}

/**
 * Every PEM block in the text, in order. Throws on a block without its END line or with a broken body.
 *
 * @example
 * parsePemBlocks(pemText).map((b) => b.label); // ['PUBLIC KEY']
 */
export function parsePemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  const begin = /-----BEGIN ([^\r\n-]+(?:-[^\r\n-]+)*)-----/g;
  let match: RegExpExecArray | null;
  while ((match = begin.exec(text))) {
    const label = match[1]!;
    const bodyStart = match.index + match[0].length;
    const endLine = `-----END ${label}-----`;
    const endAt = text.indexOf(endLine, bodyStart);
    const nextBegin = text.indexOf('-----BEGIN ', bodyStart);
    if (endAt === -1 || (nextBegin !== -1 && nextBegin < endAt)) {
      const otherEnd = /-----END ([^\r\n-]+)-----/.exec(text.slice(bodyStart, nextBegin === -1 ? undefined : nextBegin));
      if (otherEnd) throw invalid(`The PEM block starts with ${echo(`BEGIN ${label}`)} but ends with ${echo(`END ${otherEnd[1]}`)}`, { label }, match.index);
      throw invalid(`The PEM block ${echo(label)} has no ${echo(endLine)} line: the key looks truncated (copy the whole file, including the END line)`, { label, truncated: true }, match.index);
    }
    // Blocks that will be refused by label are not decoded: their armour may differ (OpenPGP's checksum line).
    const { headers, bytes } = unreadable(label) ? { headers: {}, bytes: new Uint8Array(0) } : decodeBody(text, label, bodyStart, text.slice(bodyStart, endAt));
    blocks.push({ label, headers, bytes, start: match.index, end: endAt + endLine.length });
    begin.lastIndex = endAt + endLine.length;
  }
  return blocks;
}

/**
 * PEM text for DER bytes: 64-character lines, a final newline (RFC 7468 §2).
 *
 * @example
 * encodePem('PUBLIC KEY', der); // '-----BEGIN PUBLIC KEY-----\nMFkw…\n-----END PUBLIC KEY-----\n'
 */
export function encodePem(label: string, der: Uint8Array): string {
  const b64 = base64Encode(der);
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** Blocks that travel with keys but are not keys themselves: skipped without complaint. */
const NOT_KEYS = new Set(['EC PARAMETERS', 'DH PARAMETERS', 'X9.42 DH PARAMETERS', 'PARAMETERS', 'X509 CRL', 'SSL SESSION PARAMETERS']);

const DECRYPT = 'decrypt it first, for example `openssl pkey -in key.pem -out plain.pem` (it asks for the passphrase; the result is unencrypted PKCS#8)';

/** Labels that are keys in a form JOSE Lab cannot read, with what to do about it. */
function unreadable(label: string): string | undefined {
  if (label === 'ENCRYPTED PRIVATE KEY') return `This is an encrypted PKCS#8 private key ("ENCRYPTED PRIVATE KEY"), protected by a passphrase that JOSE Lab does not ask for; ${DECRYPT.replace('openssl pkey', 'openssl pkcs8 -topk8 -nocrypt')}`;
  if (label === 'OPENSSH PRIVATE KEY') return 'This is an OpenSSH private key ("OPENSSH PRIVATE KEY"), not a format JOSE uses; convert a copy to PKCS#8 with `ssh-keygen -p -N "" -m PKCS8 -f copy_of_key` (RSA and ECDSA keys), then paste the result';
  if (label.startsWith('PGP ')) return `This is an OpenPGP block (${echo(label)}); OpenPGP keys are not JOSE keys. Export the key as PEM or JWK from the tool that made it`;
  if (label === 'SSH2 PUBLIC KEY') return 'This is an SSH2 public key (RFC 4716); convert it with `ssh-keygen -i -m RFC4716 -f key.pub` and then `ssh-keygen -e -m PKCS8 -f` on the result';
  if (label.startsWith('DSA ')) return `This is a DSA key (${echo(label)}); JOSE has no DSA algorithms. Use an RSA, EC or Ed25519 key`;
  if (label === 'CERTIFICATE REQUEST' || label === 'NEW CERTIFICATE REQUEST') return 'This is a certificate signing request, not a key; extract its public key with `openssl req -in csr.pem -pubkey -noout`';
  if (label === 'PKCS7' || label === 'CMS') return `This is a ${label} bundle; extract its certificates with \`openssl pkcs7 -print_certs -in bundle.pem\` and paste one`;
  if (label === 'TRUSTED CERTIFICATE') return 'This is an OpenSSL "TRUSTED CERTIFICATE" (a certificate with trust settings); convert it with `openssl x509 -in cert.pem -out plain.pem`';
  return undefined;
}

const KEY_LABELS: Record<string, (bytes: Bytes) => ReadKey> = {
  'PUBLIC KEY': (b) => ({ ...parseSpki(b), format: 'spki' }),
  'PRIVATE KEY': (b) => {
    const node = parseDer(b, 'private key (PKCS#8)');
    if (isEncryptedPkcs8(node)) throw invalid(unreadable('ENCRYPTED PRIVATE KEY')!, { label: 'ENCRYPTED PRIVATE KEY' });
    return { ...readPkcs8(node), format: 'pkcs8' };
  },
  'RSA PUBLIC KEY': (b) => ({ jwk: parseRsaPublicKey(b), findings: [], format: 'pkcs1-public' }),
  'RSA PRIVATE KEY': (b) => ({ jwk: parseRsaPrivateKey(b), findings: [], format: 'pkcs1-private' }),
  'EC PRIVATE KEY': (b) => ({ ...readEcPrivateKey(parseDer(b, 'EC private key (SEC1)'), 'EC private key (SEC1)'), format: 'sec1' }),
  CERTIFICATE: (b) => ({ ...readCertificate(b), format: 'x509' }),
  'X509 CERTIFICATE': (b) => ({ ...readCertificate(b), format: 'x509' }),
};

function readBlock(block: PemBlock): ReadKey {
  const reason = unreadable(block.label);
  if (reason) throw invalid(reason, { label: block.label });
  if (block.headers['Proc-Type']?.includes('ENCRYPTED')) {
    throw invalid(`This "${block.label}" is encrypted with a passphrase (legacy PEM encryption, ${block.headers['DEK-Info'] ?? 'DEK-Info'}); ${DECRYPT}`, { label: block.label });
  }
  const read = KEY_LABELS[block.label];
  if (!read) throw invalid(`PEM "${block.label}" is not a key format JOSE Lab reads; it reads PUBLIC KEY, PRIVATE KEY, RSA PUBLIC KEY, RSA PRIVATE KEY, EC PRIVATE KEY and CERTIFICATE`, { label: block.label });
  try {
    return read(block.bytes);
  } catch (error) {
    if (error instanceof JoseError) {
      throw new JoseError(error.code, `PEM "${block.label}": ${error.message}`, { segment: 'key', cause: error, details: { label: block.label, ...error.details } });
    }
    throw error;
  }
}

const SSH_PUBLIC = /^(ssh-rsa|ssh-dss|ssh-ed25519|ssh-ed448|ecdsa-sha2-nistp\d+|sk-[a-z0-9-]+@openssh\.com)\s+AAAA/;

/** Bare DER in base64, without its PEM lines: which structure it is, if any. */
function bareDerKind(text: string): DerKind | undefined {
  const clean = text.replace(/\s+/g, '');
  if (clean.length < 40 || !/^M[A-I][A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 !== 0) return undefined;
  let bytes: Bytes;
  try {
    const bin = atob(clean);
    bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
  return derKind(bytes);
}

/** A DER key structure: its PEM label ("PUBLIC KEY") and its name in words ("SubjectPublicKeyInfo public key"). */
export interface DerKind {
  label: string;
  name: string;
}

/**
 * Which key structure DER bytes hold — SPKI, PKCS#8 (encrypted too), X.509 certificate, PKCS#1
 * public or private, SEC1 — found by parsing them as each in turn; undefined when none.
 */
export function derKind(bytes: Bytes): DerKind | undefined {
  // Every one of these structures is a DER SEQUENCE.
  if (bytes[0] !== 0x30) return undefined;
  const attempts: [string, string, (b: Bytes) => unknown][] = [
    ['PUBLIC KEY', 'SubjectPublicKeyInfo public key', parseSpki],
    ['PRIVATE KEY', 'PKCS#8 private key', KEY_LABELS['PRIVATE KEY']!],
    ['CERTIFICATE', 'X.509 certificate', readCertificate],
    ['RSA PUBLIC KEY', 'PKCS#1 RSA public key', parseRsaPublicKey],
    ['RSA PRIVATE KEY', 'PKCS#1 RSA private key', parseRsaPrivateKey],
    ['EC PRIVATE KEY', 'SEC1 EC private key', (b) => readEcPrivateKey(parseDer(b), 'EC private key')],
  ];
  for (const [label, name, attempt] of attempts) {
    try {
      attempt(bytes);
      return { label, name };
    } catch (error) {
      if (error instanceof JoseError && /encrypted PKCS#8/.test(error.message)) return { label: 'ENCRYPTED PRIVATE KEY', name: 'encrypted PKCS#8 private key' };
    }
  }
  return undefined;
}

/**
 * Reads key text that is not JSON: PEM (the first key of several blocks), or recognises SSH, PuTTY
 * and bare-DER pastes to explain them. Returns undefined for text that is none of these (a secret).
 */
export function readKeyText(text: string): ReadKey | undefined {
  const t = text.trim();
  if (t.includes('-----BEGIN ')) {
    const blocks = parsePemBlocks(t);
    const skipped = blocks.filter((b) => NOT_KEYS.has(b.label));
    const keys = blocks.filter((b) => !NOT_KEYS.has(b.label));
    if (keys.length === 0) {
      throw invalid(`The PEM text holds only ${[...new Set(skipped.map((b) => `"${b.label}"`))].join(', ')}, which ${skipped.length === 1 ? 'is' : 'are'} not a key`, { labels: skipped.map((b) => b.label) });
    }
    const key = readBlock(keys[0]!);
    const findings: Finding[] = [...key.findings];
    if (keys.length > 1) {
      const others = keys.slice(1).map((b) => b.label);
      findings.push({
        code: 'PEM_MULTIPLE_BLOCKS',
        severity: 'info',
        message: `The text has ${keys.length} PEM blocks; the first ("${keys[0]!.label}") was read and the other ${others.length} (${others.map((l) => `"${l}"`).join(', ')}) ignored`,
        params: { blocks: keys.length, first: `"${keys[0]!.label}"`, ignored: others.length, others: others.map((l) => `"${l}"`).join(', ') },
        ref: rfcRef(7468, '2'),
        segment: 'key',
      });
    }
    if (skipped.length) {
      findings.push({ code: 'PEM_PARAMETERS_SKIPPED', severity: 'info', message: `Skipped ${skipped.map((b) => `"${b.label}"`).join(', ')}: not a key`, params: { labels: skipped.map((b) => `"${b.label}"`).join(', ') }, segment: 'key' });
    }
    return { ...key, findings };
  }
  if (t.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) throw invalid(unreadable('SSH2 PUBLIC KEY')!, { label: 'SSH2 PUBLIC KEY' });
  const ssh = SSH_PUBLIC.exec(t);
  if (ssh) {
    throw invalid(`This is an OpenSSH public key ("${ssh[1]}"), not a JOSE key format; convert it with \`ssh-keygen -e -m PKCS8 -f key.pub\` and paste the PEM it prints`, { format: ssh[1] });
  }
  if (/^PuTTY-User-Key-File-\d+:/.test(t)) {
    throw invalid('This is a PuTTY private key (.ppk); export it with `puttygen key.ppk -O private-openssh -o key.pem` and paste the PEM', { format: 'ppk' });
  }
  const der = bareDerKind(t);
  if (der) {
    throw invalid(`This looks like a ${der.name} in DER, base64-encoded without its PEM lines; add "-----BEGIN ${der.label}-----" before it and "-----END ${der.label}-----" after it`, { format: 'der-base64', label: der.label });
  }
  return undefined;
}
