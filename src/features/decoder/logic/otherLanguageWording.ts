/** What logic/otherLanguage.ts fetches with a language other than English. */
export { classificationText } from './classificationText.ts';
export { provenanceText } from '../profile/provenanceText.ts';
export { keySummaryText } from './keySummaryText.ts';
export { partyText } from './partyText.ts';
