import { describe, expect, it } from 'vitest';
import { inspect } from '../../jose/index.ts';
import { charInfo, charText } from './anatomy.ts';
import { LEARN_EXAMPLES } from './examples.ts';
import { refText, segmentText } from '../../lib/i18n/segmentText.ts';
import { english, spanish } from '../../lib/i18n/translators.test-support.ts';

/** Learn's words built from facts: the English is what the screen said before, the Spanish differs. */
describe('Learn in the person language', () => {
  it('words every character of a token as anatomy.ts describes it in English', () => {
    const example = LEARN_EXAMPLES.find((e) => e.id === 'rfc7520-5.3')!;
    const result = inspect(example.token);
    let checked = 0;
    for (let offset = result.start; offset < result.end; offset += 7) {
      const info = charInfo(result, offset);
      if (!info) continue;
      expect(charText(info, english, segmentText(info.segment, english, 'en'))).toBe(info.description);
      expect(charText(info, spanish, segmentText(info.segment, spanish, 'es'))).not.toBe(info.description);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says RFC references in Spanish and leaves English alone', () => {
    expect(refText('RFC 7516 §5.2 steps 1-4', spanish, 'es')).toBe('RFC 7516 §5.2, pasos 1-4');
    expect(refText('RFC 7516 §5.1 steps 9 and 13', spanish, 'es')).toBe('RFC 7516 §5.1, pasos 9 y 13');
    expect(refText('RFC 7516 §5.2 step 15', spanish, 'es')).toBe('RFC 7516 §5.2, paso 15');
    expect(refText('RFC 7518 Appendix C', spanish, 'es')).toBe('RFC 7518 apéndice C');
    expect(refText('RFC 7516 §5.2 steps 1-4', english, 'en')).toBe('RFC 7516 §5.2 steps 1-4');
  });
});
