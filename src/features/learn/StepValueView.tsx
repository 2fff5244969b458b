import { CopyButton } from '../../components/CopyButton.tsx';
import { valueText, type StepValue } from './steps.ts';
import { useT } from '../../lib/i18n/index.ts';

const CODE = 'mono block whitespace-pre-wrap break-all rounded bg-slate-100 px-2 py-1 dark:bg-slate-900';
/** In presenter mode a value longer than this shows its start and end: the room reads its shape, Copy gives it whole. */
const PRESENTER_CHARS = 150;

function Shown({ text, large }: { text: string; large: boolean | undefined }) {
  const t = useT();
  if (text === '') return <>{t('learn.value.empty')}</>;
  if (!large || text.length <= PRESENTER_CHARS) return <>{text}</>;
  return (
    <>
      {text.slice(0, PRESENTER_CHARS - 40)}
      <span aria-hidden="true">…</span>
      <span className="sr-only"> {t('learn.value.chars', { n: text.length })} </span>
      {text.slice(-30)}
    </>
  );
}

/**
 * One value of a step, whole (long values wrap, never cut), in base64url or hex, with a copy button.
 * `where` makes the copy button's name unique on the page ("Copy CEK, step 3"). In presenter mode
 * (`large`) the name sits beside the value and a long value shows its start and end, so a step's
 * values fit a projector's screen; Copy still gives the whole value.
 */
export function StepValueView({ value, hex, step, large }: { value: StepValue; hex: boolean; step: number; large?: boolean }) {
  const t = useT();
  const shown = valueText(value, hex);
  const size = value.bytes ? t('learn.value.bytes', { n: value.bytes.length }) : undefined;
  const encoding = value.format === 'bytes' ? (hex ? 'hex' : 'base64url') : value.format === 'ascii' ? (hex ? t('learn.value.hexOfAscii') : 'ASCII') : value.format === 'json' ? 'JSON' : undefined;
  const detail = [encoding, size].filter(Boolean).join(', ');
  return (
    <div className={large ? 'grid gap-x-4 gap-y-1 md:grid-cols-[minmax(9rem,15rem)_1fr] md:items-start' : 'flex flex-col gap-1'}>
      <dt className={`font-medium ${large ? 'text-xl tall:text-2xl' : 'text-sm'}`}>
        {value.label}
        {detail && <span className={`font-normal text-slate-600 dark:text-slate-400 ${large ? 'block text-base tall:text-lg' : 'ml-2 text-xs'}`}>{detail}</span>}
      </dt>
      <dd className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-col items-start gap-1 sm:flex-row sm:gap-2">
          <code className={`${CODE} w-full sm:w-auto sm:flex-1 ${large ? 'text-xl tall:text-2xl' : 'text-sm'}`}>
            <Shown text={shown} large={large} />
          </code>
          <CopyButton text={shown} label={t('learn.value.copy', { label: value.label, n: step })} className="shrink-0" />
        </div>
        {value.format === 'ascii' && hex && value.text !== undefined && (
          <code className={`${CODE} ${large ? 'text-lg' : 'text-xs'}`} aria-label={t('learn.value.asAscii', { label: value.label })}>
            <Shown text={value.text} large={large} />
          </code>
        )}
        {value.utf8 !== undefined && (
          <div className={large ? 'text-lg' : 'text-xs'}>
            <span className="text-slate-600 dark:text-slate-400">{t('learn.value.asUtf8')} </span>
            <code className={CODE}>
              <Shown text={value.utf8} large={large} />
            </code>
          </div>
        )}
      </dd>
    </div>
  );
}
