import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { watchSettledChanges } from '../lib/reader/settle.ts';
import { runInSlices } from '../lib/reader/slices.ts';
import { type ClauseSpan, spanIndexAt } from '../lib/highlight/spans.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('settled changes', () => {
  it('fires once after the page goes quiet, and never for our own nodes', async () => {
    const { window, document } = parseHTML('<html><body><main><p>Terms</p></main></body></html>');
    const win = window as unknown as Window;
    let settled = 0;
    const own = (node: Node) => (node as Element).localName === 'clausemark-reader';
    const stop = watchSettledChanges(win, document.body, own, { settled: () => settled++ }, 30);
    document.body.append(document.createElement('clausemark-reader'));
    await wait(60);
    expect(settled).toBe(0);
    for (let i = 0; i < 3; i++) {
      document.querySelector('main')!.append(document.createElement('p'));
      await wait(5);
    }
    await wait(60);
    expect(settled).toBe(1);
    stop();
    document.querySelector('main')!.append(document.createElement('p'));
    await wait(60);
    expect(settled).toBe(1);
  });
});

describe('spans under the pointer', () => {
  const spans = [10, 40, 90].map((start) => ({ start, end: start + 20, clauses: [], severity: 'bad' }) as ClauseSpan);
  it('finds the span holding an offset by binary search, and none between spans', () => {
    expect([0, 10, 29, 30, 45, 89, 109, 110].map((offset) => spanIndexAt(spans, offset))).toEqual([-1, 0, 0, -1, 1, -1, 2, -1]);
    expect(spanIndexAt([], 5)).toBe(-1);
  });
});

describe('work in slices', () => {
  /** A window whose clock only moves when a step of work moves it. */
  const fakeWindow = () => {
    let clock = 0;
    const measures: Array<{ name: string; duration: number }> = [];
    const win = {
      performance: { now: () => clock, measure: (name: string, { start, end }: { start: number; end: number }) => void measures.push({ name, duration: end - start }) },
      setTimeout: (fn: () => void) => setTimeout(fn, 0),
    } as unknown as Window;
    return { win, measures, spend: (ms: number) => (clock += ms) };
  };

  it('runs a long job in measured slices of about the budget, with the page free between them', async () => {
    const { win, measures, spend } = fakeWindow();
    function* job() {
      for (let i = 0; i < 10; i++) {
        spend(3);
        yield;
      }
      return 'done';
    }
    expect(await runInSlices(win, 'clausemark:analyze', job(), 8)).toBe('done');
    // Three 3 ms steps reach the 8 ms budget: slices of 9, 9, 9 and the last 3 ms.
    expect(measures.map((m) => m.duration)).toEqual([9, 9, 9, 3]);
    expect(measures.every((m) => m.name === 'clausemark:analyze')).toBe(true);
  });

  it('stops between slices once the page has moved on', async () => {
    const { win, measures, spend } = fakeWindow();
    function* job() {
      for (;;) {
        spend(5);
        yield;
      }
    }
    let slices = 0;
    expect(await runInSlices(win, 'clausemark:analyze', job(), 8, () => slices++ >= 2)).toBeNull();
    expect(measures).toHaveLength(2);
  });
});
