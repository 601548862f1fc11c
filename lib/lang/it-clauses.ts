import { latinPattern as re } from './latin-patterns.ts';
import type { ClausePack } from './types.ts';

/** A number, in figures or in words. */
const COUNT = String.raw`(?:\d+|un|uno|una|due|tre|quattro|cinque|sei|sette|dieci|dodici|quindici|trenta|sessanta|novanta)`;
/** A state by default, in either order: "private per impostazione predefinita". */
const byDefault = (state: string) => String.raw`\bper impostazione predefinita\b_\b${state}\b|\b${state} per impostazione predefinita\b`;
const NOT = String.raw`(?:\bnon\b|\bmai\b|\bnessun\w*)`;
/** The reader's own choice of cookies: "puoi rifiutarli", "può configurare il browser". */
const READER_CHOOSES = String.raw`\b(?:puoi|può|potrai|potrà)\b_\b(?:accett|rifiut|configur|gestir|blocc|elimin|disattiv|revoc)\w*`;
/** Not kept: "non conserviamo", "non memorizziamo mai". */
const NOT_KEPT = String.raw`${NOT}\s+(?:\S+\s+){0,2}?(?:conserv|memorizz|archivi)\w*`;
/** What stays in force whatever else a clause limits: "resta ferma la responsabilità". */
const STAYS = String.raw`\b(?:resta(?:no)?|rimane|rimangono) ferm[aoei]\b`;
/** The provider's power to act: "ci riserviamo il diritto di", "possiamo", "la società potrà". */
const MAY = String.raw`\b(?:riserv\w*|possiamo|potremo|potremmo|(?:la società|il fornitore|il titolare) (?:può|potrà|potrebbe|ha il diritto))\b`;
/** Changes that bind only orders placed after them: "le modifiche si applicano agli ordini effettuati dopo …". */
const LATER_ORDERS_ONLY = String.raw`\bmodific(?:a|he)\b_\b(?:si applica(?:no)?|si applicher(?:à|anno)|vale|valgono|varrà|varranno) (?:solo |soltanto |esclusivamente )?(?:agli|ai|per gli|per i) (?:ordini|acquisti|contratti)\b`;
const CONTENT = String.raw`\b(?:contenuti|contenuto|post|messaggi|commenti|recensioni|foto|video|file|annunci)\b`;
/** Content that breaks the rules or the law: "viola", "infrange", "illecito". */
const A_VIOLATION = String.raw`\b(?:viol|infrang|illecit|illegal)\w*`;
/** Processing bound to another's instructions: "possono trattare i dati solo secondo le nostre istruzioni". */
const ON_INSTRUCTIONS = String.raw`\b(?:solo|soltanto|unicamente|esclusivamente)\b_\b(?:secondo|su|in base alle|conformemente alle|seguendo) (?:le )?(?:nostre|sue|loro) (?:\w+ )?istruzioni\b`;
/** Money paid back, promised: "rimborseremo", "rimborso integrale". */
const REFUND_PROMISED = String.raw`\brimborser(?:emo|à)\b|\b(?:rimborso|restituzione) (?:integrale|completo|totale)\b`;

