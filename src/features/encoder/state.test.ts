import { describe, expect, it } from 'vitest';
import { headerForSelection, selectionFromHeader } from './algorithms.ts';
import { parseObject, setMember, setMembers } from './jsonText.ts';
import { encoderReducer, headerOptions, initialState, selectedAlgorithms, type EncoderState } from './state.ts';

const NOW = 1_800_000_000;
const run = (state: EncoderState, ...actions: Parameters<typeof encoderReducer>[1][]) => actions.reduce(encoderReducer, state);

describe('setMember keeps every other character of the text', () => {
  it('replaces a value in place', () => {
    expect(setMember('{"alg": "HS256"}', 'alg', 'RS256')).toBe('{"alg": "RS256"}');
    expect(setMember('{\n  "typ": "JWT",\n  "alg": "HS256"\n}', 'alg', 'ES256')).toBe('{\n  "typ": "JWT",\n  "alg": "ES256"\n}');
  });
  it('adds a member in the style of the text', () => {
    expect(setMember('{"alg":"HS256"}', 'kid', 'a')).toBe('{"alg":"HS256","kid":"a"}');
    expect(setMember('{"alg": "HS256"}', 'kid', 'a')).toBe('{"alg": "HS256", "kid": "a"}');
    expect(setMember('{\n  "alg": "HS256"\n}', 'kid', 'a')).toBe('{\n  "alg": "HS256",\n  "kid": "a"\n}');
    expect(setMember('{}', 'alg', 'dir')).toBe('{"alg":"dir"}');
  });
  it('removes a member with its separator', () => {
    expect(setMember('{"alg": "A128KW", "enc": "A128GCM", "zip": "DEF"}', 'enc', undefined)).toBe('{"alg": "A128KW", "zip": "DEF"}');
    expect(setMember('{"alg": "A128KW", "enc": "A128GCM"}', 'enc', undefined)).toBe('{"alg": "A128KW"}');
    expect(setMember('{"enc": "A128GCM"}', 'enc', undefined)).toBe('{}');
  });
  it('leaves text that is not a JSON object alone', () => {
    expect(setMember('{"alg": ', 'alg', 'HS256')).toBeNull();
    expect(setMember('[1]', 'alg', 'HS256')).toBeNull();
    expect(setMembers('{"alg":"HS256"}', { alg: 'HS256' })).toBe('{"alg":"HS256"}');
  });
});

describe('the Algorithm select and the header are one source of truth', () => {
  it('reads alg and enc from the header', () => {
    expect(selectionFromHeader({ alg: 'ES256' })).toEqual({ alg: 'ES256' });
    expect(selectionFromHeader({ alg: 'RSA-OAEP', enc: 'A128GCM' })).toEqual({ alg: 'RSA-OAEP', enc: 'A128GCM' });
    expect(selectionFromHeader({ alg: 'HS999' }).problem).toMatch(/not an algorithm/);
    expect(selectionFromHeader({ typ: 'JWT' }).problem).toMatch(/no "alg"/);
    expect(selectionFromHeader({ alg: 'dir' }).problem).toMatch(/no "enc"/);
  });
  it('a JWE choice adds enc and drops b64/crit; a JWS choice drops enc and zip', () => {
    expect(headerForSelection('{"alg": "HS256", "b64": false, "crit": ["b64"]}', 'A128KW', 'A128GCM')).toBe('{"alg": "A128KW", "enc": "A128GCM"}');
    expect(headerForSelection('{"alg": "A128KW", "enc": "A128GCM", "zip": "DEF", "kid": "k"}', 'ES256', 'A128GCM')).toBe('{"alg": "ES256", "kid": "k"}');
  });
  it('selecting edits the header text; editing the header moves the selects', () => {
    let s = initialState(NOW);
    s = run(s, { type: 'alg', alg: 'RSA-OAEP-256' }, { type: 'enc', enc: 'A192GCM' });
    expect(s.headerText).toBe('{\n  "alg": "RSA-OAEP-256",\n  "typ": "JWT",\n  "enc": "A192GCM"\n}');
    expect(selectedAlgorithms(s)).toEqual({ alg: 'RSA-OAEP-256', enc: 'A192GCM' });
    s = run(s, { type: 'header', text: '{"alg": "PS384"}' });
    expect(selectedAlgorithms(s)).toEqual({ alg: 'PS384', enc: 'A192GCM' });
  });
  it('while the header is invalid the text is not rewritten, and the selects keep the last alg', () => {
    let s = run(initialState(NOW), { type: 'header', text: '{"alg": "ES256", ' });
    expect(selectedAlgorithms(s).alg).toBe('HS256');
    s = run(s, { type: 'alg', alg: 'EdDSA' });
    expect(s.headerText).toBe('{"alg": "ES256", ');
    expect(selectedAlgorithms(s).alg).toBe('EdDSA');
    s = run(s, { type: 'header', text: '{"alg": "ES256"}' });
    expect(selectedAlgorithms(s).alg).toBe('ES256');
  });
  it('header options live in the header: b64/crit, zip, cty', () => {
    let s = run(initialState(NOW), { type: 'header', text: '{"alg":"HS256"}' }, { type: 'b64', unencoded: true });
    expect(s.headerText).toBe('{"alg":"HS256","b64":false,"crit":["b64"]}');
    expect(headerOptions(s.headerText).unencoded).toBe(true);
    s = run(s, { type: 'b64', unencoded: false });
    expect(s.headerText).toBe('{"alg":"HS256"}');
    s = run(s, { type: 'alg', alg: 'A256KW' }, { type: 'zip', on: true }, { type: 'nested', patch: { enabled: true } });
    expect(JSON.parse(s.headerText)).toEqual({ alg: 'A256KW', enc: 'A256GCM', zip: 'DEF', cty: 'JWT' });
    s = run(s, { type: 'alg', alg: 'HS256' });
    expect(JSON.parse(s.headerText)).toEqual({ alg: 'HS256', cty: 'JWT' });
    expect(s.nested.enabled).toBe(false);
  });
});

