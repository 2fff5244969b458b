import { describe, expect, it } from 'vitest';
import { inspect } from '../../../jose/index.ts';
import { LEARN_EXAMPLES } from '../examples.ts';
import { ANATOMY_SEGMENT_LIMIT, forAnatomy } from './learnSessionApi.ts';

describe('forAnatomy', () => {
  it('survives structured cloning with every JSON member range (the engine computes them lazily)', () => {
    for (const example of LEARN_EXAMPLES) {
      const result = inspect(example.token);
      const copy = structuredClone(forAnatomy(result));
      copy.segments.forEach((s, i) => {
        const original = result.segments[i]!;
        if (!original.json) return;
        expect(s.json?.members, `${example.id} segment ${i}`).toEqual(original.json.members);
        expect(s.json?.members.length).toBeGreaterThan(0);
      });
    }
  });

  it('leaves the members, text and value of a segment above the limit in the worker', () => {
    const claims = { blob: 'x'.repeat(ANATOMY_SEGMENT_LIMIT + 10) };
    const token = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;
    const copy = structuredClone(forAnatomy(inspect(token)));
    const payload = copy.segments.find((s) => s.part === 'payload')!;
    expect(payload.json).toBeUndefined();
    expect(payload.text).toBeUndefined();
    expect(copy.claims).toBeUndefined();
    expect(copy.segments.find((s) => s.part === 'protected')!.json?.members[0]?.name).toBe('alg');
  });
});
