import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Locale } from '../../index.js';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { finish } from '../finish.js';
import { writeText } from '../io.js';
import { localeOption } from '../options.js';
import { failure, type Outcome, success } from '../outcome.js';
import { STARTER_YAML } from '../starter.js';
import { writeFile } from 'node:fs/promises';

/** The files `jixiao init` writes. */
export const INIT_FILES = { yaml: 'jixiao-input.yaml', xlsx: 'jixiao-input.xlsx' } as const;

interface InitMessages {
  readonly exists: (path: string) => string;
  readonly wrote: (yaml: string, xlsx: string) => string;
  readonly next: (yaml: string, xlsx: string) => string;
  readonly writeFailed: (path: string, detail: string) => string;
}

/** The messages of `jixiao init`, per locale. */
const MESSAGES: Readonly<Record<Locale, InitMessages>> = {
  'zh-CN': {
    exists: (p) => `${p} 已存在，未覆盖（加 --force 覆盖）`,
    wrote: (y, x) => `已写入 ${y}（带中文注释的输入示例）和 ${x}（财务人员填写的数据填报表）`,
    next: (y, x) => `下一步：填写其中一个文件，然后运行 jixiao evaluate ${x} -o 报告.md（或 jixiao evaluate ${y}）`,
    writeFailed: (p, d) => `无法写入 ${p}：${d}`,
  },
  en: {
    exists: (p) => `${p} exists, not overwritten (use --force)`,
    wrote: (y, x) => `wrote ${y} (a starter input with comments) and ${x} (a data-entry workbook for finance staff)`,
    next: (y, x) => `next: fill in either file, then run jixiao evaluate ${x} -o report.md (or jixiao evaluate ${y})`,
    writeFailed: (p, d) => `cannot write ${p}: ${d}`,
  },
};

interface InitOptions {
  readonly force?: boolean;
  readonly locale: Locale;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function init(dir: string, opts: InitOptions): Promise<Outcome<ExitCode>> {
  const m = MESSAGES[opts.locale];
  const yaml = join(dir, INIT_FILES.yaml);
  const xlsx = join(dir, INIT_FILES.xlsx);
  if (!opts.force) {
    for (const p of [yaml, xlsx]) if (await exists(p)) return failure(EXIT.usage, m.exists(p));
  }
  const wroteYaml = await writeText(yaml, STARTER_YAML, opts.locale);
  if (!wroteYaml.ok) return wroteYaml;
  // Loaded on demand: the spreadsheet writer is large and only this command and workbook inputs need it.
  const { writeInputTemplate } = await import('../../xlsx/index.js');
  try {
    await writeFile(xlsx, writeInputTemplate());
  } catch (e) {
    return failure(EXIT.io, m.writeFailed(xlsx, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  process.stderr.write(`${m.wrote(yaml, xlsx)}\n${m.next(yaml, xlsx)}\n`);
  return success(EXIT.ok);
}

/** `jixiao init [DIR]`: write a starter input (YAML with Chinese comments) and a data-entry workbook. */
export function registerInit(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('init')
    .summary('write a starter input and a data-entry workbook / 生成输入模板')
    .description(
      `write ${INIT_FILES.yaml} (a starter input with comments in Chinese) and ${INIT_FILES.xlsx} (a data-entry workbook a finance clerk fills); both are read by jixiao evaluate / 生成输入模板与数据填报表`,
    )
    .argument('[dir]', 'folder to write into (created if missing)', '.')
    .option('--force', 'overwrite existing files / 覆盖已有文件')
    .addOption(localeOption())
    .addHelpText('after', `\nExamples:\n  jixiao init\n  jixiao init 2023-决算 && jixiao evaluate 2023-决算/${INIT_FILES.xlsx} -o 报告.md`)
    .action(async (dir: string, opts: InitOptions) => {
      setExit(finish(await init(dir, opts)));
    });
}
