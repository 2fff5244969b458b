/**
 * Draws the installers' PNG icons from public/icon.svg with Chromium (the browser the e2e tests
 * already use), so there is one drawing and no image library. Run `npm run icons` after editing the
 * SVG or the manifest's icon list, and commit the PNGs: the build does not draw them.
 *
 * Which PNGs: every PNG the manifest lists (its `sizes` and `purpose`), plus apple-touch-icon.png,
 * which iOS finds through index.html rather than the manifest, and favicon.ico (16, 32 and 48 px),
 * which browsers ask for on pages that name no icon. "maskable" icons and the Apple one
 * are drawn on a full-bleed square of the icon's own background (installers cut their own shape;
 * iOS puts black behind transparency); the others keep the SVG's rounded, transparent corners.
 * Each PNG records the SHA-256 of the SVG it was drawn from (a tEXt chunk), so a test can tell
 * when the SVG changed and the PNGs were not redrawn.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { icoFromPngs, type IcoImage } from './icons/ico.ts';
import { ICON_SOURCE_KEYWORD, withText } from './icons/png.ts';

const PUBLIC = path.resolve(import.meta.dirname, '../public');
/** The SVG's background, behind the full-bleed icons. */
const FULL_BLEED = '#0f172a';

type IconJob = { file: string; size: number; fullBleed: boolean };
const FAVICON_SIZES = [16, 32, 48];

function jobs(): IconJob[] {
  const manifest = JSON.parse(readFileSync(path.join(PUBLIC, 'manifest.webmanifest'), 'utf8')) as {
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  const fromManifest = manifest.icons
    .filter((icon) => icon.type === 'image/png')
    .map((icon) => ({ file: icon.src, size: Number(icon.sizes.split('x')[0]), fullBleed: (icon.purpose ?? 'any').includes('maskable') }));
  return [...fromManifest, { file: 'apple-touch-icon.png', size: 180, fullBleed: true }];
}

async function main(): Promise<void> {
  const svg = readFileSync(path.join(PUBLIC, 'icon.svg'));
  const svgHash = createHash('sha256').update(svg).digest('hex');
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({ executablePath: findBrowser().path, args: ['--no-sandbox', '--disable-gpu'] });
  const draw = async ({ size, fullBleed }: Omit<IconJob, 'file'>): Promise<Buffer> => {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const background = fullBleed ? FULL_BLEED : 'transparent';
    await page.setContent(`<body style="margin:0;background:${background}"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: !fullBleed, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    return withText(png, ICON_SOURCE_KEYWORD, svgHash);
  };
  try {
    for (const job of jobs()) {
      writeFileSync(path.join(PUBLIC, job.file), await draw(job));
      console.log(`public/${job.file}  ${job.size}×${job.size}${job.fullBleed ? ', full bleed' : ''}`);
    }
    const favicons: IcoImage[] = [];
    for (const size of FAVICON_SIZES) favicons.push({ size, png: await draw({ size, fullBleed: false }) });
    writeFileSync(path.join(PUBLIC, 'favicon.ico'), icoFromPngs(favicons));
    console.log(`public/favicon.ico  ${FAVICON_SIZES.join(', ')} px`);
  } finally {
    await browser.close();
  }
}

await main();
