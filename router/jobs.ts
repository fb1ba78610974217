// Long exports run as jobs: the call that starts one answers at once with an id, and the
// page asks for its progress until it is finished (年度台账).
import { randomUUID } from 'node:crypto';
import type { ExportedFile } from '../api/schemas/reports';
import { LedgerError } from '../db/ledgerError';
import type { Logger } from './context';

export interface JobState {
  done: number;
  total: number;
  step: string;
  skipped: string[];
  finished: boolean;
  file: ExportedFile | null;
  error: string | null;
}

const jobs = new Map<string, JobState>();

/**
 * Runs `run` in the background. A refusal the user can act on (LedgerError) becomes the job's
 * message; anything else is written to the log with its stack, as the message promises.
 */
export function startJob(
  log: Logger,
  what: string,
  run: (report: (p: Pick<JobState, 'done' | 'total' | 'step' | 'skipped'>) => void) => Promise<ExportedFile>,
): { jobId: string } {
  const jobId = randomUUID();
  const state: JobState = { done: 0, total: 1, step: '准备中', skipped: [], finished: false, file: null, error: null };
  jobs.set(jobId, state);
  run((p) => Object.assign(state, p))
    .then((file) => Object.assign(state, { finished: true, file, done: state.total, step: '已完成' }))
    .catch((error) => {
      if (error instanceof LedgerError) return Object.assign(state, { finished: true, error: error.message });
      log(`job ${what} failed`, error);
      return Object.assign(state, { finished: true, error: '生成失败，详情已记入日志' });
    });
  return { jobId };
}

export function jobStatus(jobId: string): JobState {
  const state = jobs.get(jobId);
  if (!state) throw new LedgerError('NOT_FOUND', '找不到该任务，请重新生成');
  return state;
}
