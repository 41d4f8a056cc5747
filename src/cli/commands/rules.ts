import { Option, type Command } from 'commander';
import type { Locale } from '../../index.js';
import { CORE_RULE_PACK, type RuleRef } from '../../rules/index.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { writeStdout } from '../io.js';
import { localeOption } from '../options.js';

/** One reference as text: 《doc》 article (url) [reliability]. */
export function refText(ref: RuleRef): string {
  const parts = [ref.doc, ref.article, ref.url ? `<${ref.url}>` : undefined, ref.reliability ? `[${ref.reliability}]` : undefined];
  return parts.filter((p) => p !== undefined).join(' ');
}

function listRules(locale: Locale): string {
  const pack = CORE_RULE_PACK;
  const title = pack.title?.[locale] ?? pack.id;
  const lines = [`${pack.id} ${pack.version}  ${title}  (${pack.rules.length})`, ''];
  for (const rule of pack.rules) {
    lines.push(`${rule.id}  [${rule.severity}/${rule.category}]  ${rule.title[locale]}`);
    for (const ref of rule.refs) lines.push(`    - ${refText(ref)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `jixiao rules`: list the built-in compliance rules with their references. */
export function registerRules(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('rules')
    .summary('list the built-in compliance rules / 内置规则')
    .description('list the built-in compliance rules (pack jixiao.core) with severity and references / 列出内置规则')
    .addOption(new Option('--json', 'print the rule pack as JSON (it is data: the same shape --rules reads)'))
    .addOption(localeOption())
    .action(async (opts: { json?: boolean; locale: Locale }) => {
      await writeStdout(opts.json ? `${JSON.stringify(CORE_RULE_PACK, null, 2)}\n` : listRules(opts.locale));
      setExit(EXIT.ok);
    });
}
