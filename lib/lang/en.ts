import type { LanguagePack } from './types.ts';
import { TYPE_WORDS } from './type-words.ts';

/** English: document names, legal phrasing and dates (the clause rules are in en-clauses.ts). */
export const en: LanguagePack = {
  code: 'en',
  stopwords: ['the', 'and', 'of', 'to', 'you', 'your', 'we', 'is', 'that', 'for', 'or', 'with', 'this', 'are', 'by', 'not', 'our', 'any', 'be', 'on'],
  typeWords: TYPE_WORDS.en,
  documentTypes: [
    ['data-processing-agreement', /\bdata process(?:ing|or) (?:agreement|addendum|terms)\b|\bDPA\b|\bsub-?processors?\b/i],
    ['cookie-policy', /\bcookies? (?:policy|notice|statement|declaration)\b|\b(?:trackers?|tracking technologies) (?:policy|notice)\b/i],
    ['acceptable-use-policy', /\b(?:acceptable|prohibited|fair) use(?: policy)?\b|\bAUP\b|(?<!\bdata )\busage polic(?:y|ies)\b|(?<!\bdata )\buse policy\b|\bcode of conduct\b|\bcontent polic(?:y|ies)\b/i],
    ['community-guidelines', /\bcommunity (?:guidelines|standards|rules)\b/i],
    ['developer-terms', /\bdevelopers? (?:(?:program(?:me)?|distribution|platform|services?) )?(?:terms|agreement|policy|policies)\b|\bplatform (?:terms|polic(?:y|ies))\b|\bopen platform\b/i],
    ['commercial-terms', /\b(?:commercial|business|enterprise) (?:terms|agreement)\b|\bmaster (?:services |subscription )?agreement\b|\bservice level (?:agreement|terms)\b|\bservices agreement\b|\bcustomer agreement\b/i],
    ['eula', /\bend[- ]user licen[cs]e(?: agreement)?\b|\bEULA\b|\b(?:software|model|community) licen[cs]e(?: agreement| terms)?\b|\blicen[cs]e agreement\b/i],
    ['copyright-policy', /\b(?:copyright|DMCA|intellectual property)(?: claims?| takedown| infringement)* (?:policy|notice|procedure)\b/i],
    ['purchase-terms', /\b(?:purchase|refund|billing|payment|subscription|credit|sales?) (?:terms|policy|conditions)\b|\b(?:returns?|shipping|cancellation) (?:policy|terms)\b|\bin-app purchases?\b|\b(?:terms(?: (?:and|&) conditions)?|conditions) of (?:sale|purchase)\b|\b(?:conditions|contract) of carriage\b|\bbooking (?:terms|conditions)\b/i],
    ['privacy-policy', /\bprivacy(?: and cookies?)? (?:policy|notice|statement|centre|center|questions)\b|\bnotice at collection\b|\bdata (?:protection |privacy |usage |use )?(?:policy|notice|statement)\b|\bdata (?:protection|privacy) (?:declaration|information)\b|\b(?:data )?(?:(?:usage|use|protection|privacy) (?:and|&) )?retention (?:policy|notice|statement)\b|\bdata (?:usage|use) (?:and|&) (?:privacy|protection) (?:policy|notice|statement)\b|\bprivacy\b(?! (?:settings|controls|tools|check-?up|features|preferences|dashboard|options|mode|shield|screen|filters?|tips|basics|hub|labels?|choices|(?:and|&) data\b(?! (?:commitments?|practices|polic(?:y|ies)|notice|statement|protection (?:policy|notice|statement))))\b)/i],
    ['imprint', /\bimprint\b|\blegal (?:notice|information|disclosure)\b|\bimpressum\b/i],
    ['terms-of-service', /\bterms(?: of (?:service|use|sale))?\b|\bterms (?:and|&) conditions\b|\b(?:(?:user|subscriber|member(?:ship)?|seller|merchant|vendor|supplier|reseller|partner|affiliate|publisher|advertiser|host|driver|courier|creator|card ?holder|card ?member|account ?holder|deposit|subscription|rental|client|platform|marketplace|loan|(?:credit|debit) card|participation)(?: (?:program(?:me)?|account|services?))?|account|service) agreement\b|\bconditions of use\b|\bservices agreement\b/i],
  ],
  selfReference: 'this|these',
  aboutDocument: /\b(?:how (?:to|we|do|does|is|are|can)|what(?:['’]s| is| are| we)|why (?:we|is|are|do)|updating|changing|updates? to|changes? to|introducing|announcing|writ(?:e|ing) (?:a|an|your)|creat(?:e|ing) (?:a|an|your)|generator|templates?|explained|guide to|versus)\b/i,
  legalPhrases: new RegExp(
    [
      String.raw`\b(?:these|this|the|our) (?:terms|agreement|policy|policies|privacy (?:policy|notice|statement)|notice|statement|guidelines)\b`,
      String.raw`\bwe (?:may |will |do not |don['’]t |also )?(?:collect|process|use|share|disclose|retain|store|receive|provide)\b`,
      String.raw`\byou (?:agree|acknowledge|consent|represent|warrant|must|may|shall|grant|can|should|are responsible)\b`,
      // A short privacy notice speaks of what it keeps, sends and asks for: "we keep your message", "does not send your
      // browsing history", "asks for the "tabs" permission".
      String.raw`\bwe (?:keep|save|send|sell|log)\b|\b(?:do|does) not (?:collect|send|share|sell|store|track)\b|\b(?:send|sends|share|shares|sell|sells|keep|keeps|store|stores|collect|collects) (?:your|any) (?:browsing history|data|information|personal details|messages?)\b|\b(?:asks?|requests?) for (?:the )?["“]?[\w ]{1,30}["”]? permission\b`,
      String.raw`\b(?:personal (?:data|information)|third[- ]part(?:y|ies)|applicable laws?|governing law|liabilit(?:y|ies)|liable|indemnif\w+|warrant(?:y|ies)|arbitration|jurisdiction|cookies?|prohibited|comply|compliance|consent|obligations?|rights?|licen[cs]e[ds]?|breach|termination|data protection|processing|controller|processor|sub-?processors?|(?:customer|user) data|retained|encrypted|infring(?:e|es|ed|ing|ement)|counter[- ]?notices?|takedown|copyright (?:owners?|holders?|agent)|designated agent|penalty of perjury|good[- ]faith belief)\b`,
      String.raw`\b(?:hereby|herein|thereof|hereunder|pursuant to|notwithstanding|in accordance with|subject to|including without limitation|to the extent)\b`,
      // A rulebook's hallmarks (community guidelines, content policies): what is not allowed, and what the provider does
      // about it.
      String.raw`\bwe (?:do not|don['’]t|will not|won['’]t|never) (?:allow|permit|tolerate)\b|\bwe (?:may |will |also |generally |can )?(?:remove|restrict|limit|suspend|disable|ban|take down)\b|\b(?:is|are)(?:n['’]t| not) (?:a place for|allowed|permitted)\b|\bdo not post\b|\bviolat(?:e|es|ed|ing|ions? of) (?:these|this|our|the) (?:guidelines|rules|polic(?:y|ies)|standards|terms|community)\b|\b(?:we|our) enforc(?:e|ement)\b`,
      // An imprint's hallmarks: who runs and hosts the site, under which register and tax numbers, with what capital.
      String.raw`\b(?:registered (?:offices?|address|in)|company (?:registration )?(?:number|no)|commercial register|(?:trade and )?compan(?:y|ies) register|vat (?:number|id|no|registration)|managing directors?|represented by|(?:share )?capital of (?:eur|usd|gbp|chf|€|\$|£)|publication director|director of (?:the )?publication|publisher of (?:the|this) (?:web)?site|hosting provider|hosted by)\b`,
    ].join('|'),
    'gi',
  ),
  dateLabel: /\b(?:(?:last|latest) (?:updated?|modified|revised|changed|reviewed|revision|amended)|(?:date )?(?:updated|modified|revised|amended)|effective(?: date| as of| from| on)?|(?:took|takes|take|came into|comes? into|went into|goes into|go into) effect(?: on| as of| from)?|(?:version|revision|published|in effect|valid|applicable) (?:date|as of|from|since)|(?:published|posted)(?: on)?|version|as of|dated|rev(?=\.\s*\d))\b\s*(?:on|:|-|–|—)?/gi,
  months: ['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug', 'september|sept|sep', 'october|oct', 'november|nov', 'december|dec'],
  dayFirst: false,
  // Commonwealth spelling ("organisation", "licence to use", "behaviour", "centre") and American ("organization",
  // "behavior", "center"): every region that writes -ise and -our writes the day first.
  regionalSpelling: {
    dayFirst: /\b(?:organis|authoris|recognis|personalis|customis|minimis|optimis|apologis|categoris|prioritis|utilis|finalis|summaris)\w*|\banalys(?:e|ed|es|ing)\b|\b(?:behaviour|favour|colour|honour|labour|neighbour|centre|programme|catalogue|cheque|licence|defence|offence)s?\b|\bjudgement\b/gi,
    monthFirst: /\b(?:organiz|authoriz|recogniz|personaliz|customiz|minimiz|optimiz|apologiz|categoriz|emphasiz|prioritiz|utiliz|finaliz|summariz|analyz)\w*|\b(?:behavior|favor|color|honor|labor|neighbor|center|catalog|defense|offense)s?\b/gi,
  },
};
