/**
 * The only style Clausemark adds to a page: ::highlight() rules must live in the page's own style sheet.
 * Colours are translucent so they read on light and dark pages alike, and each severity has its own underline
 * style so that colour is never the only cue. The <mark> rules serve the fallback painter.
 */
export const PAGE_HIGHLIGHT_CSS = `
::highlight(clausemark-blocker){background-color:rgba(220,38,38,.28);text-decoration:underline wavy rgb(220,38,38);text-decoration-thickness:2px}
::highlight(clausemark-bad){background-color:rgba(234,88,12,.22);text-decoration:underline solid rgb(234,88,12);text-decoration-thickness:2px}
::highlight(clausemark-neutral){background-color:rgba(100,116,139,.14);text-decoration:underline dotted rgb(100,116,139)}
::highlight(clausemark-good){background-color:rgba(22,163,74,.2);text-decoration:underline double rgb(22,163,74)}
::highlight(clausemark-active){background-color:rgba(37,99,235,.3)}
::highlight(clausemark-changed){background-color:rgba(147,51,234,.22);text-decoration:underline dashed rgb(147,51,234)}
mark[data-clausemark]{color:inherit;background-color:rgba(100,116,139,.14);text-decoration:underline dotted rgb(100,116,139)}
mark[data-severity=blocker]{background-color:rgba(220,38,38,.28);text-decoration:underline wavy rgb(220,38,38)}
mark[data-severity=bad]{background-color:rgba(234,88,12,.22);text-decoration:underline solid rgb(234,88,12)}
mark[data-severity=good]{background-color:rgba(22,163,74,.2);text-decoration:underline double rgb(22,163,74)}
mark[data-clausemark-layer]{color:inherit;background-color:rgba(37,99,235,.3)}
`;

/** Adds the highlight style sheet to the page once. */
export function injectHighlightStyle(doc: Document): void {
  if (doc.getElementById('clausemark-highlights')) return;
  const style = doc.createElement('style');
  style.id = 'clausemark-highlights';
  style.textContent = PAGE_HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}
