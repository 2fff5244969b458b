import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { timelinePoints, type JsonObject, type TimelinePoint } from '../../../jose/index.ts';
import { layoutLabels } from '../logic/timelineLayout.ts';
import { useT, type MessageId } from '../../../lib/i18n/index.ts';

const POINT_LOOK: Record<TimelinePoint['name'], { label: MessageId; className: string }> = {
  iat: { label: 'decode.timeline.iat', className: 'bg-slate-500' },
  nbf: { label: 'decode.timeline.nbf', className: 'bg-sky-600' },
  now: { label: 'decode.timeline.now', className: 'bg-amber-500' },
  exp: { label: 'decode.timeline.exp', className: 'bg-red-600' },
};
const ROW_PX = 16;
/** Until the line is measured: about the narrowest it gets (a phone), so labels never start out overlapping. */
const FALLBACK_WIDTH = 280;

/** The line's width in pixels, kept up to date as the layout changes. */
function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || FALLBACK_WIDTH);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || FALLBACK_WIDTH));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** iat -> nbf -> now -> exp on one line, spaced by time; the valid span is shaded; labels never overlap. */
export function Timeline({ claims, now }: { claims: JsonObject; now: number }) {
  const t = useT();
  const [lineRef, width] = useWidth<HTMLDivElement>();
  const points = timelinePoints(claims, now);
  if (!points) return null;
  const start = points.find((p) => p.name === 'nbf') ?? points.find((p) => p.name === 'iat');
  const end = points.find((p) => p.name === 'exp');
  const valid = start && end ? { left: start.position, width: Math.max(0, end.position - start.position) } : undefined;
  // The claims keep their names; "now" is a word of the person's language.
  const order = points.map((p) => (p.name === 'now' ? t('decode.timeline.now') : p.name)).join(' → ');
  const labels = layoutLabels(points.map((p) => ({ name: p.name, text: t(POINT_LOOK[p.name].label), position: p.position })), width);
  const rows = Math.max(1, ...labels.map((l) => l.row + 1));
  return (
    <figure className="px-3 pt-1" style={{ paddingBottom: 8 + rows * ROW_PX }}>
      <figcaption className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t('decode.timeline', { order })}</figcaption>
      <div ref={lineRef} className="relative h-2 rounded bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        {valid && <div className="absolute inset-y-0 rounded bg-emerald-300 dark:bg-emerald-700" style={{ left: `${valid.left * 100}%`, width: `${valid.width * 100}%` }} />}
        {points.map((p) => (
          <div key={p.name} className={`absolute top-1/2 -mt-2 -ml-1.5 h-4 w-3 rounded-sm ${POINT_LOOK[p.name].className}`} style={{ left: `${p.position * 100}%` }} />
        ))}
        {labels.map((l) => (
          <div
            key={l.name}
            className="absolute text-[11px] leading-4 whitespace-nowrap"
            style={{ left: l.left, top: 12 + l.row * ROW_PX, width: l.width, textAlign: l.align === 'center' ? 'center' : l.align === 'end' ? 'right' : 'left' }}
          >
            {t(POINT_LOOK[l.name as TimelinePoint['name']].label)}
          </div>
        ))}
      </div>
    </figure>
  );
}
