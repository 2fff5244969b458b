import { useState } from 'react';
import type { DecoderInput } from '../../../lib/handoffs.ts';
import { shareLink } from '../../../lib/shareLink.ts';
import { buttonClass } from '../../../components/Select.tsx';
import type { DecodedView } from '../logic/view.ts';
import { tokenText } from '../logic/tokenText.ts';
import { useT, type Translate } from '../../../lib/i18n/index.ts';
import { ExamplePicker } from './ExamplePicker.tsx';

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

type Shared = { link: string; copied: boolean; withKey: boolean } | { error: string };

/** The example menu, Share (a #token= link; the public key only when asked), Clear and Edit in Encode. */
export function DecoderToolbar({ token, view, keyText, onLoad, onEditInEncode }: ToolbarProps) {
  const t = useT();
  const [shared, setShared] = useState<Shared | null>(null);
  const [withKey, setWithKey] = useState(false);
  const share = async () => setShared(await makeShareLink(view ? tokenText(view, token) : token.trim(), withKey ? keyText : undefined, t));

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <ExamplePicker onLoad={onLoad} />
        <button type="button" onClick={() => void share()} disabled={token.trim() === ''} className={buttonClass}>
          {t('decode.toolbar.share')}
        </button>
        <label className="flex items-center gap-1 text-sm" title={t('decode.toolbar.shareWithKeyTitle')}>
          <input type="checkbox" checked={withKey} onChange={(e) => setWithKey(e.target.checked)} disabled={keyText.trim() === ''} className="h-4 w-4" />
          {t('decode.toolbar.shareWithKey')}
        </label>
        <button type="button" onClick={() => onLoad({ token: '', keyText: '', keyEncoding: 'utf8' }, 'Clear')} disabled={token === ''} className={buttonClass}>
          {t('decode.toolbar.clear')}
        </button>
        {onEditInEncode && (
          <button type="button" onClick={onEditInEncode} className={buttonClass} title={t('decode.toolbar.editInEncodeTitle')}>
            {t('decode.toolbar.editInEncode')}
          </button>
        )}
      </div>
      <div aria-live="polite" className="text-xs">
        {shared && 'error' in shared && <p className="text-red-700 dark:text-red-400">{shared.error}</p>}
        {shared && 'link' in shared && <SharedLink shared={shared} />}
      </div>
    </div>
  );
}

/**
 * The #token= link for `text` (and `keyText` when the person asked to share the key), copied to the
 * clipboard when the browser allows; or why it cannot be shared (a key that is not public, too long).
 */
async function makeShareLink(text: string, keyText: string | undefined, t: Translate): Promise<Shared> {
  if (keyText !== undefined) {
    // Loaded on demand: reading a key is the engine's importer, not part of the first load.
    const { keyRefusal } = await import('../logic/shareKey.ts');
    const refusal = await keyRefusal(keyText);
    if (refusal) {
      // The refusal in the person's language, worded from the key (never from the English sentence).
      const { refusalText } = await import('../../../lib/i18n/refusalText.ts');
      return { error: t('decode.toolbar.keyRefused', { reason: await refusalText(keyText, refusal, t) }) };
    }
  }
  const link = shareLink(window.location.origin, window.location.pathname, text, keyText);
  if (link.length > MAX_LINK) return { error: t('decode.toolbar.tooLong', { n: link.length }) };
  let copied = false;
  try {
    await navigator.clipboard.writeText(link);
    copied = true;
  } catch {
    // Clipboard refused (permissions): the link is shown to copy by hand.
  }
  return { link, copied, withKey: keyText !== undefined };
}

/** The link made, whether it was copied, and a read-only field to copy it by hand. */
function SharedLink({ shared }: { shared: { link: string; copied: boolean; withKey: boolean } }) {
  const t = useT();
  return (
    <p className="flex flex-wrap items-center gap-1">
      <span>
        {t('decode.toolbar.linkLine', { copied: t(shared.copied ? 'decode.toolbar.linkCopied' : 'decode.toolbar.copyLink'), what: t(shared.withKey ? 'decode.toolbar.withKey' : 'decode.toolbar.tokenOnly') })}
      </span>
      <input readOnly aria-label={t('decode.toolbar.shareLink')} value={shared.link} onFocus={(e) => e.target.select()} className="mono min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-1 dark:border-slate-600 dark:bg-slate-800" />
    </p>
  );
}
