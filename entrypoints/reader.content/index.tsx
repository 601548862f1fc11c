// The reader: thin glue between the page, lib/reader, the overlay UI and the background. Not loaded with every page:
// the background injects it into a page whose names name a legal document (see entrypoints/content.ts); from then
// on it follows that tab's page, its text, names and address, until the tab closes.
import { render } from 'preact';
// The overlay's style sheet, bundled as text: the shadow root is made at once, without fetching it from the package.
import overlayCss from './style.css?inline';
import { highlightApiPainter, markPainter, type Painter } from '@/lib/highlight/painters';
import { liveRange } from '@/lib/highlight/dom-ranges';
import { clauseSpans } from '@/lib/highlight/spans';
import { spanUnderPoint } from '@/lib/highlight/hit-test';
import { CATEGORIES } from '@/lib/clauses/taxonomy';
import { changedRanges, type OffThread, type PageReading, paintReading, type Reading, readPage, recheck } from '@/lib/reader/page-reader';
import { injectHighlightStyle } from '@/lib/highlight/page-style';
import { SETTLE_MS, watchSettledChanges } from '@/lib/reader/settle';
import { measured } from '@/lib/reader/slices';
import { ReaderOverlay, type OverlayState } from '@/components/ReaderOverlay';
import { type ChangeNotice, onMessage, sendMessage } from '@/utils/messaging';
import { loadSettings, watchSettings } from '@/utils/settings';
import { isPaused, type Settings, visibleClauses } from '@/lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  main(ctx) {
    const host = location.hostname;
    /** The reader's settings, read when first needed and from then on followed. */
    let settingsRead: Promise<Settings> | null = null;
    let unwatchSettings = () => {};
    const readSettings = () =>
      (settingsRead ??= loadSettings().then((loaded) => {
        if (!ctx.isInvalid) unwatchSettings = watchSettings(onSettingsChanged);
        return loaded;
      }));
    /** The full reading of the page; `reading` below is what is shown of it, under the reader's settings. */
    let full: PageReading | null = null;
    let reading: Reading | null = null;
    let ranges: Array<AbstractRange | null> = [];
    let painter: Painter | null = null;
    /** Whether the page edited highlighted text in place: its highlights are gone until the page is read again. */
    let stale = false;
    let generation = 0;
    let shows = 0;
    let state: OverlayState | null = null;
    let lastChange: ChangeNotice | null = null;
    let overCard = false;
    let hideTimer = 0;
    let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;

    const rerender = () => {
      if (!ui?.mounted) return;
      render(state ? <ReaderOverlay state={state} actions={actions} win={window} /> : null, ui.mounted);
    };
    const update = (patch: Partial<OverlayState>) => {
      if (!state) return;
      state = { ...state, ...patch };
      rerender();
    };

    const showSpan = (index: number, announce: boolean) => {
      if (!reading || !state) return;
      const span = reading.spans[index];
      const held = ranges[index];
      const range = held && liveRange(document, held);
      if (!span || !held || !range) return;
      painter?.paintLayer('active', [held]);
      const rect = range.getBoundingClientRect();
      if (announce && (rect.top < 0 || rect.bottom > window.innerHeight)) {
        window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
      }
      const shown = range.getBoundingClientRect();
      const titles = span.clauses.map((c) => `${CATEGORIES[c.category].title} (${c.severity})`).join('; ');
      update({ current: index, card: { span, x: shown.left, y: shown.bottom }, ...(announce ? { announcement: `Clause ${index + 1} of ${reading.spans.length}: ${titles}` } : {}) });
    };

    const actions = {
      togglePanel: () => update({ panelOpen: !state?.panelOpen }),
      step(direction: 1 | -1) {
        if (!reading || reading.spans.length === 0 || !state) return;
        const count = reading.spans.length;
        const next = state.current === null ? (direction === 1 ? 0 : count - 1) : (state.current + direction + count) % count;
        showSpan(next, true);
      },
      cardHover(inside: boolean) {
        overCard = inside;
        if (!inside) scheduleHide();
      },
      closeCard: () => update({ card: null }),
      showChanges() {
        if (!reading || !state?.change || !painter) return;
        const changed = changedRanges(reading, state.change.changed, painter);
        painter.paintLayer('changed', changed);
        changed[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        update({ showingChanges: true, announcement: `${changed.length} changed passages highlighted. ${state.change.summary}` });
      },
    };

    const scheduleHide = () => {
      clearTimeout(hideTimer);
      hideTimer = window.setTimeout(() => {
        if (!overCard && state?.card) update({ card: null });
      }, 300);
    };

    // Hit-testing: the caret under the pointer, mapped to a text offset, then a binary search over the spans.
    let pointer: { x: number; y: number } | null = null;
    let frame = 0;
    const hitTest = () => {
      frame = 0;
      if (!reading || !pointer || painter?.kind !== 'highlight-api') return;
      const index = spanUnderPoint(document, reading.segments, reading.spans, ranges, pointer.x, pointer.y);
      if (index >= 0) {
        clearTimeout(hideTimer);
        if (state?.card?.span !== reading.spans[index]) update({ card: { span: reading.spans[index]!, x: pointer.x, y: pointer.y } });
      } else if (state?.card && !overCard) scheduleHide();
    };
    // On a page with no highlights, pointer moves cost nothing: no frame is requested, no element matched.
    const onPointerMove = (event: PointerEvent) => {
      if (!reading || painter?.kind !== 'highlight-api') return;
      pointer = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(hitTest);
    };
    // With the <mark> fallback, the marks themselves say which passage is under the pointer.
    const onMarkOver = (event: MouseEvent) => {
      if (!reading || painter?.kind !== 'marks') return;
      const mark = (event.target as Element | null)?.closest?.('mark[data-clausemark]');
      if (!mark) return;
      const span = reading.spans[Number(mark.getAttribute('data-clausemark'))];
      if (span) {
        clearTimeout(hideTimer);
        update({ card: { span, x: event.clientX, y: event.clientY } });
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!reading || !event.altKey || !event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      actions.step(event.key === 'ArrowDown' ? 1 : -1);
    };

    const clear = () => {
      painter?.clear();
      full = null;
      reading = null;
      ranges = [];
      stale = false;
      state = null;
      rerender();
    };

    // A site where the reader paused Clausemark is not read past its names.
    const offThread: OffThread = {
      mightBeLegal: async (signals) => !isPaused(host, await readSettings()) && sendMessage('mightBeLegal', signals),
      analyze: (page) => sendMessage('readDocument', page),
    };
    const choosePainter = (s: Settings): Painter => (s.highlightStyle === 'highlight' && highlightApiPainter(window)) || markPainter(document);

    const show = async (next: PageReading) => {
      const settings = await readSettings();
      // The overlay is mounted before anything is painted, so that a highlight is never there without its card.
      if (!ui) {
        // With its style sheet given as text, the shadow root is made in this one measured chunk.
        ui = await measured(performance, 'clausemark:highlight', () =>
          createShadowRootUi(ctx, { name: 'clausemark-reader', position: 'overlay', anchor: 'body', append: 'last', css: overlayCss, onMount: (container) => container }),
        );
        measured(performance, 'clausemark:highlight', () => ui!.mount());
      }
      // Everything Clausemark does on the page's thread is measured, down to the overlay's own rendering.
      painter ??= choosePainter(settings);
      const shown: Reading = measured(performance, 'clausemark:highlight', () => {
        injectHighlightStyle(document);
        return { ...next, spans: clauseSpans(visibleClauses(next.analysis.clauses, settings)) };
      });
      const token = ++shows;
      const painted = await paintReading(window, shown, painter, () => ctx.isInvalid || token !== shows);
      if (!painted) return;
      full = next;
      reading = shown;
      ranges = painted;
      stale = false;
      const change = lastChange?.url === next.analysis.url ? lastChange : null;
      state = { analysis: next.analysis, spans: shown.spans, card: null, current: null, panelOpen: state?.panelOpen ?? false, announcement: '', change, showingChanges: false };
      measured(performance, 'clausemark:highlight', rerender);
    };

    // The background loaded the reader because the page's names passed stage one: the first reading starts at the text.
    let namesChecked = true;
    /**
     * Readings in a row of a page that names itself a legal document but whose text is not one (yet): each waits twice
     * as long for the page to settle before the next, so that a live page (a feed, a chat) is not read every second.
     */
    let notLegalYet = 0;
    const read = async () => {
      const mine = ++generation;
      const checked = namesChecked;
      namesChecked = false;
      const result = await readPage(window, offThread, () => mine !== generation || ctx.isInvalid, checked);
      if (!result || mine !== generation || ctx.isInvalid) return;
      notLegalYet = result.kind === 'candidate' ? notLegalYet + 1 : 0;
      watchFor(result.kind === 'ordinary' ? 'names' : 'text', SETTLE_MS * 2 ** Math.min(notLegalYet, 6));
      if (result.kind === 'legal') await show(result.reading);
      else if (reading) {
        clear();
        sendMessage('pageCleared').catch(() => {});
      }
    };

    // Pages that render or change their document late: re-read once the DOM has settled.
    const onSettled = async () => {
      if (!full) return void read();
      if (painter?.kind === 'marks') return; // our own marks split the page's text nodes; re-read only on navigation
      if (stale) return void read();
      const check = await recheck(window, full);
      if (check.state === 'changed') void read();
      else if (check.state === 'moved') void show(check.reading);
    };

    // The background tells the page when the document it read changed since the reader's last visit.
    const removeChangeListener = onMessage('documentChanged', ({ data: change }) => {
      lastChange = change;
      if (full?.analysis.url === change.url) update({ change });
    });
    ctx.addEventListener(document, 'pointermove', onPointerMove, { passive: true });
    ctx.addEventListener(document, 'mouseover', onMarkOver, { passive: true });
    ctx.addEventListener(document, 'keydown', onKeyDown);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      clear();
      notLegalYet = 0;
      void read();
    });
    const ownNode = (node: Node) => node instanceof Element && (node.localName === 'clausemark-reader' || node.localName === 'mark' || node.id === 'clausemark-highlights');
    // Highlights are static ranges: text the page edits in place takes its highlights away at once, until it settles.
    const onEdited = (node: Node) => {
      if (stale || painter?.kind !== 'highlight-api' || !reading?.segments.has(node)) return;
      stale = true;
      painter.clear();
      update({ card: null });
    };
    // A page that names itself a legal document is watched for any change to its text. An ordinary page only for a
    // new name (a title; a new address comes as wxt:locationchange): observing all of its DOM would make every change
    // its own scripts make slower, on pages Clausemark does not act on.
    let watching: { root: Node; quietMs: number; stop: () => void } | null = null;
    const watchFor = (what: 'text' | 'names', quietMs = SETTLE_MS) => {
      const root = what === 'text' ? document.body : document.head;
      if (watching?.root === root && watching.quietMs === quietMs) return;
      watching?.stop();
      watching = { root, quietMs, stop: watchSettledChanges(window, root, ownNode, { edited: onEdited, settled: () => void onSettled() }, quietMs) };
    };
    watchFor('text');
    // Settings apply to the open page at once: repaint with the new filters or style, or step aside.
    async function onSettingsChanged() {
      const settings = await loadSettings();
      settingsRead = Promise.resolve(settings);
      painter?.clear();
      painter = null;
      if (isPaused(host, settings)) {
        clear();
        sendMessage('pageCleared').catch(() => {});
      } else if (full) await show(full);
      else void read();
    }
    ctx.onInvalidated(() => {
      removeChangeListener();
      unwatchSettings();
      watching?.stop();
      clear();
    });
    // Not awaited: the background that loaded the reader waits only for it to start.
    void read();
  },
});
