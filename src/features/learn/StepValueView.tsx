import { CopyButton } from '../../components/CopyButton.tsx';
import { valueText, type StepValue } from './steps.ts';

const CODE = 'mono block whitespace-pre-wrap break-all rounded bg-slate-100 px-2 py-1 dark:bg-slate-900';

/**
 * One value of a step, whole (long values wrap, never cut), in base64url or hex, with a copy button.
 * `where` makes the copy button's name unique on the page ("Copy CEK, step 3").
 */
export function StepValueView({ value, hex, where, large }: { value: StepValue; hex: boolean; where: string; large?: boolean }) {
  const shown = valueText(value, hex);
  const size = value.bytes ? `${value.bytes.length} byte${value.bytes.length === 1 ? '' : 's'}` : undefined;
  const encoding = value.format === 'bytes' ? (hex ? 'hex' : 'base64url') : value.format === 'ascii' ? (hex ? 'hex of the ASCII' : 'ASCII') : value.format === 'json' ? 'JSON' : undefined;
  return (
    <div className="flex flex-col gap-1">
      <dt className={`font-medium ${large ? 'text-2xl' : 'text-sm'}`}>
        {value.label}
        {(size || encoding) && (
          <span className={`ml-2 font-normal text-slate-600 dark:text-slate-400 ${large ? 'text-xl' : 'text-xs'}`}>
            {[encoding, size].filter(Boolean).join(', ')}
          </span>
        )}
      </dt>
      <dd className="flex flex-col gap-1">
        <div className="flex items-start gap-2">
          <code className={`${CODE} flex-1 ${large ? 'text-2xl' : 'text-sm'}`}>{shown === '' ? '(empty)' : shown}</code>
          <CopyButton text={shown} label={`Copy ${value.label}, ${where}`} className="shrink-0" />
        </div>
        {value.format === 'ascii' && hex && value.text !== undefined && (
          <code className={`${CODE} ${large ? 'text-xl' : 'text-xs'}`} aria-label={`${value.label} as ASCII text`}>
            {value.text}
          </code>
        )}
        {value.utf8 !== undefined && (
          <div className={large ? 'text-xl' : 'text-xs'}>
            <span className="text-slate-600 dark:text-slate-400">As UTF-8 text: </span>
            <code className={CODE}>{value.utf8}</code>
          </div>
        )}
      </dd>
    </div>
  );
}
