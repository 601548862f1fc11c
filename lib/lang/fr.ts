import type { LanguagePack } from './types.ts';
import { TYPE_WORDS } from './type-words.ts';

// Addresses drop accents and apostrophes ("/politique-de-confidentialite", "/conditions-d-utilisation"), so the
// names below accept both forms.
const D = String.raw`d(?:['’]\s?|\s)`;

/** French: document names, legal phrasing and dates (the clause rules are in fr-clauses.ts). */
export const fr: LanguagePack = {
  code: 'fr',
  // Not "de", "la", "le", "que", "en": as common in Spanish or Italian as in French.
  // With the informal forms of address ("tes données", "tu peux") that some policies use.
  stopwords: ['les', 'des', 'et', 'vous', 'nous', 'une', 'du', 'pour', 'est', 'dans', 'sur', 'vos', 'votre', 'pas', 'au', 'aux', 'cette', 'sont', 'avec', 'leur', 'tes', 'ton', 'peux'],
  typeWords: TYPE_WORDS.fr,
  documentTypes: [
    ['data-processing-agreement', new RegExp(String.raw`accord (?:de|relatif au|sur le) traitement des donn[ée]es|\bsous-traitance des donn[ée]es|\bDPA\b`, 'iu')],
    ['cookie-policy', new RegExp(String.raw`(?:politique|charte|gestion) (?:relative aux |${D}utilisation des |en mati[èe]re de |des )?(?:cookies|traceurs)`, 'iu')],
    ['acceptable-use-policy', new RegExp(String.raw`utilisation acceptable|r[èe]gles ${D}utilisation|code de conduite`, 'iu')],
    ['community-guidelines', new RegExp(String.raw`(?:r[èe]gles|standards|charte) de (?:la )?communaut[ée]`, 'iu')],
    ['developer-terms', new RegExp(String.raw`conditions (?:pour les |des )?d[ée]veloppeurs`, 'iu')],
    ['eula', new RegExp(String.raw`contrat de licence (?:${D})?utilisateur final|\bCLUF\b`, 'iu')],
    ['purchase-terms', new RegExp(String.raw`conditions g[ée]n[ée]rales de vente|\bCGV\b|conditions de vente`, 'iu')],
    ['commercial-terms', new RegExp(String.raw`conditions (?:commerciales|professionnelles|entreprises?)`, 'iu')],
    ['privacy-policy', new RegExp(String.raw`politique de (?:confidentialit[ée]|protection des (?:donn[ée]es|renseignements personnels)|vie priv[ée]e)|(?:d[ée]claration|avis|charte) de confidentialit[ée]|protection des donn[ée]es|confidentialit[ée]`, 'iu')],
    ['imprint', new RegExp(String.raw`mentions l[ée]gales|informations l[ée]gales`, 'iu')],
    ['terms-of-service', new RegExp(String.raw`conditions (?:g[ée]n[ée]rales )?${D}utilisation|\bCGU\b|conditions g[ée]n[ée]rales|conditions de service|modalit[ée]s ${D}utilisation`, 'iu')],
  ],
  selfReference: String.raw`ce|cette|ces|la pr[ée]sente|les pr[ée]sentes`,
  aboutDocument: /(?<![\p{L}])(?:comment|qu['’]est-ce|pourquoi|mise à jour de (?:la|nos|notre)|modifications? (?:de|des) (?:la|nos|notre)|nous mettons à jour|rédiger|modèle|générateur|guide)(?![\p{L}])/iu,
  // Every phrase begins and ends with an ASCII letter (or stops short of an accented last letter), so \b suffices.
  legalPhrases: new RegExp(
    [
      String.raw`\b(?:les pr[ée]sentes|la pr[ée]sente|ces|cette|nos|notre) (?:conditions|politique|charte|mentions)\b`,
      String.raw`\bnous (?:collectons|recueillons|traitons|utilisons|partageons|conservons|communiquons|transmettons)\b`,
      String.raw`\bvous (?:acceptez|reconnaissez|consentez|devez|pouvez|disposez|garantissez)\b`,
      String.raw`\b(?:donn[ée]es (?:personnelles|[àa] caract[èe]re personnel)|tiers|RGPD|CNIL|conform[ée]ment|droit applicable|tribunaux|responsable (?:du|de) traitement|consentement|cookies?|garanties?)\b|\b(?:responsabilit|finalit|r[ée]siliation)`,
      String.raw`\b(?:si[èe]ge social|capital social|RCS|SIRE[NT]|directeur de (?:la )?publication|h[ée]bergeur|num[ée]ro de TVA)\b`,
    ].join('|'),
    'giu',
  ),
  dateLabel: /\b(?:derni[èe]re (?:mise [àa] jour|modification|r[ée]vision)|mis(?:es?)? [àa] jour(?: le)?|date (?:de (?:derni[èe]re )?mise [àa] jour|de publication|d['’]entr[ée]e en vigueur)|entr[ée]e en vigueur(?: le)?|en vigueur (?:[àa] compter du|depuis le|au|le)|version (?:du|en vigueur au))\b\s*(?:le|:|-|–)?/giu,
  months: ['janvier|janv', 'février|fevrier|févr|fevr|fév', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout', 'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|decembre|déc'],
  dayFirst: true,
};
