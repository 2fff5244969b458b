import { describe, expect, it } from 'vitest';
import rfc from '../../../test/vectors/sd-jwt/rfc9901/rfc9901-examples.json';
import { importKey } from '../jwk/import.ts';
import type { JoseKey } from '../jwk/types.ts';
import { verifySdJwt } from '../sd-jwt/verify.ts';
import { hiddenDigests } from '../sd-jwt/hidden.ts';
import { sdJwtFailure, sdJwtVerdict } from './sd-jwt.ts';
import { statusLine } from './words.ts';

// RFC 9901's §5.2 SD-JWT+KB (4 Disclosures) and A.1 presentation (2, no Key Binding JWT), with the A.5 key.
const token = (section: string) => rfc.tokens.find((t) => t.section === section && t.kind === 'presentation')!.text;
const KB_TIME = { now: rfc.keyBinding.iat + 10 };

describe('sdJwtVerdict: the SD-JWT verdict of the Decode screen and the CLI', () => {
  it('counts the Disclosures found by digest and says which holder key checked the Key Binding JWT, and what it did not compare', async () => {
    const key = (await importKey(rfc.issuerPublicKey)) as JoseKey;
    const r = await verifySdJwt(token('5.2'), key, KB_TIME);
    expect(statusLine(sdJwtVerdict(r, KB_TIME))).toBe(
      'Signature verified — ES256 signature checked with an EC P-256 public key; 4 Disclosures found in place by digest; Key Binding JWT checked with the holder key in "cnf" (aud, nonce not compared)',
    );
    const compared = await verifySdJwt(token('5.2'), key, { ...KB_TIME, kb: { aud: rfc.keyBinding.aud, nonce: rfc.keyBinding.nonce } });
    expect(sdJwtVerdict(compared, KB_TIME).reason).toMatch(/; Key Binding JWT checked with the holder key in "cnf"$/);
    const one = await verifySdJwt(token('A.1'), key, KB_TIME);
    expect(sdJwtVerdict(one, KB_TIME).reason).toBe('ES256 signature checked with an EC P-256 public key; 2 Disclosures found in place by digest');
  });
});

describe('the Decode screen\'s SD-JWT failure words and hidden-digest count', () => {
  it('counts the digests no Disclosure matched, at any depth', () => {
    expect(hiddenDigests({ status: 'visible', children: [{ status: 'hidden' }, { status: 'visible', children: [{ status: 'hidden' }, { status: 'disclosed' }] }] })).toBe(2);
  });

  it('a malformed SD-JWT reads Malformed token; a failed Disclosure names where, not the key', () => {
    expect(sdJwtFailure({ kind: 'JWS', code: 'ERR_SDJWT_DISCLOSURE_MALFORMED', message: 'Disclosure 2 is not base64url.' }, 40)).toEqual({ status: 'Malformed token', reason: 'Disclosure 2 is not base64url (at offset 40)' });
    expect(sdJwtFailure({ kind: 'JWS', code: 'ERR_SDJWT_CLAIM_EXISTS', message: 'Disclosure 1 ("a") exists', tried: 'k' }, 7)).toEqual({ status: 'Invalid signature', reason: 'Disclosure 1 ("a") exists (at offset 7)' });
    expect(sdJwtFailure({ kind: 'JWS', code: 'ERR_SIGNATURE_INVALID', message: 'Bad.', tried: 'k' }, 3).reason).toBe('Bad; key tried: k');
  });
});
