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

/** A cli-progress bar on `stream` (a TTY) for `total` departments. */
export function createBarProgress(stream: NodeJS.WritableStream, total: number): Progress {
  const multi = new MultiBar(
    { stream, hideCursor: true, clearOnComplete: false, format: ' {bar} {value}/{total} {name}', autopadding: true, gracefulExit: true },
    Presets.shades_classic,
  );
  const bar: SingleBar = multi.create(total, 0, { name: '' });
  return {
    tick: (_line, name) => bar.increment(1, { name }),
    // cli-progress buffers log lines until its next redraw: redraw now so none is lost at stop().
    skip: (line) => {
      multi.log(`${line}\n`);
      bar.increment(1, { name: '' });
      multi.update();
    },
    stop: () => multi.stop(),
  };
}
