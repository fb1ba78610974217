// Types for scripts/electronBinary.mjs.
export const ELECTRON_MISSING: string;
export function electronBinary(packageDir?: string, env?: NodeJS.ProcessEnv): { ok: true; path: string } | { ok: false; message: string };
