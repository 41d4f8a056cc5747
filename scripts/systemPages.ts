// Renders one Markdown page per built-in indicator system (docs/systems/<id>.md). Pure and
// deterministic: the same system gives the same bytes. `scripts/gen-system-pages.mjs` writes the
// pages; test/scoring/systemPages.test.ts fails when a committed page is stale.
import { BUILT_IN_SYSTEMS, DEFAULT_ZERO_POLICY } from '../src/scoring/index.js';
import type { IndicatorLeaf, IndicatorNode, IndicatorSystem, ZeroOutcome, ZeroPolicy } from '../src/scoring/index.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const pct = (fact: string, v: string): string => (fact.startsWith('ratio.') ? `${v}%` : v);

const METHOD_NAMES: Readonly<Record<IndicatorLeaf['method'], string>> = {
  linear: '线性扣分',
  bands: '分档',
  ratio: '比例',
  checklist: '清单',
  perViolation: '按项扣分',
  categorical: '分类',
  manual: '人工评分',
};

/** A compact, machine-faithful summary of how a leaf is scored. */
export function methodSummary(leaf: IndicatorLeaf): string {
  const head = `${METHOD_NAMES[leaf.method]}（\`${leaf.method}\`）`;
  switch (leaf.method) {
    case 'linear':
      return `${head}：\`${leaf.fact}\`，${leaf.direction === 'above' ? '超过' : '低于'} ${pct(leaf.fact, leaf.target)} 每${leaf.fact.startsWith('ratio.') ? '个百分点' : '1'}扣 ${leaf.perPoint} 分，扣完为止`;
    case 'bands': {
      const [lo, hi] = leaf.closed === 'lower' ? ['≥', '<'] : ['>', '≤'];
      const bands = leaf.bands.map((b) => {
        const range = [b.min !== undefined ? `${lo}${pct(leaf.fact, b.min)}` : '', b.max !== undefined ? `${hi}${pct(leaf.fact, b.max)}` : '']
          .filter(Boolean)
          .join(' 且 ');
        return `${range || '任意'} → ${b.points}`;
      });
      return `${head}：\`${leaf.fact}\`，${bands.join('；')}`;
    }
    case 'ratio':
      return `${head}：\`${leaf.fact}\` ÷ ${pct(leaf.fact, leaf.target)} × 分值，满分为止`;
    case 'checklist':
      return `${head}：${leaf.items.map((i) => `\`${i.fact}\`${i.expect ? '' : '=否'} ${i.points}分`).join('，')}`;
    case 'perViolation':
      return `${head}：${leaf.facts.map((f) => `\`${f}\``).join(' + ')} 每项扣 ${leaf.perItem} 分，扣完为止`;
    case 'categorical':
      return `${head}：\`${leaf.fact}\` ${leaf.cases.map((c) => `${JSON.stringify(c.value)} → ${c.points}`).join('；')}${leaf.otherwise !== undefined ? `；其他 → ${leaf.otherwise}` : ''}`;
    case 'manual':
      return `${head}：读取评价意见 \`assessments[].indicator = "${leaf.id}"\``;
  }
}

const ZERO_OUTCOMES: Readonly<Record<ZeroOutcome, string>> = {
  full: '满分（full）',
  not_applicable: '不适用（not_applicable）',
  zero: '0分（zero）',
  unavailable: '按缺数据处理（unavailable）',
};

/** A leaf's zero-denominator policy in one line: each case, its outcome (defaults filled in) and source. */
export function zeroSummary(p: ZeroPolicy): string {
  const d = DEFAULT_ZERO_POLICY;
  const na = (p.notApplicable ?? d.notApplicable) === 'reweight' ? '，不适用时分值按比例分配' : '';
  return `分母为0：0÷0 → ${ZERO_OUTCOMES[p.whenZeroOverZero ?? d.whenZeroOverZero]}；非零÷0 → ${ZERO_OUTCOMES[p.whenZeroDenominator ?? d.whenZeroDenominator]}${na}（${p.source}，[${p.reliability}]）`;
}

const POLICY: Readonly<Record<string, string>> = { full: '满分（full）', zero: '0分（zero）', reweight: '按比例分配至同级指标（reweight）' };

