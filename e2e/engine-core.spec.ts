import { expect, test } from './fixtures.ts';
import { openEngine } from './engine-harness.ts';

test('the engine core runs in Chromium: strict base64url and feature detection', async ({ page }) => {
  await openEngine(page);
  const result = await page.evaluate(async () => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    let padding = '';
    try {
      jose.base64urlDecode('YQ==', { segment: 'payload', offset: 5 });
    } catch (error) {
      padding = `${(error as { code: string }).code}@${(error as { offset: number }).offset}`;
    }
    return { hello: jose.base64urlEncode(new TextEncoder().encode('hello')), padding };
  });
  expect(result).toEqual({ hello: 'aGVsbG8', padding: 'ERR_BASE64URL@7' });
});

test('base64url: the native path and the JS path give the same text and bytes in Chromium, and refuse the same text', async ({ page }) => {
  await openEngine(page);
  const result = await page.evaluate(async () => {
    type Codec = { base64urlEncode(b: Uint8Array): string; base64urlDecode(t: string, o?: object): Uint8Array };
    const path = '/src/jose/lib/base64url.ts';
    const native = (await import(/* @vite-ignore */ path)) as Codec;
    // A second copy of the module, loaded while the native methods are hidden, takes the JS loop.
    const U = Uint8Array as unknown as Record<string, unknown>;
    const P = Uint8Array.prototype as unknown as Record<string, unknown>;
    const saved = { fromBase64: U.fromBase64, toBase64: P.toBase64, setFromBase64: P.setFromBase64 };
    delete U.fromBase64;
    delete P.toBase64;
    delete P.setFromBase64;
    let js: Codec;
    try {
      js = (await import(/* @vite-ignore */ `${path}?js-loop`)) as Codec;
    } finally {
      U.fromBase64 = saved.fromBase64;
      P.toBase64 = saved.toBase64;
      P.setFromBase64 = saved.setFromBase64;
    }
    const problems: string[] = [];
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32, 33, 1023, 1024, 1025, 100_000]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 131 + length) & 255;
      const text = native.base64urlEncode(bytes);
      if (js.base64urlEncode(bytes) !== text) problems.push(`encode ${length}`);
      if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length !== Math.ceil((length * 4) / 3)) problems.push(`alphabet ${length}`);
      for (const [name, m] of [['native', native], ['js', js]] as const) {
        const back = m.base64urlDecode(text, { allowEmpty: true });
        if (back.length !== length || back.some((b: number, i: number) => b !== bytes[i])) problems.push(`${name} decode ${length}`);
      }
    }
    const refusals = (m: Codec) =>
      ['YR', 'YQ==', 'a b', 'ab+/', 'abcde'].map((bad) => {
        try {
          m.base64urlDecode(bad);
          return 'accepted';
        } catch (error) {
          return `${(error as { code: string }).code}@${(error as { offset: number }).offset}`;
        }
      });
    return { problems, native: refusals(native), js: refusals(js), distinct: js !== native, hasNative: typeof saved.fromBase64 === 'function' && typeof saved.toBase64 === 'function' };
  });
  expect(result.hasNative, 'Chromium has fromBase64 / toBase64, so the first copy takes the native path').toBe(true);
  expect(result.distinct, 'the second copy is another module instance').toBe(true);
  expect(result.problems).toEqual([]);
  expect(result.native).toEqual(['ERR_BASE64URL@1', 'ERR_BASE64URL@2', 'ERR_BASE64URL@1', 'ERR_BASE64URL@2', 'ERR_BASE64URL@4']);
  expect(result.js).toEqual(result.native);
});

test('a token read once (parseToken, inspect) verifies and decrypts in Chromium, its JWE ciphertext and tag in one buffer', async ({ page }) => {
  await openEngine(page);
  const result = await page.evaluate(async () => {
    const path = '/src/jose/index.ts';
    const jose = await import(/* @vite-ignore */ path);
    const key = await jose.importKey({ kty: 'oct', k: 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY' });
    const jws = jose.serializeCompact(await jose.sign({ sub: 'chromium' }, key, { alg: 'HS256' }));
    const jwe = jose.serializeCompact(await jose.encrypt('{"sub":"sealed"}', key, { alg: 'dir', enc: 'A256GCM' }));
    const parsed = jose.parseToken(jwe);
    const [ct, tag] = [parsed.segments[3].bytes, parsed.segments[4].bytes];
    const tampered = jose.inspect(jws.slice(0, -1) + (jws.endsWith('A') ? 'Q' : 'A'));
    let refused = '';
    try {
      await jose.verify(tampered, key);
    } catch (error) {
      refused = (error as { code: string }).code;
    }
    return {
      verified: (await jose.verify(jose.inspect(`Bearer ${jws}`), key)).claims,
      decrypted: (await jose.decrypt(parsed, key)).claims,
      shared: ct.buffer === tag.buffer && ct.byteOffset + ct.length === tag.byteOffset,
      refused,
    };
  });
  expect(result).toEqual({ verified: { sub: 'chromium' }, decrypted: { sub: 'sealed' }, shared: true, refused: 'ERR_SIGNATURE_INVALID' });
});
