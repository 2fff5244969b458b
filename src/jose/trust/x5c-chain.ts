/**
 * The "x5c" header (RFC 7515 §4.1.6): a certificate chain, leaf first, each certificate certified
 * by the next. checkX5c decodes every certificate, checks each link (names chain, the issuer's
 * signature verifies, the issuer is a CA), every validity period against the clock, and whether
 * the chain reaches a root the person pasted. It is a chain check, not full RFC 5280 path
 * validation: no revocation, name constraints, policies or extended key usage.
 */
import { base64Decode, base64urlEncode } from '../lib/base64url.ts';
import { bytesEqual, type Bytes } from '../lib/bytes.ts';
import { isJoseError, JoseError } from '../lib/errors.ts';
import { describeKey, keyFromJwk } from '../jwk/import.ts';
import { parsePemBlocks } from '../jwk/pem.ts';
import { thumbprint } from '../jwk/thumbprint.ts';
import type { JoseKey } from '../jwk/types.ts';
import { readCertificateParts, type CertificateParts } from '../jwk/x509.ts';
import type { CheckX5cOptions, X5cCertificate, X5cChain, X5cLink, X5cStatus } from '../jwk/x5c-types.ts';
import { certSignatureAlgorithm, verifyCertificateSignature } from './cert-signature.ts';

interface Cert {
  der: Bytes;
  parts: CertificateParts;
  /** The certified public key, imported once: the leaf's verifies the token, an issuer's its child. */
  key: JoseKey;
  view: X5cCertificate;
}

async function hash(name: 'SHA-1' | 'SHA-256', der: Bytes): Promise<string> {
  return base64urlEncode(new Uint8Array(await crypto.subtle.digest(name, der)));
}

async function readCert(der: Bytes, index: number, nowMs: number, where: string): Promise<Cert> {
  let read: ReturnType<typeof readCertificateParts>;
  let key: JoseKey;
  try {
    read = readCertificateParts(der, nowMs);
    key = keyFromJwk(read.jwk, 'x509', [], { certificate: read.certificate });
  } catch (error) {
    if (!isJoseError(error)) throw error;
    throw new JoseError(error.code, `${where}: ${error.message}`, { segment: index >= 0 ? 'header' : 'key', details: { index } });
  }
  const { certificate: c, parts } = read;
  const validity = Date.parse(c.notAfter) < nowMs ? 'expired' : Date.parse(c.notBefore) > nowMs ? 'not-yet-valid' : 'valid';
  let signatureAlgorithm = parts.signatureAlgorithm.oid;
  try {
    signatureAlgorithm = certSignatureAlgorithm(parts.signatureAlgorithm).name;
  } catch (error) {
    // An unknown algorithm keeps its OID; the link check says it cannot be checked.
    if (!isJoseError(error)) throw error;
  }
  const view: X5cCertificate = {
    index,
    ...c,
    signatureAlgorithm,
    key: { description: describeKey(key), jwk: { ...read.jwk }, thumbprint: await thumbprint(key) },
    isCa: parts.isCa,
    selfIssued: bytesEqual(parts.issuerDer, parts.subjectDer),
    validity,
    sha256: await hash('SHA-256', der),
  };
  return { der, parts, key, view };
}

function decodeEntry(entry: unknown, index: number): Bytes {
  if (typeof entry !== 'string' || entry === '') throw new JoseError('ERR_MALFORMED', `x5c[${index}] must be a non-empty base64 string (RFC 7515 §4.1.6)`, { segment: 'header', details: { index } });
  try {
    return base64Decode(entry);
  } catch {
    const hint = /[-_]/.test(entry) ? ' ("-" and "_" are base64url; x5c uses standard base64)' : '';
    throw new JoseError('ERR_MALFORMED', `x5c[${index}] is not valid base64${hint}`, { segment: 'header', details: { index } });
  }
}

function rootDers(roots: CheckX5cOptions['roots']): Bytes[] {
  const list = roots === undefined ? [] : typeof roots === 'string' ? [roots] : roots;
  const out: Bytes[] = [];
  for (const text of list) {
    if (/-----BEGIN /.test(text)) {
      for (const block of parsePemBlocks(text)) if (/CERTIFICATE$/.test(block.label)) out.push(block.bytes);
    } else if (text.trim() !== '') {
      try {
        out.push(base64Decode(text));
      } catch {
        throw new JoseError('ERR_KEY_INVALID', 'A trusted root must be a PEM certificate or base64 DER', { segment: 'key' });
      }
    }
  }
  return out;
}

function caProblem(issuer: Cert): string | undefined {
  const p = issuer.parts;
  if (p.isCa === false || (p.isCa === undefined && p.version >= 3)) return `${issuer.view.subject || '(no subject)'} is not a CA (no basicConstraints cA)`;
  if (p.keyCertSign === false) return `${issuer.view.subject || '(no subject)'} may not sign certificates (keyUsage lacks keyCertSign)`;
  return undefined;
}

