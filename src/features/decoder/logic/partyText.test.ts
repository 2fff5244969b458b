import { describe, expect, it } from 'vitest';
import { importKey } from '../../../jose/index.ts';
import { partyVerdicts } from './parties.ts';
import { partyText } from './partyText.ts';
import { loadEngineWords } from '../../../lib/i18n/engine-words.ts';
import { english, spanish } from '../../../lib/i18n/translators.test-support.ts';
import multi from '../../../../test/vectors/rfc7520/jws/4_8.multiple_signatures.json' with { type: 'json' };
import bilboEc from '../../../../test/vectors/rfc7520/jwk/3_1.ec_public_key.json' with { type: 'json' };
import bilboRsa from '../../../../test/vectors/rfc7520/jwk/3_3.rsa_public_key.json' with { type: 'json' };
import hmacKey from '../../../../test/vectors/rfc7520/jwk/3_5.symmetric_key_mac_computation.json' with { type: 'json' };
import recipients from '../../../../test/vectors/rfc7520/jwe/5_13.encrypting_to_multiple_recipients.json' with { type: 'json' };

/** Each signature's or recipient's reason, for keys that verify, open, do not fit, or fail. */
const CASES: [string, string, unknown][] = [
  ['three signatures, the EC key', JSON.stringify(multi.output.json), bilboEc],
  ['three signatures, all three keys', JSON.stringify(multi.output.json), { keys: [bilboRsa, bilboEc, hmacKey] }],
  ['three signatures, a wrong HMAC key', JSON.stringify(multi.output.json), { ...hmacKey, k: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
  ['three recipients, the RSA key', JSON.stringify(recipients.output.json), recipients.input.key[0]],
];

describe('each signature and recipient in the person language, from the facts the worker sends', () => {
  for (const [name, token, jwk] of CASES) {
    it(`${name}: the English from the facts is the worker's sentence; the Spanish differs`, async () => {
      await loadEngineWords('es');
      const verdicts = await partyVerdicts(token, await importKey(JSON.stringify(jwk)), 10_000);
      expect(verdicts?.length).toBeGreaterThan(1);
      for (const v of verdicts!) {
        expect(partyText(v.words, english, 'en'), v.state).toBe(v.reason);
        expect(partyText(v.words, spanish, 'es'), v.state).not.toBe(v.reason);
      }
    });
  }
});
