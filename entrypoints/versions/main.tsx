// The history page: every document the reader has seen, its versions, and what changed between them.
import { render } from 'preact';
import '@/components/pages.css';
import { HistoryPage } from '@/components/HistoryPage';
import { dateFormatter, languageTag, translator } from '@/components/i18n';
import { HistoryDatabase } from '@/lib/history/store';
import { loadSettings } from '@/utils/settings';

async function main() {
  const settings = await loadSettings();
  const lang = languageTag(settings.interfaceLanguage);
  document.documentElement.lang = lang;
  const date = dateFormatter(lang);
  const initial = Number(new URLSearchParams(location.search).get('document')) || null;
  render(<HistoryPage db={new HistoryDatabase()} t={translator(settings.interfaceLanguage)} date={date} initialDocument={initial} />, document.getElementById('app')!);
}

void main();
