import { describe, expect, it } from 'vitest';
import { base64urlEncode, inspect, utf8Encode } from '../../jose/index.ts';
import { charInfo, jsonLayout, membersOf, pathLabel, stepSegments } from './anatomy.ts';
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

describe('the decoded JSON laid out as pretty JSON, each name and value a selectable piece', () => {
  it('joins to the pretty JSON, and a piece selects the member whose characters encode it', () => {
    const token = exampleById('rfc7520-4.1')!.token;
    const r = inspect(token, { claims: false });
    const seg = r.segments[0]!;
    const pieces = jsonLayout(seg);
    expect(pieces.map((p) => p.text).join('')).toBe(JSON.stringify(JSON.parse(seg.text!), null, 2));
    const kidName = pieces.find((p) => p.part === 'name' && p.text === '"kid"')!;
    const kidValue = pieces.find((p) => p.part === 'value' && p.text === '"bilbo.baggins@hobbiton.example"')!;
    expect(kidValue.member).toBe(kidName.member);
    const member = seg.json!.members[kidName.member!]!;
    expect(member.path).toEqual(['kid']);
    // The highlighted characters decode to bytes that hold exactly '"kid":"bilbo…"' (with at most
    // two neighbouring bytes, since 4 characters carry 3 bytes).
    const chars = token.slice(member.input.start, member.input.end);
    const first = Math.floor((member.input.start - seg.start) / 4) * 3;
    const padded = token.slice(seg.start + Math.floor((member.input.start - seg.start) / 4) * 4, seg.start + Math.ceil((member.input.end - seg.start) / 4) * 4);
    const decoded = new TextDecoder().decode(Uint8Array.from(atob(padded.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(padded.length / 4) * 4, '=')), (c) => c.charCodeAt(0)));
    expect(decoded).toContain('"kid":"bilbo.baggins@hobbiton.example"');
    expect(decoded.length - '"kid":"bilbo.baggins@hobbiton.example"'.length).toBeLessThanOrEqual(4);
    expect(first).toBeGreaterThan(0);
    expect(chars.length).toBeGreaterThan(40);
    // Every character of the range traces back to that same member.
    for (let o = member.input.start + 1; o < member.input.end - 1; o++) expect(charInfo(r, o)?.member?.label).toBe('kid');
  });

  it('nested objects and arrays indent, keep the text as written, and shorten long values', () => {
    const text = '{"alg":"ECDH-ES","epk":{"kty":"EC","crv":"P-256"},"crit":["b64"],"n":1.50,"x":"' + 'A'.repeat(200) + '"}';
    const r = inspect(`${b64(text)}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`, { claims: false });
    const pieces = jsonLayout(r.segments[0]!);
    const joined = pieces.map((p) => p.full ?? p.text).join('');
    expect(joined).toBe(`{\n  "alg": "ECDH-ES",\n  "epk": {\n    "kty": "EC",\n    "crv": "P-256"\n  },\n  "crit": [\n    "b64"\n  ],\n  "n": 1.50,\n  "x": "${'A'.repeat(200)}"\n}`);
    const crv = pieces.find((p) => p.text === '"crv"')!;
    expect(pathLabel(r.segments[0]!.json!.members[crv.member!]!.path)).toBe('epk.crv');
    const element = pieces.find((p) => p.text === '"b64"')!;
    expect(r.segments[0]!.json!.members[element.member!]!.path).toEqual(['crit', 0]);
    const long = pieces.find((p) => p.full !== undefined)!;
    expect(long.text.length).toBe(120);
    expect(long.text.endsWith('…')).toBe(true);
  });
});

describe('presenter mode: the segments a step is about', () => {
  it('maps step ids to segment parts', () => {
    expect(stepSegments('split')).toBe('separators');
    expect(stepSegments('header')).toEqual(['protected']);
    expect(stepSegments('signing-input')).toEqual(['protected', 'payload']);
    expect(stepSegments('tag-check')).toEqual(['tag']);
    expect(stepSegments('key-wrap')).toEqual(['encrypted_key']);
    expect(stepSegments('iv')).toEqual(['iv']);
    expect(stepSegments('content-decryption')).toEqual(['ciphertext']);
    expect(stepSegments('verdict')).toEqual([]);
  });
});
