// The toolbar popup: the current site's documents from the history, and links to its terms when none was seen yet.
import { render } from 'preact';
import { getDomain } from 'tldts';
import '@/components/pages.css';
import { dateFormatter, languageTag, translator } from '@/components/i18n';
import { Popup, type PopupData } from '@/components/Popup';
import { siteDocuments } from '@/lib/history/queries';
import { HistoryDatabase } from '@/lib/history/store';
import { sendMessage } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';

async function main() {
  const settings = await loadSettings();
  const t = translator(settings.interfaceLanguage);
  const lang = languageTag(settings.interfaceLanguage);
  document.documentElement.lang = lang;
  // `?tab=` opens the popup for a given tab (the extension's own tests use it); otherwise the active tab.
  const tabId = Number(new URLSearchParams(location.search).get('tab')) || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const info = tabId === undefined ? null : await sendMessage('pageInfo', undefined, tabId).catch(() => null);
  const site = info ? (getDomain(info.url) ?? new URL(info.url).hostname) : null;
  const data: PopupData = { site, documents: site ? await siteDocuments(new HistoryDatabase(), site).catch(() => []) : [], legalLinks: info?.legalLinks ?? [] };
  const date = dateFormatter(lang);
  const open = async (url: string) => {
    if (url.startsWith(browser.runtime.getURL('/')) || tabId === undefined) await browser.tabs.create({ url });
    else await browser.tabs.update(tabId, { url });
    window.close();
  };
  render(<Popup data={data} t={t} date={date} open={open} />, document.getElementById('app')!);
}

void main();