async function link(child: Cert, issuer: Cert, issuerRef: number | 'root'): Promise<X5cLink> {
  const names = bytesEqual(child.parts.issuerDer, issuer.parts.subjectDer);
  const sig = await verifyCertificateSignature(child.parts, issuer.key);
  const tbsAlgOk = bytesEqual(child.parts.signatureAlgorithm.der, child.parts.tbsSignatureAlgorithmDer);
  const ca = caProblem(issuer);
  // A collision on SHA-1 lets someone else obtain a certificate with the same signature (CA/Browser Forum stopped SHA-1 in 2016).
  const weak = sig.status === 'valid' && /SHA-?1\b|sha1/i.test(sig.algorithm) ? `it is signed with ${sig.algorithm}: SHA-1 is broken for certificate signatures` : undefined;
  const problems = [
    ...(names ? [] : [`its issuer name "${child.view.issuer}" is not the next certificate's subject "${issuer.view.subject}"`]),
    ...(sig.status === 'valid' ? [] : [sig.message]),
    ...(tbsAlgOk ? [] : ['its two signature algorithm fields differ (RFC 5280 §4.1.1.2)']),
    ...(ca ? [ca] : []),
    ...(weak ? [weak] : []),
  ];
  const ok = problems.length === 0;
  const who = issuerRef === 'root' ? 'the pasted root' : `certificate ${issuerRef}`;
  return {
    child: child.view.index,
    issuer: issuerRef,
    names,
    signature: sig.status,
    signatureAlgorithm: sig.algorithm,
    issuerIsCa: ca === undefined,
    ok,
    message: ok ? `Certificate ${child.view.index} is signed by ${who} (${sig.algorithm})` : `Certificate ${child.view.index} → ${who}: ${problems.join('; ')}`,
  };
}

/**
 * Decodes and checks an x5c chain. Throws ERR_MALFORMED / ERR_KEY_INVALID only when an entry is
 * not a certificate; everything about trust comes back in the result.
 *
 * @example
 * const chain = await checkX5c(header.x5c, { roots: rootPem });
 * chain.trusted // true when every link, every date and the anchor check out
 */
export async function checkX5c(x5c: unknown, options: CheckX5cOptions = {}): Promise<X5cChain> {
  if (!Array.isArray(x5c) || x5c.length === 0) throw new JoseError('ERR_MALFORMED', '"x5c" must be a non-empty array of base64 certificates (RFC 7515 §4.1.6)', { segment: 'header' });
  const nowMs = options.now instanceof Date ? options.now.getTime() : typeof options.now === 'number' ? options.now * 1000 : Date.now();
  const certs: Cert[] = [];
  for (let i = 0; i < x5c.length; i++) certs.push(await readCert(decodeEntry(x5c[i], i), i, nowMs, `x5c[${i}]`));
  const roots: Cert[] = [];
  for (const der of rootDers(options.roots)) roots.push(await readCert(der, -1, nowMs, 'The trusted root'));

  const problems: string[] = [];
  // The chain ends at the first certificate that IS a pasted root; anything after it is not needed.
  const rootAt = certs.findIndex((c) => roots.some((r) => bytesEqual(r.der, c.der)));
  const used = rootAt === -1 ? certs : certs.slice(0, rootAt + 1);
  if (rootAt !== -1 && rootAt < certs.length - 1) problems.push(`Certificates after x5c[${rootAt}] (the pasted root) were not needed and were not checked`);
  const links: X5cLink[] = [];
  for (let i = 0; i + 1 < used.length; i++) links.push(await link(used[i]!, used[i + 1]!, i + 1));
  let root: Cert | undefined = rootAt === -1 ? undefined : used[rootAt];
  const last = used[used.length - 1]!;
  // A root whose subject is the last certificate's issuer; one that is not named is no link at all.
  const named = root ? undefined : roots.find((r) => bytesEqual(r.parts.subjectDer, last.parts.issuerDer));
  if (named) {
    const l = await link(last, named, 'root');
    links.push(l);
    if (l.ok) root = named;
  }
  for (const l of links) if (!l.ok) problems.push(l.message);
  for (const c of [...used, ...(root && rootAt === -1 ? [root] : [])]) {
    if (c.view.validity === 'expired') problems.push(`${c.view.index === -1 ? 'The pasted root' : `Certificate ${c.view.index}`} (${c.view.subject}) expired on ${c.view.notAfter}`);
    if (c.view.validity === 'not-yet-valid') problems.push(`${c.view.index === -1 ? 'The pasted root' : `Certificate ${c.view.index}`} (${c.view.subject}) is not valid before ${c.view.notBefore}`);
  }
  if (!root) {
    problems.push(roots.length
      ? 'The chain does not reach any of the pasted roots'
      : `No trusted root was pasted, so the chain proves nothing${last.view.selfIssued ? ` (it ends at the self-issued ${last.view.subject}, which anyone can make)` : ''}`);
  }
  const broken = links.some((l) => !l.ok);
  const dated = [...used, ...(root ? [root] : [])].some((c) => c.view.validity !== 'valid');
  const status: X5cStatus = broken ? 'broken' : dated ? 'expired' : root ? 'trusted' : 'not-anchored';
  const thumbprints: X5cChain['thumbprints'] = [];
  const leaf = certs[0]!;
  if (typeof options.header?.['x5t#S256'] === 'string') thumbprints.push({ member: 'x5t#S256', matches: options.header['x5t#S256'] === leaf.view.sha256 });
  if (typeof options.header?.x5t === 'string') thumbprints.push({ member: 'x5t', matches: options.header.x5t === (await hash('SHA-1', leaf.der)) });
  for (const t of thumbprints) if (!t.matches) problems.push(`The header's "${t.member}" is not the thumbprint of the leaf certificate`);
  const trusted = status === 'trusted' && thumbprints.every((t) => t.matches);
  return {
    certificates: certs.map((c) => c.view),
    ...(root ? { root: root.view, anchor: root.view.subject } : {}),
    links,
    status,
    trusted,
    problems,
    leafKey: leaf.key,
    thumbprints,
  };
}
