import { describe, expect, it } from 'vitest';
import { base64urlEncode, inspect, utf8Encode } from '../../jose/index.ts';
import { charInfo, membersOf, pathLabel } from './anatomy.ts';
import { exampleById } from './examples.ts';

const b64 = (text: string) => base64urlEncode(utf8Encode(text));

describe('character -> segment -> group -> bytes -> JSON member', () => {
  // {"alg":"RS256","kid":"bilbo.baggins@hobbiton.example"}
  const token = exampleById('rfc7520-4.1')!.token;
  const r = inspect(token, { claims: false });

  it('the first characters encode {"a and fall in the name of "alg"', () => {
    const info = charInfo(r, 3)!;
    expect(info.segment.part).toBe('protected');
    expect(info.position).toBe(4);
    expect(info.group).toMatchObject({ start: 0, end: 4, text: 'eyJh', index: 1, bytes: { start: 0, end: 3 } });
    expect(new TextDecoder().decode(info.group!.values)).toBe('{"a');
    expect(info.bytes).toEqual({ start: 2, end: 3 }); // the 4th character's 6 bits end byte 2
    expect(info.member?.label).toBe('alg');
    expect(info.member?.part).toBe('name');
    expect(info.description).toContain('"alg"');
    expect(info.description).toContain('name');
    expect(info.description).toContain('7b 22 61');
  });

  it('the characters of "RS256" fall in the value of "alg"', () => {
    const text = r.segments[0]!.text!;
    const byte = text.indexOf('RS256'); // ASCII: byte offset = text offset
    const offset = Math.floor((byte * 8) / 6) + 1;
    const info = charInfo(r, offset)!;
    expect(info.member?.label).toBe('alg');
    expect(info.member?.part).toBe('value');
  });

  it('the quote and colon between name and value are punctuation', () => {
    const text = r.segments[0]!.text!;
    const colon = text.indexOf(':'); // {"alg":  -> byte 6
    // The character whose 6 bits lie wholly in byte 6 (bits 48..53): character 8.
    expect(Math.floor((colon * 8) / 6)).toBe(8);
    const info = charInfo(r, 8)!;
    expect(info.bytes).toEqual({ start: 6, end: 7 });
    expect(info.member?.part).toBe('punctuation');
  });

  it('a character of "kid"\'s value, and the dots between segments', () => {
    const text = r.segments[0]!.text!;
    const at = text.indexOf('hobbiton');
    const info = charInfo(r, Math.floor((at * 8) / 6) + 1)!;
    expect(info.member?.label).toBe('kid');
    expect(info.member?.part).toBe('value');
    expect(charInfo(r, r.segments[0]!.end)).toBeUndefined();
  });

  it('a payload that is text, not JSON, has bytes but no member', () => {
    const payload = r.segments.find((s) => s.part === 'payload')!;
    const info = charInfo(r, payload.start + 5)!;
    expect(info.segment.part).toBe('payload');
    expect(info.group?.text).toBe(token.slice(payload.start + 4, payload.start + 8));
    expect(info.member).toBeUndefined();
    expect(info.description).not.toContain('member');
  });

  it('the signature: a group of bytes, the last group shorter', () => {
    const sig = r.segments.find((s) => s.part === 'signature')!;
    const last = charInfo(r, sig.end - 1)!;
    expect(sig.end - sig.start).toBe(342); // 256 bytes
    expect(last.group!.text.length).toBe(2);
    expect(last.group!.values.length).toBe(1);
  });
});

describe('nested members and UTF-8', () => {
  it('a character inside a nested object names the innermost member', () => {
    const header = b64('{"alg":"ECDH-ES","epk":{"kty":"EC","crv":"P-256"}}');
    const r = inspect(`${header}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`, { claims: false });
    const text = '{"alg":"ECDH-ES","epk":{"kty":"EC","crv":"P-256"}}';
    const at = text.indexOf('P-256') + 1;
    const info = charInfo(r, Math.floor((at * 8) / 6))!;
    expect(info.member?.label).toBe('epk.crv');
    expect(info.member?.part).toBe('value');
    expect(pathLabel(['aud', 0])).toBe('aud[0]');
    expect(membersOf(r.segments[0]!).map((m) => [m.label, m.depth])).toEqual([
      ['alg', 0],
      ['epk', 0],
      ['epk.kty', 1],
      ['epk.crv', 1],
    ]);
  });

  it('multi-byte characters in a payload map to the right member', () => {
    const payload = '{"name":"Élodie","sub":"x"}';
    const r = inspect(`${b64('{"alg":"HS256"}')}.${b64(payload)}.c2ln`, { claims: false });
    const seg = r.segments.find((s) => s.part === 'payload')!;
    const bytesOfSub = utf8Encode(payload.slice(0, payload.indexOf('"x"'))).length; // after the two-byte É
    const info = charInfo(r, seg.start + Math.floor((bytesOfSub * 8) / 6) + 1)!;
    expect(info.member?.label).toBe('sub');
    expect(info.member?.part).toBe('value');
    const e = utf8Encode(payload.slice(0, payload.indexOf('É'))).length;
    const inName = charInfo(r, seg.start + Math.floor((e * 8) / 6) + 1)!;
    expect(inName.member?.label).toBe('name');
    expect(inName.member?.part).toBe('value');
  });
});
