import type { LanguagePack } from './types.ts';
import { TYPE_WORDS } from './type-words.ts';

/** German: document names, legal phrasing and dates (the clause rules are in de-clauses.ts). */
export const de: LanguagePack = {
  code: 'de',
  stopwords: ['der', 'die', 'und', 'das', 'sie', 'zu', 'den', 'von', 'mit', 'ist', 'nicht', 'wir', 'ihre', 'für', 'auf', 'oder', 'werden', 'diese', 'uns', 'eine'],
  typeWords: TYPE_WORDS.de,
  documentTypes: [
    ['data-processing-agreement', /auftrags(?:daten)?verarbeitung|\bAVV\b|\bunterauftragsverarbeiter/iu],
    ['cookie-policy', /cookie-?(?:richtlinie|hinweise?|erklärung|politik)/iu],
    ['acceptable-use-policy', /nutzungsrichtlinien?|richtlinien? zur (?:zulässigen )?nutzung|verhaltenskodex/iu],
    ['community-guidelines', /gemeinschaftsstandards|community-?richtlinien/iu],
    ['imprint', /\bimpressum\b|\banbieterkennzeichnung\b/iu],
    ['privacy-policy', /datenschutz(?:erklärung|hinweise?|richtlinie|bestimmungen|information(?:en)?)?/iu],
    ['eula', /endbenutzer-?lizenzvertrag|lizenzbedingungen/iu],
    ['terms-of-service', /\bAGB\b|allgemeine geschäftsbedingungen|nutzungsbedingungen|geschäftsbedingungen/iu],
  ],
  selfReference: 'diese[rn]?',
  aboutDocument: /(?<![\p{L}])(?:wie (?:man|sie|wir|schreibe)|was (?:ist|sind|steht)|warum|änderungen (?:an|der|unserer|unseres)|wir aktualisieren|aktualisierung (?:der|unserer|unseres)|vorlage|muster|generator|erstellen|leitfaden)(?![\p{L}])/iu,
  legalPhrases: new RegExp(
    [
      String.raw`\b(?:diese[rn]?|die(?:se)?) (?:agb|geschäftsbedingungen|bedingungen|nutzungsbedingungen|datenschutzerklärung|vereinbarung|richtlinie)\b`,
      // The register of contract terms (AGB): conclusion, negligence, warranty, "wir sind berechtigt".
      String.raw`\bvertragsschlu(?:ss|ß)\b|\bvertragspflichten\b|\bvertragspartner\w*|\bvorsatz\b|\bfahrlässigkeit\b|\bgewährleistung\w*|\banwendbares recht\b|\bgeltungsbereich\b|\bwir (?:sind berechtigt|behalten uns)\b|\bsie (?:sind berechtigt|verpflichten sich)\b`,
      String.raw`\bwir (?:erheben|verarbeiten|speichern|nutzen|verwenden|geben)\b`,
      String.raw`\bpersonenbezogene(?:n)? daten\b|\bdritte(?:n)?\b|\bhaftung\b|\bgerichtsstand\b|\bgemäß\b|\bart\. \d+ dsgvo\b|\bdsgvo\b`,
      // The register of a processing agreement (AVV), written of the parties rather than of "wir" and "Sie".
      String.raw`\b(?:unter)?auftragsverarbeit\w*|\b(?:der|des|dem|den) verantwortlichen?\b|\bweisungen?\b|\bbetroffenen? person(?:en)?\b|\borganisatorische(?:n)? maßnahmen\b|\baufbewahrungspflicht\w*`,
      String.raw`\b(?:handelsregister|registergericht|registernummer|umsatzsteuer-?identifikationsnummer|ust-?id(?:nr)?|vertreten durch|geschäftsführer(?:in)?|verantwortlich für den inhalt)\b|§\s?\d+ (?:tmg|ddg|mstv|rstv)\b`,
    ].join('|'),
    'giu',
  ),
  dateLabel: /\b(?:zuletzt (?:aktualisiert|geändert)|stand|gültig ab|in kraft (?:seit|ab)|letzte (?:aktualisierung|änderung)|aktualisiert(?: am)?)\b\s*(?:am|:|-|–)?/giu,
  months: ['januar|jan|jänner', 'februar|feb', 'märz|mär|maerz', 'april|apr', 'mai', 'juni|jun', 'juli|jul', 'august|aug', 'september|sept|sep', 'oktober|okt', 'november|nov', 'dezember|dez'],
  dayFirst: true,
};
