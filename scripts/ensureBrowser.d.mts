// Types for scripts/ensureBrowser.mjs, which plain `node` runs before anything is built.
export interface Facts {
  platform: string;
  /** CHROMIUM_PATH as set, undefined when unset or empty. */
  chromiumEnv: string | undefined;
  chromiumEnvExists: boolean;
  /** The first of SYSTEM_BROWSERS[platform] that exists. */
  systemBrowser: string | null;
  /** Playwright's downloaded Chromium, when present and able to start. */
  playwrightBrowser: string | null;
  /** A font covering Chinese (fc-list :lang=zh); always true off Linux. */
  cjkFont: boolean;
  /** apt-get is on PATH (Debian, UOS, Kylin, Ubuntu). */
  apt: boolean;
  privilege: 'root' | 'sudo' | 'none';
  tried: { apt: boolean; playwright: boolean };
}

export type Step = { do: 'use'; browser: string } | { do: 'apt'; packages: string[]; sudo: boolean } | { do: 'playwright' } | { do: 'stop'; message: string };

export interface Actions {
  apt(packages: string[], sudo: boolean): boolean;
  playwright(): boolean;
}

export const SYSTEM_BROWSERS: Record<string, string[]>;
export const APT_BROWSER: string;
export const APT_FONTS: string;
export function nextStep(facts: Facts): Step;
export function missingMessage(needBrowser: boolean, needFonts: boolean, apt: boolean): string;
export function probeMachine(env?: NodeJS.ProcessEnv, platform?: string): Omit<Facts, 'tried'>;
export const machineActions: Actions;
export function ensureBrowser(deps?: {
  probe?: () => Omit<Facts, 'tried'>;
  act?: Actions;
  log?: (line: string) => void;
}): { ok: true; browser: string } | { ok: false; message: string };
