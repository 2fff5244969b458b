import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { b64, pem, standardChain } from '../../../../test/profiles/certs.ts';
import type { Finding } from '../../../jose/index.ts';
import { keyTrustTone, leafCheckFindings } from './index.tsx';
import { leafPem, runCertificates } from './work.ts';

describe('the x5c part of Decode', () => {
  const c = standardChain();
  const header = { alg: 'ES256', x5c: [b64(c.leafCert), b64(c.interCert)] };

  it('leafPem turns an x5c entry into the PEM node:crypto reads as the same certificate', () => {
    const text = leafPem(b64(c.leafCert));
    expect(text!.split('\n').every((line) => line.length <= 64)).toBe(true);
    expect(new X509Certificate(text!).raw.equals(c.leafCert)).toBe(true);
    // The engine's PEM writer (encodePem): the same text as test/profiles' own PEM of that DER.
    expect(text).toBe(pem(c.leafCert));
  });

  it('a leaf that is not base64 gives no key (never a crash), and the region says which x5c entry is wrong', async () => {
    expect(leafPem('not base64!')).toBeUndefined();
    expect(leafPem(b64(c.leafCert).replace(/\+/g, '-'))).toBeUndefined();
    const broken = await runCertificates({ what: 'x5c', header: { alg: 'ES256', x5c: ['not base64!'] }, roots: '' });
    expect(broken).toMatchObject({ error: expect.stringMatching(/^x5c\[0\] is not valid base64/) });
    expect('leafPem' in broken).toBe(false);
    // An entry further down the chain is reported at its own index.
    expect(await runCertificates({ what: 'x5c', header: { alg: 'ES256', x5c: [b64(c.leafCert), 'not base64!'] }, roots: '' })).toMatchObject({ error: expect.stringMatching(/^x5c\[1\] is not valid base64/) });
  });

  it('runCertificates checks the chain without the imported key, and says which input is wrong', async () => {
    const good = await runCertificates({ what: 'x5c', header, roots: pem(c.rootCert) });
    expect(good).toMatchObject({ chain: { status: 'trusted', trusted: true }, leafPem: pem(c.leafCert) });
    expect('chain' in good && 'leafKey' in good.chain).toBe(false);
    // A JSON round trip (what postMessage does to it) keeps everything the region shows.
    expect(JSON.parse(JSON.stringify(good))).toEqual(good);
    expect(await runCertificates({ what: 'x5c', header, roots: '' })).toMatchObject({ chain: { status: 'not-anchored' } });
    expect(await runCertificates({ what: 'x5c', header: { x5c: ['bm90IGEgY2VydA'] }, roots: '' })).toMatchObject({ error: expect.stringMatching(/^x5c\[0\]/) });
    expect(await runCertificates({ what: 'x5c', header, roots: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' })).toMatchObject({ rootsError: true });
  });

  it('a good verdict with a key nothing vouches for is amber; other verdicts keep their tone', () => {
    const good = { status: 'Signature verified' as const, reason: 'r', tone: 'good' as const };
    expect(keyTrustTone(good, { source: 'x5c', label: 'l', words: { said: 'x5c', status: 'not-anchored' }, trusted: false, verified: true }).tone).toBe('warning');
    expect(keyTrustTone(good, { source: 'x5c', label: 'l', words: { said: 'x5c', status: 'not-anchored' }, trusted: true, verified: true }).tone).toBe('good');
    expect(keyTrustTone(good, undefined).tone).toBe('good');
    const bad = { status: 'Invalid signature' as const, reason: 'r', tone: 'bad' as const };
    expect(keyTrustTone(bad, { source: 'x5c', label: 'l', words: { said: 'x5c', status: 'not-anchored' }, trusted: false, verified: false }).tone).toBe('bad');
  });

  it('leaves out only the "chain not checked" finding, and only when the leaf was used', () => {
    const findings: Finding[] = [{ code: 'KEY_FROM_CERTIFICATE', severity: 'info', message: 'm' }, { code: 'CERT_EXPIRED', severity: 'warning', message: 'e' }];
    expect(leafCheckFindings(findings, true)!.map((f) => f.code)).toEqual(['CERT_EXPIRED']);
    expect(leafCheckFindings(findings, false)).toBe(findings);
  });
});
