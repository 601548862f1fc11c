/** Measured main-thread work: each synchronous chunk becomes one `performance.measure` entry. */
export function measured<T>(perf: Performance, name: string, work: () => T): T {
  const start = perf.now();
  try {
    return work();
  } finally {
    perf.measure(name, { start, end: perf.now() });
  }
}

/**
 * Hands work to the background. The message is copied on this thread in the messenger's first microtask, so the
 * measure waits one tick. Resolves null when the background cannot answer.
 */
export async function handOff<T>(perf: Performance, name: string, send: () => Promise<T>): Promise<T | null> {
  const start = perf.now();
  const pending = send().catch(() => null);
  await Promise.resolve();
  perf.measure(name, { start, end: perf.now() });
  return pending;
}

interface IdleWindow {
  requestIdleCallback?: (cb: (deadline: { timeRemaining(): number }) => void, options?: { timeout: number }) => number;
}

/** Waits for an idle moment (or a macrotask where idle callbacks do not exist). */
export function idle(win: Window): Promise<void> {
  const w = win as unknown as IdleWindow;
  return new Promise((resolve) => (w.requestIdleCallback ? w.requestIdleCallback(() => resolve(), { timeout: 500 }) : win.setTimeout(resolve, 0)));
}

/**
 * Drives a generator in slices of at most `budgetMs` of main-thread time, yielding to the page between
 * slices; each slice is measured under `name`. Resolves with the generator's result, or null if `cancelled`.
 */
export async function runInSlices<T>(win: Window, name: string, steps: Generator<void, T>, budgetMs = 8, cancelled = () => false): Promise<T | null> {
  const perf = win.performance;
  for (;;) {
    await idle(win);
    if (cancelled()) return null;
    const result = measured(perf, name, () => {
      const until = perf.now() + budgetMs;
      for (;;) {
        const step = steps.next();
        if (step.done) return { value: step.value };
        if (perf.now() >= until) return null;
      }
    });
    if (result) return result.value;
  }
}
