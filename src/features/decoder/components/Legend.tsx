import type { SegmentName } from '../../../jose/index.ts';
import { segmentStyle } from '../../../components/segmentStyle.ts';
import { useT } from '../../../lib/i18n/index.ts';
import { segmentLabel } from '../../../components/segmentLabel.ts';

/** Segment names with their colour and underline style, in token order. */
export function Legend({ segments }: { segments: { name: SegmentName }[] }) {
  const t = useT();
  const names = [...new Set(segments.map((s) => s.name))].filter((n) => n !== 'token');
  if (names.length === 0) return null;
  return (
    <ul aria-label={t('decode.legend')} className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
      {names.map((name) => {
        const style = segmentStyle(name);
        return (
          <li key={name} className={`mono font-semibold ${style.text} ${style.underline}`}>
            {segmentLabel(name, style.label, t)}
          </li>
        );
      })}
    </ul>
  );
}
