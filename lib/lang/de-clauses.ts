import { LETTER, latinPattern as re } from './latin-patterns.ts';
import type { ClausePack } from './types.ts';

/** Withdrawing from a purchase: "diesen Vertrag zu widerrufen", "Ihre Bestellung widerrufen". */
const CONTRACT_WITHDRAWN = String.raw`\b(?:vertrag|bestellung|kauf|kaufvertrag|vertragserklärung)\w*\b_\bwiderrufen\b`;
/** The version in force when the contract was made: "gilt die bei Vertragsschluss gültige Fassung". */
const VERSION_AT_CONTRACT = String.raw`\b(?:bei|zum zeitpunkt des|zum zeitpunkt der) (?:vertragsschluss|vertragsabschluss|bestellung)\w* (?:gültige|geltende)\w* fassung\b`;
/** Work done on the reader's own device: "Das geschieht vollständig in Ihrem Browser". */
const ON_DEVICE = String.raw`\b(?:geschieht|erfolgt|läuft|passiert|verarbeitet)\b (?:\w+ )?(?:vollständig|ausschließlich|nur|lokal|komplett)\b (?:\w+ )?(?:in|auf) (?:ihrem|deinem|dem) (?:eigenen )?(?:browser|gerät|computer|smartphone|rechner)\b`;
const NOT = String.raw`(?:\bnicht\b|\bnie(?:mals)?\b|\bkeine?[nmrs]?\b|\bweder\b)`;
/** The reader's own choice of cookies: "Sie können Cookies jederzeit ablehnen". */
const READER_CHOOSES = String.raw`\b(?:sie können|du kannst)\b_\b(?:ablehn\w*|abgelehnt|widerruf\w*|deaktivier\w*|blockier\w*|lösch\w*|gelöscht|verwalten|einstellen|anpassen|widersprechen)\b`;
/** The reader told to look at the document again and again: "Die Nutzer werden gebeten, sich regelmäßig … zu informieren". */
const CHECK_AGAIN = String.raw`\b(?:sich|bitte|sollten|empfehlen)\b[^.!?]{0,40}?\bregelmäßig\b (?:[\wäöüß-]+ ){0,6}?(?:zu )?(?:informieren|prüfen|überprüfen|nachlesen|nachzulesen|einsehen|einzusehen|besuchen)\b|\b(?:prüfen|besuchen|lesen) sie (?:[\wäöüß-]+ ){0,4}?regelmäßig\b`;
/** A number of days, weeks, months or years, in figures or words. */
const COUNT = String.raw`(?:\d+|eine[nm]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn|dreißig|sechzig|neunzig)`;
/** A period counted from an event: "30 Tage nach dem Löschen". */
const PERIOD_AFTER = String.raw`\b${COUNT} (?:tage[n]?|wochen|monate[n]?|jahre[n]?) nach\b`;
/** What the reader posts or uploads, and what the provider may do to it. */
const CONTENT = String.raw`(?:nutzer)?(?:inhalte?|beiträge?|kommentare?|uploads?|bewertungen)\w*`;
/** Content that breaks the rules or the law: "Verstoß", "rechtswidrig". */
const A_VIOLATION = String.raw`\b(?:verstoß|verstöß|versto|rechtswidrig|illegal)\w*`;
/** The reader keeps ownership: "Du bleibst Eigentümer deiner Fotos". */
const KEEPS_OWNERSHIP = String.raw`\b(?:bleibst|bleiben sie|bleibt)\b (?:\w+ ){0,2}?(?:eigentümer|inhaber|rechteinhaber|urheber)\w*`;
/** Processing bound to another's instructions: "die Daten nur nach unserer Weisung zu verarbeiten", "weisungsgebunden". */
const ON_INSTRUCTIONS = String.raw`\b(?:nur|ausschließlich) (?:nach|auf|gemäß|entsprechend) (?:(?:unserer|unseren|ihrer|ihren|der|den) )?(?:dokumentierten? |schriftlichen? )?weisung(?:en)?\b|\bweisungsgebunden\b`;
/** Further processors only with the controller's approval: "nur mit vorheriger schriftlicher Genehmigung". */
const ONLY_APPROVED = String.raw`\bnur mit (?:vorheriger |ausdrücklicher )*(?:schriftlicher )?(?:genehmigung|zustimmung|einwilligung)\b`;
/** Passwords kept as a hash: "als Hash gespeichert", "gehasht". */
const HASHED = String.raw`\bals hash(?:wert)?\b|\bgehasht\b`;
const REMOVE = String.raw`(?:entfern|lösch|sperr|blockier|ausblend|bearbeit)\w*`;
/** What the reader sends to an AI service. */
const SUBMITTED = String.raw`(?:eingaben|prompts?|anfragen|konversationen|chats?|unterhaltungen|chatverläufe?)`;

