/**
 * The installers' icons in public/: the sizes the manifest states are the sizes of the files, each
 * PNG was drawn from the current icon.svg (scripts/make-icons.ts records its hash), and the maskable
 * and Apple icons are opaque squares while the others keep transparent corners.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIco } from '../../scripts/icons/ico.ts';
import { ICON_SOURCE_KEYWORD, readPng, withText } from '../../scripts/icons/png.ts';

const publicFile = (name: string) => readFileSync(new URL(`../../public/${name}`, import.meta.url));
type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };
const manifest = JSON.parse(publicFile('manifest.webmanifest').toString('utf8')) as { icons: ManifestIcon[] };
const svgHash = createHash('sha256').update(publicFile('icon.svg')).digest('hex');
const pngIcons = manifest.icons.filter((icon) => icon.type === 'image/png');

describe('manifest icons', () => {
  it('lists the PNG sizes Chromium installs from (192 and 512, each also maskable) and the SVG', () => {
    const listed = manifest.icons.map((icon) => `${icon.sizes} ${icon.type} ${icon.purpose ?? 'any'}`);
    expect(listed).toEqual(expect.arrayContaining([
      'any image/svg+xml any', '192x192 image/png any', '512x512 image/png any', '192x192 image/png maskable', '512x512 image/png maskable',
    ]));
  });

  it.each(pngIcons)('$src is a $sizes PNG drawn from the current icon.svg', (icon) => {
    const png = readPng(publicFile(icon.src));
    expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    expect(png.text[ICON_SOURCE_KEYWORD], 'icon.svg changed: run `npm run icons`').toBe(svgHash);
    // Installers cut maskable icons to their own shape, so those fill the square; the rest keep the SVG's rounded corners.
    expect(png.hasAlpha).toBe(icon.purpose !== 'maskable');
  });

  it('apple-touch-icon.png is an opaque 180×180 PNG from the current SVG (iOS draws transparency black)', () => {
    const png = readPng(publicFile('apple-touch-icon.png'));
    expect([png.width, png.height, png.hasAlpha, png.text[ICON_SOURCE_KEYWORD]]).toEqual([180, 180, false, svgHash]);
  });

  it('favicon.ico holds 16, 32 and 48 px PNGs from the current SVG', () => {
    const images = readIco(publicFile('favicon.ico'));
    expect(images.map((image) => image.size)).toEqual([16, 32, 48]);
    for (const image of images) {
      const png = readPng(image.png);
      expect([png.width, png.height, png.text[ICON_SOURCE_KEYWORD]]).toEqual([image.size, image.size, svgHash]);
    }
  });
});

describe('the PNG reader', () => {
  const icon = publicFile('icon-192.png');

  it('reads back a tEXt chunk it added, and the image is otherwise unchanged', () => {
    const marked = withText(icon, 'Comment', 'hello');
    expect(readPng(marked).text.Comment).toBe('hello');
    expect(marked.length).toBe(icon.length + 12 + 'Comment\0hello'.length);
  });

  it('refuses a file whose chunk fails its CRC, and one that is not a PNG', () => {
    const corrupt = Buffer.from(icon);
    corrupt[40] = corrupt[40]! ^ 0xff;
    expect(() => readPng(corrupt)).toThrow(/fails its CRC/);
    expect(() => readPng(publicFile('icon.svg'))).toThrow(/not a PNG/);
  });
});
