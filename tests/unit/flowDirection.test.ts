// 流向 from the recorded 流向地点 against the community's own 省 and 市 (api/rules/flowDirection.ts):
// each rule at its edge, and 未定 wherever the text or the settings cannot say.
import { describe, expect, it } from 'vitest';
import { flowDirection, placeCore } from '../../api/rules/flowDirection';

const HANGZHOU = { province: '浙江省', city: '杭州市' };

describe('flowDirection', () => {
  it('names the home city (with or without 市): 市内, before the province is looked at', () => {
    expect(flowDirection('浙江省杭州市西湖区', HANGZHOU)).toBe('市内');
    expect(flowDirection('杭州 滨江区某公司', HANGZHOU)).toBe('市内');
  });
  it('names the home province but not the city: 省内', () => {
    expect(flowDirection('浙江省温州市', HANGZHOU)).toBe('省内');
    expect(flowDirection('浙江宁波', HANGZHOU)).toBe('省内');
  });
  it('names another province-level unit: 省外 (自治区 and 直辖市 by their short names)', () => {
    expect(flowDirection('广东省深圳市', HANGZHOU)).toBe('省外');
    expect(flowDirection('上海市浦东新区', HANGZHOU)).toBe('省外');
    expect(flowDirection('广西壮族自治区南宁市', HANGZHOU)).toBe('省外');
  });
  it('says nothing it cannot: a district alone, a city of the province without its name, or no home set → 未定', () => {
    expect(flowDirection('西湖区', HANGZHOU)).toBe('未定');
    expect(flowDirection('温州市', HANGZHOU)).toBe('未定');
    expect(flowDirection('广东省深圳市', { province: null, city: null })).toBe('未定');
    // Only a city set: its own city is still 市内, anything else cannot be placed.
    expect(flowDirection('杭州市', { province: null, city: '杭州市' })).toBe('市内');
    expect(flowDirection('广东省深圳市', { province: null, city: '杭州市' })).toBe('未定');
  });
  it('a 直辖市 is its own province and city', () => {
    const beijing = { province: '北京市', city: '北京市' };
    expect(flowDirection('北京市朝阳区', beijing)).toBe('市内');
    expect(flowDirection('天津市', beijing)).toBe('省外');
  });
  it('placeCore keeps the part a text is sure to contain', () => {
    expect(placeCore('浙江省')).toBe('浙江');
    expect(placeCore('内蒙古自治区')).toBe('内蒙古');
    expect(placeCore('杭州市')).toBe('杭州');
    expect(placeCore('延边朝鲜族自治州')).toBe('延边朝鲜族');
  });
});
