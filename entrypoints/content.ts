// The content script on every page, and all that loads on most of them: stage one. It reads what the page calls
// itself (title, first headings, address); a page whose names hold a document-type word is handed to the
// background, which opens the reader (entrypoints/reader.content) in it when the names name a legal document.
import { typeWordLinks } from '@/lib/detect/legal-links';
import { typeNamedSignals } from '@/lib/detect/page-signals';
import { watchSettledChanges } from '@/lib/reader/settle';
import { handOff, measured } from '@/lib/reader/slices';
import { onMessage, sendMessage } from '@/utils/messaging';
import { watchSettings } from '@/utils/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    /** The names last handed over: the same names are not asked about twice. */
    let asked = '';
    let handedOver = false;
    let unwatchSettings = () => {};

    const check = async () => {
      if (handedOver || ctx.isInvalid) return;
      const signals = measured(performance, 'clausemark:detect', () => typeNamedSignals(document, location.href));
      const key = signals && JSON.stringify(signals);
      if (!key || key === asked) return;
      asked = key;
      const answer = await handOff(performance, 'clausemark:detect', () => sendMessage('openReader', signals!));
      if (answer === 'opened') {
        // The reader follows the page from here on: its text, its names, its address and the settings.
        handedOver = true;
        stopWatching();
        unwatchSettings();
      } else if (answer === 'paused') {
        // A site the reader paused is asked about again as soon as the settings change.
        unwatchSettings();
        unwatchSettings = watchSettings(() => {
          asked = '';
          void checkInTurn();
        });
      }
    };

    // One check at a time: names that change while the background answers are checked after it, so that the reader
    // is never loaded twice into one page. A check that fails (the page went away mid-way) does not stop the next.
    let checks = Promise.resolve();
    const checkInTurn = () => (checks = checks.then(check).catch(() => {}));

    // Only the page's names are watched (a new title; a new address comes as wxt:locationchange): observing all of
    // its DOM would make every change its own scripts make slower, on pages Clausemark does not act on.
    const stopWatching = watchSettledChanges(window, document.head, () => false, { settled: checkInTurn });
    ctx.addEventListener(window, 'wxt:locationchange', checkInTurn);
    // The popup offers the page's links to its legal documents; it picks them out of these with the type patterns.
    const removeInfoListener = onMessage('pageInfo', () => ({ url: location.href, links: typeWordLinks(document) }));
    ctx.onInvalidated(() => {
      removeInfoListener();
      stopWatching();
      unwatchSettings();
    });
    await checkInTurn();
  },
});
