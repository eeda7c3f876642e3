/**
 * Finds and launches the system Chromium (Debian's `chromium` package) for the browser tests;
 * browser downloads are not possible here, so playwright-core only drives what is installed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** `CHROMIUM_PATH` when set, else Debian's path. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Whether {@link CHROMIUM_PATH} exists. */
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/** A launched browser with a fresh profile, and how to close it and delete the profile. */
export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a throwaway profile and everything that would reach the
 * network on its own turned off. `--no-sandbox` because CI runs as root.
 *
 * @example
 * ```ts
 * const { context, close } = await launchChromium();
 * ```
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
