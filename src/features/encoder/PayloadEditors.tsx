import type { Dispatch } from 'react';
import { CodeEditor } from '../../editor/CodeEditor.tsx';
import { numericDate } from './claims.ts';
import { ClaimHelpers, DateNotes } from './ClaimTools.tsx';
import type { EncoderAction, EncoderState } from './state.ts';
import { t as tr, useT } from '../../lib/i18n/index.ts';

/** The protected header and claims editors, with the payload type and the date and template helpers. */
export function PayloadEditors({ state, dispatch }: { state: EncoderState; dispatch: Dispatch<EncoderAction> }) {
  const t = useT();
  return (
    <>
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium" aria-hidden="true">
          {t('encode.protectedHeader2')}
        </span>
        <CodeEditor ariaLabel={t('encode.protectedHeader')} language="json" value={state.headerText} onChange={(text) => dispatch({ type: 'header', text })} height={130} />
      </div>
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="font-medium" aria-hidden="true">
            Claims
          </span>
          <div role="radiogroup" aria-label={t('encode.payloadType')} className="flex items-center gap-2">
            {(['json', 'text'] as const).map((t) => (
              <label key={t} className="flex items-center gap-1">
                <input type="radio" name="encoder-payload-type" checked={state.payloadType === t} onChange={() => dispatch({ type: 'payloadType', payloadType: t })} />
                {t === 'json' ? 'JSON' : tr('encode.text')}
              </label>
            ))}
          </div>
        </div>
        <CodeEditor
          ariaLabel={t('encode.claims')}
          language={state.payloadType === 'json' ? 'json' : 'plaintext'}
          value={state.claimsText}
          onChange={(text) => dispatch({ type: 'claims', text })}
          height={220}
        />
        <DateNotes claimsText={state.payloadType === 'json' ? state.claimsText : '{}'} />
        <ClaimHelpers onClaim={(name, value) => dispatch({ type: 'claim', name, value })} onTemplate={(id) => dispatch({ type: 'template', id, now: numericDate(Date.now()) })} />
      </div>
    </>
  );
}
