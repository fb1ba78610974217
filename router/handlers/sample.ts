import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';
import { loadSample, removeSample, sampleStatus } from '../sample';

export const sample: HandlersFor<'sample'> = {
  'sample.status': (ctx) => sampleStatus(ctx),
  'sample.load': (ctx) => loadSample(ctx, todayOf(ctx)),
  'sample.remove': (ctx) => removeSample(ctx),
};
