import { Option, type Command } from 'commander';
import type { Locale } from '../../index.js';
import { BUILT_IN_SYSTEMS, type IndicatorSystem } from '../../scoring/index.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { writeStdout } from '../io.js';
import { localeOption } from '../options.js';

const RELIABILITY: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': { O: '官方原文', M: '官方转载', S: '二手资料', K: '未经核实' },
  en: { O: 'official', M: 'official mirror', S: 'secondary source', K: 'unconfirmed' },
};

/** A built-in system without its indicator tree: what `systems --json` prints. */
function metadata(s: IndicatorSystem): Omit<IndicatorSystem, 'indicators'> {
  const { indicators, ...rest } = s;
  void indicators;
  return rest;
}

function describeSystem(s: IndicatorSystem, locale: Locale): string[] {
  const name = locale === 'en' ? (s.nameEn ?? s.name) : s.name;
  const grades = s.grades.map((g) => `${locale === 'en' ? (g.labelEn ?? g.label) : g.label} ≥ ${g.min}${g.assumed ? '*' : ''}`).join(', ');
  const p = s.provenance;
  const lines = [
    `${s.id}  v${s.version}  ${name}`,
    `    ${locale === 'en' ? 'jurisdiction' : '适用地区'}: ${s.jurisdiction}, ${s.year}; ${locale === 'en' ? 'total' : '总分'} ${s.total}`,
    `    ${locale === 'en' ? 'grades' : '等级'}: ${grades}`,
    `    ${locale === 'en' ? 'source' : '来源'}: ${p.source} [${p.reliability} ${RELIABILITY[locale][p.reliability] ?? ''}]`,
  ];
  if (p.note) lines.push(`    ${locale === 'en' ? 'note' : '说明'}: ${p.note}`);
  return lines;
}

function listSystems(locale: Locale): string {
  const blocks = BUILT_IN_SYSTEMS.map((s) => describeSystem(s, locale).join('\n'));
  const footnote = locale === 'en' ? '* grade cut point not confirmed by an official source' : '* 等级分数线未经官方文件确认';
  return `${blocks.join('\n\n')}\n\n${footnote}\n`;
}

/** `jixiao systems`: list the built-in indicator systems with their sources. */
export function registerSystems(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('systems')
    .summary('list the built-in indicator systems / 内置指标体系')
    .description('list the built-in indicator systems (指标体系) with their grades and sources; use an id with --system / 列出内置指标体系')
    .addOption(new Option('--json', "print each system's metadata (without the indicator tree) as JSON"))
    .addOption(localeOption())
    .action(async (opts: { json?: boolean; locale: Locale }) => {
      await writeStdout(opts.json ? `${JSON.stringify(BUILT_IN_SYSTEMS.map(metadata), null, 2)}\n` : listSystems(opts.locale));
      setExit(EXIT.ok);
    });
}
