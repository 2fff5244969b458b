import { describe, expect, it } from 'vitest';
import { KB_JWT_MEMBERS, SD_JWT_CLAIMS, SD_JWT_TYPES } from '../../../jose/index.ts';
import { KB_JWT_MEMBERS_ES, SD_JWT_CLAIMS_ES, SD_JWT_TYPES_ES } from './sd-jwt-members.es.ts';
import { loadSdJwtMembers, sdJwtMember } from './sd-jwt-members.ts';

const keys = (o: object) => Object.keys(o).sort();

describe('SD-JWT member explanations in Spanish', () => {
  it('have exactly the engine tables\' keys, both ways', () => {
    expect(keys(SD_JWT_CLAIMS_ES)).toEqual(keys(SD_JWT_CLAIMS));
    expect(keys(KB_JWT_MEMBERS_ES)).toEqual(keys(KB_JWT_MEMBERS));
    expect(keys(SD_JWT_TYPES_ES)).toEqual(keys(SD_JWT_TYPES));
  });

  it('keep the engine reference and change the words once loaded', async () => {
    expect(sdJwtMember('kb', 'sd_hash', 'es')?.label).toBe('SD-JWT hash');
    await loadSdJwtMembers('es');
    const sdHash = sdJwtMember('kb', 'sd_hash', 'es');
    expect(sdHash?.label).toBe('Hash del SD-JWT');
    expect(sdHash?.ref.label).toBe('RFC 9901 §4.3.1');
    expect(sdJwtMember('claims', '_sd', 'en')?.label).toBe('Disclosure digests');
    expect(sdJwtMember('types', 'dc+sd-jwt', 'es')?.meaning).toContain('credencial digital verificable');
    expect(sdJwtMember('claims', 'nope', 'es')).toBeUndefined();
  });
});
