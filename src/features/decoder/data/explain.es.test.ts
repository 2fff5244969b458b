import { describe, expect, it } from 'vitest';
import { ALG_NAMES, CLAIMS, HEADER_PARAMS, explainClaim, explainHeaderParam, loadExplainTexts } from './explain.ts';
import { EXPLAIN_ES } from './explain.es.ts';

const NOW = 1_700_000_000;
const keys = (table: object) => Object.keys(table).sort();

describe('Spanish explanations: the same keys as English, both ways', () => {
  it('every claim, header parameter and algorithm has its Spanish words, and Spanish has no extra key', () => {
    expect(keys(EXPLAIN_ES.claims)).toEqual(keys(CLAIMS));
    expect(keys(EXPLAIN_ES.headerParams)).toEqual(keys(HEADER_PARAMS));
    expect(keys(EXPLAIN_ES.algNames)).toEqual(keys(ALG_NAMES));
  });

  it('no Spanish entry is empty or left in English', () => {
    for (const [name, es] of [...Object.entries(EXPLAIN_ES.claims), ...Object.entries(EXPLAIN_ES.headerParams)]) {
      expect(es.label.trim(), name).not.toBe('');
      const en = CLAIMS[name]?.meaning === es.meaning || HEADER_PARAMS[name]?.meaning === es.meaning;
      expect(en, `${name}: meaning still English`).toBe(false);
    }
  });
});

describe('explainClaim / explainHeaderParam in Spanish', () => {
  it('answers in English until the Spanish chunk is loaded, then in Spanish with the same RFC reference', async () => {
    expect(explainClaim('exp', NOW - 7200, NOW, undefined, 'UTC', 'es').label).toBe('Expiration Time');
    await loadExplainTexts('es');
    const exp = explainClaim('exp', NOW - 7200, NOW, undefined, 'UTC', 'es');
    expect(exp.label).toBe('Caducidad');
    expect(exp.ref?.label).toBe('RFC 7519 §4.1.4');
    expect(exp.time?.phrase).toBe('caducó hace 2 horas');
    expect(exp.time?.relative).toBe('hace 2 horas');
    expect(exp.time?.local).toMatch(/nov 2023/);
    expect(explainClaim('nbf', NOW + 180, NOW, undefined, 'UTC', 'es').time?.phrase).toBe('todavía no es válido: lo será dentro de 3 minutos');
    expect(explainClaim('admin', true, NOW, undefined, undefined, 'es').label).toBe('Claim privado');
    expect(explainClaim('sub', 42, NOW, undefined, undefined, 'es').meaning).toContain('Debe ser una cadena');
    expect(explainClaim('exp', NOW * 1000, NOW, undefined, undefined, 'es').meaning).toContain('milisegundos');
    // English is untouched by the Spanish load
    expect(explainClaim('exp', NOW - 7200, NOW, undefined, 'UTC').time?.phrase).toBe('expired 2 hours ago');
  });

  it('describes alg values and unknown ones in Spanish', async () => {
    await loadExplainTexts('es');
    expect(explainHeaderParam('alg', 'RS256', undefined, 'es').meaning).toBe('RSASSA-PKCS1-v1_5 con SHA-256. Cómo se firma el token (JWS) o cómo se gestiona la clave del contenido (JWE)');
    expect(explainHeaderParam('alg', 'XX1', undefined, 'es').meaning).toMatch(/^"XX1" no es un algoritmo registrado\./);
    expect(explainHeaderParam('zip', 'GZIP', undefined, 'es').meaning).toContain('Solo está definido "DEF"');
    expect(explainHeaderParam('foo', 1, undefined, 'es').label).toBe('Parámetro privado');
  });
});
