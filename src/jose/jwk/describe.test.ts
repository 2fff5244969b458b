import { describe, expect, it } from 'vitest';
import { describeKey, importKey } from './import.ts';
import type { JoseKey } from './types.ts';

async function words(material: unknown, options = {}): Promise<string> {
  return describeKey((await importKey(material, options)) as JoseKey);
}

describe('describeKey', () => {
  it('puts "a" or "an" as the phrase is spoken', async () => {
    expect(await words('12345678')).toBe('an 8-byte shared secret');
    expect(await words('12345678901')).toBe('an 11-byte shared secret');
    expect(await words('x'.repeat(32))).toBe('a 32-byte shared secret');
    expect(await words('x'.repeat(110))).toBe('a 110-byte shared secret');
    expect(await words({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' })).toBe('an Ed25519 public key');
    expect(await words({ kty: 'OKP', crv: 'X25519', x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' })).toBe('an X25519 public key');
    expect(
      await words({ kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }),
    ).toBe('an EC P-256 public key');
  });
});
