import { useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_IDS, SEVERITIES, type Severity } from '@/lib/clauses/taxonomy';
import type { HistoryDatabase } from '@/lib/history/store';
import { deleteHistory, exportHistory, type HistoryExport, importHistory } from '@/lib/history/transfer';
import type { Settings } from '@/lib/settings';
import { INTERFACE_LANGUAGES, severityKey, type Translate } from './i18n';

interface Props {
  initial: Settings;
  save: (settings: Settings) => Promise<void>;
  db: HistoryDatabase;
  t: Translate;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

/** The settings page: what to highlight, where, how, and the reader's history. */
export function OptionsPage({ initial, save, db, t }: Props) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const change = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void save(next).then(() => setStatus(t('saved')));
  };
  const hidden = new Set(settings.hiddenCategories);

  const download = async () => {
    const blob = new Blob([JSON.stringify(await exportHistory(db))], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `clausemark-history-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const counts = await importHistory(db, JSON.parse(await file.text()) as HistoryExport);
      setStatus(t('imported', counts));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  const erase = async () => {
    if (!confirm(t('confirmDelete'))) return;
    await deleteHistory(db);
    setStatus(t('deleted'));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('categories')}</legend>
        <div class="grid">
          {CATEGORY_IDS.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={!hidden.has(id)}
                onChange={(e) => change({ hiddenCategories: (e.target as HTMLInputElement).checked ? settings.hiddenCategories.filter((c) => c !== id) : [...settings.hiddenCategories, id] })}
              />{' '}
              {CATEGORIES[id].title}
            </label>
          ))}
        </div>
      </fieldset>
      <label class="row">
        {t('minimumSeverity')}{' '}
        <select value={settings.minimumSeverity} onChange={(e) => change({ minimumSeverity: (e.target as HTMLSelectElement).value as Severity })}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(severityKey(s))}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('highlightStyle')}</legend>
        <label class="row">
          <input type="radio" name="style" checked={settings.highlightStyle === 'highlight'} onChange={() => change({ highlightStyle: 'highlight' })} /> {t('styleHighlight')}
        </label>
        <label class="row">
          <input type="radio" name="style" checked={settings.highlightStyle === 'marks'} onChange={() => change({ highlightStyle: 'marks' })} /> {t('styleMarks')}
        </label>
      </fieldset>
      <label class="row column">
        {t('pausedSites')}
        <textarea rows={4} value={settings.pausedSites.join('\n')} onChange={(e) => change({ pausedSites: (e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim().toLowerCase()).filter(Boolean) })} />
      </label>
      <label class="row">
        {t('historyDays')}{' '}
        <input type="number" min={0} value={settings.historyDays} onChange={(e) => change({ historyDays: Math.max(0, Number((e.target as HTMLInputElement).value) || 0) })} />
      </label>
      <label class="row">
        {t('interfaceLanguage')}{' '}
        <select value={settings.interfaceLanguage} onChange={(e) => change({ interfaceLanguage: (e.target as HTMLSelectElement).value as Settings['interfaceLanguage'] })}>
          <option value="auto">{t('languageAuto')}</option>
          {INTERFACE_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code] ?? code}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('historyData')}</legend>
        <div class="buttons">
          <button type="button" onClick={download}>
            {t('exportHistory')}
          </button>
          <label class="button">
            {t('importHistory')}
            <input class="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => upload((e.target as HTMLInputElement).files?.[0])} />
          </label>
          <button type="button" class="danger" onClick={erase}>
            {t('deleteHistory')}
          </button>
        </div>
      </fieldset>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
