import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { DecodePage } from '../features/decoder/DecodePage.tsx';
import type { TabId } from '../lib/screens.ts';

export interface TabDefinition {
  id: TabId;
  label: string;
  component: ComponentType | LazyExoticComponent<ComponentType>;
}

/**
 * The screens in tab order. Decode is part of the first load; the others are lazy chunks so the
 * first paint stays small. A screen joins the tab bar by adding one line here.
 */
export const TABS: TabDefinition[] = [
  { id: 'decode', label: 'Decode', component: DecodePage },
  { id: 'encode', label: 'Encode', component: lazy(() => import('../features/encoder/EncodePage.tsx').then((m) => ({ default: m.EncodePage }))) },
  { id: 'keys', label: 'Keys', component: lazy(() => import('../features/keys/KeysPage.tsx').then((m) => ({ default: m.KeysPage }))) },
  { id: 'learn', label: 'Learn', component: lazy(() => import('../features/learn/LearnPage.tsx').then((m) => ({ default: m.LearnPage }))) },
];

