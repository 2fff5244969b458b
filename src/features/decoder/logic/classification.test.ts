import { describe, expect, it } from 'vitest';
import { setupI18n, type Messages } from '@lingui/core';
import enScreens from '../../../lib/i18n/compiled/en-screens.json' with { type: 'json' };
import esDecode from '../../../lib/i18n/compiled/es-decode.json' with { type: 'json' };
import esScreens from '../../../lib/i18n/compiled/es-screens.json' with { type: 'json' };
import type { MessageId, MessageValues } from '../../../lib/i18n/index.ts';
import { EXAMPLE_TOKENS } from '../../../lib/examples/examples.data.ts';
import { base64urlEncode, inspect } from '../../../jose/index.ts';
import { classificationOf } from './classification.ts';
import { classificationText } from './classificationText.ts';

const english = setupI18n({ locale: 'en', messages: { en: enScreens as unknown as Messages } });
const spanish = setupI18n({ locale: 'es', messages: { es: { ...esDecode, ...esScreens } as unknown as Messages } });
const en = (id: MessageId, values?: MessageValues) => english._(id, values);
const sp = (id: MessageId, values?: MessageValues) => spanish._(id, values);

const part = (value: unknown) => base64urlEncode(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));
const compact = (header: unknown, ...rest: string[]) => [part(header), ...rest].join('.');
const disclosure = part(['salt', 'given_name', 'Ada']);

/** Every branch of the engine's classification (inspect/classify.ts, lib/classify-header.ts, sd-jwt/inspect.ts). */
const INPUTS: Record<string, string> = {
  empty: '',
  'no dot': 'hello world',
  'four segments': 'a.b.c.d',
  'header unreadable': 'abc!.def.ghi',
  'alg none': compact({ alg: 'none' }, part({ sub: 'a' }), ''),
  'alg none with enc': compact({ alg: 'none', enc: 'A128GCM' }, part({ sub: 'a' }), ''),
  'JWE alg without enc': compact({ alg: 'RSA-OAEP' }, 'AAAA', 'AAAA', 'AAAA', 'AAAA'),
  'JWS alg with enc': compact({ alg: 'HS256', enc: 'A128GCM' }, part({}), 'AAAA'),
  'unknown alg': compact({ alg: 'XX999' }, part({}), 'AAAA'),
  'unknown alg with enc': compact({ alg: 'XX999', enc: 'A128GCM' }, 'AAAA', 'AAAA', 'AAAA', 'AAAA'),
  'alg missing': compact({ typ: 'JWT' }, part({}), 'AAAA'),
  'alg not a string': compact({ alg: 5 }, part({}), 'AAAA'),
  'JSON not valid': '{"payload": ',
  'JSON with both': JSON.stringify({ payload: 'e30', ciphertext: 'AAAA', protected: part({ alg: 'HS256' }), signature: 'AAAA' }),
  'JSON with neither': JSON.stringify({ protected: part({ alg: 'HS256' }) }),
  'JSON JWS without a readable signature': JSON.stringify({ payload: 'e30', signatures: [] }),
  'SD-JWT, no KB-JWT': `${compact({ alg: 'ES256', typ: 'dc+sd-jwt' }, part({ _sd: [] }), 'AAAA')}~${disclosure}~`,
  'SD-JWT, two Disclosures': `${compact({ alg: 'ES256' }, part({ _sd: [] }), 'AAAA')}~${disclosure}~${disclosure}~`,
  'SD-JWT JSON': JSON.stringify({ payload: part({ _sd: [] }), protected: part({ alg: 'ES256' }), signature: 'AAAA', header: { disclosures: [disclosure] } }),
  ...Object.fromEntries(EXAMPLE_TOKENS.map((e) => [e.id, e.token])),
};

describe('the classification reason worded from its facts', () => {
  it.each(Object.entries(INPUTS))('%s: the English from the facts is the engine’s own sentence', (_name, text) => {
    const r = inspect(text);
    const c = classificationOf(r);
    expect(c, r.reason).toBeDefined();
    expect(classificationText(c!, en)).toBe(r.reason);
  });

  it('covers every form and header kind (the corpus is not missing a branch)', () => {
    const forms = new Set<string>();
    for (const text of Object.values(INPUTS)) {
      const c = classificationOf(inspect(text))!;
      const f = c.facts;
      forms.add(c.sdJwt ? `sd-jwt ${c.sdJwt.compact ? 'compact' : 'json'}` : f.form);
      if ('header' in f && f.header) forms.add(`${f.header.algKind}${f.header.enc ? '+enc' : ''}${f.header.alg === undefined ? ' no alg' : ''}`);
    }
    for (const form of ['empty', 'no-dot', 'compact', 'json-unreadable', 'json-both', 'json-neither', 'json-jws', 'json-jwe', 'sd-jwt compact', 'sd-jwt json']) expect(forms).toContain(form);
    for (const header of ['none', 'none+enc', 'jws', 'jws+enc', 'jwe', 'jwe+enc', 'unknown', 'unknown+enc', 'unknown no alg']) expect(forms).toContain(header);
  });

  it('reads in Spanish with the token’s own values', () => {
    const c = (text: string) => classificationText(classificationOf(inspect(text))!, sp);
    expect(c(INPUTS['alg none']!)).toBe('3 segmentos (RFC 7516 §9: un JWS tiene 3, un JWE 5); "alg" es none: un JWS sin firma (Unsecured JWS, RFC 7519 §6)');
    expect(c(INPUTS['JSON not valid']!)).toBe('El texto empieza por "{" pero no es JSON válido, así que no es una serialización JSON de JWS ni de JWE');
    expect(c(INPUTS['SD-JWT, two Disclosures']!)).toMatch(/^Un SD-JWT \(RFC 9901\): un JWT firmado por el emisor, 2 Disclosures y ningún Key Binding JWT, separados por "~"\. 3 segmentos/);
  });
});
