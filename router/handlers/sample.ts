import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import { loadSample, removeSample, sampleStatus } from '../sample';
import type { sampleCalls } from '../../api/contract/sample';

export const sample: HandlersOf<typeof sampleCalls> = {
  'sample.status': (ctx) => sampleStatus(ctx),
  'sample.load': (ctx) => loadSample(ctx, todayOf(ctx)),
  'sample.remove': (ctx) => removeSample(ctx),
};
