// The background: owns the version history (IndexedDB in the extension's origin) and each tab's badge.
import { getDomain } from 'tldts';
import type { Grade } from '@/lib/clauses/grade';
import { compareVersions, HistoryDatabase, pruneHistory, recordVisitSafely } from '@/lib/history/store';
import { canonicalDocumentUrl } from '@/lib/history/identity';
import { siteOfHost, siteOverview } from '@/lib/history/overview';
import { documentDetails } from '@/lib/history/queries';
import { type ChangeNotice, onMessage, type PageReport } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';

const GRADE_COLOURS: Record<Grade, string> = { A: '#15803d', B: '#65a30d', C: '#ca8a04', D: '#ea580c', E: '#b91c1c' };
const CHANGED_COLOUR = '#7e22ce';

export default defineBackground(() => {
  const db = new HistoryDatabase();

  async function remember(report: PageReport): Promise<ChangeNotice | null> {
    const url = canonicalDocumentUrl(report.url);
    const host = new URL(url).hostname;
    const result = await recordVisitSafely(db, {
      site: getDomain(url) ?? host,
      url,
      type: report.type,
      title: report.title,
      content: report.content,
      grade: report.grade,
      counts: report.counts,
      time: Date.now(),
    });
    if ((result.status !== 'changed' && result.status !== 'returned') || !('previous' in result) || !result.previous) return null;
    const diff = await compareVersions(db, result.previous.versionId, result.versionId);
    return {
      since: result.previous.seen,
      summary: diff.summary,
      changed: diff.clauses.flatMap((c) => (c.after && c.kind !== 'removed' ? [c.after.text] : [])),
      removed: diff.clauses.flatMap((c) => (c.kind === 'removed' && c.before ? [c.before.text] : [])),
      silent: diff.silent,
    };
  }

  onMessage('pageRead', async ({ data: report, sender }) => {
    const tabId = sender.tab?.id;
    const change = await remember(report).catch(() => null);
    if (tabId !== undefined) {
      const concerns = report.counts.bad + report.counts.blocker;
      await browser.action.setBadgeText({ tabId, text: change ? 'new' : concerns > 99 ? '99+' : String(concerns) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: change ? CHANGED_COLOUR : report.grade ? GRADE_COLOURS[report.grade] : '#475569' });
      await browser.action.setTitle({
        tabId,
        title: change ? `Clausemark: changed since your last visit — ${change.summary}` : `Clausemark: grade ${report.grade ?? '–'}, ${concerns} clauses to look at`,
      });
    }
    return change;
  });

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
