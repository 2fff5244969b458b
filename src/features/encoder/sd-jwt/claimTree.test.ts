import { describe, expect, it } from 'vitest';
import { claimRows, keepExisting, parseClaims } from './claimTree.ts';

describe('the claims tree of "Disclosable claims"', () => {
  it('lists every member and array element with its pointer and depth', () => {
    const rows = claimRows({ given_name: 'John', address: { region: 'Köln', 'a/b': 1 }, nationalities: ['US', 'DE'] });
    expect(rows.map((r) => [r.pointer, r.depth, r.label])).toEqual([
      ['/given_name', 0, 'given_name'],
      ['/address', 0, 'address'],
      ['/address/region', 1, 'region'],
      ['/address/a~1b', 1, 'a/b'],
      ['/nationalities', 0, 'nationalities'],
      ['/nationalities/0', 1, '[0]'],
      ['/nationalities/1', 1, '[1]'],
    ]);
    expect(rows[1]!.preview).toBe('object of 2');
    expect(rows[0]!.preview).toBe('"John"');
  });

  it('blocks the names an Issuer must not hide, and does not list inside them', () => {
    const rows = claimRows({ cnf: { jwk: {} }, _sd: ['x'], iss: 'a' });
    expect(rows.map((r) => r.pointer)).toEqual(['/cnf', '/_sd', '/iss']);
    expect(rows[0]!.blocked).toMatch(/holder key/);
    expect(rows[1]!.blocked).toMatch(/reserved/);
    expect(rows[2]!.blocked).toBeUndefined();
  });

  it('stops at a limit, so a huge paste does not build a huge form', () => {
    expect(claimRows({ a: Array.from({ length: 1000 }, (_, i) => i) }, 50)).toHaveLength(50);
  });

  it('parses the Claims text or says why not', () => {
    expect(parseClaims('{"a":1}').claims).toEqual({ a: 1 });
    expect(parseClaims('[1]').problem).toMatch(/JSON object/);
    expect(parseClaims('{').problem).toMatch(/not valid JSON/);
  });

  it('keeps only choices that still name a member', () => {
    expect(keepExisting(['/a', '/gone', '/cnf'], claimRows({ a: 1, cnf: {} }))).toEqual(['/a']);
  });
});
