/** A concrete thing the reader can do, taken from the document itself. */
export interface Action {
  kind: 'email' | 'phone' | 'settings' | 'link' | 'deadline';
  /** The e-mail address, telephone number, settings path, URL or deadline, as the document gives it. */
  value: string;
  /** For links: the link text. */
  label?: string;
}

/** An e-mail address in running text. */
export const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
// One step of a settings path: a capitalised name of up to three words in any language ("Data controls",
// "Privacy & Security", "Paramètres", "Privatsphäre").
const STEP = String.raw`\p{Lu}[\p{L}\d_'&]*(?: (?:&|(?!(?:or|and|to|then|in|on|at|where|for|under|from|by|with|if)\b)[\p{L}\d_'&]+)){0,2}`;
// "Settings > Data controls", "Settings → Privacy" (looked for only where the text has an arrow: a Unicode pattern
// tried at every capital letter costs more than all the other actions together).
const ARROW = /[>→›»]/;
// A path may end at a switch named in quotes: Settings > Data controls > "Improve the model for everyone".
const QUOTED_STEP = String.raw`["“][^"“”]{1,60}["”]`;
// …or name it after the path: Settings > Data controls, and turn off "Improve the model for everyone".
const SETTINGS_PATH = new RegExp(String.raw`(?<!\p{L})((?:${STEP}\s*(?:>|→|›|»|->)\s*)+(?:${QUOTED_STEP}|${STEP}))(?:,?\s+(?:and\s+)?(?:turn|switch|toggle)\s+(?:off|on)\s+(${QUOTED_STEP}))?`, 'gu');
// "Settings/Privacy and Security/Third-party cookies": a path with slashes, looked for only where "Settings/" or
// "Preferences/" begins one ("and/or" and web addresses have slashes too).
const SLASH_START = /\b(?:Settings|Preferences) ?\//;
const SLASH_STEP = String.raw`\p{Lu}[\p{L}\d_'&-]*(?: (?:(?:and|&) \p{Lu}[\p{L}\d_'&-]*|(?!(?:or|and|to|then|in|on|at|where|for|under|from|by|with|within|if)\b)[\p{Ll}\d][\p{L}\d_'&-]*)){0,3}`;
const SLASH_PATH = new RegExp(String.raw`\b(?:Settings|Preferences)(?: ?/ ?${SLASH_STEP})+`, 'gu');
// The same path told as steps: "tap Profile, then Settings, then Privacy" (at least three named steps).
const VERB = String.raw`(?:[Tt]ap|[Cc]lick|[Ss]elect|[Cc]hoose|[Oo]pen|[Gg]o to)\s+`;
const THEN = String.raw`,?\s+(?:and\s+)?then\s+`;
const STEPS_TOLD = new RegExp(String.raw`\b${VERB}(${STEP})((?:${THEN}(?:${VERB})?${STEP}){2,})`, 'gu');
const THEN_SPLIT = new RegExp(THEN);
const LEADING_VERB = new RegExp(`^${VERB}`);
/** A path with arrows, without the verb that leads to it ("Open Settings › …"), ending at the switch it names. */
const arrowPath = (m: RegExpExecArray) => `${m[1]!.replace(LEADING_VERB, '')}${m[2] ? ` > ${m[2]}` : ''}`;
/** A path told as steps, written as one: "Profile > Settings > Privacy". */
const toldSteps = (m: RegExpExecArray) => [m[1]!, ...m[2]!.split(THEN_SPLIT).slice(1).map((step) => step.replace(LEADING_VERB, ''))].join(' > ');
// "Privacy & Security settings", "in your account settings".
const SETTINGS_PLACE = /\b(?:(?:your|the) )?(?:[A-Z][\w&]*(?: (?:&|and) [A-Z][\w&]*)? )?(?:account |privacy |data |cookie |ad |app )?(?:settings|preferences|controls|dashboard)\b(?: page| menu| panel)?/g;
// "within 30 days", or the time the reader has to act: "14 days to cancel".
const DEADLINE = /\b(?:within|after|before|no later than|at least|up to)\s+(?:\w+\s+)?(?:\(?\d+\)?(?:\s*[-–]\s*\d+)?|a|one|two|three|four|five|six|seven|ten|twelve|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety)\s+(?:\(\d+\)\s+)?(?:calendar |business )?(?:hours?|days?|weeks?|months?|years?)\b(?![- ]+(?:old|of age)\b)|\b(?:\d+|seven|ten|fourteen|thirty|sixty|ninety)\s+(?:calendar |business )?(?:days?|weeks?|months?)\s+(?:to|in which to)\s+(?:cancel|withdraw|object|appeal|opt out|return|request|respond|dispute|reply)\b/gi;
// A telephone number the text tells the reader to call ("call us toll-free at 1-800-555-0199"): only after a word
// that says so, since dates, amounts and version numbers look alike.
const PHONE = /\b(?:call|phone|telephone|tel\.|toll[- ]free|hotline)\b[^.\d+]{0,30}(\+?\d[\d ().-]{5,}\d)/gi;
// An address written out in the text ("visit https://example.com/opt-out."), without the sentence's last stop.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()\[\]]*[^\s<>"'()\[\].,;:!?]/gi;
// A link leads somewhere to act when its words say so (whole words: "form" is not "information", "rights" not
// "copyrights") or its address does (where words run together: "gaoptout", "adchoices", "activitycontrols").
const ACTION_WORDS = /\b(?:opt[- ]?outs?|unsubscrib\w*|settings?|preferences?|controls?|privacy|requests?|forms?|contact\w*|delet\w*|export\w*|do not sell|choices|choose|consent\w*|dashboard|manag\w*|rights|eras\w*|object|withdraw\w*|download\w*|access (?:your|my))\b/i;
const ACTION_ADDRESS = /opt-?out|unsubscrib|settings|preferences|control|choices|consent|dashboard|delet|export|do-?not-?sell|manag|privacy(?:-?(?:request|center|portal|choices)|\.)|(?:\/|%2F)forms?\b|contact|request|(?:\/|%2F)rights/i;

