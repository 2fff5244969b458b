import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_GROUPS } from './groups.ts';
import { EXAMPLE_TOKENS } from './examples.data.ts';

const vectorsDir = path.join(import.meta.dirname, '../../../test/vectors');
const seeds = JSON.parse(readFileSync(path.join(vectorsDir, 'seeds.json'), 'utf8')) as Record<string, { token?: string }>;

/** Every string and every object in the vector files, to find an example's token in them as printed. */
function vectorValues(): { strings: Set<string>; objects: unknown[] } {
  const strings = new Set<string>();
  const objects: unknown[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') strings.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      objects.push(v);
      Object.values(v).forEach(walk);
    }
  };
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (name.endsWith('.json')) walk(JSON.parse(readFileSync(full, 'utf8')));
    }
  };
  visit(vectorsDir);
  return { strings, objects };
}

/** Tokens made once with the engine for a screen and kept as data (see examples.data.ts). */
const MADE_HERE = new Set(['seed-rsa-oaep', 'rfc7518-C']);

describe('the shared example tokens', () => {
  it('have one row per id the menus list, and one id per row', () => {
    const listed = EXAMPLE_GROUPS.flatMap((g) => [...g.ids]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(EXAMPLE_TOKENS.map((e) => e.id).sort()).toEqual([...listed].sort());
  });

  it('keep the seed documents’ tokens byte for byte', () => {
    const byId = (id: string) => EXAMPLE_TOKENS.find((e) => e.id === id)!.token;
    expect(byId('seed-hs256-password')).toBe(seeds.hs256_password!.token);
    expect(byId('seed-hs256-notsosecret')).toBe(seeds.hs256_notsosecret!.token);
    expect(byId('seed-unsecured')).toBe(seeds.unsecured!.token);
    expect(byId('seed-rsa-oaep-jwe')).toBe(seeds.rsa_oaep_jwe!.token);
  });

  it('print every other token as its RFC vector does (a compact token verbatim, a JSON one member for member)', () => {
    const { strings, objects } = vectorValues();
    for (const e of EXAMPLE_TOKENS.filter((x) => !MADE_HERE.has(x.id))) {
      if (e.token.trimStart().startsWith('{')) {
        const parsed: unknown = JSON.parse(e.token);
        expect(objects.some((o) => JSON.stringify(o) === JSON.stringify(parsed)) || strings.has(e.token), e.id).toBe(true);
      } else {
        expect(strings.has(e.token), e.id).toBe(true);
      }
    }
  });
});
