import { describe, expect, it } from 'vitest';
import { setupI18n, type Messages } from '@lingui/core';
import enScreens from '../../../lib/i18n/compiled/en-screens.json' with { type: 'json' };
import esDecode from '../../../lib/i18n/compiled/es-decode.json' with { type: 'json' };
import esScreens from '../../../lib/i18n/compiled/es-screens.json' with { type: 'json' };
import type { MessageId, MessageValues } from '../../../lib/i18n/index.ts';
import { headerJwkProvenance, jwksProvenance, pastedProvenance, x5cProvenance, type KeyProvenance } from '../../../jose/index.ts';
import { provenanceText, provenanceWords } from './provenanceText.ts';
import { X5C_FAILED, X5C_NOT_USED } from './work.ts';

const english = setupI18n({ locale: 'en', messages: { en: enScreens as unknown as Messages } });
const spanish = setupI18n({ locale: 'es', messages: { es: { ...esDecode, ...esScreens } as unknown as Messages } });
const en = (id: MessageId, values?: MessageValues) => english._(id, values);
const sp = (id: MessageId, values?: MessageValues) => spanish._(id, values);

type Chain = Parameters<typeof x5cProvenance>[0];
const chain = (status: Chain['status'], anchor?: string) => ({ status, trusted: status === 'trusted', ...(anchor ? { anchor } : {}) }) as Chain;

describe('the key provenance line worded from its facts', () => {
  const engine: KeyProvenance[] = [
    pastedProvenance(),
    headerJwkProvenance(),
    x5cProvenance(chain('trusted', 'CN=Root')),
    x5cProvenance(chain('not-anchored')),
    x5cProvenance(chain('broken')),
    x5cProvenance(chain('expired')),
    jwksProvenance('https://op.example/jwks'),
    jwksProvenance('https://op.example/jwks', 'k "1"'),
  ];

  it.each(engine.map((p) => [p.label, p]))('%s: the English from the facts is the engine’s label', (_label, p) => {
    expect(provenanceText(provenanceWords(p), en)).toBe(p.label);
  });

  it('words the page’s own x5c lines (the leaf not used, or failing) as the worker labels them', () => {
    expect(provenanceText({ said: 'x5c-not-used' }, en)).toBe(X5C_NOT_USED);
    expect(provenanceText({ said: 'x5c-failed' }, en)).toBe(X5C_FAILED);
  });

  it('reads in Spanish with the chain’s anchor and the JWKS URL', () => {
    expect(provenanceText(provenanceWords(x5cProvenance(chain('trusted', 'CN=Root'))), sp)).toBe('del x5c del encabezado (cadena comprobada hasta una raíz que pegaste: CN=Root)');
    expect(provenanceText(provenanceWords(jwksProvenance('https://op.example/jwks', 'k1')), sp)).toBe('de un JWKS que descargaste de https://op.example/jwks (kid "k1")');
  });
});
