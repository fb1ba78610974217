// The one source of variety in test fixtures. Math.random is not allowed in tests (the lint
// says so): a fixture that picks differently on every run fails one run in N and cannot be
// replayed. Everything varied draws from this generator instead, seeded from TEST_SEED, so
// `npm test` runs the unit suite under two seeds (scripts/test.mjs) and a failure under one
// replays with `TEST_SEED=<seed> npx vitest run --project unit <file>`.

/** The run's seed: TEST_SEED, else a fixed one (a plain `npx vitest run` stays reproducible). */
export const TEST_SEED: number = parseSeed(process.env.TEST_SEED);

export function parseSeed(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 20261124;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`TEST_SEED must be an integer, got ${JSON.stringify(text)}`);
  return n;
}

/** mulberry32: small, fast and good enough to vary fixtures; the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n) from a generator. */
export const below = (random: () => number, n: number): number => Math.floor(random() * n);

/** The suite-wide generator: fixtures take from it in the order they run. */
export const testRandom: () => number = seededRandom(TEST_SEED);
