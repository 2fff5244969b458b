import type { KeyView } from './keyReport.ts';
import type { Handoff } from './handoff.ts';

const HANDOFF_VERB = { decode: { 'public key': 'verify', 'private key': 'verify or decrypt', 'shared secret': 'verify or decrypt', password: 'decrypt', 'key set': 'pick by kid' }, encode: { 'public key': 'encrypt', 'private key': 'sign', 'shared secret': 'sign or encrypt', password: 'encrypt', 'key set': '' } } as const;

const handoffButtonClass =
  'rounded-md border border-sky-700 px-3 py-1.5 text-sm font-medium text-sky-800 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-sky-950';

/** "Show private key" and the buttons that hand the key to Decode or Encode, saying which form each gets. */
export function KeyActions({ view, password, showPrivate, onShowPrivate, toDecode, toEncode, onUseInDecode, onUseInEncode }: {
  view: KeyView;
  /** A generated PBES2 password, shown with the private key. */
  password: string | undefined;
  showPrivate: boolean;
  onShowPrivate: (show: boolean) => void;
  toDecode: Handoff | undefined;
  toEncode: Handoff | undefined;
  onUseInDecode: (handoff: Handoff) => void;
  onUseInEncode: (handoff: Handoff) => void;
}) {
  return (
    <>
      {password !== undefined && (
        <p className="text-sm">
          PBES2 password: {showPrivate ? <code className="mono rounded bg-slate-100 px-1 dark:bg-slate-800">{password}</code> : <span className="text-slate-600 dark:text-slate-400">hidden (turn on "Show private key")</span>}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {view.privateJwk !== undefined && (
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={showPrivate} onChange={(e) => onShowPrivate(e.target.checked)} className="h-4 w-4" />
            Show private key
          </label>
        )}
        <span className="flex-1" />
        {toDecode && (
          <button
            type="button"
            onClick={() => onUseInDecode(toDecode)}
            title={`The decoder gets the ${toDecode.form}${HANDOFF_VERB.decode[toDecode.form] ? ` (to ${HANDOFF_VERB.decode[toDecode.form]})` : ''}`}
            className={handoffButtonClass}
          >
            Use in Decode
          </button>
        )}
        {toEncode && (
          <button type="button" onClick={() => onUseInEncode(toEncode)} title={`The encoder gets the ${toEncode.form} (to ${HANDOFF_VERB.encode[toEncode.form]})`} className={handoffButtonClass}>
            Use in Encode
          </button>
        )}
      </div>
      {(toDecode || toEncode) && (
        <p className="-mt-2 text-xs text-slate-600 dark:text-slate-400">
          {toDecode && `Decode gets the ${toDecode.form}. `}
          {toEncode && `Encode gets the ${toEncode.form}.`}
        </p>
      )}
    </>
  );
}
