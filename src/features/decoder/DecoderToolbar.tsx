import { useState } from 'react';
import { shareLink } from '../../app/fragment.ts';
import { EXAMPLE_NAMES, loadExample } from './examples.ts';
import type { DecodedView } from './view.ts';

/** Links longer than this are refused: browsers and chat tools cut them. */
const MAX_LINK = 32_000;

export interface ToolbarProps {
  token: string;
  view: DecodedView | undefined;
  onLoad: (patch: { token: string; keyText: string; keyEncoding: 'utf8' | 'base64' | 'base64url' | 'hex' }) => void;
}

/** The example menu, Share (a #token= link, never the key) and Clear. */
export function DecoderToolbar({ token, view, onLoad }: ToolbarProps) {
  const [shared, setShared] = useState<{ link: string; copied: boolean } | { error: string } | null>(null);
  const groups = [...new Set(EXAMPLE_NAMES.map((e) => e.group))];

  const pick = async (id: string) => {
    if (!id) return;
    const example = await loadExample(id);
    if (example) onLoad({ token: example.token, keyText: example.key, keyEncoding: example.encoding });
  };

  const share = async () => {
    const text = view ? token.slice(view.start, view.end) : token.trim();
    const link = shareLink(window.location.origin, window.location.pathname, text);
    if (link.length > MAX_LINK) {
      setShared({ error: `The token is too long for a link (${link.length.toLocaleString('en')} characters); share the token itself` });
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // Clipboard refused (permissions): the link is shown to copy by hand.
    }
    setShared({ link, copied });
  };

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">Examples</span>
          <select
            aria-label="Example"
            value=""
            onChange={(e) => void pick(e.target.value)}
            className="max-w-[22rem] rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">Load an example…</option>
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
        <button type="button" onClick={() => void share()} disabled={token.trim() === ''} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800">
          Share
        </button>
        <button type="button" onClick={() => onLoad({ token: '', keyText: '', keyEncoding: 'utf8' })} disabled={token === ''} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800">
          Clear
        </button>
      </div>
      <div aria-live="polite" className="text-xs">
        {shared && 'error' in shared && <p className="text-red-700 dark:text-red-400">{shared.error}</p>}
        {shared && 'link' in shared && (
          <p className="flex flex-wrap items-center gap-1">
            <span>{shared.copied ? 'Link copied (token only, no key):' : 'Copy this link (token only, no key):'}</span>
            <input readOnly aria-label="Share link" value={shared.link} onFocus={(e) => e.target.select()} className="mono min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-1 dark:border-slate-600 dark:bg-slate-800" />
          </p>
        )}
      </div>
    </div>
  );
}
