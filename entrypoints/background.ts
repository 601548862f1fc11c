// The background: analyses the pages' text, owns the version history (IndexedDB in the extension's origin) and
// each tab's badge.
import { getDomain } from 'tldts';
import { type Analysis, analyzeExtracted } from '@/lib/analyze';
import type { Grade } from '@/lib/clauses/grade';
import { mightBeLegal } from '@/lib/detect/page-kind';
import type { Extracted } from '@/lib/extract/types';
import { contentOf } from '@/lib/history/content';
import { compareVersions, HistoryDatabase, pruneHistory, recordVisitSafely } from '@/lib/history/store';
import { canonicalDocumentUrl } from '@/lib/history/identity';
import { siteOfHost, siteOverview } from '@/lib/history/overview';
import { documentDetails } from '@/lib/history/queries';
import { type ChangeNotice, onMessage, sendMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';
import { isPaused } from '@/lib/settings';

const GRADE_COLOURS: Record<Grade, string> = { A: '#15803d', B: '#65a30d', C: '#ca8a04', D: '#ea580c', E: '#b91c1c' };
const CHANGED_COLOUR = '#7e22ce';

export default defineBackground(() => {
  const db = new HistoryDatabase();

  /** Records the version the tab shows; resolves with what changed since the reader's last visit, if anything. */
  async function remember(page: Extracted, analysis: Analysis): Promise<ChangeNotice | null> {
    const url = canonicalDocumentUrl(page.url!);
    const host = new URL(url).hostname;
    const result = await recordVisitSafely(db, {
      site: getDomain(url) ?? host,
      url,
      type: analysis.type,
      title: analysis.title,
      content: contentOf(page, analysis),
      grade: analysis.grade,
      counts: analysis.summary.counts,
      time: Date.now(),
    });
    if ((result.status !== 'changed' && result.status !== 'returned') || !('previous' in result) || !result.previous) return null;
    const diff = await compareVersions(db, result.previous.versionId, result.versionId);
    return {
      url: page.url!,
      since: result.previous.seen,
      summary: diff.summary,
      changed: diff.clauses.flatMap((c) => (c.after && c.kind !== 'removed' ? [c.after.text] : [])),
      removed: diff.clauses.flatMap((c) => (c.kind === 'removed' && c.before ? [c.before.text] : [])),
      silent: diff.silent,
    };
  }

  async function setBadge(tabId: number, analysis: Analysis, change: ChangeNotice | null) {
    const concerns = analysis.summary.counts.bad + analysis.summary.counts.blocker;
    await browser.action.setBadgeText({ tabId, text: change ? 'new' : concerns > 99 ? '99+' : String(concerns) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: change ? CHANGED_COLOUR : analysis.grade ? GRADE_COLOURS[analysis.grade] : '#475569' });
    await browser.action.setTitle({
      tabId,
      title: change ? `Clausemark: changed since your last visit — ${change.summary}` : `Clausemark: grade ${analysis.grade ?? '–'}, ${concerns} clauses to look at`,
    });
  }

  // The page sends its text; the analysis runs here, off the page's main thread. The tab gets its analysis at
  // once; the version is recorded after, and the tab hears of a change only if there is one.
  onMessage('readDocument', ({ data: page, sender }) => {
    const tabId = sender.tab?.id;
    const analysis = analyzeExtracted(page);
    if (!analysis.legal) {
      if (tabId !== undefined) void browser.action.setBadgeText({ tabId, text: '' });
      return null;
    }
    if (tabId !== undefined) {
      void (async () => {
        await setBadge(tabId, analysis, null);
        const change = page.url ? await remember(page, analysis).catch(() => null) : null;
        if (!change) return;
        await setBadge(tabId, analysis, change);
        await sendMessage('documentChanged', change, { tabId, frameId: sender.frameId ?? 0 }).catch(() => {});
      })();
    }
    return analysis;
  });

  // Stage one's patterns run here; the reader, with everything it needs, is loaded only into the pages they pass.
  onMessage('openReader', async ({ data: signals, sender }) => {
    const tabId = sender.tab?.id;
    const address = sender.url ?? signals.url;
    if (tabId === undefined || !address || !mightBeLegal(signals)) return 'ordinary';
    if (isPaused(new URL(address).hostname, await loadSettings())) return 'paused';
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/content-scripts/reader.js'] });
    return 'opened';
  });
  onMessage('mightBeLegal', ({ data: signals }) => mightBeLegal(signals));

  onMessage('pageCleared', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await browser.action.setBadgeText({ tabId: sender.tab.id, text: '' });
  });

  // The popup asks the background, whose database is open and warm, so that its own bundle needs no database code.
  onMessage('siteHistory', async ({ data: host }) => {
    const site = (await siteOfHost(db, host)) ?? getDomain(host) ?? host;
    return { site, documents: await siteOverview(db, site) };
  });
  onMessage('documentDetails', ({ data: documentId }) => documentDetails(db, documentId));

  // Keep only as much history as the reader asked for.
  browser.runtime.onStartup.addListener(async () => {
    const settings = await loadSettings();
    await pruneHistory(db, settings.historyDays).catch(() => 0);
  });
});
