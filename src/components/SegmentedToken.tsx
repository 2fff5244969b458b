import type { InspectResult } from '../jose/index.ts';
import { segmentStyle } from './segmentStyle.ts';
import { useLocale, useT } from '../lib/i18n/index.ts';
import { segmentText } from '../lib/i18n/segmentText.ts';
import { segmentLabel } from './segmentLabel.ts';

/**
 * A token's text with each segment in its colour and underline style; the dots and anything between
 * segments (JSON punctuation) stay plain. Reads only inspect()'s segment ranges.
 */
export function SegmentedToken({ result, className }: { result: InspectResult; className?: string }) {
  const t = useT();
  const locale = useLocale();
  const pieces: { text: string; segment?: number }[] = [];
  let at = result.start;
  const segments = [...result.segments].sort((a, b) => a.start - b.start);
  for (const segment of segments) {
    if (segment.start > at) pieces.push({ text: result.input.slice(at, segment.start) });
    pieces.push({ text: result.input.slice(segment.start, segment.end), segment: segment.id });
    at = Math.max(at, segment.end);
  }
  if (at < result.end) pieces.push({ text: result.input.slice(at, result.end) });
  return (
    <code className={`mono break-all whitespace-pre-wrap ${className ?? ''}`}>
      {pieces.map((piece, i) => {
        if (piece.segment === undefined) return <span key={i}>{piece.text}</span>;
        const segment = result.segments[piece.segment]!;
        const style = segmentStyle(segment.name);
        return (
          <span key={i} className={`${style.text} ${style.underline}`} title={t(segment.bytes ? 'encode.segmentTitle' : 'encode.segmentNotDecodable', { segment: segmentText(segment, t, locale), n: String(segment.bytes?.length ?? 0) })}>
            {piece.text}
          </span>
        );
      })}
    </code>
  );
}

/** The legend for the segments present in a token (colour swatch, underline sample and name). */
export function SegmentLegend({ result }: { result: InspectResult }) {
  const t = useT();
  const names = [...new Set(result.segments.map((s) => s.name))];
  return (
    <ul aria-label={t('decode.legend')} className="flex flex-wrap gap-3 text-xs">
      {names.map((name) => {
        const style = segmentStyle(name);
        return (
          <li key={name} className={`${style.text} ${style.underline}`}>
            {segmentLabel(name, style.label, t)}
          </li>
        );
      })}
    </ul>
  );
}
