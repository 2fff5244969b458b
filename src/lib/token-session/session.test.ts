import { describe, expect, it } from 'vitest';
import { inspectedToken, sessionFor } from './session.ts';

const token = (n: number) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ n })).toString('base64url')}.c2ln`;

describe('token sessions', () => {
  it('inspect a token once, whoever asks', () => {
    const first = inspectedToken(token(1));
    expect(first.header).toEqual({ alg: 'HS256' });
    expect(inspectedToken(token(1))).toBe(first);
    expect(sessionFor(token(1)).inspected).toBe(first);
  });

  it('keep the three most recent tokens, and read an evicted one again', () => {
    const a = inspectedToken(token(10));
    inspectedToken(token(11));
    inspectedToken(token(12));
    expect(inspectedToken(token(10))).toBe(a); // used again: now the most recent
    inspectedToken(token(13)); // evicts 11
    expect(inspectedToken(token(10))).toBe(a);
    const again = inspectedToken(token(11));
    expect(again.claims).toEqual({ n: 11 });
    expect(inspectedToken(token(11))).toBe(again);
  });
});

describe('tokenForCrypto', () => {
  it('gives verify the session reading when it read exactly the text, else the text', async () => {
    const { tokenForCrypto } = await import('./session.ts');
    const exact = token(20);
    expect(tokenForCrypto(exact)).toBe(inspectedToken(exact));
    const bearer = `Bearer ${token(21)}`;
    expect(tokenForCrypto(bearer)).toBe(bearer);
  });
});
