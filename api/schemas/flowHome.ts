// The community's own 省 and 市, against which 流向地点 is read as 市内/省内/省外 (api/rules/flowDirection.ts).
import { z } from 'zod';
import { optionalText } from './fields';

export const flowHomeInput = z.object({
  province: optionalText('所在省份', 20),
  city: optionalText('所在城市', 20),
});
