/** X.509 certificates (RFC 5280 §4.1): the subject public key, plus what a person wants to see. */
import { JoseError, rfcRef, type Finding } from '../lib/errors.ts';
import { toHex, tryUtf8Decode, type Bytes } from '../lib/bytes.ts';
import { children, ctxTag, expect, parseDer, readBitString, readOid, sequence, TAG, type DerNode } from './der.ts';
import { readSpki } from './spki.ts';
import type { ParsedKey } from './sec1.ts';
import type { CertificateInfo } from './types.ts';

const WHAT = 'certificate';

const NAME_ATTRIBUTES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
};

function stringValue(node: DerNode): string {
  switch (node.tag) {
    case TAG.BMP_STRING: {
      let out = '';
      for (let i = 0; i + 1 < node.content.length; i += 2) out += String.fromCharCode((node.content[i]! << 8) | node.content[i + 1]!);
      return out;
    }
    case TAG.UNIVERSAL_STRING: {
      let out = '';
      for (let i = 0; i + 3 < node.content.length; i += 4) out += String.fromCodePoint(new DataView(node.content.buffer, node.content.byteOffset + i, 4).getUint32(0));
      return out;
    }
    case TAG.T61_STRING:
      return Array.from(node.content, (b) => String.fromCharCode(b)).join('');
    default:
      return tryUtf8Decode(node.content) ?? `#${toHex(node.content)}`;
  }
}

/** A Name as one line, in the order the certificate lists it: "C=US, O=Example, CN=example.com". */
export function readName(node: DerNode | undefined, field: string): string {
  const rdns = children(expect(node, TAG.SEQUENCE, field, WHAT), WHAT);
  const parts: string[] = [];
  for (const rdn of rdns) {
    for (const atv of children(expect(rdn, TAG.SET, field, WHAT), WHAT)) {
      const [type, value] = sequence(atv, field, WHAT, 2);
      const oid = readOid(type, field, WHAT);
      parts.push(`${NAME_ATTRIBUTES[oid] ?? oid}=${stringValue(value!)}`);
    }
  }
  return parts.join(', ');
}

