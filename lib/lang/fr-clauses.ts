import { latinPattern as re } from './latin-patterns.ts';
import type { ClausePack } from './types.ts';

/** A number, in figures or in words. */
const COUNT = String.raw`(?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|trente|soixante|quatre-vingt-dix)`;
/** A state by default, in either order: "privées par défaut", "par défaut, vos listes sont privées". */
const byDefault = (state: string) => String.raw`\bpar d[ée]faut\b_\b${state}\b|\b${state} par d[ée]faut\b`;
const NOT = String.raw`(?:\bne\b|\bn['’]|\bjamais\b|\baucune?\b|\bpas\b)`;
/** The reader's own choice of cookies, and a refusal that costs nothing: "vous pouvez refuser", "n'empêche pas". */
const READER_CHOOSES = String.raw`\b(?:vous pouvez|tu peux)\b_\b(?:accepter|refuser|param[ée]trer|g[ée]rer|configurer|bloquer|supprimer|d[ée]sactiver|retirer|modifier)\b|\bn['’](?:emp[êe]che|affecte) pas\b`;
/** Not kept: "nous ne conservons pas", "jamais stockées". */
const NOT_KEPT = String.raw`${NOT}\s+(?:\S+\s+){0,2}?(?:conserv|stock|enregistr|gard)\w*`;
/** The provider's power to act: "nous nous réservons le droit de", "X peut", "nous pourrons". */
const MAY = String.raw`\b(?:r[ée]serv\w*|pouvons|pourrons|pourrions|peut|pourra|pourrait|sommes en droit|est en droit|avons le droit|a le droit)\b`;
/** The version of the terms in force when the order was placed is the one that applies. */
const VERSION_AT_ORDER = String.raw`\ben vigueur (?:[àa] la date|au (?:jour|moment)|lors) de (?:la |votre |sa |leur )?(?:commande|passation de (?:la |votre )?commande|conclusion du contrat|souscription)\b`;
/** Money paid back, promised: "nous remboursons la totalité des sommes versées". */
const REFUND_PROMISED = String.raw`\bnous (?:vous )?rembours(?:ons|erons)\b|\bremboursement (?:int[ée]gral|total|de la totalit[ée])\b|\brembours\w* (?:de )?la totalit[ée]\b`;
const CONTENT = String.raw`\b(?:contenus?|publications?|messages?|commentaires?|avis|photos?|vid[ée]os?|fichiers?|annonces?)\b`;
/** Content that breaks the rules or the law: "enfreint", "viole", "illicite". */
const A_VIOLATION = String.raw`\b(?:enfrei|viol|contrevi|illicite|ill[ée]gal)\w*`;
/** Processing bound to another's instructions: "ne peuvent traiter vos données que sur nos instructions". */
const ON_INSTRUCTIONS = String.raw`\b(?:que|uniquement|seulement|exclusivement)\b_\b(?:sur|selon|conformément à|suivant) (?:nos|ses|les|leurs) (?:\w+ )?instructions\b`;