/** The most important clause categories in Italian (no trained filter yet). */
export const itClauses: ClausePack = {
  code: 'it',
  // "Se non si oppone, …": the negation is the reader's (not "se non desidera …", a choice offered).
  negatedCondition: re(String.raw`^\W*(?:se|quando|qualora)\b(?=[^,;:.!?]*\bnon\b)(?![^,;:.!?]*\b(?:desidera|desideri|vuole|vuoi|preferisce|preferisci|accetta|accetti|acconsente|sceglie|autorizza)\b)[^,;:.!?]{1,150}?,\s*`),
  // "La presente informativa descrive come trattiamo i suoi dati": a document announcing what it covers.
  overview: re(String.raw`\b(?:questa|la presente|la nostra) (?:informativa|politica|dichiarazione)\b[^.]{0,40}\b(?:descrive|spiega|illustra|indica)\b`),
  conductList: re(String.raw`(?:(?<!\b(?:se|quando|anche se) )\b(?:l['’]utente |gli utenti |lei )?non (?:può|potrà|possono|potranno|deve|dovrà|devono|puoi|devi|è consentito|è permesso)\b|\b(?:è|sono) (?:espressamente )?(?:vietat[oaie]|proibit[oaie])\b|\bè fatto divieto\b)[^.!?]*:\s*$`),
  clauses: {
    arbitration: {
      cues: [re(String.raw`\barbitrat\w*|\barbitral\w*|\bazion[ei] collettiv[ae]\b|\bclass action\b`)],
      severity: [],
      fallback: 'bad',
    },
    'unilateral-change': {
      cues: [
        // The terms as the subject: "Le presenti condizioni possono essere modificate senza preavviso".
        re(String.raw`\b(?:condizioni|termini|informativa|contratto|presenti)\b_\b(?:possono|può|potranno|potrà)\s+(?:essere )?(?:modificat|aggiornat|cambiat|rivist)\w*`),
        re(String.raw`${MAY}_\b(?:modificare|aggiornare|cambiare|rivedere|integrare)\b|\b(?:può|potrà|potrebbe)\b (?:\w+ ){0,3}?(?:modificare|aggiornare|cambiare|rivedere|integrare) (?:le presenti|queste|i presenti|questi|la presente|il presente) (?:condizioni|termini|informativa|contratto|accordo)\b`),
        re(String.raw`\bmodific(?:a|he) (?:dei|delle|di questi|di queste|dei presenti|delle presenti|della presente|della nostra) (?:termini|condizioni|informativa|politica)\b`),
        // Changes announced to the reader: "le modifiche saranno comunicate con … preavviso".
        re(String.raw`\bmodifiche\b_\b(?:comunicat\w*|notificat\w*|informat\w*|avvisat\w*)\b|\b(?:inform|comunic|notific|avvis)\w*\b_\b(?:modifiche|modifica|cambiament[oi])\b|\b(?:modifiche|modifica|cambiament[oi])\b_\b(?:entrata in vigore|(?:inform|comunic|notific|avvis)\w*)\b`),
        // Changes that bind only later orders: "le modifiche si applicano agli ordini effettuati dopo la pubblicazione".
        re(String.raw`${LATER_ORDERS_ONLY}`),
        // In force once published: "Le modifiche entrano in vigore dalla loro pubblicazione".
        re(String.raw`\b(?:modifiche|modifica|cambiament[oi])\b_\b(?:entra\w*|entrer\w*) in vigore\b|\b(?:modifiche|modifica|cambiament[oi])\b_\b(?:avr\w*|ha\w*) effetto\b`),
      ],
      severity: [
        [re(String.raw`${LATER_ORDERS_ONLY}|\b(?:\d+|quindici|trenta|sessanta) (?:\(\d+\) )?giorni\b_\b(?:prima|preavviso|anticipo)|\bcon (?:\d+|quindici|trenta|sessanta) (?:\(\d+\) )?giorni di (?:anticipo|preavviso)\b|\bpreavviso (?:di|minimo di) (?:\d+|quindici|trenta)\b`), 'good'],
        [re(String.raw`\bin qualsiasi momento\b|\bsenza (?:preavviso|previo avviso|notifica|il suo consenso|il tuo consenso)\b|\bunilateral\w*|\b(?:dalla|dal momento della|al momento della|con la) (?:loro |sua )?pubblicazione\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'unilateral-termination': {
      cues: [re(String.raw`${MAY}_\b(?:sospendere|chiudere|disattivare|bloccare|limitare|interrompere|risolvere|recedere|cancellare|terminare)\b_\b(?:account|accesso|servizi?|contratto|abbonamento|utilizzo)\b|\b(?:se|quando|qualora) (?:chiudiamo|sospendiamo|disattiviamo|blocchiamo|cancelliamo)\b_\b(?:account|accesso|abbonamento)\b`)],
      severity: [
        // Time to take one's content out of a closed account: "potrai scaricare una copia dei tuoi contenuti".
        [re(String.raw`\b(?:scaricare|recuperare|esportare)\b_\b(?:copia|contenuti|dati)\b`), 'good'],
        [re(String.raw`\bin qualsiasi momento\b|\bsenza (?:preavviso|previo avviso|motivo|giustificazione|indennizzo)|\bper qualsiasi (?:motivo|ragione)\b|\ba (?:nostra|sua) (?:esclusiva |totale )?discrezione\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'content-removal': {
      cues: [
        re(String.raw`${MAY}_\b(?:rimuovere|eliminare|cancellare|moderare|rifiutare|nascondere|bloccare|modificare)\b_${CONTENT}`),
        re(String.raw`${CONTENT}_\bpotr(?:à|anno) essere (?:rimoss|eliminat|cancellat|moderat|nascost|bloccat|rifiutat)\w*|\bse (?:rimuoviamo|eliminiamo|cancelliamo|nascondiamo|blocchiamo)\b`),
      ],
      // Without a reason given is worst; without notice, for content that breaks the rules, is bad (as in English).
      severity: [
        [re(String.raw`\bsenza (?:motivo|giustificazione)|\ba (?:nostra|sua) (?:esclusiva |totale )?discrezione\b|\bper qualsiasi (?:motivo|ragione)\b|\bsenza (?:preavviso|previo avviso)\b(?![^]*${A_VIOLATION})(?<!${A_VIOLATION}[^]*)`), 'blocker'],
        // The reason told, and a way to contest the decision: the reader is treated fairly.
        [re(String.raw`\b(?:ti|le) (?:spiegheremo|indicheremo|comunicheremo) (?:il|i) motiv[oi]\b|\b(?:potrai|puoi|potrà|può) (?:presentare (?:ricorso|reclamo)|contestare|impugnare)\b`), 'good'],
        [re(String.raw`\bin qualsiasi momento\b|\bsenza (?:preavviso|previo avviso)\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'liability-limitation': {
      cues: [
        re(String.raw`${STAYS}_\bresponsabilit|${NOT}_\b(?:(?:sar[àa]\w*|siamo|saremo|[èe]|sono) responsabil\w*|risponde\w*|assum\w* (?:alcuna )?responsabilit)|\b(?:esclud\w*|limit\w*|declin\w*)\b_\bresponsabilit|\bresponsabilit\w*\b_\b(?:limitat\w*|esclus\w*|non (?:potr[àa] |pu[òo] )?(?:superare|superer[àa]|eccedere|ecceder[àa]))`),
        re(String.raw`\b(?:così|cosi) com['’]?\s?[eè]\b|\bsenza (?:alcuna )?garanzi[ae]\b|\bnessuna garanzia\b|\bnon garantisc\w*`),
        // The risk left with the reader: "a proprio rischio", "sotto la propria responsabilità".
        re(String.raw`\ba (?:proprio|suo|tuo|vostro) (?:esclusivo )?rischio\b|\bsotto la (?:propria|sua|tua|vostra) (?:esclusiva )?responsabilit[àa]\b(?! (?:di|che)\b)`),
      ],
      // Liability that stays for intent and gross negligence: "resta ferma la responsabilità per dolo o colpa grave".
      severity: [[re(String.raw`${STAYS}_\bresponsabilit|\bresponsabilit\w*\b_\b(?:resta|rimane) ferm[aoei]\b`), 'good'], [re(String.raw`\bdolo\b|\bcolpa grave\b|\bdanni alla persona\b|\bnon (?:esclude|limita)\w*\b`), 'neutral']],
      fallback: 'bad',
    },
    jurisdiction: {
      cues: [re(String.raw`\bforo (?:competente|esclusivo|di|del)\b|\bcompetenza (?:esclusiva )?(?:del|dei) tribunal[ei]\b|\btribunal[ei] (?:di|del)\b`)],
      severity: [[re(String.raw`\b(?:sua|tua|propria) residenza\b|\bluogo (?:in cui|dove) (?:risiedi|risiede|abiti|abita)\b|\b(?:residenza|domicilio) (?:o (?:residenza|domicilio) )?del consumatore\b|\bforo del consumatore\b|\bfatt[ea] salv[ea] (?:le )?(?:norme|disposizioni) (?:inderogabili|imperative)\b`), 'good']],
      fallback: 'bad',
    },
    'choice-of-law': {
      cues: [re(String.raw`\b(?:regolat[aeio]|disciplinat[aeio]|soggett[aeio]|interpretat[aeio])\b_\b(?:legge|leggi|diritto) (?:\w+(?:an[aeio]|es[ei]|er[aeio]|ens[ei])\b|dello stato|della repubblica|degli stati uniti)|\blegge applicabile\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'contract-by-using': {
      cues: [re(String.raw`\b(?:(?:effettuando|inviando|confermando) (?:un |l['’]|il proprio |il tuo )?ordine|utilizzando|usando|accedendo|navigando|registrandoti|registrandosi|l['’](?:uso|utilizzo|accesso)(?: continuat[oa])? (?:del|dell['’]|della|al|alla|di questo|di questa) ?(?:sito|servizio|app|applicazione|piattaforma))\b_\b(?:accett\w*|acconsent\w*|riconosc\w*)`)],
      severity: [],
      fallback: 'bad',
    },
    'content-license': {
      cues: [re(String.raw`\b(?:concedi|concede|conferisci|conferisce|cedi|cede)\b_\b(?:licenza|diritt[oi])\b|\b(?:mantieni|mantiene|conservi|conserva|resti|resta|rimani|rimane) (?:l['’]unic[oa] |il pieno )?(?:titolare|proprietari[oa])\b|\b(?:mantieni|mantiene|conservi|conserva) (?:la )?(?:titolarit[àa]|propriet[àa])\b|\bci autorizz[ia] (?:a|ad) (?:usar|utilizzar|riprodurr|mostrar|pubblicar|diffonder)\w*`)],
      severity: [
        [re(String.raw`\birrevocabil\w*|\bperpetu\w*|\bsub-?licenz\w*|\bqualsiasi (?:fine|scopo)\b|\bcommercial\w*|\baddestr\w*|\bfini (?:promozionali|pubblicitari|di marketing)\b|\bscopi (?:promozionali|pubblicitari)\b|\bcampagne? (?:pubblicitari[ae]|di marketing|promozionali)\b`), 'bad'],
        [re(String.raw`\b(?:mantieni|mantiene|conservi|conserva|resti|resta|rimani|rimane) (?:la |l['’]unic[oa] |il pieno )?(?:titolarit[àa]|propriet[àa]|proprietari[oa]|titolare)\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    'ai-training': {
      cues: [re(String.raw`\b(?:addestr\w*|miglior\w*|svilupp\w*)\b_\b(?:modell[io]|IA|AI|intelligenza artificiale|apprendimento automatico)\b|\b(?:modell[io]|IA|intelligenza artificiale)\b_\baddestr\w*`)],
      severity: [
        [re(String.raw`${NOT}_\b(?:utilizz|us|addestr)\w*`), 'good'],
        [re(String.raw`\bdisattiv\w*|\bopporsi\b|\bopposizione\b|\bimpostazioni\b`), 'bad'],
        [re(String.raw`\bconsenso (?:espresso|esplicito|preventivo)\b|\bse (?:lo )?(?:accetti|attivi|scegli)\b`), 'good'],
      ],
      fallback: 'bad',
    },
    'zero-data-retention': {
      cues: [re(String.raw`\bzero data retention\b|\bZDR\b|\bconservazione zero\b|${NOT}_\b(?:conserviamo|memorizziamo|salviamo|registriamo)\b_\b(?:richieste|prompt|contenuti|conversazioni|cronologia)\b`)],
      unless: re(String.raw`\bpi[uù] (?:a lungo|del necessario)\b|\boltre\b`),
      severity: [],
      fallback: 'good',
    },
    'data-retention': {
      cues: [
        re(String.raw`\b(?:conserv\w*|memorizz\w*|archivi\w*)\b_\b(?:per (?:il tempo|un periodo|la durata)|fino a|finch[ée]|${COUNT} (?:giorni|mesi|anni)|a tempo indeterminato|indefinitamente)\b`),
        re(String.raw`\bperiodo di conservazione\b|\btempi di conservazione\b|\b(?:cancell|elimin)\w*\b_\b(?:entro|dopo)\b`),
        // Payment details not kept: "non conserviamo i dati della tua carta".
        re(String.raw`${NOT_KEPT}\b_\b(?:dati (?:della (?:tua |sua )?carta|bancari|di pagamento)|numero (?:della (?:tua |sua )?)?carta)\b`),
      ],
      severity: [
        [re(String.raw`\ba tempo indeterminato\b|\bindefinitamente\b|\banche dopo\b_\b(?:cancellazione|chiusura|cessazione)\b`), 'bad'],
        // Kept for a period once the account is closed: a stated period, but not a deletion.
        [re(String.raw`\b(?:conserv|archivi)\w*\b_\b(?:dopo|a partire dalla|a decorrere dalla|successivamente alla)\b (?:la )?(?:chiusura|cancellazione|cessazione|disattivazione)\b`), 'neutral'],
        [re(String.raw`\b${COUNT} (?:giorni|mesi|anni)\b|\bstrettamente necessario\b|${NOT_KEPT}`), 'good'],
      ],
      fallback: 'neutral',
    },
    'third-party-sharing': {
      cues: [re(String.raw`\b(?:condividere|condividiamo|condivis[ioae])\b (?:[\w-]+ ){0,2}?(?:le tue|i tuoi|le sue|i suoi|le|i|alcune|alcuni|tali|questi|queste) (?:[\w-]+ )?(?:informazioni|dati)\b|\b(?:condivid\w*|comunic\w*|trasmett\w*|trasferi\w*|cedi\w*|cede\w*|divulg\w*|forniamo|inviamo|invia\w*)\b_\b(?:terzi|partner|fornitori|responsabili|societ[àa]|aziende|soggetti|corrieri|inserzionisti|autorit[àa]|ristorant[ei]|rider|fattorin[oi]|venditor[ei]|esercent[ei]|negozi|host|autist[ai])\b|\bdestinatari\b|\b(?:gestit|trattat|elaborat)[oaie] (?:direttamente )?(?:dal|dalla|da un|da una|dai) (?:nostr[oaie] )?(?:fornitor|prestator|responsabil|gestor)\w*\b|\b(?:ospitat|memorizzat|conservat)[oaie] (?:sui|nei|presso i) server di (?:un|una|nostr[oaie]) (?:\w+ ){0,2}?(?:fornitor|prestator|responsabil)\w*|\bserver di (?:un|una) (?:fornitor|prestator)\w*|${ON_INSTRUCTIONS}`),
        // What becomes public: "visibili a tutti gli utenti"; private by default.
        re(String.raw`\bvisibil[ei] (?:a|per|da) (?:tutti|chiunque|altri|gli altri)\b|${byDefault(String.raw`(?:privat|pubblic)[oaie]`)}`)],
      severity: [
        [re(String.raw`${ON_INSTRUCTIONS}|${NOT}_\b(?:condivid|comunic|ced|divulg|vend)\w*|${byDefault(String.raw`privat[oaie]`)}`), 'good'],
        [re(String.raw`\bpubblicit\w*|\bmarketing\b|\bfusione\b|\bacquisizione\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'data-sale': {
      cues: [re(String.raw`\b(?:vend\w*|vendita|noleggi\w*|monetizz\w*)\b_\b(?:dati|informazioni)\b|\b(?:dati|informazioni)\b_\b(?:vend\w*|vendita)`)],
      unless: re(String.raw`\bcondizioni (?:generali )?di vendita\b|\bvendita (?:di|dei) (?:prodotti|beni|biglietti)\b`),
      severity: [[re(String.raw`${NOT}_\b(?:vend|noleggi|monetizz)\w*`), 'good']],
      fallback: 'bad',
    },
    'user-rights': {
      cues: [re(String.raw`\b(?:puoi|pu[oò]|potete|potrai) (?:\w+ )?(?:disattivare\b|(?:cancellare|eliminare|esportare) (?:il tuo|i tuoi|la tua|le tue|il suo|i suoi|la sua|le sue) (?:account|dati|cronologia|profilo|conversazion[ei])\b)|\bdiritt[oi] (?:di accesso|di rettifica|alla cancellazione|all['’]oblio|alla portabilit[àa]|di opposizione|alla limitazione)|\breclamo (?:al|presso il|all['’])\s?(?:Garante|autorit[àa])|\brevocare (?:il )?(?:suo |tuo )?consenso\b|\bGarante (?:per la protezione dei dati personali|privacy)\b|\b(?:puoi|pu[oò]|potr[aà]i?|ha(?:i)? (?:il )?diritto di) (?:richiedere|chiedere|ottenere) (?:l['’]accesso|la rettifica|la cancellazione|la portabilit[àa]|una copia)\b|\b(?:puoi|pu[oò]) (?:accedere ai|rettificare i|correggere i|cancellare i|eliminare i|scaricare i) (?:suoi|tuoi) dati\b|\b(?:puoi|pu[oò]) opporti\b|\b(?:puoi|pu[oò]) opporsi\b|\b(?:ha|hai|avr[aà]i?) (?:il )?diritto (?:di|a) (?:accedere|rettificare|correggere|cancellare|opporsi|opporti|chiedere|richiedere|ottenere|revocare|ricevere)\b|\besercitare (?:i )?(?:suoi|tuoi|propri|questi|tali|predetti) diritti\b|\bannullare l['’]iscrizione\b|\bdisiscriver\w*|\b(?:puoi|pu[oò]|potrai|potr[aà])\b (?:\S+ ){0,3}?(?:eliminare|cancellare|chiudere|disattivare|scaricare|esportare) (?:il (?:suo|tuo) (?:account|profilo)|i (?:suoi|tuoi) (?:dati|contenuti))\b|\bcancellarti dalla newsletter\b`)],
      severity: [],
      fallback: 'good',
    },
    'auto-renewal': {
      cues: [re(String.raw`\bdiritto di rec(?:esso|edere)\b|\bdisd(?:ire|etta)\b|\brinnov\w*\b_\bautomatic\w*|\bautomatic\w*\b_\brinnov\w*|\btacito rinnovo\b|\bnon (?:\w+ ){0,4}?rimbors(?:abil|at)\w*|\bnessun rimborso\b|${REFUND_PROMISED}`)],
      severity: [
        // The consumer's right of withdrawal, unless it is excluded.
        [re(String.raw`\bdiritto di rec(?:esso|edere)\b_\b(?:non si applica|escluso|non spetta)\b|\b(?:non si applica|escluso|non spetta)\b_\bdiritto di rec(?:esso|edere)\b`), 'bad'],
        [re(String.raw`\bdiritto di rec(?:esso|edere)\b|${REFUND_PROMISED}`), 'good'],
        [re(String.raw`\bdisdire\b_\bin qualsiasi momento\b|\bin qualsiasi momento\b_\bdisdire\b`), 'neutral'],
      ],
      fallback: 'bad',
    },
    'law-enforcement': {
      cues: [re(String.raw`\b(?:comunic|trasmett|fornir|divulg)\w*\b_\b(?:autorit[àa] (?:giudiziari\w*|pubblich\w*|competent\w*)|forze dell['’]ordine|polizia)\b|\brichiest\w* (?:dell['’]autorit[àa]|delle autorit[àa]) giudiziari\w*`)],
      severity: [],
      fallback: 'neutral',
    },
    'international-transfer': {
      cues: [re(String.raw`\bal di fuori (?:dell['’](?:UE|unione europea)|dello spazio economico europeo|del SEE)\b|\bstati uniti\b|\bpaesi terzi\b|\bclausole contrattuali (?:standard|tipo)\b|\bdecisione di adeguatezza\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'human-review': {
      cues: [re(String.raw`\brevisione umana\b|\b(?:revisionat|ascoltat|lett|annotat|esaminat)[oaie] da (?:persone|esseri umani|dipendenti|revisori|personale)\b`)],
      severity: [[re(String.raw`${NOT}_\b(?:revisionat|ascoltat|lett|annotat|esaminat)[oaie]\b`), 'good']],
      fallback: 'bad',
    },
    indemnification: {
      cues: [re(String.raw`\bmanlev\w*|\btenere indenne\b|\btenerci indenni\b|\bindennizz\w*`)],
      unless: re(String.raw`\b(?:la|ti) (?:indennizzeremo|terremo indenne)\b`),
      severity: [],
      fallback: 'bad',
    },
    'automated-decisions': {
      cues: [re(String.raw`\bdecision[ei] (?:individual[ei] )?(?:basat[ae] )?(?:unicamente |esclusivamente )?(?:su (?:un )?trattamento )?automatizzat[aoie]\b|\bprocesso decisionale automatizzato\b|\bintervento umano\b`)],
      severity: [[re(String.raw`${NOT}_\bautomatizzat\w*|\bintervento umano\b|\bdiritto di non essere sottopost\w*`), 'good']],
      fallback: 'neutral',
    },
    'sensitive-data': {
      cues: [re(String.raw`\bdati (?:sensibili|sanitari|relativi alla salute|biometrici|genetici)\b|\bcategorie particolari di dati\b|\borientamento sessuale\b|\bopinioni politiche\b|\bconvinzioni religiose\b`)],
      severity: [[re(String.raw`${NOT}_\b(?:raccog|trattiam|trattat|utilizz|us)\w*`), 'good']],
      fallback: 'neutral',
    },
    'data-collection': {
      cues: [re(String.raw`\b(?:informazioni|dati) che (?:ci )?(?:fornisci|fornisce|comunichi|comunica|invii|invia|ci dai|ci d[àa])\b|\b(?:raccogliamo|trattiamo|otteniamo|registriamo|conserviamo|memorizziamo)\b(?! (?:\w+ ){0,3}?(?:per|fino|finch[ée])\b)|\b(?:l['’]app|l['’]applicazione|l['’]orologio|il dispositivo|il sito)\b (?:\w+ )?(?:registra|misura|raccoglie|memorizza|rileva)\b|\bdati (?:che (?:raccogliamo|trattiamo)|raccolti)\b|\b(?:dati|informazioni)\b (?:personali )?(?:sono|saranno|vengono|verranno) (?:utilizzat|trattat|raccolt)[ie]\b`)],
      severity: [
        // Not collected, or only with the reader's permission: "solo se ci dai il permesso".
        [re(String.raw`${NOT}\s+(?:\S+\s+){0,2}?(?:raccogli|trattiam|otteniam|registriam)\w*|\bsolo (?:se|con|previo|dopo)\b_\b(?:consenso|permesso|autorizzazione|acconsent\w*|autorizz\w*|attiv\w*)\b`), 'good'],
        // Data used to profile the reader or gathered from others.
        [re(String.raw`\bprofilazione\b|\bpubblicit[àa] (?:personalizzata|mirata|comportamentale)\b|\bda (?:terze parti|altre fonti|fonti pubbliche)\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    tracking: {
      cues: [re(String.raw`\bcookie\b|\bpixel\b|\bweb beacon\b|\banalytics\b|\bgoogle analytics\b|\bpubblicit[àa] (?:personalizzata|mirata|comportamentale)\b`)],
      severity: [
        [re(String.raw`\b(?:strettamente )?necessari\b|\bcookie tecnici\b|\bcon il (?:tuo|suo) consenso\b|\bprevio (?:tuo |suo )?consenso\b|${NOT}\s+(?:\S+\s+){0,2}?(?:utilizz|us|install|impieg)\w*\s+(?:alcun\w* |nessun\w* )?(?:cookie|pixel|web beacon)\b|${READER_CHOOSES}`), 'good'],
        [re(String.raw`\bpubblicitari\w*|\bpubblicit[àa]\b|\bpartner\b|\bterze parti\b|\bprofilazione\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    children: {
      cues: [re(String.raw`\bbambini\b|\bminori\b|\bminorenni\b|\bmeno di (?:13|14|16|18) anni\b|\bet[àa] minima\b|\balmeno (?:13|14|16|18) anni\b(?! di (?!et[àa]))|\bmaggiorenn\w*`)],
      severity: [],
      fallback: 'neutral',
    },
    security: {
      // "cifra" alone is a figure or a sum: only the participle and the noun say encrypted.
      cues: [re(String.raw`\bcrittograf\w*|\bcifrat(?:[oaie]|ura)\b|\bmisure (?:tecniche|organizzative|di sicurezza)\b|\bsicurezza dei (?:dati|suoi dati|tuoi dati)\b`)],
      severity: [
        [re(String.raw`\bnon (?:\w+ ){0,3}?(?:crittografat|cifrat)\w*`), 'bad'],
        [re(String.raw`\bnon (?:possiamo |può |puo' )?garantire\b`), 'neutral'],
        [re(String.raw`\b(?:crittograf|cifrat)\w*|\bmisure\b`), 'good'],
      ],
      fallback: 'neutral',
    },
  },
};
