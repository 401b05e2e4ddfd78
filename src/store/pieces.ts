/**
 * Long work done in pieces between the browser's own tasks, so that the page keeps painting and
 * answering input: a generator does one small piece per `next()`, and `runInPieces` pauses to
 * the browser whenever a time budget has been used (a task over 50 ms is a "long task" that
 * delays input; a few milliseconds a task keeps every task short on a slow phone too).
 */

/** Thrown by `runInPieces` when the work was given up at a pause (a newer request replaced it). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export interface PieceOptions {
  /** Work time before a pause, ms (default 5). Infinity runs everything at once, without a pause. */
  readonly budgetMs?: number;
  /** Asked at each pause: true gives the work up. */
  readonly cancelled?: () => boolean;
  readonly now?: () => number;
  /** How to let the browser run (default `yieldToBrowser`). */
  readonly pause?: () => Promise<void>;
}

/** Runs `work` to its end, pausing whenever `budgetMs` of work has passed; returns its result. */
export async function runInPieces<R>(work: Iterator<unknown, R>, options: PieceOptions = {}): Promise<R> {
  const {
    budgetMs = 5,
    cancelled = () => false,
    now = () => performance.now(),
    pause = yieldToBrowser,
  } = options;
  let since = now();
  for (;;) {
    const next = work.next();
    if (next.done) return next.value;
    if (now() - since < budgetMs) continue;
    await pause();
    if (cancelled()) {
      work.return?.();
      throw new Cancelled();
    }
    since = now();
  }
}

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Lets the browser handle input and paint before going on: `scheduler.yield()` where there is one
 * (the continuation keeps its place ahead of other tasks), else a MessageChannel message (a
 * `setTimeout(0)` chain is clamped to 4 ms a link after a few).
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
