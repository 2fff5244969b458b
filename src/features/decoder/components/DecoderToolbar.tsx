import { useState } from 'react';
import type { DecoderInput } from '../../../lib/handoffs.ts';
import { shareLink } from '../../../lib/shareLink.ts';
import { EXAMPLE_NAMES, loadExample } from '../data/examples.ts';
import type { DecodedView } from '../logic/view.ts';
import { tokenText } from '../logic/tokenText.ts';
import { useT } from '../../../lib/i18n/index.ts';

const BUTTON = 'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** Links longer than this are refused: browsers and chat tools cut them. */
const MAX_LINK = 32_000;

export interface ToolbarProps {
  token: string;
  view: DecodedView | undefined;
  keyText: string;
  /** Replaces the decoder's input; `from` says who did, for the notice that offers to restore it. */
  onLoad: (input: DecoderInput, from: string) => void;
  /** Opens the token's header, payload and key in the encoder (absent when there is nothing to edit). */
  onEditInEncode?: (() => void) | undefined;
}

/** The example menu, Share (a #token= link; the public key only when asked), Clear and Edit in Encode. */
export function DecoderToolbar({ token, view, keyText, onLoad, onEditInEncode }: ToolbarProps) {
  const [shared, setShared] = useState<{ link: string; copied: boolean; withKey: boolean } | { error: string } | null>(null);
  const t = useT();
  const [withKey, setWithKey] = useState(false);
  const groups = [...new Set(EXAMPLE_NAMES.map((e) => e.group))];

  const pick = async (id: string) => {
    if (!id) return;
    const example = await loadExample(id);
    if (example) onLoad({ token: example.token, keyText: example.key, keyEncoding: example.encoding }, 'An example');
  };

  const share = async () => {
    const text = view ? tokenText(view, token) : token.trim();
    if (withKey) {
      // Loaded on demand: reading a key is the engine's importer, not part of the first load.
      const { keyRefusal } = await import('../logic/shareKey.ts');
      const refusal = await keyRefusal(keyText);
      if (refusal) {
        setShared({ error: t('decode.toolbar.keyRefused', { reason: await (await import('../../../lib/i18n/refusalText.ts')).refusalText(keyText, refusal, t) }) });
        return;
      }
    }
    const link = shareLink(window.location.origin, window.location.pathname, text, withKey ? keyText : undefined);
    if (link.length > MAX_LINK) {
      setShared({ error: t('decode.toolbar.tooLong', { n: link.length }) });
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // Clipboard refused (permissions): the link is shown to copy by hand.
    }
    setShared({ link, copied, withKey });
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex max-w-full min-w-0 items-center gap-2 text-sm">
          <span className="font-medium">{t('decode.toolbar.examples')}</span>
          <select
            aria-label={t('decode.toolbar.example')}
            value=""
            onChange={(e) => void pick(e.target.value)}
            className="max-w-[22rem] min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">{t('decode.toolbar.loadExample')}</option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {EXAMPLE_NAMES.filter((e) => e.group === g).map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void share()} disabled={token.trim() === ''} className={BUTTON}>
          {t('decode.toolbar.share')}
        </button>
        <label className="flex items-center gap-1 text-sm" title={t('decode.toolbar.shareWithKeyTitle')}>
          <input type="checkbox" checked={withKey} onChange={(e) => setWithKey(e.target.checked)} disabled={keyText.trim() === ''} className="h-4 w-4" />
          {t('decode.toolbar.shareWithKey')}
        </label>
        <button type="button" onClick={() => onLoad({ token: '', keyText: '', keyEncoding: 'utf8' }, 'Clear')} disabled={token === ''} className={BUTTON}>
          {t('decode.toolbar.clear')}
        </button>
        {onEditInEncode && (
          <button type="button" onClick={onEditInEncode} className={BUTTON} title={t('decode.toolbar.editInEncodeTitle')}>
            {t('decode.toolbar.editInEncode')}
          </button>
        )}
      </div>
      <div aria-live="polite" className="text-xs">
        {shared && 'error' in shared && <p className="text-red-700 dark:text-red-400">{shared.error}</p>}
        {shared && 'link' in shared && (
          <p className="flex flex-wrap items-center gap-1">
            <span>
              {t('decode.toolbar.linkLine', { copied: t(shared.copied ? 'decode.toolbar.linkCopied' : 'decode.toolbar.copyLink'), what: t(shared.withKey ? 'decode.toolbar.withKey' : 'decode.toolbar.tokenOnly') })}
            </span>
            <input readOnly aria-label={t('decode.toolbar.shareLink')} value={shared.link} onFocus={(e) => e.target.select()} className="mono min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-1 dark:border-slate-600 dark:bg-slate-800" />
          </p>
        )}
      </div>
    </div>
  );
}
