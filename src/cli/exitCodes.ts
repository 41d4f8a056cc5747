/**
 * Exit codes of the `jixiao` command. They are part of the CLI's contract (scripts test them):
 * never renumber one.
 */
export const EXIT = {
  /** Success: the report was written, the file is valid, every department of a batch was evaluated. */
  ok: 0,
  /** Invalid input: the data, indicator system or rule pack has issues (each is printed with its path). */
  invalid: 1,
  /** Usage error: unknown command or option, bad option value, unknown system id. */
  usage: 2,
  /** Batch partly failed: some departments were skipped (see summary.json); the others were written. */
  partial: 3,
  /** I/O error: a file or folder is missing, unreadable or cannot be written. */
  io: 4,
  /** Internal error: a bug in jixiao (please report it with the command that caused it). */
  internal: 5,
} as const;

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit-code table as shown at the end of `jixiao --help`. */
export const EXIT_HELP = `Exit codes / 退出码:
  0  ok / 成功
  1  invalid input (every issue is printed with its path) / 输入无效（逐条列出问题及路径）
  2  usage error (unknown command or option, bad value) / 用法错误
  3  batch partly failed (failed departments skipped, see summary.json) / 批量评价部分失败
  4  I/O error (file missing, unreadable or not writable) / 读写文件出错
  5  internal error (a bug: please report it) / 内部错误`;