/** A fragment that is an app's route ("#/settings/privacy", "#!/account"), not a place in the document. */
const HASH_ROUTE = /^#!?\//;

// Words without which the patterns above cannot match: most sentences have none, and a plain test is cheaper than
// trying a pattern at every word.
const SETTINGS_WORD = /settings|preferences|controls|dashboard/;
const CALL_WORD = /call|phone|tel\.|toll|hotline/i;
const WEB_ADDRESS = /https?:/i;
const TIME_UNIT = /hour|day|week|month|year/i;

/** A link to another place in the same document (a footnote, a section): reading on, not something to do. */
export function withinDocument(href: string, documentUrl: string | null): boolean {
  if (href.startsWith('#')) return !HASH_ROUTE.test(href);
  if (!href.includes('#') || !documentUrl) return false;
  try {
    const [target, page] = [new URL(href, documentUrl), new URL(documentUrl)];
    return target.origin === page.origin && target.pathname === page.pathname && !HASH_ROUTE.test(target.hash);
  } catch {
    return false;
  }
}

function unique(actions: Action[]): Action[] {
  const seen = new Set<string>();
  return actions.filter((a) => !seen.has(`${a.kind}:${a.value.toLowerCase()}`) && seen.add(`${a.kind}:${a.value.toLowerCase()}`));
}

/**
 * The actions a passage offers: e-mail addresses, telephone numbers to call, settings paths, deadlines, and links whose text or target
 * suggests something to do (opt out, manage settings, contact). `links` are the passage's own hyperlinks.
 */
export function findActions(text: string, links: Array<{ text: string; href: string }> = []): Action[] {
  const actions: Action[] = [];
  if (text.includes('@')) for (const [email] of text.matchAll(EMAIL)) actions.push({ kind: 'email', value: email.replace(/\.$/, '') });
  if (CALL_WORD.test(text)) for (const [, phone] of text.matchAll(PHONE)) actions.push({ kind: 'phone', value: phone! });
  // Settings paths (with arrows or slashes, or told as steps), then named settings places outside them, in reading order.
  const paths = [
    ...(ARROW.test(text) ? [...text.matchAll(SETTINGS_PATH)].map((m) => ({ at: m.index, end: m.index + m[0].length, value: arrowPath(m) })) : []),
    ...(text.includes('then') ? [...text.matchAll(STEPS_TOLD)].map((m) => ({ at: m.index, end: m.index + m[0].length, value: toldSteps(m) })) : []),
    ...(SLASH_START.test(text) ? [...text.matchAll(SLASH_PATH)].map((m) => ({ at: m.index, end: m.index + m[0].length, value: m[0] })) : []),
  ];
  const inPath = (at: number) => paths.some((p) => at >= p.at && at < p.end);
  const places = [...paths, ...(SETTINGS_WORD.test(text) ? [...text.matchAll(SETTINGS_PLACE)] : []).filter((m) => !inPath(m.index)).map((m) => ({ at: m.index, value: m[0] }))].sort((x, y) => x.at - y.at);
  for (const place of places) {
    const value = place.value.trim();
    // A bare "settings" says nothing the card doesn't already; keep named places only.
    if (/^(?:(?:your|the) )?(?:settings|preferences|controls|dashboard)$/i.test(value)) continue;
    // Nor does one named by a pointing word at the start of a sentence ("Those settings …", "These controls …").
    if (/^(?:these|those|this|that|such|other|some|any|all|many|which|its|their|our)\b/i.test(value)) continue;
    actions.push({ kind: 'settings', value: value.replace(/^(?:your|the) /i, '') });
  }
  for (const link of links) {
    if (/^mailto:/i.test(link.href)) actions.push({ kind: 'email', value: link.href.slice(7).split('?')[0]! });
    else if (/^https?:|^\//i.test(link.href) && (ACTION_WORDS.test(link.text) || ACTION_ADDRESS.test(link.href))) actions.push({ kind: 'link', value: link.href, label: link.text.trim() });
  }
  if (WEB_ADDRESS.test(text)) for (const [url] of text.matchAll(URL_IN_TEXT)) if (ACTION_ADDRESS.test(url)) actions.push({ kind: 'link', value: url });
  if (TIME_UNIT.test(text)) for (const [deadline] of text.matchAll(DEADLINE)) actions.push({ kind: 'deadline', value: deadline });
  return unique(actions);
}
