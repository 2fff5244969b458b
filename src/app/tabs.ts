import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { DecodePage } from '../features/decoder/DecodePage.tsx';
import { loadScreenMessages, type MessageId } from '../lib/i18n/index.ts';
import type { TabId } from '../lib/screens.ts';

export interface TabDefinition {
  id: TabId;
  /** The tab's name (also its accessible name). */
  labelId: MessageId & `tabs.${TabId}`;
  component: ComponentType | LazyExoticComponent<ComponentType>;
}

/** A lazy screen's chunk together with the English words of the lazy screens, so it never renders an id. */
function withMessages<M>(chunk: Promise<M>): Promise<M> {
  return Promise.all([chunk, loadScreenMessages()]).then(([m]) => m);
}

/**
 * The screens in tab order. Decode is part of the first load; the others are lazy chunks so the
 * first paint stays small. A screen joins the tab bar by adding one line here.
 */
export const TABS: TabDefinition[] = [
  { id: 'decode', labelId: 'tabs.decode', component: DecodePage },
  { id: 'encode', labelId: 'tabs.encode', component: lazy(() => withMessages(import('../features/encoder/EncodePage.tsx')).then((m) => ({ default: m.EncodePage }))) },
  { id: 'keys', labelId: 'tabs.keys', component: lazy(() => withMessages(import('../features/keys/KeysPage.tsx')).then((m) => ({ default: m.KeysPage }))) },
  { id: 'learn', labelId: 'tabs.learn', component: lazy(() => withMessages(import('../features/learn/LearnPage.tsx')).then((m) => ({ default: m.LearnPage }))) },
];

