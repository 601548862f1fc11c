// How fast a hover card appears on the longest legal page (by text): the pointer comes to rest on a clause, and the frames
// are counted until the card is in the overlay's shadow root (the target is one frame).
import { type PageEntry, pageIndex, parsePage, readPage } from '../../tests/corpus.ts';
import { highlightedPassages, keepOffline, launch, servedPath, startSite, waitForHighlights } from '../../tests/e2e/harness.ts';

export interface HoverCost {
  file: string;
  clauses: number;
  /** Frames from the pointer's move to the card, per clause tried. */
  frames: number[];
  /** Milliseconds from the pointer's move to the frame that shows the card. */
  ms: number[];
}

/** The corpus's longest legal page by text (the most highlighted clauses), or its longest other page. */
export function longestPage(legal = true): PageEntry {
  const textLength = (file: string) => parsePage(readPage(file)).body?.textContent?.length ?? 0;
  return pageIndex().filter((p) => p.legal === legal).map((p) => ({ p, length: textLength(p.file) })).sort((a, b) => b.length - a.length)[0]!.p;
}

export async function hoverCardFrames(samples = 25): Promise<HoverCost> {
  const site = await startSite();
  const browser = await launch();
  await keepOffline(browser.context);
  try {
    const entry = longestPage();
    const page = await browser.context.newPage();
    await page.goto(site.origin + servedPath(entry));
    await waitForHighlights(page, 60_000);
    const clauses = await highlightedPassages(page);
    const frames: number[] = [];
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) {
      const result = await page.evaluate(
        async ({ i, samples }) => {
          const passages: AbstractRange[] = [];
          for (const name of ['clausemark-good', 'clausemark-neutral', 'clausemark-bad', 'clausemark-blocker']) for (const r of (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name) ?? []) passages.push(r);
          const held = passages[Math.floor((i * passages.length) / samples)]!;
          held.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(held.startContainer, held.startOffset);
          range.setEnd(held.endContainer, held.endOffset);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const rect = range.getClientRects()[0]!;
          const card = () => document.querySelector('clausemark-reader')?.shadowRoot?.querySelector('.card');
          // Move away first, so that each sample starts with no card.
          document.dispatchEvent(new PointerEvent('pointermove', { clientX: 1, clientY: 1, bubbles: true }));
          await new Promise((r) => setTimeout(r, 400));
          const start = performance.now();
          document.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + Math.min(8, rect.width / 2), clientY: rect.top + rect.height / 2, bubbles: true }));
          return new Promise<{ frames: number; ms: number }>((resolve) => {
            let count = 0;
            const tick = () => {
              count++;
              if (card() || count >= 30) resolve({ frames: card() ? count : Infinity, ms: performance.now() - start });
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          });
        },
        { i, samples },
      );
      frames.push(result.frames);
      ms.push(result.ms);
    }
    await page.close();
    return { file: entry.file, clauses, frames, ms };
  } finally {
    await browser.close();
    site.server.close();
  }
}
