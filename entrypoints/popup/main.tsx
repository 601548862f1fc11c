// The toolbar popup: the current site's documents from the history (asked of the background), and links to its
// terms when none was seen yet.
import { render } from 'preact';
import '@/components/pages.css';
import { dateFormatter, languageTag, translator } from '@/components/i18n';
import { Popup, type PopupData } from '@/components/Popup';
import type { DocumentDetails } from '@/lib/history/queries';
import { legalLinks } from '@/lib/detect/legal-links';
import { sendMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';

async function main() {
  // `?tab=` opens the popup for a given tab (the extension's own tests use it); otherwise the active tab.
  const tabPromise = (async () => Number(new URLSearchParams(location.search).get('tab')) || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id)();
  const infoPromise = tabPromise.then((id) => (id === undefined ? null : sendMessage('pageInfo', undefined, id).catch(() => null)));
  const [settings, tabId, info] = await Promise.all([loadSettings(), tabPromise, infoPromise]);
  const t = translator(settings.interfaceLanguage);
  const lang = languageTag(settings.interfaceLanguage);
  document.documentElement.lang = lang;
  const history = info ? await sendMessage('siteHistory', new URL(info.url).hostname).catch(() => null) : null;
  const site = history?.site ?? (info ? new URL(info.url).hostname : null);
  const date = dateFormatter(lang);
  const open = async (url: string) => {
    if (url.startsWith(browser.runtime.getURL('/')) || tabId === undefined) await browser.tabs.create({ url });
    else await browser.tabs.update(tabId, { url });
    window.close();
  };
  // The list shows at once from the records; clauses and changes follow as their texts are read.
  const details = new Map<number, DocumentDetails>();
  const data: PopupData = { site, documents: history?.documents ?? [], details, legalLinks: info ? legalLinks(info.links) : [] };
  const show = () => render(<Popup data={{ ...data, details: new Map(details) }} t={t} date={date} open={open} />, document.getElementById('app')!);
  show();
  for (const overview of data.documents.slice(0, 10)) {
    const more = await sendMessage('documentDetails', overview.document.id!).catch(() => null);
    if (more) details.set(overview.document.id!, more);
    show();
  }
}

void main();
