import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type CategoryId, type Severity } from '@/lib/clauses/taxonomy';
import { DOCUMENT_TYPE_NAMES } from '@/lib/detect/document-types';
import type { VersionDiff } from '@/lib/history/changes';
import { crossSiteMatrix, documentTimeline, findDocuments, type TimelineEntry } from '@/lib/history/queries';
import { compareVersions, type DocumentRecord, type HistoryDatabase } from '@/lib/history/store';
import { severityKey, type Translate } from './i18n';

const MATRIX_CATEGORIES: CategoryId[] = ['ai-training', 'content-license', 'data-sale', 'third-party-sharing', 'data-retention', 'arbitration', 'unilateral-change'];

interface Props {
  db: HistoryDatabase;
  t: Translate;
  date: (time: number | string) => string;
  initialDocument: number | null;
}

function Diff({ diff, t }: { diff: VersionDiff; t: Translate }) {
  const label = { added: t('added'), removed: t('removed'), reworded: t('reworded'), severity: t('severityChanged') };
  return (
    <div class="diff">
      <h3>{t('clauseChanges')}</h3>
      <p>{diff.summary}</p>
      {diff.clauses.length === 0 ? (
        <p>{t('noClauseChanges')}</p>
      ) : (
        <ul class="clause-changes">
          {diff.clauses.map((c, i) => (
            <li key={i} class={`change-${c.kind}`}>
              <strong>
                {label[c.kind]}: {CATEGORIES[c.category].title}
              </strong>
              {c.kind === 'severity' && (
                <>
                  {' '}
                  ({t(severityKey(c.before!.severity))} → {t(severityKey(c.after!.severity))})
                </>
              )}
              {c.before && c.after && c.before.text !== c.after.text && (
                <blockquote>
                  <del>{c.before.text}</del>
                </blockquote>
              )}
              <blockquote>{(c.after ?? c.before)!.text}</blockquote>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('textChanges')}</h3>
      {diff.sections.map((section, i) => (
        <section key={i} class={`section-${section.kind}`}>
          <h4>
            {section.kind === 'added' ? `${t('added')}: ` : section.kind === 'removed' ? `${t('removed')}: ` : ''}
            {section.heading || '—'}
          </h4>
          {section.parts && (
            <p class="words">
              {section.parts.map((part, j) => (part.added ? <ins key={j}>{part.value}</ins> : part.removed ? <del key={j}>{part.value}</del> : <span key={j}>{part.value.length > 400 ? `${part.value.slice(0, 180)} … ${part.value.slice(-180)}` : part.value}</span>))}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

/** The history page: every document seen, each with its versions and the changes between any two of them. */
export function HistoryPage({ db, t, date, initialDocument }: Props) {
  const [query, setQuery] = useState('');
  const [documents, setDocuments] = useState<DocumentRecord[]>([]);
  const [selected, setSelected] = useState<number | null>(initialDocument);
  const [timeline, setTimeline] = useState<TimelineEntry[]>([]);
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [diff, setDiff] = useState<VersionDiff | null>(null);
  const [matrix, setMatrix] = useState<Array<{ site: string; cells: Partial<Record<CategoryId, Severity>> }>>([]);

  useEffect(() => void findDocuments(db, query).then(setDocuments), [db, query]);
  useEffect(() => void crossSiteMatrix(db, MATRIX_CATEGORIES).then(setMatrix), [db]);
  useEffect(() => {
    if (selected === null) return;
    void documentTimeline(db, selected).then((entries) => {
      setTimeline(entries);
      const ids = entries.map((e) => e.version.id!);
      setPair(ids.length >= 2 ? [ids[ids.length - 2]!, ids[ids.length - 1]!] : null);
    });
  }, [db, selected]);
  useEffect(() => {
    setDiff(null);
    if (pair) void compareVersions(db, pair[0], pair[1]).then(setDiff);
  }, [db, pair]);

  const current = documents.find((d) => d.id === selected);
  const versionLabel = (e: TimelineEntry) => `${date(e.version.firstSeen)}${e.version.lastUpdated ? ` (${t('statedDate', { date: e.version.lastUpdated })})` : ''}`;
  return (
    <main class="history">
      <h1>{t('historyTitle')}</h1>
      <div class="columns">
        <nav aria-label={t('search')}>
          <label>
            {t('search')}
            <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
          </label>
          {documents.length === 0 && <p>{t('noHistory')}</p>}
          <ul class="documents">
            {documents.map((d) => (
              <li key={d.id}>
                <button type="button" aria-current={d.id === selected ? 'true' : undefined} onClick={() => setSelected(d.id!)}>
                  <strong>{d.site}</strong> · {d.type ? DOCUMENT_TYPE_NAMES[d.type] : d.title}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section class="detail" aria-live="polite">
          {current && (
            <>
              <h2>
                {current.title} <a href={current.url}>{current.url}</a>
              </h2>
              <h3>{t('timeline')}</h3>
              <ol class="timeline">
                {timeline.map((e) => (
                  <li key={e.version.id}>
                    {t('firstSeen', { date: date(e.version.firstSeen) })} · {e.version.lastUpdated ? t('statedDate', { date: e.version.lastUpdated }) : t('noStatedDate')} · {t('grade')} {e.version.grade ?? '–'}
                    {e.summary && <span class="meta"> — {e.summary}</span>}
                    {e.silent && <span class="flag"> ⚑ {e.silent === 'text-changed-date-same' ? t('silentText') : t('silentDate')}</span>}
                  </li>
                ))}
              </ol>
              {timeline.length >= 2 && pair && (
                <div class="compare">
                  <label>
                    {t('compare')}{' '}
                    <select value={pair[0]} onChange={(e) => setPair([Number((e.target as HTMLSelectElement).value), pair[1]])}>
                      {timeline.map((e) => (
                        <option key={e.version.id} value={e.version.id}>
                          {versionLabel(e)}
                        </option>
                      ))}
                    </select>
                  </label>{' '}
                  <label>
                    {t('compareWith')}{' '}
                    <select value={pair[1]} onChange={(e) => setPair([pair[0], Number((e.target as HTMLSelectElement).value)])}>
                      {timeline.map((e) => (
                        <option key={e.version.id} value={e.version.id}>
                          {versionLabel(e)}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              )}
              {diff && <Diff diff={diff} t={t} />}
            </>
          )}
        </section>
      </div>
      <section class="matrix">
        <h2>{t('crossSite')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('site')}</th>
              {MATRIX_CATEGORIES.map((c) => (
                <th scope="col" key={c}>
                  {CATEGORIES[c].title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row) => (
              <tr key={row.site}>
                <th scope="row">{row.site}</th>
                {MATRIX_CATEGORIES.map((c) => (
                  <td key={c} class={row.cells[c] ? `severity-${row.cells[c]}` : ''}>
                    {row.cells[c] ? t(severityKey(row.cells[c]!)) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
