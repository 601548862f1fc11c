/**
 * A URL that opens `url` scrolled to `passage` and highlights it (a text fragment, `#:~:text=start,end`), so that
 * a clause listed in the popup can be jumped to in its page.
 */
export function linkToPassage(url: string, passage: string): string {
  const words = passage.replace(/\s+/g, ' ').trim().split(' ');
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const fragment = words.length <= 8 ? encode(words.join(' ')) : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}
