import { describeCondition } from '../../../src/rules/internal/describe.js';
import { BUILT_IN_THRESHOLDS, OPERATORS, type Rule, type RulePack, THRESHOLD_KEYS, type ThresholdSet } from '../../../src/rules/index.js';

export const BEGIN = '<!-- BEGIN GENERATED: rules (do not edit by hand; see the note above) -->';
export const END = '<!-- END GENERATED: rules -->';

const SEVERITY = { error: '强制性 error', warning: '提示性 warning', info: '信息 info' } as const;
const CATEGORY = { balance: '平衡 balance', consistency: '一致 consistency', completeness: '完整 completeness', compliance: '合规 compliance' } as const;
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function ruleSection(r: Rule): string[] {
  const out = [`### \`${r.id}\``, '', `**${r.title['zh-CN']}** — ${r.title.en}`, ''];
  out.push(`- Severity: ${SEVERITY[r.severity]} · Category: ${CATEGORY[r.category]} · Tags: ${r.tags.map((t) => `\`${t}\``).join(', ') || '—'}`);
  if (r.forEach) out.push(`- For each key of \`${r.forEach}\` (one finding per key; \`{key}\` in fact names)`);
  if (r.when) out.push(`- Applies when: ${describeCondition(r.when, 'zh-CN')} — ${describeCondition(r.when, 'en')}`);
  out.push(`- Formula: ${describeCondition(r.check, 'zh-CN')}`, `  - ${describeCondition(r.check, 'en')}`);
  if (r.description) out.push(`- ${r.description['zh-CN']}`, `  - ${r.description.en}`);
  if (r.context?.length) out.push(`- Also reported: ${r.context.map((c) => `\`${c.fact}\``).join(', ')}`);
  const refs = r.refs.map(
    (ref) => `${ref.doc}${ref.article ? ` ${ref.article}` : ''}${ref.url ? ` <${ref.url}>` : ''}${ref.reliability ? ` [${ref.reliability}]` : ''}`,
  );
  out.push(refs.length ? '- References:' : '- References: —', ...refs.map((x) => `  - ${x}`), '');
  return out;
}

function thresholdRows(sets: readonly ThresholdSet[]): string[] {
  const rows = ['| id | jurisdiction | effective | values | source |', '| --- | --- | --- | --- | --- |'];
  for (const s of sets) {
    const j = s.jurisdiction;
    const where = [j.province, j.city, j.county, j.level && `level ${j.level}`].filter(Boolean).join(' ') || '全国 nation-wide';
    const values = Object.entries(s.values)
      .map(([k, v]) => `\`${k}\` = ${v}`)
      .join('<br>');
    const src = `${s.provenance.source}${s.provenance.url ? ` <${s.provenance.url}>` : ''} [${s.provenance.reliability}]${s.provenance.note ? ` — ${s.provenance.note}` : ''}`;
    rows.push(`| \`${s.id}\` | ${cell(where)} | ${s.effectiveFrom} – ${s.effectiveTo ?? 'open'} | ${values} | ${cell(src)} |`);
  }
  return rows;
}

/** The generated block of docs/rules.md. */
export function renderRulesBlock(pack: RulePack): string {
  const out = [BEGIN, '', `## Built-in pack \`${pack.id}\` ${pack.version}`, '', `${pack.rules.length} rules.`, ''];
  out.push('| id | title | severity | category | tags |', '| --- | --- | --- | --- | --- |');
  for (const r of pack.rules)
    out.push(`| [\`${r.id}\`](#${r.id.replace(/\./g, '')}) | ${cell(r.title['zh-CN'])} | ${r.severity} | ${r.category} | ${r.tags.join(', ')} |`);
  out.push('');
  for (const r of pack.rules) out.push(...ruleSection(r));
  out.push('## Operators', '', '| op | operand | accepts | tolerance | reads |', '| --- | --- | --- | --- | --- |');
  for (const [name, o] of Object.entries(OPERATORS))
    out.push(`| \`${name}\` | ${o.operand} | ${o.accepts} | ${o.tolerance ? 'yes' : 'no'} | ${o.symbol} · ${o.zh} · ${o.en} |`);
  out.push('', '## Threshold keys', '', '| key | type | label |', '| --- | --- | --- |');
  for (const [k, s] of Object.entries(THRESHOLD_KEYS)) out.push(`| \`${k}\` | ${s.type} | ${s.label['zh-CN']} · ${s.label.en} |`);
  out.push('', '## Built-in threshold sets', '', ...thresholdRows(BUILT_IN_THRESHOLDS), '', END);
  return out.join('\n');
}

/** Replace the generated block of `doc` (or append it). */
export function updateRulesDoc(doc: string, pack: RulePack): string {
  const block = renderRulesBlock(pack);
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) return `${doc.trimEnd()}\n\n${block}\n`;
  return `${doc.slice(0, a)}${block}${doc.slice(b + END.length)}`;
}
