// The words of document-type names, per language: all that the content script on every page needs of the
// language packs (the packs themselves, with their patterns, load only where a page is read).

/**
 * Lower-case words of which every document-type name in a language contains at least one: a page whose title,
 * headings and address contain none is not named a legal document, and nothing more is done for it.
 */
export const TYPE_WORDS = {
  en: ['terms', 'privacy', 'polic', 'cookie', 'tracker', 'legal', 'agreement', 'conditions', 'notice', 'imprint', 'impressum', 'eula', 'licen', 'guidelines', 'standards', 'dmca', 'copyright', 'addendum', 'dpa', 'processor', 'statement', 'conduct', 'acceptable use', 'aup', 'prohibited use', 'fair use', 'purchase', 'open platform', 'disclosure', 'data protection'],
  de: ['datenschutz', 'impressum', 'agb', 'bedingungen', 'richtlinie', 'verarbeitung', 'avv', 'cookie', 'verhaltenskodex', 'gemeinschaftsstandards', 'lizenz', 'anbieterkennzeichnung'],
  fr: ['conditions', 'politique', 'confidentialit', 'mentions', 'cgu', 'cgv', 'charte', 'cookie', 'traceurs', 'licence', 'accord', 'contrat', 'règles', 'regles', 'données', 'donnees', 'vie privée', 'vie privee', 'code de conduite', 'informations légales', 'informations legales'],
  es: ['términos', 'terminos', 'condiciones', 'política', 'politica', 'privacidad', 'aviso', 'cookie', 'licencia', 'acuerdo', 'contrato', 'normas', 'legal', 'datos', 'uso aceptable', 'código de conducta', 'codigo de conducta'],
  it: ['termini', 'condizioni', 'informativa', 'privacy', 'cookie', 'licenza', 'accordo', 'contratto', 'regole', 'note legali', 'dati', 'codice di condotta', 'uso accettabile'],
} satisfies Record<string, string[]>;