/** The most important clause categories in German (no trained filter yet). */
export const deClauses: ClausePack = {
  code: 'de',
  // "Wenn Sie nicht widersprechen, …": the negation is the reader's (not "wenn Sie das nicht möchten, …", a choice offered).
  negatedCondition: re(String.raw`^\W*(?:wenn|falls)\b(?=[^,;:.!?]*\b(?:nicht|keine?[nmrs]?)\b)(?![^,;:.!?]*\b(?:möchten|wünschen|wollen|willigen|einwilligen|zustimmen|akzeptieren|wählen)\b)[^,;:.!?]{1,150}?,\s*`),
  conductList: re(String.raw`(?:(?<!\b(?:wenn|falls|sofern|ob) )\bsie (?:[\wäöüß]+ ){0,6}?(?:dürfen|müssen|sollen) (?:[\wäöüß]+ ){0,6}?(?:nicht|keine?[nmrs]?)\b|\b(?:untersagt|verboten|nicht (?:gestattet|erlaubt|zulässig)|unzulässig)\b)[^.!?]*:\s*$`),
  clauses: {
    arbitration: { cues: [re(String.raw`\bschiedsgericht\w*|\bschiedsverfahren\w*|\bsammelklage\w*|\bverbandsklage\w*`)], severity: [], fallback: 'bad' },
    'unilateral-change': {
      cues: [
        re(CHECK_AGAIN),
        re(String.raw`\b(?:behalten uns|ist berechtigt|sind berechtigt|können|dürfen)\b_\b(?:änder\w*|geändert|an(?:zu)?pass\w*|angepasst|ab(?:zu)?änder\w*|abgeändert|aktualisier\w*|überarbeit\w*)\b`), re(String.raw`\bänderungen? (?:dieser|der) (?:bedingungen|nutzungsbedingungen|datenschutzerklärung|agb)\b`), re(String.raw`\bänderungen\b_\b(?:mitgeteilt|angekündigt|informier\w*|benachrichtig\w*)\b|\b(?:informier|benachrichtig)\w*\b_\bänderungen\b|\bänderungen\b_\b(?:treten|tritt)\b_\bin kraft\b`), re(VERSION_AT_CONTRACT)],
      severity: [
        // Contracts already made keep the version they were made under.
        [re(VERSION_AT_CONTRACT), 'good'],
        // A stated notice period: "mit einer Ankündigungsfrist von sechs Wochen", "mindestens sechs Wochen vor".
        [re(String.raw`\b(?:ankündigungsfrist|frist) von (?:mindestens )?(?:\d+|zwei|drei|vier|sechs|acht|vierzehn|dreißig) (?:tagen|wochen|monaten)\b|\b(?:mindestens|spätestens) (?:\d+|zwei|drei|vier|sechs|acht|vierzehn|dreißig) (?:tage|wochen|monate)\b_\bvor\b|\b(?:\d+|zwei|drei|vier|sechs|acht|vierzehn|dreißig) (?:tage|wochen|monate) im voraus\b`), 'good'],
        [re(String.raw`\bohne (?:vorherige )?(?:ankündigung|mitteilung|zustimmung)\b|\bjederzeit\b|\bmit (?:ihrer|der|deren) veröffentlichung\b|${CHECK_AGAIN}`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'unilateral-termination': {
      cues: [re(String.raw`\b(?:behalten uns|sind berechtigt|ist berechtigt|können|dürfen)\b_\b(?:(?:sperr\w*|kündig\w*|lösch\w*|deaktivier\w*|einstell\w*)\b_\b(?:\w*konto|zugang|dienst\w*|vertrag|mitgliedschaft|account|profil)|(?:\w*konto|zugang|dienst\w*|vertrag|mitgliedschaft|account|profil)\b_\b(?:sperr\w*|kündig\w*|lösch\w*|deaktivier\w*|einstell\w*))\b|\b(?:wenn|falls|sobald) wir (?:ihr|dein)e?[nms]? (?:\w*konto|zugang|mitgliedschaft|account|profil)\b_\b(?:sperr|kündig|lösch|deaktivier|schließ)\w*`)],
      // The reader closing their own account ("Sie können Ihr Konto jederzeit löschen") is theirs to do.
      unless: re(String.raw`\b(?:sie|du) (?:können|kannst|dürfen|darfst|haben das recht|hast das recht)\b_\b(?:kündig|lösch|deaktivier|schließ)\w*`),
      severity: [
        // Time to take one's content out of a closed account: "kannst du eine Kopie deiner Inhalte herunterladen".
        [re(String.raw`\b(?:herunterlad|herunterzulad|exportier|sicher|abruf)\w*\b_\b(?:kopie|inhalte|daten)\b|\b(?:kopie|inhalte|daten)\b_\b(?:herunterlad|herunterzulad|exportier|abruf)\w*`), 'good'],
        [re(String.raw`\bfristlos\b|\bohne (?:vorherige )?(?:ankündigung|mitteilung|angabe von gründen)\b|\bjederzeit\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'content-removal': {
      cues: [
        re(String.raw`\b(?:behalten uns|sind berechtigt|ist berechtigt|wir (?:können|dürfen)|(?:können|dürfen) wir)\b_(?:\b${CONTENT}\b_\b${REMOVE}|\b${REMOVE}\b_\b${CONTENT}\b)`),
        re(String.raw`\b${CONTENT}\b_\b(?:können|dürfen|werden)\b_\b(?:entfernt|gelöscht|gesperrt|blockiert|ausgeblendet)\b|\bwenn wir\b (?:\w+ ){0,3}?(?:entfernen|löschen|sperren|ausblenden)\b`),
      ],
      // Without a reason given is worst; without notice, for content that breaks the rules, is bad (as in English).
      severity: [
        [re(String.raw`\bohne (?:vorherige )?(?:begründung|angabe von gründen)\b|\bnach (?:unserem|eigenem) (?:freien |alleinigen )?ermessen\b|\baus (?:beliebigem|jedem) grund\b|\bohne (?:vorherige )?(?:ankündigung|mitteilung)\b(?![^]*${A_VIOLATION})(?<!${A_VIOLATION}[^]*)`), 'blocker'],
        // The reason told, and a way to contest the decision: the reader is treated fairly.
        [re(String.raw`\b(?:nennen|erklären|mitteilen|teilen) (?:wir )?(?:ihnen|dir) (?:den|die) gr(?:und|ünde)\b|\bgr(?:und|ünde) (?:nennen|mitteilen|erklären)\b|\b(?:widerspruch|beschwerde|einspruch) einlegen\b`), 'good'],
        [re(String.raw`\bjederzeit\b|\bohne (?:vorherige )?(?:ankündigung|mitteilung)\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'liability-limitation': {
      cues: [re(String.raw`\bhaft\w*\b_(?:${NOT}|ausgeschlossen|beschränkt|begrenzt|uneingeschränkt)|\bhaftungs(?:ausschluss|beschränkung|begrenzung)\b|\bgewährleistung\w*\b_(?:ausgeschlossen|${NOT})|\bauf (?:eigene|ihre eigene|deine eigene) (?:gefahr|verantwortung|risiko)\b`)],
      // Liability without limit for intent and gross negligence is the law's floor, stated in the reader's favour.
      severity: [[re(String.raw`\b(?:unbeschränkt|unbegrenzt|uneingeschränkt)\b`), 'good'], [re(String.raw`\bvorsatz\b|\bgrobe(?:r)? fahrlässigkeit\b|\bverletzung des lebens\b|\bproduktHaftungsgesetz\b`), 'neutral']],
      fallback: 'bad',
    },
    // A venue for merchants only ("soweit Sie Kaufmann sind") leaves a consumer's own courts as they are.
    jurisdiction: { cues: [re(String.raw`\bgerichtsstand\b|\bzuständig\w* (?:ist das |sind die )?gericht\w*`)], severity: [[re(String.raw`\b(?:ihre|deine)[sm]? wohnsitz\w*\b|\bzwingende\w* (?:verbraucherschutz\w*|vorschriften zum schutz)`), 'good'], [re(String.raw`\b(?:kaufmann|kaufleute|kauffrau|unternehmer\w*)\b`), 'neutral']], fallback: 'bad' },
    'choice-of-law': {
      cues: [re(String.raw`\b(?:es gilt|unterliegt|unterliegen)\b_\brecht\b|\banwendbares recht\b|\bUN-Kaufrecht\b|\bzwingende\w*\b_\b(?:verbraucherschutz\w*|vorschriften|bestimmungen)\b`)],
      // The mandatory consumer protection of the reader's own country stays.
      severity: [[re(String.raw`\bzwingende\w*\b_\b(?:wohnsitz\w*|aufenthalt\w*)|\b(?:wohnsitz\w*|aufenthalt\w*)\b_\bunberührt\b`), 'good']],
      fallback: 'neutral',
    },
    'contract-by-using': { cues: [re(String.raw`\bmit (?:der|ihrer|deiner) (?:nutzung|registrierung|anmeldung|erstellung)\b_\b(?:akzeptier|stimm|erklär|einverstanden)\w*|\bdurch die nutzung\b_\b(?:akzeptier|stimm|einverstanden)\w*`)], severity: [], fallback: 'bad' },
    'content-license': {
      cues: [re(String.raw`\b(?:räum|gewähr|einräum)\w*\b_\b(?:nutzungsrecht\w*|lizenz\w*)\b|${KEEPS_OWNERSHIP}|\b(?:erlauben|gestatten) (?:sie|du) uns\b_\b(?:verwenden|nutzen|veröffentlichen|zeigen)\b`)],
      // A licence only as far as running the service needs ("soweit dies für die Erbringung des Dienstes erforderlich ist").
      severity: [
        [re(String.raw`\b(?:soweit|sofern)\b_\b(?:erforderlich|notwendig)\b|\b(?:ausschließlich|nur|lediglich) (?:zur|zum|für die)\b_\b(?:erbringung|bereitstellung|betrieb)\b`), 'neutral'],
        [re(String.raw`\bunwiderruflich\w*|\bunbefristet\w*|\bunterlizenz\w*|\bweltweit\w*|\bwerbezweck\w*|\bmarketingzweck\w*|\bwerbung\b|\bwerbekampagne\w*`), 'bad'],
        [re(String.raw`${KEEPS_OWNERSHIP}`), 'good'],
      ],
      fallback: 'neutral',
    },
    'human-review': {
      cues: [
        re(String.raw`\bmenschliche[nrs]? (?:prüf|überprüf|bewert|review)\p{L}*|\b(?:von|durch) (?:\p{L}+ ){0,2}(?:mitarbeiter\p{L}*|prüfer\p{L}*|menschen)\b_\b(?:gelesen|geprüft|überprüft|angesehen|angehört|ausgewertet|annotiert)\b`),
      ],
      severity: [[re(String.raw`${NOT}_\b(?:gelesen|geprüft|überprüft|angesehen|angehört|ausgewertet)\b`), 'good'], [re(String.raw`\b(?:missbrauch\p{L}*|sicherheit|verstöß\p{L}*|verstoß\p{L}*|gemeldet\p{L}*)\b`), 'neutral']],
      fallback: 'bad',
    },
    'ai-training': {
      cues: [re(String.raw`\b(?:trainier\w*|training|verbesser\w*)\b_\b(?:modell\w*|ki\b|künstliche\w* intelligenz|maschinell\w* lernen)|\b(?:modell\w*|ki)\b_\b(?:trainier\w*|training)\b|\b(?:modell|ki-?)training\w*|\btrainingsdaten\b`)],
      // Used unless the reader objects comes first: "…, sofern Sie dem nicht widersprechen" holds a "nicht" too.
      // Only with the reader's explicit consent or choice is an opt-in: "nur mit Ihrer ausdrücklichen Einwilligung".
      severity: [
        [re(String.raw`\bwiderspr\w*|\bdeaktivier\w*|\babschalt\w*`), 'bad'],
        [re(String.raw`${NOT}_\b(?:trainier|verwend|nutz)\w*|\b(?:trainier|verwend|nutz)\w*\b_${NOT}|\b(?:nur|ausschließlich) (?:mit|nach) (?:ihrer|deiner) (?:ausdrücklichen |vorherigen )?(?:einwilligung|zustimmung|erlaubnis)\b|\bwenn (?:sie|du) (?:\S+ ){0,4}?\b(?:aktivier|einschalt|erlaub)\w*`), 'good'],
      ],
      fallback: 'bad',
    },
    'zero-data-retention': {
      cues: [
        re(String.raw`\bzero data retention\b|\bZDR\b|\bkeine (?:speicherung|aufbewahrung|protokollierung)\b_\b${SUBMITTED}\b`),
        re(String.raw`\b${SUBMITTED}\b_${NOT}(?: \w+)? (?:gespeichert|aufbewahrt|protokolliert)\b|\b(?:speichern|protokollieren|bewahren)\b(?: \w+){0,3} ${SUBMITTED}\b(?: \w+)? ${NOT}`),
      ],
      // "nicht länger als 30 Tage" states a period: that is retention.
      unless: re(String.raw`\blänger als\b|\bnach (?:ablauf|\d+)\b`),
      severity: [],
      fallback: 'good',
    },
    'data-retention': {
      cues: [re(String.raw`\b(?:(?:ge)?speicher\w*|aufbewahr\w*)\b_\b(?:solange|so lange|bis|dauer|frist|tage|monate|jahre|gelöscht|unbefristet|dauerhaft|unbegrenzt)\b|\b(?:tage[n]?|wochen|monate[n]?|jahre[n]?|so ?lange)\b_\b(?:gespeichert|aufbewahrt)\b|\bspeicherdauer\b|\blöschfrist\w*|\bbewahr\w*\b_\b(?:tage[n]?|wochen|monate[n]?|jahre[n]?)\b_\bauf\b|\b(?:ge)?lösch\w*\b_\b(?:sobald|spätestens|innerhalb|nach ablauf)\b|\b(?:spätestens|innerhalb|nach ablauf|nach ${COUNT} (?:tage[n]?|wochen|monate[n]?|jahre[n]?))\b_\b(?:(?:ge)?lösch|entfern|vernicht)\w*|${PERIOD_AFTER}_\b(?:(?:ge)?lösch|entfern|vernicht)\w*`)],
      severity: [[re(String.raw`\bunbefristet\b|\bdauerhaft\b|\bunbegrenzt\b`), 'bad'], [re(String.raw`\b(?:innerhalb von|nach|für|bis zu|höchstens|längstens|spätestens|maximal|nicht länger als) ${COUNT} (?:tage[n]?|wochen|monate[n]?|jahre[n]?)\b|\b${COUNT} (?:tage|wochen|monate|jahre) lang\b|${PERIOD_AFTER}|\bsobald\b_\bnicht mehr (?:erforderlich|benötigt|notwendig)\b`), 'good']],
      fallback: 'neutral',
    },
    'third-party-sharing': {
      cues: [re(String.raw`\bwir\b (?:[\wäöüß-]+ ){0,2}?(?:ihre|deine|diese|bestimmte|personenbezogene) (?:[\wäöüß-]+ )?(?:daten|informationen)\b (?:[\wäöüß-]+ ){0,5}?(?:weitergeben|weiter|offenlegen|übermitteln)\b|\b(?:weitergeb\w*|übermitt\w*|weitergegeben|offenleg\w*|sende[nt]?|gesendet)\b_\b(?:${LETTER}*(?:dritte|partner|dienstleister|empfänger)\w*|andere\w* (?:anbieter|unternehmen|firmen)\b)|\b${LETTER}*(?:anbieter|dienstleister|auftragsverarbeiter)\w*\b_\bverarbeit\w*\b_\b(?:${LETTER}*daten|informationen)\b|\bin unserem auftrag\b|\b${LETTER}*(?:dritte|partner|dienstleister|auftragsverarbeiter)\w*\b_\b(?:übermittelt|weitergegeben|offengelegt)\b|\bempfänger\b|\b(?:geben|gibt)\b_\ban (?:[\p{L}]+ ){0,2}[\p{L}]*(?:dritte|andere|partner|dienstleister|unternehmen|behörde)[\p{L}]*\b_\bweiter\b|\bweitergabe\b|\b(?:${LETTER}*daten|informationen)\b_\b(?:von|durch) (?:[\p{L}]+ ){0,2}${LETTER}*(?:anbieter|dienstleister|auftragsverarbeiter|partner)\w*\b_\bverarbeit\w*|${ON_INSTRUCTIONS}|\b(?:unter|weitere\w* )auftragsverarbeiter\w*|\bsub-?(?:unternehmer|dienstleister)\w*|\b(?:servern?|rechenzentr\w*) (?:eines|einer|von|unseres|unserer)\b (?:[\w-]+ ){0,2}?[\w-]*(?:anbieter|dienstleister|auftragsverarbeiter|partner)\w*`),
        // What becomes public: "für alle Nutzer sichtbar", "öffentlich geteilt".
        re(String.raw`\b(?:für (?:alle|jeden|jede[nr]?|andere)|öffentlich) (?:\w+ )?sichtbar\b|\böffentlich (?:teilen|geteilt|teilst)\b|\bstandardmäßig (?:\w+ ){0,3}?(?:privat|öffentlich)\b`)],
      // Not passed on: "geben wir nicht weiter", and with the verb first, "übermittelt … weder an uns noch an Dritte";
      // "eine Weitergabe … findet nicht statt". Private until the reader shares: "standardmäßig privat".
      severity: [[re(String.raw`\b(?:findet|erfolgt)\b(?: \w+)? nicht\b(?! nur\b)|\bstandardmäßig (?:\w+ ){0,3}?privat\b|${ON_INSTRUCTIONS}|${ONLY_APPROVED}|${NOT}_\b(?:weitergeb|weitergegeben|verkauf|weiter\b)\w*|\b(?:übermittel|weitergeb|verkauf|teil|überträg|übertrag|send|leit)\w*\b (?:[\w-]+,? (?:oder |und )?){0,6}?${NOT} (?:an|mit|zu)\b`), 'good']],
      fallback: 'neutral',
    },
    'data-sale': { cues: [re(String.raw`\bverkauf\w*\b_\b(?:daten|informationen)\b|\b(?:daten|informationen)\b_\bverkauf\w*`)], severity: [[re(String.raw`${NOT}_\bverkauf\w*|\bverkauf\w*\b_${NOT}`), 'good']], fallback: 'bad' },
    'user-rights': {
      cues: [re(String.raw`\brecht auf\b_\b(?:auskunft|berichtigung|löschung|einschränkung|datenübertragbarkeit|widerspruch)|\bwiderrufen\b|\bwiderspruchsrecht\b|\bauskunftsrecht\b|\b(?:können|dürfen|recht(?:,| darauf,)?)\b_\bwidersprechen\b|\b(?:ihre|diese|ihre genannten|folgende) rechte\b_\bgeltend (?:machen|zu machen)\b|\bgeltend (?:machen|zu machen)\b_\b(?:ihre|diese) rechte\b|\b(?:auskunft|löschung|berichtigung|herausgabe)\b_\bverlangen\b|\bbeschwerde bei (?:einer|der) ${LETTER}*aufsichtsbehörde\b|\b${LETTER}*aufsichtsbehörde\b_\bbeschwer\w*|\b(?:abbestell|abzubestell)\w*|\b(?:newsletter|e-mails?|link)\b_\b(?:abmeld|abzumeld)\w*|\b(?:sie können|du kannst|kannst du|können sie)\b (?:\S+ ){0,4}?(?:ihr|dein|ihre|deine)[nmrs]? (?:\w*konto|profil|account|daten|inhalte)\b_\b(?:lösch|exportier|herunterlad|schließ|deaktivier)\w*`)],
      // Withdrawing from a purchase is the consumer's right of withdrawal (auto-renewal), not a right over data.
      unless: re(CONTRACT_WITHDRAWN),
      severity: [],
      fallback: 'good',
    },
    'auto-renewal': {
      cues: [re(String.raw`\bverlänger\w*\b_\bautomatisch\b|\bautomatisch\w*\b_\bverlänger\w*|\bnicht erstattet\b|\bkeine (?:rück)?erstattung\b|\bwiderrufsrecht\b|${CONTRACT_WITHDRAWN}`)],
      severity: [
        // The consumer's right of withdrawal, unless it lapses or is excluded.
        [re(String.raw`\bwiderrufsrecht\b_\b(?:erlischt|entfällt|besteht nicht|ausgeschlossen)\b|\b(?:erlischt|entfällt)\b (?:\w+ ){0,2}?widerrufsrecht\b|\bkein widerrufsrecht\b`), 'bad'],
        [re(String.raw`\bwiderrufsrecht\b|${CONTRACT_WITHDRAWN}`), 'good'],[re(String.raw`\bjederzeit\b_\bkündig\w*|\bkündig\w*\b_\bjederzeit\b|\berinner\w*`), 'neutral']],
      fallback: 'bad',
    },
    'law-enforcement': {
      cues: [re(String.raw`\b(?:strafverfolgungs)?behörden?\b_\b(?:weiter\w*|herausgeb\w*|übermittel\w*|offenleg\w*|auskunft)|\b(?:weitergeb\w*|herausgeb\w*|übermittel\w*|offenleg\w*)\b_\b(?:strafverfolgungs)?behörden?\b|\bgesetzlich (?:dazu )?verpflichtet\b_\b(?:weiter|herausgeb|übermittel|offenleg)\w*`)],
      severity: [],
      fallback: 'neutral',
    },
    'international-transfer': {
      cues: [re(String.raw`\b(?:in (?:die|den) )?(?:usa|vereinigten staaten)\b|\bdrittl(?:and|änder)\w*|\bdrittstaat\w*|\baußerhalb (?:der eu|des ewr|der europäischen union|des europäischen wirtschaftsraums)\b|\bstandardvertragsklauseln\b|\bangemessenheitsbeschluss\w*`)],
      // "Eine Übermittlung in Drittländer findet nicht statt": no transfer at all.
      severity: [[re(String.raw`\b(?:findet|erfolgt)\b_\bnicht statt\b|\b(?:findet|erfolgt) (?:keine|nicht)\b|\bkeine übermittlung\b`), 'good']],
      fallback: 'neutral',
    },
    indemnification: {
      cues: [re(String.raw`\bfreistell\w*|\bfreizustellen\b|\bschadlos\b|\bstell\w*\b_\b(?:von|gegen)\b_\b(?:ansprüch|forderung|schäd|schaden)\w*\b_\bfrei\b`)],
      // The provider holding the reader harmless is not the reader's burden.
      unless: re(String.raw`\bwir stellen sie\b_\bfrei\b`),
      severity: [],
      fallback: 'bad',
    },
    'automated-decisions': {
      cues: [re(String.raw`\bautomatisierte[nr]? (?:einzel)?entscheidung\w*|\bautomatisiert\w* (?:getroffen\w* )?entscheidungen\b|\bautomatisierte[nr]? verarbeitung\b_\bentscheidung\w*|\bentscheidung\w*\b_\bautomatisierte[nr]? verarbeitung\b|\bmenschliche\w* eingreifen\b|\beingreifen einer person\b`)],
      severity: [[re(String.raw`${NOT}_\bautomatisiert\w*|\bautomatisiert\w*\b[^!?]{0,120}?\b(?:findet|erfolgt|erfolgen|finden)\b_${NOT}|\bmenschliche\w* eingreifen\b|\beingreifen einer person\b|\brecht\b_\b(?:nicht|anfecht\w*)\b`), 'good']],
      fallback: 'neutral',
    },
    'sensitive-data': {
      cues: [re(String.raw`\bbesondere(?:n)? kategorien (?:von )?(?:personenbezogenen |personenbezogener )?daten\b|\b(?:gesundheits|biometrische(?:n)? |genetische(?:n)? )daten\b|\bsexuelle(?:n)? orientierung\b|\bpolitische(?:n)? meinung\w*|\breligiöse(?:n)? (?:überzeugung|anschauung)\w*`)],
      severity: [[re(String.raw`${NOT}_\b(?:erheb|verarbeit|erfass|sammel|nutz|verwend)\w*|\b(?:erheb|verarbeit|erfass|sammel|nutz|verwend)\w*\b_${NOT}|\bnur mit (?:ihrer|deiner) (?:ausdrücklichen )?einwilligung\b`), 'good']],
      fallback: 'neutral',
    },
    'data-collection': {
      cues: [re(String.raw`${ON_DEVICE}|\b(?:daten|informationen|angaben),? die (?:sie|du) uns\b (?:[\wäöüß-]+ ){0,4}?(?:mitteil|übermittel|bereitstell|gib|geb|überlass|zur verfügung stell)\w*|\b(?:wir (?:erheben|verarbeiten|erfassen|sammeln|nutzen|verwenden)|(?:erheben|verarbeiten|erfassen|sammeln|speichern) wir)\b_\b(?:${LETTER}*(?:daten|statistiken|nummern?)|geburts(?:datum|jahr)|informationen|${LETTER}*adresse|standort|namen?|${SUBMITTED}|dokumente|inhalte|nachrichten)\b|\b(?:${LETTER}*adressen?|${LETTER}*daten|informationen)\b_\b(?:gespeichert|erfasst|protokolliert|erhoben)\b|\b(?:${LETTER}*(?:daten|statistiken)|informationen)\b_\b(?:erheben|verarbeiten|erfassen|sammeln|speichern|nutzen|verwenden) wir\b|\b(?:speicher|erfass|protokollier|erheb)\w* (?:unser\w* |der |die |das )?(?:web)?(?:server|system|app|website|dienst)\b_\b(?:${LETTER}*daten|informationen|${LETTER}*adressen?|standort)\b`),
        // What an app or a device records: "zeichnet die App Ihre Route auf", "die Uhr misst Ihren Puls".
        re(String.raw`\b(?:zeichne[tn]|erfass(?:t|en)|speicher[tn]|miss?t|messen|sammel[tn])\b (?:die|unsere|eine|deine|ihre) (?:${LETTER}*app|software|anwendung|uhr|gerät|website)\b|\b(?:${LETTER}*app|software|anwendung|uhr|gerät)\b (?:zeichne[tn]|erfass(?:t|en)|speicher[tn]|miss?t|messen|sammel[tn])\b`)],
      // Only as far as the service needs: "nur, soweit dies … erforderlich ist".
      severity: [[re(String.raw`\b(?:nur|ausschließlich)\b_\b(?:soweit|wenn|sofern)\b_\b(?:erforderlich|notwendig)\b|${ON_DEVICE}`), 'good']],
      fallback: 'neutral',
    },
    tracking: {
      cues: [re(String.raw`\b${LETTER}*cookies?\b|\btracking\b|\bzählpixel\b|\banalyse-?(?:tools|dienste)\b|\bgoogle analytics\b|\b(?:webanalyse|reichweitenmessung|nutzungsanalyse)\b|\bnutzung unserer (?:website|webseite|app|seiten?)\b_\baus(?:zu)?wert\w*`)],
      severity: [
        [re(String.raw`\b(?:unbedingt |technisch )?(?:notwendig|erforderlich)\w* cookies\b|\b(?:nur |erst )?(?:mit|nach) (?:ihrer|deiner) (?:ausdrücklichen )?einwilligung\b|\bkeine (?:\w+ )?(?:\w+-)?(?:cookies|tracking\w*|analyse\w*|zählpixel)\b|${READER_CHOOSES}`), 'good'],
        [re(String.raw`\bwerbe\w*|\bwerbung\b|\b(?:werbe)?partner\w*|\bdrittanbieter\w*|\bprofil\w*`), 'bad'],
      ],
      fallback: 'neutral',
    },
    children: { cues: [re(String.raw`\bkinder\w*\b|\bminderjährig\w*|\bunter (?:16|18) jahren\b|\bmindestalter\b|\bab (?:1[2-8]) jahren\b|\bmindestens (?:1[2-8]) jahre\b`)], severity: [], fallback: 'neutral' },
    security: {
      cues: [re(String.raw`\b(?:un)?verschlüssel\w*|${HASHED}|\b(?:technische|organisatorische) (?:und \w+ )?maßnahmen\b|\bdatensicherheit\b|\bverletzung\w* des schutzes personenbezogener daten\b|\b(?:datenpannen?|datenschutzverletzung\w*)\b`)],
      severity: [
        [re(String.raw`\bnicht (?:\w+ ){0,3}?verschlüsselt|\bunverschlüsselt`), 'bad'],
        [re(String.raw`\b(?:nicht|keine) (?:\w+ ){0,2}?garantier|\bkeine (?:absolute|vollständige|hundertprozentige) sicherheit\b`), 'neutral'],
        // Protections taken, and breaches reported.
        [re(String.raw`\bverschlüssel\w*|${HASHED}|\bmaßnahmen\b|\b(?:meld|benachrichtig|informier)\w*`), 'good'],
      ],
      fallback: 'neutral',
    },
  },
};
