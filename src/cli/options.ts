import { InvalidArgumentError, Option } from 'commander';
import type { Locale } from '../index.js';
import { localeFromEnv } from './messages.js';
import { REPORT_FORMATS, type ReportFormat } from './report.js';

/** Options every report-writing command shares. */
export interface ReportOptions {
  readonly format: ReportFormat;
  readonly output?: string;
  readonly locale: Locale;
}

/** Options of commands that evaluate. */
export interface EvaluateCliOptions extends ReportOptions {
  readonly system?: string;
  readonly rules?: readonly string[];
  readonly asOf?: string;
  /** The encoding of the input files (`--encoding`), as the WHATWG Encoding Standard names it; undefined: UTF-8 (or UTF-16 with a BOM). */
  readonly encoding?: string;
}

/** A label `TextDecoder` knows (`gb18030`, `GBK`, `utf-8` …), as its canonical name; else a usage error. */
function parseEncoding(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new InvalidArgumentError('not an encoding label TextDecoder knows (e.g. gb18030, utf-8) / 不是可识别的编码名');
  }
}

/** `--encoding LABEL`: the text encoding of the JSON, YAML or NDJSON input files (default UTF-8). */
export function encodingOption(): Option {
  return new Option(
    '--encoding <label>',
    'text encoding of JSON/YAML/NDJSON input, e.g. gb18030 for files saved as GBK (default: UTF-8, or UTF-16 with a BOM) / 输入文件编码',
  ).argParser(parseEncoding);
}

/** `--format md|html|json` (default md). */
export function formatOption(): Option {
  return new Option('-f, --format <format>', 'report format / 报告格式').choices(REPORT_FORMATS).default('md');
}

/** `--locale zh-CN|en` (default: en when LC_ALL/LC_MESSAGES/LANG say English, else zh-CN): messages, errors and report language. */
export function localeOption(): Option {
  return new Option('--locale <locale>', 'language of messages and reports (default from LANG: en_* → en, else zh-CN) / 语言')
    .choices(['zh-CN', 'en'])
    .default(localeFromEnv());
}

/** `-o, --output FILE` (or DIR). */
export function outputOption(what = 'write the report to FILE instead of stdout / 输出文件', value = 'file'): Option {
  return new Option(`-o, --output <${value}>`, what);
}

/** `--system ID|FILE`. */
export function systemOption(): Option {
  return new Option('-s, --system <id|file>', 'indicator system: a built-in id (see `jixiao systems`) or a .json/.yaml/.xlsx/.xls/.csv file / 指标体系');
}

/** `--rules FILE…`. */
export function rulesOption(): Option {
  return new Option('-r, --rules <files...>', 'extra rule packs (.json/.yaml), run after the built-in pack / 追加规则包');
}

/** `--as-of DATE`. */
export function asOfOption(): Option {
  return new Option('--as-of <date>', 'date YYYY-MM-DD for date-dependent rules (the clock is never read) / 评价基准日');
}
