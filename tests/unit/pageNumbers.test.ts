import { describe, expect, it } from 'vitest';
import { pageNumbers } from '../../renderer/components/plain/plain';

describe('page numbers of the 首页 lists', () => {
  it('shows first, last and two either side of the current page, with gaps between', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageNumbers(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageNumbers(20, 20)).toEqual([1, 'gap', 16, 17, 18, 19, 20]);
    expect(pageNumbers(4, 8)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 8]);
  });
});
