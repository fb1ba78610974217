/** The one IPC channel: the preload and main must agree on it, and nothing else is exposed. */
export const INVOKE_CHANNEL = 'ledger:invoke';
