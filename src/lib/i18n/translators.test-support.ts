/** The app's words in each language as plain `t` functions, for unit tests of code that takes a `t`. */
import { setupI18n, type Messages } from '@lingui/core';
import enDecode from './compiled/en-decode.json' with { type: 'json' };
import enScreens from './compiled/en-screens.json' with { type: 'json' };
import esDecode from './compiled/es-decode.json' with { type: 'json' };
import esScreens from './compiled/es-screens.json' with { type: 'json' };
import type { Translate } from './react.tsx';

const englishI18n = setupI18n({ locale: 'en', messages: { en: { ...enDecode, ...enScreens } as unknown as Messages } });
const spanishI18n = setupI18n({ locale: 'es', messages: { es: { ...esDecode, ...esScreens } as unknown as Messages } });

export const english: Translate = (id, values) => englishI18n._(id, values);
export const spanish: Translate = (id, values) => spanishI18n._(id, values);
