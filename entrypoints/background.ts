// The background: sets each tab's badge from what its content script reports.
import { onMessage } from '@/utils/messaging';
import type { Grade } from '@/lib/clauses/grade';

const GRADE_COLOURS: Record<Grade, string> = { A: '#15803d', B: '#65a30d', C: '#ca8a04', D: '#ea580c', E: '#b91c1c' };

export default defineBackground(() => {
  onMessage('reportPage', async ({ data: report, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (!report) {
      await browser.action.setBadgeText({ tabId, text: '' });
      return;
    }
    const concerns = report.counts.bad + report.counts.blocker;
    await browser.action.setBadgeText({ tabId, text: concerns > 99 ? '99+' : String(concerns) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: report.grade ? GRADE_COLOURS[report.grade] : '#475569' });
    await browser.action.setTitle({ tabId, title: `Clausemark: grade ${report.grade ?? '–'}, ${concerns} clauses to look at` });
  });
});
