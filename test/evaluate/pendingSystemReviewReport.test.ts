// What the report says about pending indicators, the system choice and review claims (#16 points 4, 5, 8).
import { describe, expect, it } from 'vitest';
import { evaluateDepartment } from '../../src/index.js';
import { renderMarkdown } from '../../src/render/index.js';
import { enyang } from '../support/enyang.js';

const withoutKeyWork = () => {
  const data = enyang();
  data.assessments = data.assessments.filter((a: { indicator: string }) => a.indicator !== 'performance.duties.key-work');
  return data;
};

describe('report: pending indicators make the total provisional (#16.4)', () => {
  it('the conclusion and 附表1 say 暂定 and 已评 X / Y 分; the pending leaf says 待评', () => {
    const data = withoutKeyWork();
    delete data.claimed;
    const md = renderMarkdown(evaluateDepartment(data));
    expect(md).toContain('总评分90分（优秀，暂定；已评92/100分，待评1项）');
    expect(md).toContain('等级：优秀（暂定）；已评 92 / 100 分');
    // 附表1 in the 评分表 form: the pending leaf is marked (bold), its 指标值 待评, its 扣分原因 the explanation.
    expect(md).toMatch(/\*\*重点工作推进\*\* \| \*\*8\*\* \| \*\*[^|]+\*\* \| \*\*待评\*\* \| \*\*0\*\* \| \*\*待评：尚无评价意见/u);
    expect(md).not.toContain('重点工作推进扣8分');
  });

  it('in English: provisional, assessed X of Y points', () => {
    const data = withoutKeyWork();
    delete data.claimed;
    const md = renderMarkdown(evaluateDepartment(data, { locale: 'en' }), { locale: 'en' });
    expect(md).toContain('(provisional); assessed 92 of 100 points');
  });

  it('the Enyang reference (every leaf assessed) has no 暂定', () => {
    expect(renderMarkdown(evaluateDepartment(enyang()))).not.toContain('暂定');
  });
});

describe('report: the system line says when the default was used, and a scope mismatch (#16.5)', () => {
  it('default → 缺省选用; given → not; outside the scope → the scope sentence', () => {
    expect(renderMarkdown(evaluateDepartment(enyang()))).toContain('（2023.1-reconstructed）（未指定评价指标体系，缺省选用）。');
    expect(renderMarkdown(evaluateDepartment(enyang(), { system: 'enyang-2023' }))).toContain('（2023.1-reconstructed）。');
    const data = enyang();
    data.department.region = { province: '湖南省', city: '岳阳市' };
    expect(renderMarkdown(evaluateDepartment(data, { system: 'enyang-2023' }))).toContain(
      '（2023.1-reconstructed）（评价指标体系 enyang-2023 的适用范围（四川省巴中市恩阳区）与被评价部门（湖南省岳阳市）不符）。',
    );
  });
});

describe('report: 自评分 beside 核定分 where the claims differ (#16.8)', () => {
  it('a claim the data does not support adds the 自评分 column, the claimed total and the claimed grade', () => {
    const data = withoutKeyWork();
    data.claimed.grade = '优秀';
    const result = evaluateDepartment(data);
    const md = renderMarkdown(result);
    expect(md).toMatch(/\| 一级指标 \| 二级指标 \| 三级指标 \| 分值 \| 评分标准 \| 指标值 \| 自评分 \| 核定分 \| 扣分原因 \|/u);
    // The department claims 98 (key-work implicitly full 8); the data supports 90 so far.
    expect(md).toMatch(/重点工作推进\*\* \| \*\*8\*\* \| \*\*[^|]+\*\* \| \*\*待评\*\* \| \*\*8\*\* \| \*\*0\*\* \|/u);
    expect(md).toMatch(/\| \*\*合计\*\* \| \| \| \*\*100\*\* \| \| \| \*\*98\*\* \| \*\*90\*\* \|/u);
    // while an indicator is pending the computed total is provisional: both are shown, no difference is stated
    expect(md).toContain('自评分98分（优秀），依据所提供数据核定为90分（优秀，暂定；已评92/100分，待评1项）。');
  });

  it('the Enyang claims agree with the data: no extra column', () => {
    const md = renderMarkdown(evaluateDepartment(enyang()));
    expect(md).not.toContain('自评分');
    expect(md).toMatch(/\| 一级指标 \| 二级指标 \| 三级指标 \| 分值 \| 评分标准 \| 指标值 \| 得分 \| 扣分原因 \|/u);
  });
});
