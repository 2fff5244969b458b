/**
 * A tiny X.509 v3 certificate maker for the x5c tests: DER written here by hand, signatures made by
 * node:crypto, and every certificate checked with node's X509Certificate.verify (the oracle), so
 * the engine under test never judges certificates it made itself. It can make what OpenSSL's
 * command line makes awkward: expired leaves, broken links, RSA-PSS and Ed448 signatures.
 */
import { constants, generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto';

const tlv = (tag: number, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
};
const seq = (...p: Buffer[]) => tlv(0x30, ...p);
const set = (...p: Buffer[]) => tlv(0x31, ...p);
const ctx = (n: number, ...p: Buffer[]) => tlv(0xa0 | n, ...p);
const int = (v: number) => {
  const bytes: number[] = [];
  for (let x = v; x > 0; x = Math.floor(x / 256)) bytes.unshift(x & 0xff);
  if (bytes.length === 0 || bytes[0]! >= 0x80) bytes.unshift(0);
  return tlv(0x02, Buffer.from(bytes));
};
const oid = (dotted: string) => {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a! * 40 + b!];
  for (const v of rest) {
    const chunk = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) chunk.unshift((x & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
};
const NULL = Buffer.from([0x05, 0x00]);
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const bits = (b: Buffer) => tlv(0x03, Buffer.from([0]), b);
const octets = (b: Buffer) => tlv(0x04, b);
const name = (cn: string, o = 'JOSE Lab Test') => seq(set(seq(oid('2.5.4.10'), tlv(0x0c, Buffer.from(o)))), set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(cn)))));
function time(d: Date): Buffer {
  const iso = d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

export type CertSig = 'rsa-sha256' | 'rsa-sha1' | 'rsa-pss-sha256' | 'ecdsa-sha256' | 'ecdsa-sha384' | 'ed25519' | 'ed448';

const SHA256 = '2.16.840.1.101.3.4.2.1';
function algId(sig: CertSig): Buffer {
  switch (sig) {
    case 'rsa-sha256': return seq(oid('1.2.840.113549.1.1.11'), NULL);
    case 'rsa-sha1': return seq(oid('1.2.840.113549.1.1.5'), NULL);
    case 'rsa-pss-sha256': return seq(oid('1.2.840.113549.1.1.10'), seq(ctx(0, seq(oid(SHA256), NULL)), ctx(1, seq(oid('1.2.840.113549.1.1.8'), seq(oid(SHA256), NULL))), ctx(2, int(32))));
    case 'ecdsa-sha256': return seq(oid('1.2.840.10045.4.3.2'));
    case 'ecdsa-sha384': return seq(oid('1.2.840.10045.4.3.3'));
    case 'ed25519': return seq(oid('1.3.101.112'));
    case 'ed448': return seq(oid('1.3.101.113'));
  }
}

function signTbs(sig: CertSig, tbs: Buffer, key: KeyObject): Buffer {
  switch (sig) {
    case 'rsa-sha256': return sign('sha256', tbs, key);
    case 'rsa-sha1': return sign('sha1', tbs, key);
    case 'rsa-pss-sha256': return sign('sha256', tbs, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    case 'ecdsa-sha256': return sign('sha256', tbs, key); // DER ECDSA-Sig-Value, as X.509 wants
    case 'ecdsa-sha384': return sign('sha384', tbs, key);
    case 'ed25519':
    case 'ed448': return sign(null, tbs, key);
  }
}

export interface CertSpec {
  subject: string;
  issuer: string;
  /** The certified key (public). */
  key: KeyObject;
  /** The issuer's private key, which signs. */
  signer: KeyObject;
  sig: CertSig;
  notBefore?: Date;
  notAfter?: Date;
  /** basicConstraints cA; undefined leaves the extension out. */
  ca?: boolean;
  serial?: number;
}

const YEAR = 365 * 24 * 3600 * 1000;

export function makeCert(spec: CertSpec): Buffer {
  const exts: Buffer[] = [];
  if (spec.ca !== undefined) exts.push(seq(oid('2.5.29.19'), bool(true), octets(spec.ca ? seq(bool(true)) : seq())));
  if (spec.ca) exts.push(seq(oid('2.5.29.15'), bool(true), octets(bits(Buffer.from([0x06]))))); // keyCertSign + cRLSign
  const tbs = seq(
    ctx(0, int(2)),
    int(spec.serial ?? 1),
    algId(spec.sig),
    name(spec.issuer),
    seq(time(spec.notBefore ?? new Date(Date.now() - YEAR)), time(spec.notAfter ?? new Date(Date.now() + 50 * YEAR))),
    name(spec.subject),
    spec.key.export({ type: 'spki', format: 'der' }),
    ...(exts.length ? [ctx(3, seq(...exts))] : []),
  );
  return seq(tbs, algId(spec.sig), bits(signTbs(spec.sig, tbs, spec.signer)));
}

export const b64 = (der: Buffer) => der.toString('base64');
export const pem = (der: Buffer) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

/** node:crypto's own verdict on one link: issuer's public key verifies the certificate. */
export function nodeVerifies(cert: Buffer, issuerKey: KeyObject): boolean {
  return new X509Certificate(cert).verify(issuerKey);
}

type KeyPair = { publicKey: KeyObject; privateKey: KeyObject };
const made = new Map<string, KeyPair>();
/** Key pairs by role, made once per test file: RSA generation is slow on two shared cores. */
function cached(kind: string, role: string, make: () => KeyPair): KeyPair {
  const id = `${kind}:${role}`;
  let k = made.get(id);
  if (!k) made.set(id, (k = make()));
  return k;
}
export const keys = {
  rsa: (role = 'a') => cached('rsa', role, () => generateKeyPairSync('rsa', { modulusLength: 2048 })),
  p256: (role = 'a') => cached('p256', role, () => generateKeyPairSync('ec', { namedCurve: 'P-256' })),
  p384: (role = 'a') => cached('p384', role, () => generateKeyPairSync('ec', { namedCurve: 'P-384' })),
  ed25519: (role = 'a') => cached('ed25519', role, () => generateKeyPairSync('ed25519')),
  ed448: (role = 'a') => cached('ed448', role, () => generateKeyPairSync('ed448')),
};

/**
 * The chain most tests use: RSA root (self-signed, sha256WithRSA) → P-384 intermediate (RSA-PSS) →
 * P-256 leaf (ecdsa-with-SHA384). x5c carries leaf and intermediate; the root is pasted.
 */
export function standardChain(opts: { leafNotAfter?: Date; brokenLeaf?: boolean; intermediateCa?: boolean | undefined; rootRole?: string } = {}) {
  const root = keys.rsa(opts.rootRole ?? 'root');
  const inter = keys.p384('intermediate');
  const leaf = keys.p256('leaf');
  const impostor = keys.p384('impostor');
  const rootCert = makeCert({ subject: 'Test Root', issuer: 'Test Root', key: root.publicKey, signer: root.privateKey, sig: 'rsa-sha256', ca: true });
  const interCert = makeCert({ subject: 'Test Intermediate', issuer: 'Test Root', key: inter.publicKey, signer: root.privateKey, sig: 'rsa-pss-sha256', ca: 'intermediateCa' in opts ? opts.intermediateCa : true, serial: 2 });
  const leafCert = makeCert({
    subject: 'leaf.test.example', issuer: 'Test Intermediate', key: leaf.publicKey,
    signer: opts.brokenLeaf ? impostor.privateKey : inter.privateKey, sig: 'ecdsa-sha384', serial: 3,
    ...(opts.leafNotAfter ? { notBefore: new Date(opts.leafNotAfter.getTime() - YEAR), notAfter: opts.leafNotAfter } : {}),
  });
  return { root, inter, leaf, rootCert, interCert, leafCert };
}