function rows(nodes: readonly IndicatorNode[], depth: number, out: string[]): void {
  for (const n of nodes) {
    const names = ['', '', ''];
    names[Math.min(depth, 2)] = depth > 2 ? `${'　'.repeat(depth - 2)}${n.name}` : n.name;
    if (!('method' in n)) {
      out.push(`| ${names.map((x) => (x ? `**${cell(x)}**` : '')).join(' | ')} | \`${n.id}\` | **${n.points}** | | | |`);
      rows(n.children ?? [], depth + 1, out);
      continue;
    }
    const zero = n.zeroPolicy ? `<br>${zeroSummary(n.zeroPolicy)}` : '';
    const policy = `${n.onUnavailable ? `<br>缺数据：${POLICY[n.onUnavailable]}` : ''}${zero}`;
    out.push(
      `| ${names.map(cell).join(' | ')} | \`${n.id}\` | ${n.points} | ${cell(n.standard)} | ${cell(methodSummary(n))}${policy} | [${n.provenance.reliability}] |`,
    );
  }
}

function provenanceList(nodes: readonly IndicatorNode[], out: string[]): void {
  for (const n of nodes) {
    if (!('method' in n)) {
      provenanceList(n.children ?? [], out);
      continue;
    }
    const p = n.provenance;
    out.push(`- \`${n.id}\` ${n.name} — [${p.reliability}] ${p.source}${p.note ? `。${p.note}` : ''}${n.basis ? `（依据：${n.basis}）` : ''}`);
    const z = n.zeroPolicy;
    if (z) out.push(`  - 分母为0的规则：[${z.reliability}] ${z.source}${z.note ? `。${z.note}` : ''}`);
  }
}

/** The Markdown page of one system. */
export function renderSystemPage(s: IndicatorSystem): string {
  const out: string[] = [
    `<!-- 本页由 scripts/systemPages.ts 从 src/scoring/builtIn 生成，请勿手改；更新：node scripts/gen-system-pages.mjs -->`,
    '',
    `# ${s.name}`,
    '',
    s.nameEn ? `*${s.nameEn}*\n` : '',
    '| 项目 | 内容 |',
    '| --- | --- |',
    `| id | \`${s.id}\` |`,
    `| 版本 | ${s.version} |`,
    `| 适用地区 | ${s.jurisdiction} |`,
    `| 年度 | ${s.year} |`,
    `| 总分 | ${s.total} |`,
    `| 数据缺失 | ${POLICY[s.unavailablePolicy]}（各项可用 \`onUnavailable\` 另行规定） |`,
    `| 缺少评价意见 | ${POLICY[s.unassessedPolicy]} |`,
    `| 分母为0 | 各比率指标的 \`zeroPolicy\`（见“计分方法”列）；未规定的按缺省规则：0÷0 满分，非零÷0 按缺数据处理 [K] |`,
    `| 来源 | [${s.provenance.reliability}] ${cell(s.provenance.source)} |`,
    '',
  ];
  if (s.provenance.note) out.push(`> ${s.provenance.note}`, '');
  if (s.description) out.push(s.description, '');
  out.push('## 等级', '', '| 等级 | 下限（含） | 假定 | 来源 |', '| --- | --- | --- | --- |');
  for (const g of s.grades) {
    out.push(
      `| ${g.label}${g.labelEn ? ` (${g.labelEn})` : ''} | ${g.min} | ${g.assumed ? '是' : '否'} | ${g.reliability ? `[${g.reliability}] ` : ''}${cell(g.source ?? '')} |`,
    );
  }
  out.push('', '## 指标', '', '| 一级 | 二级 | 三级 | id | 分值 | 评分标准 | 计分方法 | 可靠性 |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  rows(s.indicators, 0, out);
  out.push('', '## 各项来源', '', '可靠性：[O] 官方页面，[M] 官方文件镜像，[S] 二手来源，[K] 未经核实（重构）。', '');
  provenanceList(s.indicators, out);
  out.push('');
  return out.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

/** Every page, by file name under docs/systems/. */
export function systemPages(): Record<string, string> {
  return Object.fromEntries(BUILT_IN_SYSTEMS.map((s) => [`${s.id}.md`, renderSystemPage(s)]));
}
