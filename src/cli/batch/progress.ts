import { MultiBar, Presets, type SingleBar } from 'cli-progress';

/** Progress of a batch: a bar on a terminal, plain lines otherwise (logs, CI, pipes). */
export interface Progress {
  /** One department done; `line` is its plain progress line. */
  readonly tick: (line: string, name: string) => void;
  /** One department skipped: `line` must be seen, so it is printed above the bar. */
  readonly skip: (line: string) => void;
  readonly stop: () => void;
}

/** Plain progress lines on `stream` (non-TTY). */
export function createLineProgress(stream: NodeJS.WritableStream): Progress {
  return {
    tick: (line) => void stream.write(`${line}\n`),
    skip: (line) => void stream.write(`${line}\n`),
    stop: () => undefined,
  };
}

/** Display width of a character: 2 for East Asian wide and full-width characters, else 1. */
function charWidth(cp: number): number {
  return (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
    ? 2
    : 1;
}

/** `line` cut to `columns` display columns (Chinese characters count two), with … when cut. */
export function fitLine(line: string, columns: number): string {
  if (!(columns > 1)) return line;
  let width = 0;
  let out = '';
  for (const ch of line) {
    const w = charWidth(ch.codePointAt(0) as number);
    if (width + w > columns - 1) return `${out}…`;
    width += w;
    out += ch;
  }
  return out;
}

/** Departments per second and the time left, for the bar: `12.5/s`, `0:42` (cli-progress's own `{eta}` token is its own, hence `left`). */
export function rateAndEta(done: number, total: number, elapsedMs: number): { rate: string; left: string } {
  if (done === 0 || elapsedMs <= 0) return { rate: '–/s', left: '–' };
  const perSecond = (done * 1000) / elapsedMs;
  const left = Math.max(0, Math.round((total - done) / perSecond));
  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  const tenths = Math.round(perSecond * 10); // a display figure, not money: one decimal below 10/s
  return { rate: `${perSecond >= 10 ? Math.round(perSecond) : `${Math.floor(tenths / 10)}.${tenths % 10}`}/s`, left: clock };
}

/** A cli-progress bar on `stream` (a TTY) for `total` departments, with rate and ETA; skip lines cut to the terminal's width. */
export function createBarProgress(stream: NodeJS.WritableStream & { readonly columns?: number }, total: number, now: () => number = Date.now): Progress {
  const multi = new MultiBar(
    { stream, hideCursor: true, clearOnComplete: false, format: ' {bar} {value}/{total} {rate} ETA {left} {name}', autopadding: true, gracefulExit: true },
    Presets.shades_classic,
  );
  const start = now();
  let done = 0;
  const bar: SingleBar = multi.create(total, 0, { name: '', rate: '–/s', left: '–' });
  const step = (name: string): void => {
    done++;
    bar.increment(1, { name, ...rateAndEta(done, total, now() - start) });
  };
  return {
    tick: (_line, name) => step(name),
    // cli-progress buffers log lines until its next redraw: redraw now so none is lost at stop().
    skip: (line) => {
      multi.log(`${fitLine(line, stream.columns ?? 0)}\n`);
      step('');
      multi.update();
    },
    stop: () => multi.stop(),
  };
}
