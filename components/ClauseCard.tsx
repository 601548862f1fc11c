import type { Action } from '@/lib/clauses/actions';
import { CATEGORIES, meaning, type Severity } from '@/lib/clauses/taxonomy';
import type { ClauseSpan } from '@/lib/highlight/spans';

export const SEVERITY_LABELS: Record<Severity, string> = { good: 'Good for you', neutral: 'Worth knowing', bad: 'Bad for you', blocker: 'Serious concern' };
const SEVERITY_ICONS: Record<Severity, string> = { good: '✓', neutral: 'i', bad: '!', blocker: '‼' };

function ActionItem({ action }: { action: Action }) {
  switch (action.kind) {
    case 'email':
      return (
        <li>
          Write to <a href={`mailto:${action.value}`}>{action.value}</a>
        </li>
      );
    case 'phone':
      return (
        <li>
          Call <a href={`tel:${action.value.replace('(0)', '').replace(/[^\d+]/g, '')}`}>{action.value}</a>
        </li>
      );
    case 'settings':
      return (
        <li>
          Go to <strong>{action.value}</strong>
        </li>
      );
    case 'link':
      return (
        <li>
          Open{' '}
          <a href={action.value} target="_blank" rel="noopener noreferrer">
            {action.label || action.value}
          </a>
        </li>
      );
    case 'deadline':
      return <li>Mind the deadline: {action.value}</li>;
  }
}

/** The explanation of one highlighted passage: each clause found in it, worst first. */
export function ClauseCard({ span, id }: { span: ClauseSpan; id?: string }) {
  return (
    <div class="card" id={id} role="dialog" aria-label="Clausemark: what this clause means">
      {span.clauses.map((clause) => {
        const category = CATEGORIES[clause.category];
        return (
          <section class={`clause severity-${clause.severity}`} key={clause.category}>
            <header>
              <span class="badge" aria-hidden="true">
                {SEVERITY_ICONS[clause.severity]}
              </span>
              <h2>{category.title}</h2>
              <span class="severity">{SEVERITY_LABELS[clause.severity]}</span>
            </header>
            <p>
              <strong>What it means.</strong> {meaning(clause.category, clause.severity)}
            </p>
            <p>
              <strong>Why it matters.</strong> {category.why}
            </p>
            <p>
              <strong>What you can do.</strong> {category.todo}
            </p>
            {clause.actions.length > 0 && (
              <ul class="actions" aria-label="Actions this document gives">
                {clause.actions.map((action) => (
                  <ActionItem action={action} key={`${action.kind}:${action.value}`} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
