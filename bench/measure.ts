export interface Sample {
  operation: string;
  medianMs: number;
  p95Ms: number;
  peakRssMb: number;
  baseline: string;
  baselineMedianMs: number;
  ratio: number;
  targetMs: number | null;
  /** A target other than a time, in words (ratio, memory). */
  target?: string;
  pass: boolean | null;
}

export function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

export const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
export const p95 = (xs: number[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
export const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

export function sample(operation: string, runs: number[], baseline: string, baseRuns: number[], targetMs: number | null): Sample {
  const m = median(runs);
  return {
    operation,
    medianMs: round(m),
    p95Ms: round(p95(runs)),
    peakRssMb: rssMb(),
    baseline,
    baselineMedianMs: round(median(baseRuns)),
    ratio: round(m / Math.max(median(baseRuns), 0.001)),
    targetMs,
    pass: targetMs === null ? null : p95(runs) <= targetMs,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
