import { LETTER } from './latin-patterns.ts';
import type { LanguagePack } from './types.ts';
import { TYPE_WORDS } from './type-words.ts';

/** Spanish: document names, legal phrasing and dates (the clause rules are in es-clauses.ts). */
export const es: LanguagePack = {
  code: 'es',
  // Not "de", "la", "en", "que", "una": as common in French, Italian or Portuguese as in Spanish.
  // With the informal forms of address ("tus datos", "puedes") that many policies now use.
  stopwords: ['el', 'los', 'las', 'y', 'del', 'por', 'para', 'con', 'su', 'sus', 'usted', 'nuestro', 'nuestra', 'nuestros', 'es', 'al', 'se', 'lo', 'está', 'podemos', 'tus', 'puedes', 'tienes'],
  typeWords: TYPE_WORDS.es,
  documentTypes: [
    ['data-processing-agreement', /acuerdo de (?:procesamiento|tratamiento) de datos|\bencargad[oa] del tratamiento|\bDPA\b/iu],
    ['cookie-policy', /pol[ií]tica de cookies|aviso de cookies|uso de cookies/iu],
    ['acceptable-use-policy', /uso aceptable|c[oó]digo de conducta|normas de uso/iu],
    ['community-guidelines', /(?:normas|directrices) de la comunidad/iu],
    ['developer-terms', /t[eé]rminos (?:para|de) (?:los )?desarrolladores/iu],
    ['eula', /contrato de licencia (?:de|para el) usuario final|\bCLUF\b/iu],
    ['purchase-terms', /condiciones (?:generales )?de (?:venta|compra|contrataci[oó]n)/iu],
    ['commercial-terms', /t[eé]rminos (?:comerciales|empresariales)/iu],
    ['privacy-policy', /pol[ií]tica de privacidad|aviso de privacidad|protecci[oó]n de datos|privacidad/iu],
    ['imprint', /aviso legal|informaci[oó]n legal/iu],
    ['terms-of-service', /t[eé]rminos (?:y condiciones|de (?:uso|servicio))|condiciones (?:generales )?de uso|t[eé]rminos/iu],
  ],
  selfReference: 'este|esta|estos|estas|los presentes|las presentes',
  aboutDocument: /(?<![\p{L}])(?:cómo|qué (?:es|son)|por qué|actualizamos|actualización de (?:la|nuestra|nuestros)|cambios en (?:la|nuestra|nuestros)|redactar|plantilla|modelo de|generador|guía)(?![\p{L}])/iu,
  legalPhrases: new RegExp(
    [
      String.raw`\b(?:estos|estas|los presentes|las presentes|esta|nuestra|nuestros) (?:t[eé]rminos|condiciones|pol[ií]tica|aviso)\b`,
      String.raw`\b(?:recopilamos|recogemos|tratamos|utilizamos|usamos|compartimos|conservamos|cedemos)\b`,
      String.raw`\busted (?:acepta|reconoce|consiente|debe|puede)\b|\b(?:aceptas|reconoces|consientes)\b`,
      String.raw`\b(?:datos personales|terceros|RGPD|legislaci[oó]n aplicable|ley aplicable|tribunales|consentimiento|cookies?|garant[ií]as?|responsable del tratamiento|encargados? del tratamiento|subencargados?)\b|\b(?:responsabilidad|finalidad)`,
      String.raw`\b(?:domicilio social|registro mercantil|CIF|NIF|titular del sitio|datos identificativos)\b`,
    ].join('|'),
    'giu',
  ),
  // "Última" begins with an accented letter, where \b sees no word: the label is bounded by a Latin-letter class.
  dateLabel: new RegExp(String.raw`(?<!${LETTER})(?:[uú]ltima (?:actualizaci[oó]n|modificaci[oó]n|revisi[oó]n)|actualizad[oa](?: el)?|fecha de (?:entrada en vigor|vigencia|actualizaci[oó]n|publicaci[oó]n|[uú]ltima actualizaci[oó]n)|en vigor (?:desde|a partir del?)|vigente (?:desde|a partir del?))\b\s*(?:el|:|-|–)?`, 'giu'),
  months: ['enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago', 'septiembre|setiembre|sept|sep', 'octubre|oct', 'noviembre|nov', 'diciembre|dic'],
  dayFirst: true,
};