/** UTCTime (YYMMDDHHMMSSZ, RFC 5280 §4.1.2.5.1) or GeneralizedTime (YYYYMMDDHHMMSSZ) as ISO 8601. */
export function readTime(node: DerNode | undefined, field: string): string {
  if (!node || (node.tag !== TAG.UTC_TIME && node.tag !== TAG.GENERALIZED_TIME)) {
    throw new JoseError('ERR_KEY_INVALID', `The ${WHAT}'s ${field} is not a time`, { segment: 'key' });
  }
  const text = String.fromCharCode(...node.content);
  const m = node.tag === TAG.UTC_TIME ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) throw new JoseError('ERR_KEY_INVALID', `The ${WHAT}'s ${field} "${text}" is not a valid time`, { segment: 'key' });
  let year = Number(m[1]);
  if (node.tag === TAG.UTC_TIME) year += year >= 50 ? 1900 : 2000;
  return `${String(year).padStart(4, '0')}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

export interface ParsedCertificate extends ParsedKey {
  certificate: CertificateInfo;
}

/** What a chain check needs beyond the key and names: the signed bytes, the signature and the extensions. */
export interface CertificateParts {
  /** The DER of tbsCertificate: the bytes the issuer signed. */
  tbs: Bytes;
  /** The outer signatureAlgorithm and the copy inside tbsCertificate (RFC 5280 §4.1.1.2: they must be equal). */
  signatureAlgorithm: { oid: string; params: DerNode | undefined; der: Bytes };
  tbsSignatureAlgorithmDer: Bytes;
  signature: Bytes;
  /** The raw DER of the issuer and subject Names, for exact name chaining. */
  issuerDer: Bytes;
  subjectDer: Bytes;
  /** basicConstraints cA (undefined without the extension), and keyUsage keyCertSign (undefined without keyUsage). */
  isCa: boolean | undefined;
  keyCertSign: boolean | undefined;
  /** The extensions could not be read (the key, names and dates still could). */
  extensionsUnreadable?: true;
  version: number;
}

const OID_BASIC_CONSTRAINTS = '2.5.29.19';
const OID_KEY_USAGE = '2.5.29.15';

/** basicConstraints and keyUsage from the [3] extensions of a v3 certificate. */
function readExtensions(node: DerNode | undefined): Pick<CertificateParts, 'isCa' | 'keyCertSign'> {
  let isCa: boolean | undefined;
  let keyCertSign: boolean | undefined;
  if (!node) return { isCa, keyCertSign };
  const [list] = children(node, WHAT);
  for (const ext of children(expect(list, TAG.SEQUENCE, 'the extensions', WHAT), WHAT)) {
    const fields = children(expect(ext, TAG.SEQUENCE, 'an extension', WHAT), WHAT);
    const oid = readOid(fields[0], 'an extension id', WHAT);
    const value = fields[fields.length - 1];
    if (!value || value.tag !== TAG.OCTET_STRING) continue;
    if (oid === OID_BASIC_CONSTRAINTS) {
      const inner = children(expect(parseDer(value.content, WHAT), TAG.SEQUENCE, 'basicConstraints', WHAT), WHAT);
      // cA BOOLEAN DEFAULT FALSE: absent means false; DER writes TRUE as 0xff.
      isCa = inner[0]?.tag === 0x01 && inner[0].content[0] === 0xff;
    } else if (oid === OID_KEY_USAGE) {
      const bits = expect(parseDer(value.content, WHAT), TAG.BIT_STRING, 'keyUsage', WHAT).content;
      // Bit 5 (keyCertSign) is 0x04 of the first byte after the unused-bits count.
      keyCertSign = bits.length > 1 && (bits[1]! & 0x04) !== 0;
    }
  }
  return { isCa, keyCertSign };
}

/** A malformed extension must not stop a certificate's key from being read: it is reported instead. */
function extensionsOf(node: DerNode | undefined): Pick<CertificateParts, 'isCa' | 'keyCertSign' | 'extensionsUnreadable'> {
  try {
    return readExtensions(node);
  } catch (error) {
    if (!(error instanceof JoseError)) throw error;
    return { isCa: undefined, keyCertSign: undefined, extensionsUnreadable: true };
  }
}

/**
 * Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue } (RFC 5280 §4.1),
 * read whole: the key, names and dates a person sees, and the parts a chain check verifies.
 */
export function readCertificateParts(der: Bytes, now = Date.now()): ParsedCertificate & { parts: CertificateParts } {
  const [tbs, sigAlg, sigValue] = sequence(parseDer(der, WHAT), 'Certificate', WHAT, 3);
  const fields = children(expect(tbs, TAG.SEQUENCE, 'tbsCertificate', WHAT), WHAT);
  let i = 0;
  let version = 1;
  if (fields[0]?.tag === ctxTag(0)) {
    const v = children(fields[i++]!, WHAT)[0];
    version = (v?.content[0] ?? 0) + 1;
  }
  const serial = expect(fields[i++], TAG.INTEGER, 'the serial number', WHAT).content;
  const tbsSigAlg = expect(fields[i++], TAG.SEQUENCE, 'the signature algorithm', WHAT);
  const issuerNode = fields[i++];
  const issuer = readName(issuerNode, 'the issuer');
  const [notBefore, notAfter] = sequence(fields[i++], 'the validity', WHAT, 2);
  const subjectNode = fields[i++];
  const subject = readName(subjectNode, 'the subject');
  const key = readSpki(fields[i++]!, 'certificate\'s public key');
  const extensions = fields.slice(i).find((f) => f.tag === ctxTag(3));
  const [algOid, algParams] = sequence(sigAlg, 'the signatureAlgorithm', WHAT, 1, 2);
  const slice = (n: DerNode) => der.slice(n.start, n.end);
  const certificate: CertificateInfo = {
    subject,
    issuer,
    notBefore: readTime(notBefore, 'notBefore'),
    notAfter: readTime(notAfter, 'notAfter'),
    serialNumber: toHex(serial.length > 1 && serial[0] === 0 ? serial.subarray(1) : serial).toUpperCase(),
  };
  const findings: Finding[] = [...key.findings];
  findings.push({
    code: 'KEY_FROM_CERTIFICATE',
    severity: 'info',
    message: `The public key of the certificate for ${subject || '(no subject)'}; the certificate's own signature and chain are not checked`,
    params: { subject },
    ref: rfcRef(5280, '4.1'),
    segment: 'key',
  });
  if (Date.parse(certificate.notAfter) < now) {
    findings.push({ code: 'CERT_EXPIRED', severity: 'warning', message: `The certificate expired on ${certificate.notAfter}`, params: { date: certificate.notAfter }, segment: 'key' });
  } else if (Date.parse(certificate.notBefore) > now) {
    findings.push({ code: 'CERT_NOT_YET_VALID', severity: 'warning', message: `The certificate is not valid before ${certificate.notBefore}`, params: { date: certificate.notBefore }, segment: 'key' });
  }
  const parts: CertificateParts = {
    tbs: slice(tbs!),
    signatureAlgorithm: { oid: readOid(algOid, 'the signature algorithm', WHAT), params: algParams, der: slice(sigAlg!) },
    tbsSignatureAlgorithmDer: slice(tbsSigAlg),
    signature: readBitString(sigValue, 'the signature', WHAT),
    issuerDer: slice(issuerNode!),
    subjectDer: slice(subjectNode!),
    ...extensionsOf(extensions),
    version,
  };
  return { jwk: key.jwk, findings, certificate, parts };
}

/** A certificate's key, names and dates; its own signature is not checked here (x5c.ts checks chains). */
export function readCertificate(der: Bytes, now = Date.now()): ParsedCertificate {
  const { parts: _parts, ...read } = readCertificateParts(der, now);
  return read;
}
