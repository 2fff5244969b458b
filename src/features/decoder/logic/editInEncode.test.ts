import { describe, expect, it } from 'vitest';
import { base64urlEncode, utf8Encode } from '../../../jose/index.ts';
import { editableJwe, editableJws } from './editInEncode.ts';

const b64 = (text: string) => base64urlEncode(utf8Encode(text));

describe('Edit in Encode takes the exact bytes', () => {
  it('a compact JWS: header and payload as written, whitespace and order kept, Minify off', () => {
    const header = '{"typ":"JWT",\n "alg":"HS256"}';
    const payload = '{ "sub": "1234567890", "iat": 1516239022 }';
    expect(editableJws(`${b64(header)}.${b64(payload)}.c2ln`)).toEqual({ headerText: header, payloadText: payload, payloadType: 'json', serialization: 'compact', minify: false });
  });

  it('a text payload stays text; an unsecured JWS is editable too', () => {
    expect(editableJws(`${b64('{"alg":"none"}')}.${b64('hello')}.`)).toMatchObject({ payloadText: 'hello', payloadType: 'text' });
  });

  it('a JSON serialization takes the header of the signature that verified', () => {
    const json = JSON.stringify({
      payload: b64('{"a":1}'),
      signatures: [
        { protected: b64('{"alg":"HS256"}'), signature: 'c2ln' },
        { protected: b64('{"alg":"ES256","kid":"2"}'), signature: 'c2ln' },
      ],
    });
    expect(editableJws(json, 1)).toMatchObject({ headerText: '{"alg":"ES256","kid":"2"}', serialization: 'general' });
  });

  it('not a JWS: nothing to edit', () => {
    expect(editableJws('not a token')).toBeUndefined();
  });

  it('a decrypted JWE: the header without the members each encryption makes anew', () => {
    const edit = editableJwe({ alg: 'ECDH-ES', enc: 'A128GCM', epk: { kty: 'EC' }, kid: 'k' }, { mode: 'json', text: '{\n  "sub": "a"\n}' });
    expect(JSON.parse(edit!.headerText)).toEqual({ alg: 'ECDH-ES', enc: 'A128GCM', kid: 'k' });
    expect(edit).toMatchObject({ payloadType: 'json', minify: true });
    expect(editableJwe({ alg: 'dir', enc: 'A128GCM' }, { mode: 'hex', text: '00' })).toBeUndefined();
  });
});
