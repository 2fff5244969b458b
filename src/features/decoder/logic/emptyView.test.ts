import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from './emptyView.ts';
import { decodeView } from './view.ts';

describe('the empty view shown before the main-thread decoder arrives', () => {
  it('is what decodeView makes of an empty token', () => {
    expect(EMPTY_VIEW).toEqual(decodeView(''));
  });
});
