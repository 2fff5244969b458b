import { describe, expect, it } from 'vitest';
import { LESSONS, lessons, loadLessons } from './lessons.ts';
import { LESSONS_ES } from './lessons.es.ts';

describe('Spanish lessons', () => {
  it('has exactly the English lesson ids, with one button per example', () => {
    expect(Object.keys(LESSONS_ES).sort()).toEqual(LESSONS.map((l) => l.id).sort());
    for (const lesson of LESSONS) {
      const es = LESSONS_ES[lesson.id]!;
      expect(es.buttons, lesson.id).toHaveLength(lesson.examples.length);
      expect(es.paragraphs.length, lesson.id).toBe(lesson.paragraphs.length);
    }
  });

  it('lessons("es") keeps ids, examples and references and changes only the words, once loaded', async () => {
    expect(lessons('es')).toBe(LESSONS); // not loaded yet: English, never a blank
    await loadLessons('es');
    const es = lessons('es');
    expect(es.map((l) => l.id)).toEqual(LESSONS.map((l) => l.id));
    expect(es.map((l) => l.ref)).toEqual(LESSONS.map((l) => l.ref));
    expect(es.flatMap((l) => l.examples.map((e) => e.id))).toEqual(LESSONS.flatMap((l) => l.examples.map((e) => e.id)));
    expect(es.find((l) => l.id === 'jws-or-jwe')?.title).toBe('¿JWS o JWE? Las dos reglas de la sección 9 del RFC 7516');
    expect(lessons('en')).toBe(LESSONS);
  });

  it('button names are unique (they are accessible names) and none is left in English', async () => {
    await loadLessons('es');
    const buttons = lessons('es').flatMap((l) => l.examples.map((e) => e.button));
    expect(new Set(buttons).size).toBe(buttons.length);
    for (const b of buttons) expect(b).toMatch(/Decodificar/);
  });

  it('teaches the RFC 7516 §9 rule and the claims as the primer does: alg value, then "enc"; registered, public, private', () => {
    const rule = LESSONS_ES['jws-or-jwe']!.paragraphs.join(' ');
    expect(rule).toMatch(/"alg".*JWS.*JWE/);
    expect(rule).toMatch(/"enc".*JWE.*JWS/);
    const claims = LESSONS_ES.claims!.paragraphs.join(' ');
    for (const name of ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti', 'registrados', 'públicos', 'privados']) expect(claims).toContain(name);
  });
});
