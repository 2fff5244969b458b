import { describe, expect, it } from 'vitest';
import { decoderReducer } from './workspace.tsx';

const empty = { input: { token: '', keyText: '', keyEncoding: 'utf8' as const }, replaced: null };
const mine = { input: { token: 'a.b.c', keyText: 'secret', keyEncoding: 'utf8' as const }, replaced: null };

describe("the decoder's input when another screen replaces it", () => {
  it('keeps what the person had, and restores it', () => {
    const next = decoderReducer(mine, { type: 'replace', patch: { token: 'x.y.z', keyText: 'other' }, from: 'The encoder' });
    expect(next.input).toEqual({ token: 'x.y.z', keyText: 'other', keyEncoding: 'utf8' });
    expect(next.replaced).toEqual({ previous: mine.input, from: 'The encoder' });
    expect(decoderReducer(next, { type: 'restore' })).toEqual(mine);
  });

  it('has nothing to restore when the decoder was empty or nothing changed', () => {
    expect(decoderReducer(empty, { type: 'replace', patch: { token: 'x.y.z' }, from: 'A link' }).replaced).toBeNull();
    expect(decoderReducer(mine, { type: 'replace', patch: { token: 'a.b.c' }, from: 'A link' })).toBe(mine);
  });

  it("the person's own edits keep the offer to restore", () => {
    const replaced = decoderReducer(mine, { type: 'replace', patch: { keyText: 'k2' }, from: 'The Keys screen' });
    const edited = decoderReducer(replaced, { type: 'update', patch: { token: 'typed' } });
    expect(edited.replaced).toEqual(replaced.replaced);
    expect(decoderReducer(edited, { type: 'dismiss' }).replaced).toBeNull();
  });
});
