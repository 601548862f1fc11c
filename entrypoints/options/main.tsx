// The settings page. Settings are saved as they change and apply to open tabs at once (they watch the storage).
import { render } from 'preact';
import '@/components/pages.css';
import { languageTag, translator } from '@/components/i18n';
import { OptionsPage } from '@/components/OptionsPage';
import { HistoryDatabase } from '@/lib/history/store';
import { loadSettings, saveSettings } from '@/utils/settings';

async function main() {
  const settings = await loadSettings();
  document.documentElement.lang = languageTag(settings.interfaceLanguage);
  render(<OptionsPage initial={settings} save={saveSettings} db={new HistoryDatabase()} t={translator(settings.interfaceLanguage)} />, document.getElementById('app')!);
}

void main();
