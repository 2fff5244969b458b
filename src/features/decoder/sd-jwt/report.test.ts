import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importKey } from '../../../jose/index.ts';
import { checkSdJwt } from './report.ts';

const rfc = JSON.parse(readFileSync(new URL('../../../../test/vectors/sd-jwt/rfc9901/rfc9901-examples.json', import.meta.url), 'utf8'));
const token: string = rfc.tokens.find((t: { section: string }) => t.section === '5.2').text;
const parts = token.split('~');

describe('checkSdJwt (the token session worker half of the Disclosures region)', () => {
  it('verifies the RFC 9901 §5.2 SD-JWT+KB with the Issuer key: tree, Disclosures, KB-JWT checks', async () => {
    const key = await importKey(JSON.stringify(rfc.issuerPublicKey));
    const c = await checkSdJwt(token, key, 'the RFC key');
    expect(c.verdict?.status).toBe('Signature verified');
    expect(c.verdict?.reason).toContain('4 Disclosures found in place by digest; Key Binding JWT checked with the holder key in "cnf"');
    expect(c.report.issuerVerified).toBe(true);
    expect(c.report.disclosures.map((d) => d.pointer)).toEqual(['/family_name', '/address', '/given_name', '/nationalities/0']);
    expect(c.report.kb?.checks.find((x) => x.id === 'sd_hash')?.status).toBe('ok');
    expect(c.report.failure).toBeUndefined();
  });

  it('decodes without a key: the same tree, nothing verified, no verdict', async () => {
    const c = await checkSdJwt(token, undefined);
    expect(c.verdict).toBeUndefined();
    expect(c.report.issuerVerified).toBe(false);
    expect(c.report.keyGiven).toBe(false);
    expect(c.report.tree?.children?.length).toBeGreaterThan(4);
    expect(c.report.kb?.verified).toBe(false);
  });

  it('a tampered Disclosure: the failure names it, the Disclosures still show as they decode', async () => {
    const key = await importKey(JSON.stringify(rfc.issuerPublicKey));
    const d = parts[1]!;
    const tampered = [parts[0], d.slice(0, 10) + (d[10] === 'A' ? 'B' : 'A') + d.slice(11), ...parts.slice(2)].join('~');
    const c = await checkSdJwt(tampered, key, 'the RFC key');
    expect(c.verdict?.status).toBe('Invalid signature');
    expect(c.verdict?.reason).toMatch(/^Disclosure 1 .*not referenced.*\(at offset \d+\)$/);
    expect(c.verdict?.reason).not.toContain('key tried');
    expect(c.report.failure).toMatchObject({ code: 'ERR_SDJWT_DISCLOSURE_UNREFERENCED', disclosure: 0 });
    expect(c.report.tree).toBeUndefined();
    expect(c.report.raw).toHaveLength(4);
  });

  it('the wrong Issuer key: the signature failure names the key tried, the tree shows unverified', async () => {
    // The holder's key from the token's "cnf": a valid P-256 key, not the Issuer's.
    const other = await importKey(JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'TCAER19Zvu3OHF4j4W4vfSVoHIP1ILilDls7vCeGemc', y: 'ZxjiWWbZMQGHVWKVQ4hbSIirsVfuecCE6t4jT9F2HZQ' }));
    const c = await checkSdJwt(token, other, 'the holder key');
    expect(c.verdict?.status).toBe('Invalid signature');
    expect(c.verdict?.reason).toContain('key tried: the holder key');
    expect(c.report.failure?.code).toBe('ERR_SIGNATURE_INVALID');
    expect(c.report.tree).toBeDefined();
    expect(c.report.issuerVerified).toBe(false);
  });
});
