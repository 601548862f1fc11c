import type { LanguagePack } from './types.ts';
import { TYPE_WORDS } from './type-words.ts';

/** Italian: document names, legal phrasing and dates (the clause rules are in it-clauses.ts). */
export const it: LanguagePack = {
  code: 'it',
  // Not "la", "le", "in", "una": as common in Spanish, French or Portuguese as in Italian ("di" and "che" are not,
  // and a short Italian page needs its commonest words to be recognised).
  stopwords: ['il', 'gli', 'della', 'delle', 'dei', 'degli', 'e', 'per', 'con', 'non', 'sono', 'nel', 'nella', 'suoi', 'tuoi', 'vostri', 'nostri', 'nostro', 'questo', 'questi', 'di', 'che', 'è', 'alla', 'dal', 'dalla', 'ai', 'tuo', 'tua', 'può', 'qualsiasi'],
  typeWords: TYPE_WORDS.it,
  documentTypes: [
    ['data-processing-agreement', /accordo (?:sul|per il|di) trattamento dei dati|\bDPA\b/iu],
    ['cookie-policy', /(?:informativa|politica|cookie policy) (?:sui|sull['’]uso dei|dei) cookie|cookie policy/iu],
    ['acceptable-use-policy', /uso accettabile|codice di condotta|regole di utilizzo/iu],
    ['community-guidelines', /(?:linee guida|regole|standard) della community/iu],
    ['developer-terms', /termini (?:per|degli) sviluppatori/iu],
    ['eula', /contratto di licenza (?:con|per) l['’ ]?utente finale|\bEULA\b/iu],
    ['purchase-terms', /condizioni (?:generali )?di vendita/iu],
    ['commercial-terms', /(?:termini|condizioni) commerciali/iu],
    ['privacy-policy', /informativa (?:sulla |sul trattamento dei dati|privacy)|politica (?:sulla|della|di) privacy|privacy policy|protezione dei dati/iu],
    ['imprint', /note legali|informazioni legali/iu],
    ['terms-of-service', /termini (?:e condizioni|di (?:servizio|utilizzo|uso))|condizioni (?:generali )?(?:di (?:servizio|utilizzo|uso))|condizioni generali|termini/iu],
  ],
  selfReference: 'questo|questa|questi|queste|la presente|le presenti|il presente',
  aboutDocument: /(?<![\p{L}])(?:come (?:scrivere|redigere|funziona)|cos['’]è|perché|aggiorniamo|aggiornamento (?:della|delle|dei|del|dell['’])|modifiche (?:alla|alle|ai|al)|modello|generatore|guida)(?![\p{L}])/iu,
  legalPhrases: new RegExp(
    [
      String.raw`\b(?:questi|queste|i presenti|le presenti|la presente|questa|la nostra) (?:termini|condizioni|informativa|politica)\b`,
      String.raw`\b(?:raccogliamo|trattiamo|utilizziamo|usiamo|condividiamo|conserviamo|comunichiamo)\b`,
      String.raw`\b(?:l['’]utente|tu|lei) (?:accetta|accetti|riconosce|riconosci|deve|devi|pu[oò]|puoi)\b`,
      String.raw`\b(?:dati personali|terzi|GDPR|legge applicabile|foro competente|consenso|cookie|garanzi[ae]|titolare del trattamento|responsabil[ei] del trattamento|sub-?responsabil[ei])\b|\b(?:responsabilit|finalit)`,
      String.raw`\b(?:sede legale|partita iva|P\.\s?IVA|capitale sociale|registro delle imprese|numero REA|codice fiscale)\b`,
    ].join('|'),
    'giu',
  ),
  dateLabel: /\b(?:ultim[oa] (?:aggiornamento|modifica|revisione)|aggiornat[oa](?: il| al)?|data (?:di entrata in vigore|di efficacia|dell['’]ultimo aggiornamento|di pubblicazione)|in vigore (?:dal|a partire dal)|efficace (?:dal|a partire dal))\b\s*(?:il|:|-|–)?/giu,
  months: ['gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto|ago', 'settembre|set|sett', 'ottobre|ott', 'novembre|nov', 'dicembre|dic'],
  dayFirst: true,
};
