// Launches the system Chromium through playwright-core. Playwright's own browser downloads are
// not used: the executable comes from CHROMIUM_PATH or /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep a headless Chromium from reaching out to the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(
      `Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH to its executable`,
    );
    this.name = 'ChromiumMissingError';
  }
}

/** Starts a headless Chromium. The caller closes it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
