// Sample data's calls, spread into the contract (api/contract.ts).
import { ALL, none, read, write } from '../callSpec';

export const sampleCalls = {
  'sample.status': read<{ loaded: boolean; canLoad: boolean }>()('查看示例数据', none),
  'sample.load': write<{ loaded: boolean; canLoad: boolean }>()('加载示例数据', ALL, none),
  'sample.remove': write<{ loaded: boolean; canLoad: boolean }>()('移除示例数据', ALL, none),
} as const;
