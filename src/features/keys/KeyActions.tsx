import type { KeyView } from './keyReport.ts';
import type { Handoff } from './handoff.ts';
import { useT, type MessageId, type Translate } from '../../lib/i18n/index.ts';

const HANDOFF_VERB: Record<'decode' | 'encode', Record<Handoff['form'], MessageId | undefined>> = {
  decode: { 'public key': 'keys.verb.verify', 'private key': 'keys.verb.verifyOrDecrypt', 'shared secret': 'keys.verb.verifyOrDecrypt', password: 'keys.verb.decrypt', 'key set': 'keys.verb.pickByKid' },
  encode: { 'public key': 'keys.verb.encrypt', 'private key': 'keys.verb.sign', 'shared secret': 'keys.verb.signOrEncrypt', password: 'keys.verb.encrypt', 'key set': undefined },
};
const FORM: Record<Handoff['form'], MessageId> = { 'public key': 'keys.form.publicKey', 'private key': 'keys.form.privateKey', 'shared secret': 'keys.form.sharedSecret', password: 'keys.form.password', 'key set': 'keys.form.keySet' };

/** "The decoder gets the public key (to verify)", in the person's language. */
function handoffTitle(target: 'decode' | 'encode', form: Handoff['form'], t: Translate): string {
  const verb = HANDOFF_VERB[target][form];
  const values = { form: t(FORM[form]), ...(verb ? { verb: t(verb) } : {}) };
  if (target === 'decode') return t(verb ? 'keys.decoderGetsTo' : 'keys.decoderGets', values);
  return t(verb ? 'keys.encoderGetsTo' : 'keys.encoderGets', values);
}

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
  const t = useT();
  return (
    <>
      {password !== undefined && (
        <p className="text-sm">
          {t('keys.pbes2Password')} {showPrivate ? <code className="mono rounded bg-slate-100 px-1 dark:bg-slate-800">{password}</code> : <span className="text-slate-600 dark:text-slate-400">{t('keys.passwordHidden')}</span>}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {view.privateJwk !== undefined && (
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" checked={showPrivate} onChange={(e) => onShowPrivate(e.target.checked)} className="h-4 w-4" />
            {t('keys.showPrivate')}
          </label>
        )}
        <span className="flex-1" />
        {toDecode && (
          <button
            type="button"
            onClick={() => onUseInDecode(toDecode)}
            title={handoffTitle('decode', toDecode.form, t)}
            className={handoffButtonClass}
          >
            {t('keys.useInDecode')}
          </button>
        )}
        {toEncode && (
          <button type="button" onClick={() => onUseInEncode(toEncode)} title={handoffTitle('encode', toEncode.form, t)} className={handoffButtonClass}>
            {t('keys.useInEncode')}
          </button>
        )}
      </div>
      {(toDecode || toEncode) && (
        <p className="-mt-2 text-xs text-slate-600 dark:text-slate-400">
          {toDecode && `${t('keys.decodeGets', { form: t(FORM[toDecode.form]) })} `}
          {toEncode && t('keys.encodeGets', { form: t(FORM[toEncode.form]) })}
        </p>
      )}
    </>
  );
}
