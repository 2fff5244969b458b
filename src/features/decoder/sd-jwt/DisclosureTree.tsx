import type { JsonObject, SdClaimNode, SdJwtDisclosure } from '../../../jose/index.ts';
import { childrenOf, hiddenWords, labelOf, markOf, preview, valueAt, type ClaimMark } from './tree.ts';
import { useT } from '../../../lib/i18n/index.ts';

const MARK_LOOK: Record<ClaimMark | 'hidden', string> = {
  'always visible': 'border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-300',
  disclosed: 'border-seg-disclosure text-seg-disclosure font-semibold',
  'inside a disclosure': 'border-seg-disclosure border-dashed text-seg-disclosure',
  hidden: 'border-amber-600 border-dashed text-amber-800 dark:border-amber-400 dark:text-amber-300',
};

function Mark({ mark, text }: { mark: ClaimMark | 'hidden'; text?: string }) {
  return <span className={`ml-1 inline-block rounded border px-1 text-xs ${MARK_LOOK[mark]}`}>{text ?? mark}</span>;
}

function DisclosedDetail({ d }: { d: SdJwtDisclosure }) {
  return (
    <span className="block pl-4 text-xs text-slate-600 dark:text-slate-400">
      Disclosure {d.index + 1}: salt <code className="mono break-all">{d.salt}</code>, matched digest{' '}
      <code className="mono break-all">{d.digest}</code>
    </span>
  );
}

function HiddenLine({ digests }: { digests: string[] }) {
  return (
    <li>
      <details>
        <summary className="cursor-pointer">
          <Mark mark="hidden" text={hiddenWords(digests.length)} />
        </summary>
        <ul className="pl-4 text-xs text-slate-600 dark:text-slate-400">
          {digests.map((digest) => (
            <li key={digest} className="mono break-all">{digest}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function Branch({ node, claims, disclosures }: { node: SdClaimNode; claims: JsonObject | undefined; disclosures: readonly SdJwtDisclosure[] }) {
  const { members, hiddenDigests } = childrenOf(node);
  if (members.length === 0 && hiddenDigests.length === 0) return null;
  return (
    <ul className="flex flex-col gap-0.5 border-l border-slate-200 pl-3 dark:border-slate-700">
      {members.map((child) => (
        <Member key={child.pointer ?? labelOf(child)} node={child} claims={claims} disclosures={disclosures} />
      ))}
      {hiddenDigests.length > 0 && <HiddenLine digests={hiddenDigests} />}
    </ul>
  );
}

function Member({ node, claims, disclosures }: { node: SdClaimNode; claims: JsonObject | undefined; disclosures: readonly SdJwtDisclosure[] }) {
  const mark = markOf(node);
  const d = node.disclosure !== undefined ? disclosures[node.disclosure] : undefined;
  const within = node.within !== undefined ? `inside Disclosure ${node.within + 1}` : undefined;
  return (
    <li>
      <span className="mono font-semibold">{labelOf(node)}</span>
      <span className="mono ml-1 break-all text-slate-700 dark:text-slate-300">{preview(valueAt(claims, node))}</span>
      <Mark mark={mark} {...(within ? { text: within } : {})} />
      {d && <DisclosedDetail d={d} />}
      {node.children && <Branch node={node} claims={claims} disclosures={disclosures} />}
    </li>
  );
}

/**
 * The processed claims as a tree, every member marked: "always visible" (plain in the Issuer-signed
 * payload), "disclosed" (with the salt and the digest it matched), "inside Disclosure N", and for
 * each object or array the digests no Disclosure matched, "hidden (N undisclosed digests)".
 */
export function DisclosureTree({ tree, claims, disclosures }: { tree: SdClaimNode; claims: JsonObject | undefined; disclosures: readonly SdJwtDisclosure[] }) {
  const t = useT();
  const { members, hiddenDigests } = childrenOf(tree);
  return (
    <ul aria-label={t('decodep.disclosureTree')} className="flex flex-col gap-0.5 text-sm">
      {members.map((child) => (
        <Member key={child.pointer ?? labelOf(child)} node={child} claims={claims} disclosures={disclosures} />
      ))}
      {hiddenDigests.length > 0 && <HiddenLine digests={hiddenDigests} />}
    </ul>
  );
}
