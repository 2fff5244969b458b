import { JWE_ENCS, type Curve, type JweEnc } from '../../jose/index.ts';
import { ALG_GROUPS, RSA_SIZES, describeChoice, extraChoiceFor, type GenerateChoice, type RsaSize } from './generateChoices.ts';

interface Props {
  choice: GenerateChoice;
  onChoice: (choice: GenerateChoice) => void;
  onGenerate: () => void;
  onCancel: () => void;
  pending: boolean;
  elapsedMs: number;
  message: { tone: 'ok' | 'error' | 'info'; text: string } | null;
}

const selectClass = 'rounded border border-slate-300 bg-white px-1 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
const TONE = { ok: 'text-emerald-800 dark:text-emerald-300', error: 'text-red-800 dark:text-red-300', info: 'text-slate-700 dark:text-slate-300' } as const;

/** Pick an alg (and its size, curve or enc) and generate; RSA runs in a worker with a progress bar. */
export function GenerateKeyForm({ choice, onChoice, onGenerate, onCancel, pending, elapsedMs, message }: Props) {
  const extra = extraChoiceFor(choice.alg);
  return (
    <form
      className="flex flex-col gap-2 rounded-md border border-slate-300 p-3 dark:border-slate-700"
      aria-label="Generate a key"
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending) onGenerate();
      }}
    >
      <h2 className="text-base font-semibold">Generate a key</h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">Made in this browser; "kid" is the key's RFC 7638 thumbprint. Nothing is stored.</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          For the algorithm
          <select aria-label="Key algorithm" value={choice.alg} onChange={(e) => onChoice({ ...choice, alg: e.target.value, curve: '' })} className={selectClass}>
            {ALG_GROUPS.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.algs.map((alg) => (
                  <option key={alg} value={alg}>
                    {alg}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {extra.kind === 'rsa-size' && (
          <label className="flex flex-col gap-1 text-sm">
            RSA size
            <select aria-label="RSA key size" value={choice.rsaSize} onChange={(e) => onChoice({ ...choice, rsaSize: Number(e.target.value) as RsaSize })} className={selectClass}>
              {RSA_SIZES.map((bits) => (
                <option key={bits} value={bits}>
                  {bits} bits
                </option>
              ))}
            </select>
          </label>
        )}
        {extra.kind === 'curve' && (
          <label className="flex flex-col gap-1 text-sm">
            Curve
            <select aria-label="Key curve" value={choice.curve || extra.curves[0]} onChange={(e) => onChoice({ ...choice, curve: e.target.value as Curve })} className={selectClass}>
              {extra.curves.map((crv) => (
                <option key={crv} value={crv}>
                  {crv}
                </option>
              ))}
            </select>
          </label>
        )}
        {extra.kind === 'enc' && (
          <label className="flex flex-col gap-1 text-sm">
            For content encryption
            <select aria-label="Key size for dir" value={choice.enc} onChange={(e) => onChoice({ ...choice, enc: e.target.value as JweEnc })} className={selectClass}>
              {JWE_ENCS.map((enc) => (
                <option key={enc} value={enc}>
                  {enc}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" disabled={pending} className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500">
          Generate new key
        </button>
        {pending && (
          <button type="button" onClick={onCancel} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600">
            Cancel generation
          </button>
        )}
      </div>
      <div role="status" aria-label="Key generation" className="min-h-5 text-sm">
        {pending ? (
          <span className="flex items-center gap-2">
            <progress aria-label="Generating key" className="h-2 w-32" />
            Generating {describeChoice(choice)} in a background worker… {(elapsedMs / 1000).toFixed(1)} s
          </span>
        ) : (
          message && <span className={TONE[message.tone]}>{message.text}</span>
        )}
      </div>
    </form>
  );
}
