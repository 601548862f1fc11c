import type { Analysis } from '@/lib/analyze';
import { CATEGORIES } from '@/lib/clauses/taxonomy';
import { DOCUMENT_TYPE_NAMES } from '@/lib/detect/document-types';
import type { ClauseSpan } from '@/lib/highlight/spans';
import type { ChangeNotice } from '@/utils/messaging';
import { ClauseCard } from './ClauseCard';

export interface OverlayState {
  analysis: Analysis;
  spans: ClauseSpan[];
  /** The passage whose card is shown, and where (viewport coordinates). */
  card: { span: ClauseSpan; x: number; y: number } | null;
  /** Index of the passage the navigator is on. */
  current: number | null;
  panelOpen: boolean;
  /** Text for the live region: what the navigator moved to. */
  announcement: string;
  /** What changed since the reader's last visit, if anything. */
  change: ChangeNotice | null;
  showingChanges: boolean;
}

export interface OverlayActions {
  togglePanel(): void;
  step(direction: 1 | -1): void;
  cardHover(inside: boolean): void;
  closeCard(): void;
  showChanges(): void;
}

const CARD_WIDTH = 360;

function cardPosition(x: number, y: number, win: Window) {
  const left = Math.max(8, Math.min(x - 24, win.innerWidth - CARD_WIDTH - 8));
  const below = y + 16;
  return below > win.innerHeight * 0.6 ? { left, bottom: Math.max(8, win.innerHeight - y + 12) } : { left, top: below };
}

/** Everything Clausemark draws on a page, inside its shadow root: the hover card and the navigator. */
export function ReaderOverlay({ state, actions, win }: { state: OverlayState; actions: OverlayActions; win: Window }) {
  const { analysis, spans, card, current, panelOpen } = state;
  const counts = analysis.summary.counts;
  const concerns = counts.bad + counts.blocker;
  const position = card ? cardPosition(card.x, card.y, win) : null;
  return (
    <div class="root">
      {card && position && (
        <div
          class="card-frame"
          style={Object.fromEntries(Object.entries(position).map(([k, v]) => [k, `${v}px`]))}
          onMouseEnter={() => actions.cardHover(true)}
          onMouseLeave={() => actions.cardHover(false)}
          onKeyDown={(e) => e.key === 'Escape' && actions.closeCard()}
        >
          <ClauseCard span={card.span} id="clausemark-card" />
        </div>
      )}
      <div class="control">
        {panelOpen && (
          <div class="panel" role="region" aria-label="Clausemark clause navigator">
            <p class="summary">
              {analysis.type ? DOCUMENT_TYPE_NAMES[analysis.type] : 'Legal document'} · grade <strong>{analysis.grade ?? '–'}</strong>
              {analysis.lastUpdated && <> · updated {analysis.lastUpdated}</>}
            </p>
            <p class="counts">
              {counts.blocker} serious, {counts.bad} bad, {counts.neutral} worth knowing, {counts.good} good
            </p>
            {analysis.truncated && <p class="note">This page is very long; Clausemark read its beginning only.</p>}
            {state.change && (
              <div class="change">
                <p>
                  <strong>Changed since your last visit on {new Date(state.change.since).toLocaleDateString()}:</strong> {state.change.summary}
                </p>
                {state.change.silent === 'text-changed-date-same' && <p class="note">The text changed but its "last updated" date did not.</p>}
                {state.change.silent === 'date-changed-text-same' && <p class="note">The date changed but the text did not.</p>}
                {!state.showingChanges && (
                  <button type="button" class="link" onClick={actions.showChanges}>
                    What changed since {new Date(state.change.since).toLocaleDateString()}
                  </button>
                )}
                {state.showingChanges && state.change.removed.length > 0 && (
                  <>
                    <p>Removed:</p>
                    <ul class="removed">
                      {state.change.removed.map((text) => (
                        <li key={text}>{text}</li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            )}
            {current !== null && spans[current] && (
              <p class="position">
                Clause {current + 1} of {spans.length}: {CATEGORIES[spans[current]!.clauses[0]!.category].title}
              </p>
            )}
            <div class="buttons">
              <button type="button" onClick={() => actions.step(-1)} aria-keyshortcuts="Alt+Shift+ArrowUp">
                ↑ Previous
              </button>
              <button type="button" onClick={() => actions.step(1)} aria-keyshortcuts="Alt+Shift+ArrowDown">
                Next ↓
              </button>
            </div>
            <p class="hint">Alt+Shift+↓ / ↑ move between clauses from anywhere on the page.</p>
          </div>
        )}
        <button type="button" class="toggle" aria-expanded={panelOpen} onClick={actions.togglePanel}>
          Clausemark · {analysis.grade ?? '–'} · {concerns} {concerns === 1 ? 'concern' : 'concerns'}
        </button>
      </div>
      <div class="sr-only" role="status" aria-live="polite">
        {state.announcement}
      </div>
    </div>
  );
}
