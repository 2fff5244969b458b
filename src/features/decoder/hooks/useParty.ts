import { useState } from 'react';
import type { JsonObject } from '../../../jose/index.ts';
import type { CheckOutcome } from '../logic/check.ts';
import type { HeaderChoice } from '../components/DecodedRegions.tsx';
import type { DecodedView, PartySummary } from '../logic/view.ts';

export interface PartySelection {
  /** The signatures or recipients of a JSON serialization, to list. */
  list?: { kind: 'signature' | 'recipient'; parties: PartySummary[] };
  /** The one looked at: picked by the person, else the one that verified or opened, else the first. */
  selected: number;
  select: (index: number) => void;
  /** Set when there are several: the Header panel then shows the selected one's header. */
  choice?: HeaderChoice;
  header?: JsonObject;
  index?: number;
}

/**
 * Which signature or recipient of a JSON serialization the Header panel and the header explanations
 * follow. A pick belongs to the token it was made on: a new token starts from its own default.
 */
export function useParty(token: string, view: DecodedView | undefined, outcome: CheckOutcome | undefined): PartySelection {
  const [picked, setPicked] = useState<{ token: string; index: number }>();
  const select = (index: number) => setPicked({ token, index });
  const json = view && view.serialization !== 'compact';
  const list = !json ? undefined : view.signatures ? { kind: 'signature' as const, parties: view.signatures } : view.recipients ? { kind: 'recipient' as const, parties: view.recipients } : undefined;
  const fallback = outcome?.signatureIndex ?? outcome?.recipientIndex ?? 0;
  const selected = picked?.token === token ? picked.index : fallback;
  const party = list && list.parties.length > 1 ? list.parties.find((p) => p.index === selected) : undefined;
  if (!list || !party) return { ...(list ? { list } : {}), selected, select };
  // The recipient that opened the token: its header as decrypt read it (the same members, checked).
  const opened = list.kind === 'recipient' && outcome?.decrypted && outcome.recipientIndex === selected ? outcome.decrypted.header : undefined;
  return {
    list,
    selected,
    select,
    choice: { kind: list.kind, index: selected, count: list.parties.length, text: JSON.stringify(party.header, null, 2) },
    header: opened ?? party.header,
    index: selected,
  };
}
