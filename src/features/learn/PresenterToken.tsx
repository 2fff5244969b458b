import { Fragment } from 'react';
import { segmentStyle } from '../../components/segmentStyle.ts';
import type { InspectResult } from '../../jose/index.ts';
import { stepSegments } from './anatomy.ts';
import { useLocale, useT } from '../../lib/i18n/index.ts';
import { segmentText } from '../../lib/i18n/segmentText.ts';

/** A segment longer than this shows its start and end only: the room reads the shape, the list has the values. */
const LONG = 120;

/**
 * The token at the top of presenter mode, large and coloured by segment, with the segment(s) the
 * current step is about marked (<mark>: black on yellow in both themes, a thick outline) and named
 * in words; the dots are marked for the split step.
 */
export function PresenterToken({ result, stepId }: { result: InspectResult; stepId: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const wanted = stepId ? stepSegments(stepId) : [];
  const segments = result.segments;
  const marked = wanted === 'separators' ? [] : result.segments.filter((s) => wanted.includes(s.part) && s.end > s.start);
  const caption =
    wanted === 'separators' ? t('learn.thisStepDots') : marked.length ? t('learn.thisStep', { parts: new Intl.ListFormat(locale).format(marked.map((s) => segmentText(s, t, locale))) }) : t('learn.thisStepElsewhere');
  const compact = result.serialization === 'compact';
  return (
    <figure role="group" aria-label={t('learn.tokenAnatomy')} className="flex flex-col gap-2">
      <p className="mono text-xl leading-snug font-semibold break-all tall:text-4xl">
        {segments.map((s, i) => {
          const style = segmentStyle(s.name);
          const raw = result.input.slice(s.start, s.end);
          const shown = raw.length > LONG ? (
            <>
              {raw.slice(0, LONG - 30)}
              <span aria-hidden="true">…</span>
              <span className="sr-only"> ({raw.length} characters in all) </span>
              {raw.slice(-20)}
            </>
          ) : (
            raw
          );
          const isMarked = marked.includes(s);
          const dot = compact && i > 0;
          return (
            <Fragment key={s.id}>
              {dot &&
                (wanted === 'separators' ? (
                  <mark data-part="separator" className="mx-0.5 rounded bg-yellow-300 px-1 text-black outline-4 outline-black dark:outline-white">
                    .
                  </mark>
                ) : (
                  <span className="text-black dark:text-white">.</span>
                ))}
              {!compact && i > 0 && ' '}
              {isMarked ? (
                <mark data-part={s.part} title={segmentText(s, t, locale)} className={`rounded bg-yellow-300 px-1 text-black outline-4 outline-offset-2 outline-black dark:outline-white ${style.underline}`}>
                  {shown}
                </mark>
              ) : (
                <span data-part={s.part} title={segmentText(s, t, locale)} className={`${style.text} ${style.underline}`}>
                  {shown}
                </span>
              )}
            </Fragment>
          );
        })}
      </p>
      <figcaption className="text-lg font-medium tall:text-2xl">{caption}</figcaption>
    </figure>
  );
}
