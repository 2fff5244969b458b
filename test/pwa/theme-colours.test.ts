/** One pair of theme colours: the app's (src/app/theme.ts), index.html's metas and the manifest's. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { THEME_COLOURS } from '../../src/app/theme.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

it('index.html and the manifest carry the light and dark colours the theme toggle applies', () => {
  const metas = [...read('index.html').matchAll(/<meta name="theme-color" media="\(prefers-color-scheme: (\w+)\)" content="([^"]+)"/g)];
  expect(Object.fromEntries(metas.map((m) => [m[1], m[2]]))).toEqual(THEME_COLOURS);
  const manifest = JSON.parse(read('public/manifest.webmanifest')) as { theme_color: string; background_color: string; color_scheme_dark: Record<string, string> };
  expect([manifest.theme_color, manifest.background_color]).toEqual([THEME_COLOURS.light, THEME_COLOURS.light]);
  expect(manifest.color_scheme_dark).toEqual({ theme_color: THEME_COLOURS.dark, background_color: THEME_COLOURS.dark });
});
