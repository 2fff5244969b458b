import type { DecoderInput } from '../../../lib/handoffs.ts';
import { Select } from '../../../components/Select.tsx';
import { exampleMenu, loadExample, type ExampleId } from '../../../lib/examples/index.ts';
import { useT } from '../../../lib/i18n/index.ts';

/** The examples Decode offers: the seed documents' tokens and the RFC 7520 (JOSE Cookbook) ones with their keys, so a workshop starts in one click. */
export const DECODE_EXAMPLES: readonly ExampleId[] = [
  'seed-hs256-password',
  'seed-unsecured',
  'seed-hs256-notsosecret',
  'seed-rsa-oaep-jwe',
  'rfc7520-4.1',
  'rfc7520-4.3',
  'rfc7520-4.4',
  'rfc7520-4.8',
  'rfc7520-5.2',
  'rfc7520-5.3',
  'rfc7520-5.4',
  'rfc7520-5.6',
];

/** The Example menu: picking one loads its token and key into the decoder (the names are in the first load, the tokens come when picked). */
export function ExamplePicker({ onLoad }: { onLoad: (input: DecoderInput, from: string) => void }) {
  const t = useT();
  const pick = async (id: ExampleId | '') => {
    if (!id) return;
    const example = await loadExample(id);
    if (example) onLoad({ token: example.token, keyText: example.keyText, keyEncoding: example.keyEncoding }, 'An example');
  };
  return (
    <label className="flex max-w-full min-w-0 items-center gap-2 text-sm">
      <span className="font-medium">{t('decode.toolbar.examples')}</span>
      <Select<ExampleId | ''>
        aria-label={t('decode.toolbar.example')}
        value=""
        onChange={(id) => void pick(id)}
        placeholder={t('decode.toolbar.loadExample')}
        groups={exampleMenu(DECODE_EXAMPLES, t)}
        className="max-w-[22rem] min-w-0 flex-1"
      />
    </label>
  );
}