describe('claim helpers and templates', () => {
  it('sets a claim in place, keeping the rest', () => {
    const s = run(initialState(NOW), { type: 'claims', text: '{"sub": "a"}' }, { type: 'claim', name: 'exp', value: NOW + 300 });
    expect(s.claimsText).toBe(`{"sub": "a", "exp": ${NOW + 300}}`);
  });
  it('the seed template reproduces the document: exact header, claims, secret, Minify off', () => {
    const s = run(initialState(NOW), { type: 'template', id: 'seed', now: NOW });
    expect([s.headerText, s.claimsText, s.key.text, s.minify]).toEqual(['{"alg": "HS256"}', '{"iss": "http://www.example.com", "sub": 42, "exp": 1395674427}', 'password', false]);
  });
  it('RFC 9068 sets typ at+jwt and the required claims; OIDC the ID token claims', () => {
    let s = run(initialState(NOW), { type: 'template', id: 'rfc9068', now: NOW });
    expect(JSON.parse(s.headerText)).toMatchObject({ alg: 'HS256', typ: 'at+jwt' });
    const at = parseObject(s.claimsText, 'claims');
    expect(at.ok && Object.keys(at.value)).toEqual(expect.arrayContaining(['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti']));
    s = run(s, { type: 'template', id: 'oidc', now: NOW });
    const id = JSON.parse(s.claimsText) as Record<string, unknown>;
    expect(id).toMatchObject({ iat: NOW, exp: NOW + 3600 });
    expect(Object.keys(id)).toEqual(expect.arrayContaining(['iss', 'sub', 'aud', 'exp', 'iat']));
  });
});

describe('work handed over by another screen replaces, and can be restored', () => {
  const mine = run(initialState(NOW), { type: 'alg', alg: 'ES256' }, { type: 'claims', text: '{"mine":true}' }, { type: 'key', patch: { text: 'my key' } });

  it('Edit in Encode: the exact header and payload with Minify off, the key, the serialization', () => {
    const next = encoderReducer(mine, {
      type: 'handoff',
      handoff: {
        from: 'Decode',
        keyText: 'password',
        keyEncoding: 'utf8',
        token: { headerText: '{"alg":"HS256", "typ":"JWT"}', payloadText: '{"sub":"a"}', payloadType: 'json', serialization: 'flattened', minify: false },
      },
    });
    expect(next.headerText).toBe('{"alg":"HS256", "typ":"JWT"}');
    expect(next.claimsText).toBe('{"sub":"a"}');
    expect(next.minify).toBe(false);
    expect(next.serialization).toBe('flattened');
    expect(next.key).toEqual({ text: 'password', encoding: 'utf8' });
    expect(selectedAlgorithms(next).alg).toBe('HS256');
    expect(next.replaced?.from).toBe('Decode');
    const restored = encoderReducer(next, { type: 'restore' });
    expect(restored).toEqual(mine);
  });

  it('a key from Keys switches to its alg and keeps the claims', () => {
    const next = encoderReducer(mine, { type: 'handoff', handoff: { from: 'Keys', keyText: '{"kty":"RSA"}', keyEncoding: 'utf8', alg: 'PS256' } });
    expect(selectedAlgorithms(next).alg).toBe('PS256');
    expect(next.claimsText).toBe('{"mine":true}');
    expect(next.key.text).toBe('{"kty":"RSA"}');
    expect(encoderReducer(next, { type: 'dismissReplaced' }).replaced).toBeUndefined();
    expect(encoderReducer(encoderReducer(next, { type: 'dismissReplaced' }), { type: 'restore' }).key.text).toBe('{"kty":"RSA"}');
  });

  it('an alg the encoder does not know (a content encryption) leaves the selects alone', () => {
    const next = encoderReducer(mine, { type: 'handoff', handoff: { from: 'Keys', keyText: 'k', keyEncoding: 'utf8', alg: 'A256GCM' } });
    expect(selectedAlgorithms(next).alg).toBe('ES256');
  });
});

describe('a template can be taken back', () => {
  it('restores the claims, header and key it replaced', () => {
    const mine = run(initialState(NOW), { type: 'claims', text: '{"mine":1}' }, { type: 'key', patch: { text: 'my secret' } });
    const templated = encoderReducer(mine, { type: 'template', id: 'seed', now: NOW });
    expect(templated.key.text).toBe('password');
    expect(templated.replaced?.from).toBe('Template');
    expect(encoderReducer(templated, { type: 'restore' })).toEqual(mine);
  });
});
