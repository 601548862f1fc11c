import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { watchSettledChanges } from '../lib/reader/settle.ts';
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
