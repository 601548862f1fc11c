import { CATEGORIES, meaning } from '@/lib/clauses/taxonomy';
import { DOCUMENT_TYPE_NAMES } from '@/lib/detect/document-types';
import type { DocumentOverview } from '@/lib/history/overview';
import type { DocumentDetails } from '@/lib/history/queries';
import { linkToPassage } from '@/lib/text-fragment';
import { severityKey, type Translate } from './i18n';

export interface PopupData {
  site: string | null;
  documents: DocumentOverview[];
  /** Clauses and changes, by document id, as they are loaded (the list shows before them). */
  details: Map<number, DocumentDetails>;
  /** Links on the current page to the site's legal documents (when none has been seen yet). */
  legalLinks: Array<{ text: string; href: string }>;
}

interface Props {
  data: PopupData;
  t: Translate;
  date: (time: number | string) => string;
  open: (url: string) => void;
}

const KEY_CLAUSES = 5;

/** The worst clause of each category first (bad and blocker), then the good ones: one line per category. */
function keyClauses(clauses: DocumentDetails['clauses']) {
  const seen = new Set<string>();
  const ranked = [...clauses.filter((c) => c.severity === 'bad' || c.severity === 'blocker'), ...clauses.filter((c) => c.severity === 'good')];
  return ranked.filter((c) => !seen.has(c.category) && seen.add(c.category)).slice(0, KEY_CLAUSES);
}

/** The toolbar popup: what the reader agreed to on this site, worst first, and what changed. */
export function Popup({ data, t, date, open }: Props) {
  const { site, documents, details, legalLinks } = data;
  const go = (url: string) => (event: Event) => {
    event.preventDefault();
    open(url);
  };
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {!site && <p>{t('unsupportedPage')}</p>}
      {site && documents.length === 0 && (
        <section>
          <p>{t('noDocuments', { site })}</p>
          {legalLinks.length > 0 && (
            <>
              <p>{t('linksOnPage')}</p>
              <ul>
                {legalLinks.map((link) => (
                  <li key={link.href}>
                    <a href={link.href} onClick={go(link.href)}>
                      {t('openLink', { name: link.text })}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {site && documents.length > 0 && (
        <section aria-label={t('documentsSeen', { site })}>
          <h2 class="subtle">{t('documentsSeen', { site })}</h2>
          {documents.map(({ document, latest }) => {
            const more = details.get(document.id!);
            return (
            <article class="document" key={document.id}>
              <header>
                <span class={`grade grade-${latest.grade ?? 'none'}`} aria-label={`${t('grade')} ${latest.grade ?? '–'}`}>
                  {latest.grade ?? '–'}
                </span>
                <div>
                  <h3>
                    <a href={document.url} onClick={go(document.url)}>
                      {document.type ? DOCUMENT_TYPE_NAMES[document.type] : document.title}
                    </a>
                  </h3>
                  <p class="meta">
                    {document.title} · {t('lastSeen', { date: date(more?.lastVisit ?? document.lastSeen) })} · {latest.lastUpdated ? t('statedDate', { date: date(latest.lastUpdated) }) : t('noStatedDate')}
                  </p>
                  <p class="meta">{t('countsLine', latest.counts)}</p>
                </div>
              </header>
              {more?.change && (
                <p class="change">
                  <strong>{t('changedSince', { date: date(more.change.since) })}</strong> {more.change.diff.summary}{' '}
                  <a href={`versions.html?document=${document.id}`} onClick={go(browser.runtime.getURL(`/versions.html?document=${document.id}`))}>
                    {t('fullDiff')}
                  </a>
                </p>
              )}
              {more && <h4>{t('keyClauses')}</h4>}
              <ul class="clauses">
                {keyClauses(more?.clauses ?? [])
                  .map((clause, i) => (
                    <li key={i} class={`severity-${clause.severity}`}>
                      <a href={linkToPassage(document.url, clause.text)} onClick={go(linkToPassage(document.url, clause.text))}>
                        <span class="label">{t(severityKey(clause.severity))}</span> {CATEGORIES[clause.category].title}
                      </a>
                      <span class="what">{meaning(clause.category, clause.severity)}</span>
                    </li>
                  ))}
              </ul>
            </article>
            );
          })}
        </section>
      )}
      <nav class="footer-links">
        <a href="versions.html" onClick={go(browser.runtime.getURL('/versions.html'))}>
          {t('openHistory')}
        </a>
        <a href="options.html" onClick={go(browser.runtime.getURL('/options.html'))}>
          {t('openOptions')}
        </a>
      </nav>
    </main>
  );
}
