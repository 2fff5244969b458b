/**
 * The example tokens both Decode (its Example menu) and Learn (its Worked example menu and lessons)
 * offer: one id per example, their groups in menu order, and their names in the person's language
 * (catalogue ids `examples.<id>` and `examples.group.<group>`). This part is small and in the first
 * load; the tokens and keys (./examples.data.ts) come with `loadExample`, or with a screen that
 * imports `EXAMPLE_TOKENS` itself. Each screen chooses which ids it offers.
 */
import type { MessageId, Translate } from '../i18n/index.ts';
import { EXAMPLE_GROUPS, type ExampleGroup, type ExampleId } from './groups.ts';
import type { ExampleToken } from './types.ts';

export { EXAMPLE_GROUPS, isExampleId, type ExampleGroup, type ExampleId } from './groups.ts';
export type { ExampleToken } from './types.ts';

/** The catalogue id of an example's name (the type checks every example has one). */
export const exampleLabelId = (id: ExampleId): MessageId => `examples.${id}` satisfies MessageId;
export const exampleGroupId = (group: ExampleGroup): MessageId => `examples.group.${group}` satisfies MessageId;

/** The example's name with its group, for a line that shows it alone ("RFC 7520 (JOSE Cookbook): §4.1 …"). */
export function exampleTitle(id: ExampleId, t: Translate): string {
  const group = EXAMPLE_GROUPS.find((g) => (g.ids as readonly string[]).includes(id))!.group;
  return t('examples.title', { group: t(exampleGroupId(group)), label: t(exampleLabelId(id)) });
}

/** The groups and names of `offered` (a screen's own choice), in menu order, for a <Select>'s `groups`. */
export function exampleMenu(offered: readonly ExampleId[], t: Translate): { label: string; options: { value: ExampleId; label: string }[] }[] {
  return EXAMPLE_GROUPS.map((g) => ({
    label: t(exampleGroupId(g.group)),
    options: g.ids.filter((id) => offered.includes(id)).map((id) => ({ value: id, label: t(exampleLabelId(id)) })),
  })).filter((g) => g.options.length > 0);
}

/** The token and key of one example, fetched when it is picked (the table is not in the first load). */
export async function loadExample(id: ExampleId): Promise<ExampleToken | undefined> {
  const { EXAMPLE_TOKENS } = await import('./examples.data.ts');
  return EXAMPLE_TOKENS.find((e) => e.id === id);
}
