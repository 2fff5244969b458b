import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { keyBox, open, pasteInto, result } from './decoder-helpers.ts';

/**
 * A token too long for the Token editor (over 100,000 characters): a paste of it never reaches
 * Monaco (taking a multi-megabyte line blocks the page for the better part of a second). The Token
 * box becomes a plain read-only view with a note that says why, how large, and how to go on; the
 * whole token is still decoded and verified; pasting again, "Clear token" and "Edit in the editor
 * anyway" each give an editable token back. How long the page's tasks take is measured by
 * bench/paste-longtasks.mjs, not asserted here.
 */
const SECRET = 'a-long-enough-secret-for-hs256-32b!';
const b64 = (s: string) => Buffer.from(s).toString('base64url');

function hs256(claims: object): string {
  const input = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(JSON.stringify(claims))}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}

const tokenBox = (page: Page) => page.getByRole('textbox', { name: 'Token', exact: true });

test('a 5 MB token pasted: a plain read-only Token view with a note, verified; pasting again or "Clear token" gives the editor back', async ({ page }) => {
  test.setTimeout(120_000);
  const huge = hs256({ sub: 'long', blob: 'x'.repeat(5 * 1024 * 1024) });
  await open(page);
  await keyBox(page).fill(SECRET);
  await pasteInto(page, 'Token', huge);

  const box = tokenBox(page);
  await expect(box).toHaveAttribute('aria-readonly', 'true');
  await expect(box).toHaveAccessibleDescription(new RegExp(`^Large token \\(6\\.7 MB, ${huge.length.toLocaleString('en')} characters\\): shown as plain, read-only text`));
  await expect(box).toContainText(huge.slice(0, 40));
  await expect(box).toBeFocused();
  await expect(result(page)).toContainText('Signature verified', { timeout: 60_000 });

  // A paste onto the view replaces the whole token, and a short one goes back into the editor.
  const small = hs256({ sub: 'short' });
  await pasteInto(page, 'Token', small);
  await expect(box).not.toHaveAttribute('aria-readonly', 'true');
  await expect(box).toHaveAttribute('aria-roledescription', 'editor');
  await expect(result(page)).toContainText('Signature verified');
  await expect(page.getByRole('region', { name: 'Payload' })).toContainText('short');

  await pasteInto(page, 'Token', huge);
  await expect(box).toHaveAttribute('aria-readonly', 'true');
  await page.getByRole('button', { name: 'Clear token', exact: true }).click();
  await expect(box).not.toHaveAttribute('aria-readonly', 'true');
  await expect(box).toBeFocused();
  await expect(result(page)).not.toContainText('Signature verified');
  await expect(page.getByRole('region', { name: 'Payload' })).not.toContainText('long');
  await expect(keyBox(page)).toHaveValue(SECRET);
});

test('"Edit in the editor anyway" puts the whole long token into the editor, where typing changes it', async ({ page }) => {
  const long = hs256({ sub: 'long', blob: 'y'.repeat(120_000) });
  await open(page);
  await keyBox(page).fill(SECRET);
  await pasteInto(page, 'Token', long);
  const box = tokenBox(page);
  await expect(box).toHaveAttribute('aria-readonly', 'true');
  await expect(result(page)).toContainText('Signature verified', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Edit in the editor anyway', exact: true }).click();
  await expect(box).not.toHaveAttribute('aria-readonly', 'true');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('AB');
  await expect(result(page)).toContainText(/Invalid signature|Malformed token/, { timeout: 30_000 });
  // Still the editor: typing into a long token does not throw the person out of it.
  await expect(box).not.toHaveAttribute('aria-readonly', 'true');
});
