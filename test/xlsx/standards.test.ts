import { describe, expect, it } from 'vitest';
import { recogniseStandard } from '../../src/xlsx/internal/standards.js';

describe('recogniseStandard', () => {
  it('linear: 以100%为标准，每超过一个百分点扣0.1分，扣完为止', () => {
    expect(recogniseStandard('以100%为标准，≤100%计1分；每超过一个百分点扣0.1分，扣完为止', '1')).toEqual({
      kind: 'linear',
      target: '1',
      direction: 'above',
      step: '0.01',
      deduction: '0.1',
      percent: true,
    });
  });
  it('linear: ≤0 计 3 分，每超过0一个百分点扣0.3分', () => {
    expect(recogniseStandard('“三公经费”变动率≤0，计 3 分；每超过0一个百分点扣0.3分，扣完为止。', '3')).toMatchObject({
      kind: 'linear',
      target: '0',
      direction: 'above',
      step: '0.01',
      deduction: '0.3',
    });
  });
  it('linear: below target', () => {
    expect(recogniseStandard('预算完成率达到100%得满分，每降低1个百分点扣0.2分，扣完为止', '5')).toMatchObject({
      kind: 'linear',
      target: '1',
      direction: 'below',
      step: '0.01',
      deduction: '0.2',
    });
  });
  it('linear: 每超过10个百分点扣1分', () => {
    expect(recogniseStandard('以100%为标准，每超过10个百分点扣1分', '3')).toMatchObject({ kind: 'linear', step: '0.1', deduction: '1' });
  });
  it('bands: ≥90%得5分；80%-90%得4分；…；<60%得0分', () => {
    expect(recogniseStandard('≥90%得5分；80%-90%得4分；70%-80%得3分；60%-70%得2分；<60%得0分', '5')).toEqual({
      kind: 'bands',
      percent: true,
      bands: [
        { max: '0.6', minInclusive: false, maxInclusive: false, points: '0' },
        { min: '0.6', max: '0.7', minInclusive: true, maxInclusive: false, points: '2' },
        { min: '0.7', max: '0.8', minInclusive: true, maxInclusive: false, points: '3' },
        { min: '0.8', max: '0.9', minInclusive: true, maxInclusive: false, points: '4' },
        { min: '0.9', minInclusive: true, maxInclusive: false, points: '5' },
      ],
    });
  });
  it('bands: =0得3分；0-10%(含)得2分；…；>30%得0分', () => {
    const r = recogniseStandard('预算调整率=0得3分；0-10%（含）得2分；10%-20%（含）得1分；20%-30%（含）得0.5分；>30%得0分', '3');
    expect(r).toEqual({
      kind: 'bands',
      percent: true,
      bands: [
        { min: '0', max: '0', minInclusive: true, maxInclusive: true, points: '3' },
        { min: '0', max: '0.1', minInclusive: false, maxInclusive: true, points: '2' },
        { min: '0.1', max: '0.2', minInclusive: false, maxInclusive: true, points: '1' },
        { min: '0.2', max: '0.3', minInclusive: false, maxInclusive: true, points: '0.5' },
        { min: '0.3', minInclusive: false, maxInclusive: false, points: '0' },
      ],
    });
  });
  it('bands: 90%以上 / 以下 wording', () => {
    expect(recogniseStandard('满意度90%以上得满分；80%-90%得2分；80%以下不得分', '4')).toMatchObject({ kind: 'bands' });
  });
  it('bands: overlapping is ambiguous', () => {
    expect(recogniseStandard('80%（含）-90%（含）得4分；90%（含）以上得5分', '5')).toEqual({ kind: 'none', why: 'ambiguous' });
  });
  it('perViolation: 每发现一项扣1分', () => {
    expect(recogniseStandard('资金使用合规，每发现一项问题扣1分，扣完为止', '3')).toEqual({ kind: 'perViolation', deduction: '1' });
  });
  it('ratio', () => {
    expect(recogniseStandard('按实际完成比例计算得分，满分为止', '5')).toEqual({ kind: 'ratio', target: '1' });
  });
  it('categorical', () => {
    expect(recogniseStandard('按规定公开得2分，未公开不得分', '2')).toEqual({ kind: 'categorical', whenTrue: '2', whenFalse: '0' });
  });
  it('checklist', () => {
    expect(recogniseStandard('①有预算资金管理办法（1分）；②制度合法合规（1分）；③有效执行（1分）', '3')).toMatchObject({ kind: 'checklist' });
  });
  it('free text falls through', () => {
    expect(recogniseStandard('根据宣传培训开展情况酌情打分', '1')).toEqual({ kind: 'none', why: 'unrecognised' });
    expect(recogniseStandard('', '1')).toEqual({ kind: 'none', why: 'empty' });
  });
  it('hostile text is examined in linear time (no ReDoS)', () => {
    const inputs = [
      '每超过'.repeat(600),
      '1-'.repeat(900),
      '≥1%'.repeat(600),
      `${'得1分;'.repeat(300)}x`,
      '(1,'.repeat(600),
      `以${'1'.repeat(1900)}%为标准`,
      `①${'a'.repeat(1990)}`,
      '每发现一'.repeat(450),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      recogniseStandard(text, '5');
      expect(performance.now() - t0).toBeLessThan(250);
    }
    expect(recogniseStandard('x'.repeat(2001), '5')).toEqual({ kind: 'none', why: 'too_long' });
  });
});