/** The most important clause categories in French (no trained filter yet). */
export const frClauses: ClausePack = {
  code: 'fr',
  // "Si vous ne vous y opposez pas, …": the negation is the reader's (not "si vous ne souhaitez pas …", a choice offered).
  negatedCondition: re(String.raw`^\W*(?:si|lorsque|quand|dès que)\b(?=[^,;:.!?]*(?:\bne\b|\bn['’]))(?![^,;:.!?]*\b(?:souhait|voul|désir|préf[ée]r|accept|consent|choisi|autoris)\w*)[^,;:.!?]{1,150}?,\s*`),
  // "Cette politique décrit comment nous traitons vos données": a document announcing what it covers.
  overview: re(String.raw`\b(?:cette|la pr[ée]sente|notre) (?:politique|charte|d[ée]claration|notice)\b[^.]{0,40}\b(?:d[ée]crit|explique|pr[ée]sente|pr[ée]cise|d[ée]taille)\b`),
  conductList: re(String.raw`(?:(?<!\b(?:si|lorsque|quand) )\bvous (?:vous engagez à )?ne (?:[\wàâçéèêëîïôûù'’-]+ ){0,4}?pas\b|\b(?:interdit|interdite|interdits|interdites|prohibé\w*)\b)[^.!?]*:\s*$`),
  clauses: {
    arbitration: {
      cues: [re(String.raw`\barbitrage\b|\barbitral\w*|\barbitre\b|\baction (?:de groupe|collective)\b|\brecours collectifs?\b`)],
      severity: [],
      fallback: 'bad',
    },
    'unilateral-change': {
      cues: [
        re(String.raw`${MAY}_\b(?:modifi\w*|mettre [àa] jour|changer|actualiser|amender|compl[ée]ter)\b`),
        // The terms as the subject: "Ces conditions peuvent être modifiées sans préavis".
        re(String.raw`\b(?:conditions|CGU|CGV|politique|charte|pr[ée]sentes|termes)\b_\b(?:peuvent|peut|pourront|pourra|sont susceptibles d['’])\s*(?:[êe]tre )?(?:modifi[ée]|mis\w* [àa] jour|chang[ée]|r[ée]vis[ée]|actualis[ée])\w*`),
        re(String.raw`\bmodifications? (?:des|de ces|de la pr[ée]sente|de cette|des pr[ée]sentes|de nos) (?:conditions|politique|charte|CGU|CGV)\b`),
        // The reader told of a change before it applies: "au moins 30 jours avant son entrée en vigueur".
        re(String.raw`\b(?:inform|notifi|avert|pr[ée]ven)\w*\b_\b(?:modifications?|changements?)\b|\b(?:modifications?|changements?)\b_\b(?:entr[ée]e en vigueur|(?:inform|notifi|avert|pr[ée]ven)\w*)\b`),
        // The version in force when the order was placed applies: "les conditions applicables sont celles en vigueur à la
        // date de la commande".
        re(String.raw`${VERSION_AT_ORDER}`),
        // In force once published: "Les modifications prennent effet dès leur publication".
        re(String.raw`\b(?:modifications?|changements?)\b_\b(?:prenn?\w*|entr\w*) (?:effet|en vigueur)\b`),
      ],
      severity: [
        [re(String.raw`${VERSION_AT_ORDER}|\b(?:\d+|quinze|trente|soixante) (?:\(\d+\) )?jours\b_\b(?:avant|pr[ée]avis|[àa] l['’]avance)|\bpr[ée]avis (?:de|d['’]au moins|minimum de) (?:\d+|quinze|trente|un|deux)\b`), 'good'],
        [re(String.raw`\b[àa] tout moment\b|\bsans (?:pr[ée]avis|notification|information|avertissement|votre accord)\b|\bunilat[ée]ral\w*|\bd[èe]s (?:leur|sa) (?:publication|mise en ligne)\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'unilateral-termination': {
      cues: [re(String.raw`${MAY}_\b(?:suspendre|r[ée]silier|supprimer|fermer|d[ée]sactiver|mettre fin|bloquer|restreindre|interrompre)\b_\b(?:compte|acc[èe]s|services?|contrat|abonnement|utilisation)\b|\b(?:si|lorsque|quand) nous (?:suspendons|r[ée]silions|supprimons|fermons|d[ée]sactivons|bloquons)\b_\b(?:compte|acc[èe]s|abonnement)\b`)],
      severity: [
        // Time to take one's content out of a closed account: "vous pourrez télécharger une copie de vos contenus".
        [re(String.raw`\b(?:t[ée]l[ée]charger|r[ée]cup[ée]rer|exporter)\b_\b(?:copie|contenus?|donn[ée]es)\b`), 'good'],
        [re(String.raw`\b[àa] tout moment\b|\bsans (?:pr[ée]avis|notification|motif|justification|indemnit[ée])|\bpour quelque (?:raison|motif) que ce soit\b|\b[àa] (?:notre|sa) (?:seule |enti[èe]re )?discr[ée]tion\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'content-removal': {
      cues: [
        re(String.raw`${MAY}_\b(?:supprimer|retirer|mod[ée]rer|refuser|masquer|bloquer|modifier)\b_${CONTENT}`),
        re(String.raw`${CONTENT}_\bpeu(?:t|vent) [êe]tre (?:supprim|retir|mod[ée]r|masqu|bloqu|refus)\w*|\bsi nous (?:retirons|supprimons|masquons|bloquons)\b`),
      ],
      // Without a reason given is worst; without notice, for content that breaks the rules, is bad (as in English).
      severity: [
        [re(String.raw`\bsans (?:motif|justification)|\b[àa] (?:notre|sa) (?:seule |enti[èe]re )?discr[ée]tion\b|\bpour quelque (?:raison|motif) que ce soit\b|\bsans pr[ée]avis\b(?![^]*${A_VIOLATION})(?<!${A_VIOLATION}[^]*)`), 'blocker'],
        // The reason told, and a way to contest the decision: the reader is treated fairly.
        [re(String.raw`\b(?:nous )?vous (?:expliquerons|indiquerons|informerons (?:du|des))\b (?:\w+ )?(?:pourquoi|motifs?|raisons?)|\bvous (?:pourrez|pouvez) (?:contester|faire appel|introduire un recours)\b`), 'good'],
        [re(String.raw`\b[àa] tout moment\b|\bsans pr[ée]avis\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'liability-limitation': {
      cues: [
        re(String.raw`\b(?:ne saurai\w+|ne sera|ne seront|ne sommes|ne sont|ne peut|ne pourra|n['’]est|n['’]assume|d[ée]clin\w*|exclu\w*|limit\w*)\b_\bresponsab|\bresponsabilit\w*_\b(?:limit[ée]e|exclue|plafonn[ée]e|n['’]exc[èe]dera)|\bresponsabilit\w*\b_\b(?:ne saurai\w+|ne (?:pourra|peut) (?:en aucun cas )?[êe]tre) (?:[êe]tre )?(?:engag|recherch|retenu)\w*`),
        re(String.raw`\ben l['’][ée]tat\b|\bsans (?:aucune )?garantie\b|\baucune garantie\b|\bne garanti\w* pas\b|\bn['’]offr\w* aucune garantie\b`),
        // The risk left with the reader: "aux risques et périls de l'utilisateur", "sous sa seule responsabilité".
        re(String.raw`\b(?:aux|[àa] (?:ses|vos|leurs|tes)) (?:propres )?risques(?: et p[ée]rils)?\b|\bsous (?:sa|votre|leur|ta) (?:seule |enti[èe]re |pleine )?responsabilit[ée]\b`),
      ],
      severity: [[re(String.raw`\bfaute lourde\b|\bdol\b|\bfaute intentionnelle\b|\bdommages? corporels?\b|\bn['’]exclu\w* pas\b|\bne limite pas\b`), 'neutral']],
      fallback: 'bad',
    },
    jurisdiction: {
      cues: [re(String.raw`\btribunaux? (?:comp[ée]tents?|de|du)\b|\bsaisir (?:le|les|la) (?:tribunal|tribunaux|juridictions?)\b|\bcomp[ée]tence (?:exclusive )?(?:des|aux) (?:tribunaux|juridictions)\b|\battribution de (?:comp[ée]tence|juridiction)\b|\bjuridictions? comp[ée]tentes?\b`)],
      severity: [[re(String.raw`\b(?:votre|son) (?:lieu de )?(?:domicile|r[ée]sidence)\b|\b(?:domicile|r[ée]sidence) du (?:consommateur|client|d[ée]fendeur)\b|\blieu o[ùu] (?:vous|il) demeur|\bsous r[ée]serve des (?:r[èe]gles|dispositions) (?:imp[ée]ratives|d['’]ordre public)\b`), 'good']],
      fallback: 'bad',
    },
    'choice-of-law': {
      cues: [re(String.raw`\b(?:r[ée]gi\w*|soumis\w*|interpr[ée]t[ée]\w*)\b_\b(?:droit|loi)s? (?:\w+(?:aise?|oise?|aine?|ienne|ien|[ée]enne|[ée]en|ande?|ole?)s?\b|belge|suisse|russe|de l['’][ée]tat|du pays)|\b(?:droit|loi) applicable\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'contract-by-using': {
      cues: [re(String.raw`\b(?:en (?:utilisant|acc[ée]dant|naviguant|vous inscrivant|cr[ée]ant un compte|(?:passant|validant|confirmant) (?:une |sa |votre |la )?commande)|l['’](?:utilisation|acc[èe]s) (?:au|du|de ce|des|[àa] ce) (?:site|service)s?)\b_\b(?:acceptez|accepte|acceptation|consentez|reconnaissez|[êe]tes r[ée]put[ée])|\b(?:implique|vaut|emporte|entra[îi]ne)\w* (?:l['’])?(?:acceptation|adh[ée]sion)\b`)],
      severity: [],
      fallback: 'bad',
    },
    'content-license': {
      cues: [re(String.raw`\b(?:conc[ée]dez|accordez|octroyez|consentez|c[ée]dez)\b_\b(?:licence|droits?)\b|\bvous (?:conservez|restez|demeurez) (?:l'enti[èe]re |la pleine )?propri[ée]taire\b|\bvous conservez (?:tous )?(?:la propri[ée]t[ée]|vos droits|les droits)\b|\bvous nous autorisez [àa] (?:l['’]|les |la |le )?(?:utiliser|reproduire|afficher|publier|diffuser)\b`)],
      severity: [
        [re(String.raw`\birr[ée]vocable\w*|\bperp[ée]tu\w*|\bsous-licen\w*|\b[àa] toutes fins\b|\bcommercial\w*|\bentra[îi]n\w*|\bfins? (?:promotionnelles?|publicitaires?|de marketing)\b|\bcampagnes? (?:publicitaires?|de marketing|promotionnelles?)\b|\btoute la dur[ée]e (?:de (?:la )?protection|l[ée]gale) des droits\b`), 'bad'],
        [re(String.raw`\bvous (?:conservez|restez propri[ée]taire|demeurez propri[ée]taire)\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    'ai-training': {
      cues: [re(String.raw`\b(?:entra[îi]n\w*|am[ée]lior\w*|d[ée]velopp\w*)\b_\b(?:mod[èe]les?|IA|intelligence artificielle|apprentissage automatique)\b|\b(?:mod[èe]les?|IA|intelligence artificielle)\b_\bentra[îi]n\w*|\b(?:utilis[ée]\w*|servir|servent)\b (?:\w+ ){0,2}?(?:pour|à) l['’]entra[îi]nement\b`)],
      severity: [
        [re(String.raw`${NOT}_\b(?:utilis|entra[îi]n|servir)\w*`), 'good'],
        [re(String.raw`\bd[ée]sactiv\w*|\bopposer\b|\bopposition\b|\bparam[èe]tres\b`), 'bad'],
        [re(String.raw`\bconsentement (?:expr[èe]s|explicite|pr[ée]alable)\b|\bsi vous (?:l['’])?(?:acceptez|activez|choisissez)\b`), 'good'],
      ],
      fallback: 'bad',
    },
    'zero-data-retention': {
      cues: [re(String.raw`\bz[ée]ro r[ée]tention\b|\bzero data retention\b|\bZDR\b|${NOT}_\b(?:conservons|stockons|enregistrons|gardons)\b_\b(?:requ[êe]tes|prompts?|contenus?|conversations?|historiques?)\b|\b(?:requ[êe]tes|prompts?|contenus?|conversations?|historiques?|discussions?)\b_\b(?:ne sont pas|ne sont jamais|n['’]est pas|n['’]est jamais) (?:conserv|stock|enregistr|gard)[ée]e?s?\b`)],
      unless: re(String.raw`\bplus longtemps\b|\bau-?del[àa]\b`),
      severity: [],
      fallback: 'good',
    },
    'data-retention': {
      cues: [
        re(String.raw`\b(?:conserv\w*|stock\w*|archiv\w*|gard\w*)\b_\b(?:pendant|dur[ée]e|jusqu['’][àa]|tant que|aussi longtemps|le temps (?:n[ée]cessaire|strictement)|${COUNT} (?:jours|mois|ans|ann[ée]es)|ind[ée]finiment)\b`),
        re(String.raw`\bdur[ée]e de conservation\b|\bsupprim\w*\b_\b(?:dans un d[ée]lai|au bout de|apr[èe]s (?:un d[ée]lai|${COUNT}|la (?:fin|cl[ôo]ture|r[ée]siliation|fermeture)|(?:votre|la|sa) (?:demande|derni[èe]re)))\b`),
        // Payment details not kept: "nous ne conservons pas vos données bancaires".
        re(String.raw`${NOT_KEPT}\b_\b(?:donn[ée]es|coordonn[ée]es|informations) bancaires\b|\bnum[ée]ros? de (?:votre )?carte\b_${NOT}`),
      ],
      severity: [
        [re(String.raw`\bind[ée]finiment\b|\bsans limit\w* de dur[ée]e\b|\bm[êe]me apr[èe]s\b_\b(?:suppression|r[ée]siliation|fermeture)\b`), 'bad'],
        // Kept for a period once the account is closed: a stated period, but not a deletion.
        [re(String.raw`\b(?:conserv|gard|archiv)\w*\b_\b(?:apr[èe]s|[àa] compter de|[àa] partir de)\b (?:la |le )?(?:fermeture|cl[ôo]ture|suppression|r[ée]siliation|d[ée]sinscription)\b`), 'neutral'],
        [re(String.raw`\b${COUNT} (?:jours|mois|ans|ann[ée]es)\b|\bstrictement n[ée]cessaire\b|${NOT_KEPT}`), 'good'],
      ],
      fallback: 'neutral',
    },
    'third-party-sharing': {
      cues: [re(String.raw`\b(?:partager|partageons|partag[ée]e?s)\b (?:[\w-]+ ){0,2}?(?:vos|les|des|ces|certaines) (?:[\w-]+ )?(?:informations|donn[ée]es)\b|\b(?:partag\w*|communiqu\w*|transmet\w*|transmis\w*|divulgu\w*|transf[ée]r\w*)\b_\b(?:tiers|partenaires?|prestataires?|sous-traitants?|filiales?|annonceurs?|autorit[ée]s?|transporteurs?|livreurs?|h[ée]bergeurs?|assureurs?|employeurs?)\b|\bdestinataires?\b|\b(?:trait[ée]e?s?|h[ée]berg[ée]e?s?)\b (?:directement )?par (?:nos|notre|un|des|nos) (?:[\w-]+ )?(?:prestataires?|sous-traitants?|h[ée]bergeurs?)\b|\b(?:envoy[ée]e?s?|transmise?s?|confi[ée]e?s?) (?:[àa]|aux?) (?:notre|nos|un|des|leur) (?:[\w-]+ )?(?:prestataires?|sous-traitants?|partenaires?|fournisseurs?)\b|${ON_INSTRUCTIONS}`),
        // What becomes public: "visibles par tous les utilisateurs", "rendu public".
        re(String.raw`\bvisibles? (?:par|pour|de) (?:tous|toutes|tout le monde|les autres|n['’]importe qui)\b|\b(?:rendu|rendue|rendus|rendues) publi(?:c|que|cs|ques)\b|${byDefault(String.raw`(?:priv[ée]e?s?|publi(?:c|que|cs|ques))`)}`)],
      severity: [
        [re(String.raw`${ON_INSTRUCTIONS}|${NOT}_\b(?:partag|communiqu|transmet|divulgu|vend)\w*|${byDefault(String.raw`priv[ée]e?s?`)}`), 'good'],
        [re(String.raw`\bpublicit\w*|\bmarketing\b|\bprospection\b|\bfusion\b|\bacquisition\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'data-sale': {
      cues: [re(String.raw`\b(?:vend\w*|vente|lou\w*|mon[ée]tis\w*)\b_\b(?:donn[ée]es|informations)\b|\b(?:donn[ée]es|informations)\b_\b(?:vend\w*|vente|lou[ée]es)\b`)],
      unless: re(String.raw`\bconditions g[ée]n[ée]rales de vente\b|\bvente (?:de|des) (?:produits|biens|billets)\b`),
      severity: [[re(String.raw`${NOT}_\b(?:vend|lou|mon[ée]tis)\w*`), 'good']],
      fallback: 'bad',
    },
    'user-rights': {
      cues: [re(String.raw`\b(?:vous pouvez|tu peux) (?:\w+ )?(?:d[ée]sactiver\b|(?:supprimer|effacer|exporter) (?:votre|vos|ton|tes) (?:compte|donn[ée]es|historique|profil|conversations?)\b)|\bdroits? (?:d['’]acc[èe]s|de rectification|d['’]effacement|[àa] l['’]effacement|[àa] la portabilit[ée]|d['’]opposition|[àa] la limitation|de retirer)|\bintroduire une r[ée]clamation\b|\bCNIL\b|\bretirer (?:votre|son) consentement\b|\bdirectives post-mortem\b|\bvous (?:pouvez|avez le droit de) (?:à tout moment )?vous opposer\b|\b(?:pouvez|pouvoir) (?:demander|obtenir) (?:l['’]acc[èe]s|la suppression|la rectification|l['’]effacement|une copie)\b|\bexercer (?:vos|ses|ces|les|l['’]un de vos|vos propres) droits\b|\bvous avez le droit (?:d['’]|de )(?:acc[ée]der|rectifier|effacer|supprimer|demander|obtenir|retirer|introduire)\b|\bvous d[ée]sabonner\b|\bd[ée]sinscri\w*|\bvous (?:pouvez|pourrez|pourriez)\b (?:\S+ ){0,3}?(?:supprimer|effacer|t[ée]l[ée]charger|exporter|corriger|consulter|d[ée]sactiver|fermer) (?:votre|vos|une copie de vos|toutes vos) (?:compte|donn[ée]es|informations|contenus|historique|profil)\b`)],
      severity: [],
      fallback: 'good',
    },
    'auto-renewal': {
      cues: [re(String.raw`\bdroit de r[ée]tractation\b|\brenouvel\w*\b_\b(?:automatique\w*|tacite\w*)|\b(?:reconduction tacite|tacite reconduction)\b|\bnon rembours\w*|\baucun remboursement\b|\bne (?:\w+ ){0,3}?pas (?:\w+ )?rembours\w*|${REFUND_PROMISED}`)],
      severity: [
        // The right of withdrawal: the reader's, unless it is excluded or lost.
        [re(String.raw`\b(?:pas de|aucun|ne (?:b[ée]n[ée]fici|dispos)\w* (?:pas|plus) d['’]un|exclu\w*|perd\w*|renonce\w*)\b_\bdroit de r[ée]tractation\b|\bdroit de r[ée]tractation\b_\b(?:ne (?:s['’]applique|peut [êe]tre exerc)\w*|est exclu)`), 'bad'],
        [re(String.raw`\bdroit de r[ée]tractation\b|${REFUND_PROMISED}`), 'good'],
        [re(String.raw`\b(?:r[ée]silier|annuler)\b_\b[àa] tout moment\b|\b[àa] tout moment\b_\b(?:r[ée]silier|annuler)\b`), 'neutral'],
      ],
      fallback: 'bad',
    },
    'law-enforcement': {
      cues: [re(String.raw`\b(?:communiqu|transm|divulgu|fourn)\w*\b_\b(?:autorit[ée]s (?:judiciaires|administratives|publiques|comp[ée]tentes)|forces de l['’]ordre|police)\b|\br[ée]quisitions? (?:judiciaires?|des autorit[ée]s)\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'international-transfer': {
      cues: [re(String.raw`\b(?:hors|en dehors) (?:de l['’]|du |de la )?(?:UE|union europ[ée]enne|EEE|espace [ée]conomique europ[ée]en)\b|\b[ée]tats-unis\b|\bpays tiers\b|\bclauses contractuelles types\b|\bd[ée]cision d['’]ad[ée]quation\b`)],
      severity: [],
      fallback: 'neutral',
    },
    'human-review': {
      cues: [re(String.raw`\b(?:relecture|r[ée]vision|examen|v[ée]rification) humaine\b|\b(?:relu|examin[ée]|[ée]cout[ée]|annot[ée]|lu)e?s? par (?:des |de nos |nos )?(?:humains|personnes|employ[ée]s|collaborateurs|r[ée]viseurs|annotateurs)\b`)],
      severity: [[re(String.raw`${NOT}_\b(?:relu|examin[ée]|[ée]cout[ée]|annot[ée]|lu)e?s?\b`), 'good']],
      fallback: 'bad',
    },
    indemnification: {
      cues: [re(String.raw`\bindemnis\w*|\bgarantir\b_\bcontre (?:toute|tout|les) (?:r[ée]clamation|action|recours)\w*|\bd[ée]dommag\w*`)],
      unless: re(String.raw`\bnous (?:vous )?(?:indemniserons|d[ée]dommagerons)\b`),
      severity: [],
      fallback: 'bad',
    },
    'automated-decisions': {
      cues: [re(String.raw`\bd[ée]cisions? (?:individuelles? )?(?:fond[ée]es? )?(?:enti[èe]rement |exclusivement |uniquement )?(?:sur un traitement )?automatis[ée]e?s?\b|\bprise de d[ée]cisions? automatis[ée]es?\b|\bintervention humaine\b|\b(?:syst[èe]me|traitement|outil|algorithme) automatis[ée]\b_\b(?:[ée]valu|d[ée]cid|accept|refus|not)\w*`)],
      severity: [[re(String.raw`${NOT}_\bautomatis\w*|\bintervention humaine\b|\bdroit de ne pas faire l['’]objet\b|\b(?:une personne|un humain|un conseiller|un agent)\b_\b(?:r[ée]examin|examin|revoi|v[ée]rifi)\w*`), 'good']],
      fallback: 'neutral',
    },
    'sensitive-data': {
      cues: [re(String.raw`\bdonn[ée]es? (?:sensibles?|de sant[ée]|biom[ée]triques?|g[ée]n[ée]tiques?)\b|\bcat[ée]gories particuli[èe]res de donn[ée]es\b|\borientation sexuelle\b|\bopinions politiques\b|\bconvictions religieuses\b`)],
      severity: [[re(String.raw`${NOT}_\b(?:collect|trait|utilis|recueill)\w*`), 'good']],
      fallback: 'neutral',
    },
    'data-collection': {
      cues: [re(String.raw`\bnous (?:ne |n['’])?(?:collectons|recueillons|traitons|utilisons|enregistrons|obtenons)\b|\b(?:informations|donn[ée]es) que vous nous (?:fournissez|communiquez|transmettez|donnez)\b|\b(?:donn[ée]es|informations) (?:que nous (?:collectons|recueillons|traitons)|collect[ée]es|recueillies)\b|\b(?:donn[ée]es|informations)\b (?:personnelles )?(?:sont|seront|peuvent [êe]tre) (?:utilis[ée]es|trait[ée]es|collect[ée]es)\b`),
        // What an app or a device records: "l'application mesure le temps passé", "la montre enregistre votre pouls".
        re(String.raw`\b(?:l['’]application|l['’]appli|la montre|l['’]appareil|le logiciel|le site|l['’]extension)\b (?:\w+ )?(?:mesure|enregistre|collecte|recueille|capte|conserve)\b`)],
      severity: [
        // Not collected, or only with the reader's agreement.
        [re(String.raw`${NOT}\s*(?:\S+\s+){0,2}?(?:collect|recueill|trait|enregistr)\w*|\b(?:avec|sous r[ée]serve de) votre (?:accord|consentement|autorisation)\b|\bsi vous (?:l['’])?(?:acceptez|autorisez|activez)\b`), 'good'],
        [re(String.raw`\bprofilage\b|\bpublicit[ée]s? cibl[ée]es?\b|\bcourtiers en donn[ée]es\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    tracking: {
      cues: [re(String.raw`\bcookies?\b|\btraceurs?\b|\bpixels?\b|\bbalises? web\b|\bmesure d['’]audience\b|\bgoogle analytics\b|\bpublicit[ée]s? cibl[ée]es?`)],
      severity: [
        [re(String.raw`\b(?:strictement )?n[ée]cessaires?\b|\bavec votre (?:accord|consentement)\b|\bsans (?:votre|ton) (?:accord|consentement)\b(?<=${NOT}[^.!?]*)|\bsous r[ée]serve de votre consentement\b|${NOT}\s*(?:\S+\s+){0,2}?(?:utilis|d[ée]pos|install|plac)\w*\b(?: pas| aucun\w*)?\s+(?:de |d['’])?(?:cookies?|traceurs?)\b|${READER_CHOOSES}`), 'good'],
        [re(String.raw`\bpublicit\w*|\bpartenaires?\b|\bciblage\b|\breciblage\b|\bprofilage\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    children: {
      cues: [re(String.raw`\benfants?\b|\bmineurs?\b|\bmoins de (?:13|15|16|18) ans\b|\b[âa]ge minimum\b|\b(?:au moins|plus de) (?:13|15|16|18) ans\b|\b[âa]g[ée]e?s? de (?:au moins |plus de )?(?:13|15|16|18) ans\b`)],
      severity: [],
      fallback: 'neutral',
    },
    security: {
      // "chiffre" alone is a figure ("chiffre d'affaires"): only the verb and its participles say encrypted.
      cues: [re(String.raw`\bchiffr(?:é|ée|és|ées|ement|ons|ent|er)\b|\bhach[ée]e?s?\b|\bmesures (?:techniques|organisationnelles|de s[ée]curit[ée])\b|\bs[ée]curit[ée] des donn[ée]es\b`)],
      severity: [
        [re(String.raw`\bpas (?:\w+ ){0,3}?chiffr\w*|\bnon chiffr\w*`), 'bad'],
        [re(String.raw`\b(?:ne (?:pouvons|peut|pouvez) pas|ne saurions) garantir\b`), 'neutral'],
        [re(String.raw`\bchiffr\w*|\bhach[ée]\w*|\bmesures\b`), 'good'],
      ],
      fallback: 'neutral',
    },
  },
};
