import { clauseFilter, type ModelData } from '../clauses/model.ts';
import filter from '../clauses/filter-en.json' with { type: 'json' };
import { sentenceGap } from './latin-patterns.ts';
import type { ClausePack } from './types.ts';

/** A gap of up to `chars` characters within one sentence (English patterns are ASCII: a letter is `\w`). */
const gap = (chars: number) => sentenceGap(chars, String.raw`\w`);
/** Case-insensitive pattern from a source string; `_` stands for a short gap. */
const re = (source: string) => new RegExp(source.replaceAll('_', gap(80)), 'i');
/**
 * A short gap that stays in one clause of the sentence: a negation does not reach past "without" ("cannot provide
 * the service without sharing") or into the next clause ("we do not offer refunds, and we share").
 */
const SAME_CLAUSE = String.raw`(?:(?!\bwithout\b|[,;]\s*(?:and|but|while|however)\b)[^.!?]|[.!?](?=\w)){0,80}?`;
/** A longer gap, for clauses that carry long parentheses. */
const LONG_GAP = gap(200);

// Shared fragments.
const NOT = String.raw`(?:\bnot\b|\bnever\b|\bno\b|n['’]t\b|\bcannot\b|\bneither\b|\bnor\b)`;
const PROVIDER = String.raw`(?:\bwe\b|\bus\b|\bour\b|\breserves?\b|\bthe company\b|\bentitled\b|\bdiscretion\b|\bright to\b|\bmay\b)`;
/** Not a guess at what the reader did: "you may have broken the rules" is not "you may delete". */
const NOT_DONE = String.raw`(?!\s+have\s+(?:\w+(?:ed|en)|done|made)\b)`;
const USER_ACTS = String.raw`\byou (?:may|can|are free to|are able to|have the (?:right|option|choice|ability) to|could|might)\b${NOT_DONE}`;
/** The provider's business or assets, as a thing that is sold: "all or part of our business", "its assets". */
const BUSINESS = String.raw`(?:(?:all|substantially all|part|a portion|any portion|some)(?: or (?:all|part|substantially all|a portion))? (?:of )?)?(?:our|its|their|the company['’]s) (?:business(?:es)?|assets|company)\b`;
const PERSONAL_DATA = String.raw`(?:personal (?:data|information)|personally identifiable|your (?:data|information|content|details)|user data|customer data|information (?:about|from) you)`;
/** Third-party services, providers and vendors (integrations in terms of service, processors in privacy policies). */
const THIRD_PARTY_SERVICES = String.raw`\bthird[- ]party (?:providers?|services?|vendors?)\b`;
const DATA_WORDS = String.raw`(?:data|information|details|content|personal|process\w*|stor\w*|host\w*|shar\w*|disclos\w*|connect\w*|log\w* in(?:to)?)`;
/** Where the reader lives: "the country of your main residence", "your state of residence", "where you live". */
const RESIDENCE = String.raw`(?:\b(?:your|the consumer['’]s) (?:(?:main|habitual|usual|primary) )?(?:country|place|state|member state) of (?:(?:main|habitual|usual|primary) )?(?:residence|domicile)\b|\b(?:country|place|state|member state) of (?:your|the consumer['’]s) (?:(?:main|habitual|usual|primary) )?(?:residence|domicile)\b|\b(?:where|in which) you (?:(?:habitually|normally|usually|currently|permanently) )?(?:live|reside|are (?:a )?(?:resident|domiciled))\b|\byour domicile\b)`;
const USER_CONTENT = String.raw`(?:content|prompts?|inputs?|outputs?|conversations?|chats?|messages?|files?|uploads?|submissions?|data|information|interactions?|feedback|recordings?|images?|voice|queries|api (?:requests?|traffic)|activity)`;
// The reader cannot delete what they gave.
const NO_WAY_TO_DELETE = String.raw`\b(?:not|no) (?:have )?(?:the |an )?(?:option|ability|way) to (?:delete|erase|remove)\b`;
/** After a number: not an age when a unit follows ("at least 14 days before", "over 18 months"). */
const NOT_A_COUNT = String.raw`(?!\s+(?:calendar |business |working )?(?:seconds?|minutes?|hours?|days?|weeks?|months?|percent|per ?cent|%|times|characters|items|people|users|countries|languages)\b)`;
/** What the reader does with their own data: the verbs of their rights. */
const RIGHT_VERBS = String.raw`(?:delete|erase|export|download|access|correct|rectify)`;
// Pricing, business or threat models are not models that learn.
const MODELS = String.raw`(?:(?<!\b(?:pricing|business|financial|revenue|subscription|operating|risk|threat|delivery|cost) )models?|\bai\b|artificial intelligence|machine[- ]learning|\bllms?\b|algorithms?|neural)`;
const TRAIN = String.raw`(?:train|training|trained|retrain\w*|fine-?tun\w*|improv\w*|develop(?!ers?\b)\w*|enhanc\w*)`;
/** Others kept from training on what they are given: "contractually prohibited from training on it". */
const BARRED_FROM_TRAINING = String.raw`\b(?:prohibited|barred|forbidden|restricted|not (?:permitted|allowed)) (?:from|to) train\w* (?:on|with) (?:it|them|this|that|such|any|your|customer|user)\b`;
const DURATION = String.raw`(?:\d+|one|two|three|six|seven|thirty|sixty|ninety|twelve|twenty-four|forty-eight|[a-z]+ \(\d+\))[- ](?:calendar |business )?(?:hours?|days?|weeks?|months?|years?)`;
/** A period in which the reader may cancel a purchase or contract: "You have 14 days … to cancel", "your right to withdraw". */
const READER = String.raw`(?:you|customers?|consumers?|buyers?|purchasers?)`;
const COOLING_OFF = String.raw`\b${READER} (?:have|has|get|gets|will have)\b (?:\w+ ){0,3}?${DURATION}\b[^.!?]{0,60}?\bto (?:cancel|withdraw from|return)\b|\b(?:your|the consumer['’]s) (?:legal |statutory )?right (?:to (?:cancel|withdraw)|of withdrawal)\b|\b${READER} (?:have|has|will have|are entitled to|is entitled to|may exercise) (?:the |a )?(?:legal |statutory )?right (?:to (?:cancel|withdraw|return)|of withdrawal)\b|\bcooling[- ]off period\b`;
/** …and that period taken away: "The right to cancel does not apply to …", "you lose your right of withdrawal". */
const NO_COOLING_OFF = String.raw`\bright (?:to (?:cancel|withdraw)|of withdrawal)\b${gap(80)}\b(?:does not|do not|will not|shall not|cannot|no longer) (?:apply|be available)\b|\b(?:lose|waive|forfeit)\w*\b${gap(80)}\bright (?:to (?:cancel|withdraw)|of withdrawal)\b`;
const OPT_OUT = String.raw`(?:opt(?:ed|s)?[- ]?out|turn(?:ing)? (?:it )?off|switch(?:ing)? off|disabl\w+|object(?:ing)? to|withdraw\w*|unless you (?:choose|decide)|you can (?:choose|decide) not|control whether|manage (?:this|whether)|(?:data|privacy) controls|settings)`;
const OPT_IN = String.raw`(?:opt(?:ed|s)?[- ]?in\b|with your (?:express |explicit |prior |affirmative )?(?:consent|permission)|unless you (?:explicitly |expressly )?(?:consent|agree|choose to share|allow|opt)|only if you|(?:if you|you (?:can|may)(?: also)?) choose to (?:share|submit|allow|provide|send|contribute|donate)|you have (?:explicitly )?(?:chosen|agreed|given))`;

/** How each clause category reads in English, and the trained filter that keeps real clauses. */
export const enClauses: ClausePack = {
  code: 'en',
  filter: clauseFilter(filter as ModelData),
  overview: re(String.raw`\b(?:this|our|the) (?:online )?(?:privacy |cookies? )?(?:policy|notice|statement)\b[^.]{0,30}\b(?:describes?|explains?|outlines?|covers|tells you|will explain|is meant to)\b`),
  conductList: re(String.raw`(?:(?<!\b(?:if|unless|when|whether|even if) )\b(?:you|users?|customers?|licensees?|developers?|members?) (?:[\w'’-]+ ){0,3}?(?:(?:may|must|shall|will|should|can|agree|undertake)(?: to)? not|cannot|can['’]t|won['’]t|mustn['’]t|don['’]t)\b|^\W*don['’]t\b|\b(?:prohibited|forbidden|not (?:permitted|allowed))\b)[^.!?]*:\s*$`),
  // It ends in a modal verb, or in "to" or "for", before its colon.
  listLeadIn: /\b(?:may|can|could|might|will|shall|must|to|for)\s*(?:\([^)]*\)\s*)?:\s*$/i,
  // ", but" and "; however," turn a sentence; a "however" set off by commas only qualifies its own clause, and
  // "including, but not limited to," does not turn at all.
  contrast: /,\s*but\b(?! not limited)|;\s*(?:but|however)\b,?/gi,
  clauses: {
    arbitration: {
      cues: [re(String.raw`\barbitrat(?:ion|or|ors|ed|e|ing)\b`), re(String.raw`\bclass[- ]?(?:action|wide|arbitration)\b`), re(String.raw`\bjury trial\b|\btrial by jury\b`), re(String.raw`\brepresentative (?:action|proceeding|capacity)\b`), re(String.raw`\bwaive_\b(?:jury|class)\b`), re(String.raw`\bclass members?\b|\b(?:claims?|disputes?)\b_\b(?:only )?(?:in (?:your|its|their|his|her) |on an )individual (?:capacity|basis)\b`)],
      unless: re(String.raw`\barbitrary\b(?!_arbitrat)`),
      severity: [
        // The reader's own recourse under a privacy framework ("you may invoke binding arbitration for complaints").
        [re(String.raw`\binvoke (?:binding )?arbitration\b`), 'neutral'],
        // A carve-out from the duty to arbitrate ("except that neither party is required to arbitrate claims for
        // injunctive relief") leaves the duty in place.
        [re(String.raw`\b(?:except|excluding|other than|provided,? however)\b_${NOT}(?: \w+){0,2} (?:required|obliged|bound)\b_\barbitrat`), 'bad'],
        // Not bound to arbitrate, a way out the reader may take, or the provider bearing the costs of it.
        [re(String.raw`${NOT}_\b(?:required|forced|obliged|bound)\b_\barbitrat|(?<!\bunless )\b(?:you (?:may|can|have the (?:right|option) to)|to) opt[- ]?out\b|\bnot (?:apply|applicable)\b_\b(?:consumers?|you)\b|\b(?:we|company) (?:will |shall )?(?:waive|pay|reimburse|cover|bear)\b_\b(?:fees|costs|expenses)\b`), 'good'],
      ],
      fallback: 'bad',
    },
    'unilateral-change': {
      cues: [
        re(String.raw`(?:\bwe\b|\breserves?\b|\bmay\b|\bright\b|\bentitled to\b|\bcan\b|\bwill\b)_\b(?:change|changes|modify|modifies|amend|amends|update|updates|revise|revises|alter|alters|replace|revalue|adjust|vary)\b_\b(?:terms|agreement|policy|policies|conditions|statement|notice|services?|prices?|pricing|fees|charges|features?|functionality|eula|these|this|it|them|offering|plans?|items|goods|currency|access|site|app|software|products?|guidelines|rules)\b`),
        re(String.raw`\b(?:changes?|modifications?|amendments?|updates?|revisions?|variations?) (?:to|of|in) (?:these|this|the|our|any) (?:terms|agreement|policy|privacy|statement|conditions|notice|eula|services?)|\b(?:may|entitled to|right to) make (?:any |such |any such )?(?:amendments|changes|modifications)\b`),
        re(String.raw`\b(?:revised|updated|modified|amended|new) (?:version of (?:these|this|the) )?(?:terms|agreement|policy|conditions|statement|privacy (?:policy|notice|statement))\b|\b(?:changes|modifications|amendments|revisions)\b (?:\w+ ){0,2}(?:take|takes|become|becomes) (?:effect|effective)\b`),
        re(String.raw`\b(?:terms|agreement|policy|conditions) (?:may|can|will|might) (?:be )?(?:change|modifi|amend|update|revis)`),
        re(String.raw`\bmay be (?:changed|modified|amended|updated|revised|altered|discontinued)\b_\b(?:at any time|without|from time to time)|\breview\b_\b(?:regularly|periodically|regular basis|frequent basis|from time to time|for (?:any )?changes)|\breserves? the right\b_\b(?:charge|price|fees)\b|\bfrom time to time\b_\b(?:change|modif|amend|updat|revis)|\b(?:change|modif|amend|updat|revis)\w*_\bfrom time to time\b`),
        // The reader is told to look at the document again and again.
        re(String.raw`\b(?:check|review|visit|consult|look at|read)\w*\s+(?:these|this|the|our)\s+(?:terms|agreement|policy|page|conditions)\b_\b(?:regularly|periodically|frequently|from time to time)\b|\b(?:regularly|periodically|frequently)\s+(?:check|review|visit|consult|look at)\b_\b(?:terms|agreement|policy|version|changes|updates|page)\b|\b(?:responsible|responsibility)\b_\b(?:review|check|familiar)\w*\b_\b(?:changes|modifications|updates|revisions)\b`),
        // How a document says it changes: the reader is told to check it, changes take effect when posted, "if we make changes".
        re(String.raw`\b(?:check|review|visit|consult)\b_\b(?:periodically|regularly|from time to time|frequently)\b_\b(?:changes|updates)\b|\b(?:check|review)\w*\b_\bfor (?:any )?(?:changes|updates)\b|\bnotice of (?:any )?(?:significant|material|important) (?:changes|updates|revisions)\b|\b(?:notice|notify|inform)\w*\b_\bbefore (?:any |the |such |a )?(?:material |significant |substantial )?changes?\b(?! (?:to|in) your\b)|\b(?:material|significant|any|all|such) (?:changes|modifications|revisions|updates)\b_\b(?:will|shall) (?:become|be|take) (?:effective|apply|in effect)|\b(?:changes|modifications|revisions)\b_\beffective (?:when|upon|once|immediately|as of|on the date)\b|\bif we (?:make|decide to make) (?:any )?(?:material |significant |substantial )?(?:changes|modifications|revisions|updates)\b|\b(?:if|when|where) (?:the|any|such|an?) (?:changes?|modifications?|revisions?|updates?) (?:are|is) (?:significant|material|substantial)\b|\b(?:notify|notice|inform|tell|alert|e-?mail|message|warn)\w*\b_\b(?:days?|weeks?|months?) (?:before|prior to|in advance of) (?:they|it|the (?:changes?|update|revision)s?) (?:take|takes|become|becomes|come|comes) (?:into )?(?:effect|effective|force)\b|\b(?:days?|weeks?|months?)['’]? (?:advance |prior )?notice (?:before|of) (?:they|it|the (?:changes?|updates?|revisions?)|any (?:changes?|updates?|revisions?))\b|\b(?:following|after) the posting of (?:any )?(?:changes|modifications|revisions)\b|\bdate (?:this|our|the) (?:policy|notice|statement|terms|agreement) was (?:last )?(?:updated|revised|modified|changed)`),
      ],
      unless: re(String.raw`${USER_ACTS}_\b(?:change|modify|update|amend)\b_\b(?:your|settings|preferences|password|profile)\b|\byou (?:must|should|agree to) (?:promptly )?update\b`),
      severity: [
        [re(String.raw`\bwithout (?:prior |advance |any )?notice\b|\b(?:effective|takes? effect) (?:immediately )?(?:when|upon|once) (?:posted|posting|published|publication)\b|\bwithout (?:your )?consent\b|\bsolely responsible for (?:checking|reviewing)|\bresponsibility to (?:check|review)`), 'bad'],
        // A stated notice period before changes apply ("at least 30 days", "fourteen (14) days after they are posted").
        [re(String.raw`\b(?:at least|no (?:earlier|sooner) than|minimum of)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:calendar\s+)?(?:days?|weeks?|months?)\b|\b(?:\d+|one|two|three|four|six|seven|ten|fourteen|fifteen|thirty|sixty|ninety)\W*(?:\(\d+\)\s+)?(?:calendar\s+)?(?:days?|weeks?|months?)\b(?:_\b(?:after|before|prior|following|in advance)\b|['’]?\s+(?:advance |prior |written )?notice\b)`), 'good'],
        // A promise to tell the reader first softens a change made at the provider's discretion.
        [re(String.raw`\b(?:notify|inform|notice|email|tell|let you know)\b_\b(?:in advance|before|prior)|\badvance notice\b|\bprior notice\b|\b(?:we will|we['’]ll|we shall|will be|undertakes? to)\b (?:\w+ ){0,3}(?:notify|notified|inform|informed|let you know|bring it to your attention|post a notice|send you a notice|provide (?:you with )?notice)\b|\bsubject to notice\b`), 'neutral'],
        // Changed whenever the provider likes, in force once posted, accepted by carrying on: the reader is not asked.
        [re(String.raw`\bat any time\b|\bat (?:our|its|their) (?:own )?discretion\b|\bsole (?:and absolute )?discretion\b|\bwithout (?:any )?(?:notification|notifying you)\b|\beffective (?:immediately )?(?:at the time|as soon as|from the moment)\b_\bpost\w*|\b(?:continued|continuing|further) (?:use|access)\b_\b(?:constitutes?|means|signif\w+|deemed|indicates?|will be considered)\b|\b(?:deemed|considered) (?:to have )?accept\w*`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'unilateral-termination': {
      cues: [
        re(String.raw`${PROVIDER}_\b(?:suspend\w*|terminat\w*|disabl\w*|deactivat\w*|discontinu\w*|cancel\w*|close|closing|block\w*|restrict(?:s|ed|ing)?|withdraw\w*|revok\w*|delet\w*|end(?= (?:the|this|these|your|its|our) )|cut (?:off|off your)|stop (?:providing|offering|supporting)|cease (?:providing|offering|supporting)|refuse|deny|denying|decline|declining)\b_\b(?:account|accounts|access|services?|use|membership|subscriptions?|registration|user ?names?|profile|agreement|terms|licen[cs]es?|relationship|availability|right to use|privileges?|users?|account holders|renewals?|site|website|platform)\b|\bterminable by (?:us|\w+)\b|\b(?:permitted|entitled) to terminate\b`),
        re(String.raw`\b(?:suspension|termination|deactivation|closure|cancellation|withdrawal|revocation) of (?:your|the|any|user)\b_\b(?:account|access|services?|membership|subscription|right|licen[cs]e|privileges?)`),
        // Passive and automatic forms: "your account may be suspended", "your right to use the Service will cease".
        re(String.raw`\bhave (?:their|your) (?:accounts?|access|membership) (?:terminated|suspended|disabled|closed|deleted)\b|\b(?:accounts?|access|membership|subscriptions?|licen[cs]es?|rights?|privileges?)\b_\b(?:may|can|will|shall) (?:only )?(?:be )?(?:immediately |automatically |permanently |temporarily )?(?:terminated|suspended|closed|cancell?ed|deactivated|disabled|revoked|restricted|blocked|withdrawn|limited|ceased?|terminate)\b`),
        re(String.raw`\b(?:these terms|this agreement|the agreement|this licen[cs]e|the licen[cs]e|this eula)\b (?:will|shall) (?:automatically )?terminate\b|\b(?:automatically )?terminates? your (?:right|licen[cs]e|access|account)\b|\b(?:right|authori[sz]ation|licen[cs]e|permission) to (?:access|use)\b_\b(?:automatically|immediately) terminates?\b|\b(?:your|the|this|these|such) (?:rights?|licen[cs]es?|access|permissions?)\b(?: [\w-]+){0,4}? (?:end|ends|cease|ceases|terminates?) (?:automatically|immediately|without (?:prior )?notice)\b`),
        // A list item that carries on a lead-in ("we may take any of the following measures: … suspend your account").
        re(String.raw`^\W*(?:[a-z]{1,4}[).]\s*)?(?:(?:immediate|temporary|permanent|temporarily|permanently|or|and),? )*(?:suspend|terminat|disabl|deactivat|revok|limit|restrict|withdraw|cancel|clos)\w*\b_\b(?:your|the|any)\b_\b(?:account|access|right|licen[cs]e|membership|subscription|status|use)\b`),
        re(String.raw`\bterminat\w*\b_\bfor any (?:or no )?reason\b|\bfor any (?:or no )?reason\b_\bterminat`),
        re(String.raw`${PROVIDER}_\b(?:ban|kick|expel|exclude|remove) you\b`),
        // The service itself may end: "… or to discontinue the Services without notice", "may stop (permanently or temporarily) providing the Service".
        re(String.raw`\bto discontinue (?:the |our |any |all )?(?:services?|products?|platform|site|apps?)\b|\bstop\b(?: \([^)]{0,40}\))? (?:providing|offering) (?:the |our |any )?(?:services?|products?|features?)\b`),
        re(String.raw`\bsubject to (?:any )?(?:limitations|restrictions|conditions)\b_\bestablished by (?:us|\w+)\b_\bsole discretion`),
      ],
      unless: re(String.raw`(?:${USER_ACTS}|\b(?:customers?|licensees?|subscribers?|clients?|buyers?) (?:may|can|is entitled to|has the right to)\b)_\b(?:terminat|cancel|close|delete|stop|deactivat|end|withdraw|decline to renew|not renew)\w*|\byour right (?:to|of) (?:terminate|cancel|close|end|withdraw\w*)\b|\bterminat\w*\b_\b(?:will|shall) (?:remain|continue|survive)\b|\b(?:will|shall) (?:remain|continue) in (?:full )?(?:force|effect)\b|\byou (?:can|may) (?:also )?(?:choose|request|ask) (?:us )?to\b|\b(?:if|until|when|once|unless) you (?:terminat|cancel|close|delete)\w*\b|\bupon (?:any )?termination\b|\b(?:after|following) (?:the )?termination\b|\bsurviv\w+ (?:the )?terminat|\bterminat\w+ (?:or expiration|or expiry)|\beffect of termination\b`),
      severity: [
        // Termination only after notice, a chance to cure or warnings: the reader is treated fairly.
        [re(String.raw`\bonly (?:after|if|when|in (?:the event|case))\b_\b(?:notice|cure|warn\w*)\b|\bfail\w* to cure\b|\bfair and proportionate\b|\b(?:\d+|two|three) (?:strikes|warnings)\b|\b(?:\d+|thirty|sixty|ninety) days['’]? (?:prior |advance |written )?notice\b|\bperiod of (?:\d+|one|two|three|four|thirty) (?:days|weeks|months)\b`), 'good'],
        [re(String.raw`\bwithout (?:(?:giving|stating|providing) )?(?:a |prior |advance |any )?(?:notice|notification|liability|reasons?|cause|refund)\b|\bsole (?:and (?:absolute|exclusive) )?(?:discretion|decision)\b|\babsolute (?:right|discretion)\b|\bsolely decide\b|\bfor any (?:other |or no )?reason\b|\bat any time\b|\bimmediately\b`), 'bad'],
        [re(String.raw`\b(?:notify|notice|inform)\b|\bbreach\b|\bviolat\w+\b|\bfail\w* to comply\b|\brepeat infringer`), 'neutral'],
      ],
      fallback: 'neutral',
    },
    'content-removal': {
      cues: [
        re(String.raw`\b(?:content|posts?|materials?|listings?|reviews?|submissions?|user ?names?|account names?|items|goods|photos?|images?|videos?|comments?|messages?|communications?|files?)\b_\b(?:may|can|will) (?:also )?be (?:deleted|removed|disabled|edited|refused|blocked|hidden|taken down|reclaimed)\b|\b(?:content|posts?|materials?|submissions?|photos?|images?|videos?|comments?|messages?|communications?)\b_\bsubject to\b_\b(?:removal|deletion|modification|editing|moderation)\b|\b(?:deletion|removal|loss) of (?:all |any |your )?(?:\w+ )?(?:content|materials?|posts?|submissions?)\b|\blose\b_\b(?:content|items|purchases|user names?|persona)\b|^\W*(?:(?:[a-z]{1,4}[).]|and|or)\s+)?(?:refuse|remove|delete|delay|disable|block|edit|hide)\w*\b_\b(?:content|listings?|reviews?|posts?|ratings?|ugc)\b`),
        re(String.raw`${PROVIDER}_\b(?:remov\w*|delet\w*|disabl\w*|edit\w*|refus\w* to (?:post|publish|display|accept|transmit)|take down|taking down|block\w*|screen\w*|filter\w*|moderat\w*|reject\w*|hide|hiding|modif\w*|reclaim\w*)\b_\b(?:content|posts?|postings?|materials?|submissions?|(?:virtual|digital) (?:items|goods|money|currency|content)|photos?|videos?|messages?|listings?|comments?|uploads?|reviews?|user names?|usernames?|account names?|repositor\w+|projects?|packages?|communications?|ugc|user[- ]generated content)\b`),
        re(String.raw`\b(?:removal|deletion|takedown|take-down) of (?:any |your |the |user |such )?(?:content|posts?|postings?|materials?|submissions?|uploads?|files?|user content)`),
        re(String.raw`\b(?:moderators?|administrators?|admins?|staff)\b (?:may|can|will|might|reserve)\b_\b(?:remov|delet|hid|edit|lock|disabl|block)\w*\b_\b(?:content|posts?|messages?|comments?|threads?|topics?|listings?|reviews?)\b`),
        // What the provider may end or take away includes the reader's content or purchases.
        re(String.raw`\b(?:disabl\w*|eliminat\w*|discontinu\w*|remov\w*|delet\w*|terminat\w*|suspend\w*)\b_\b(?:including|incl\.)\b(?:[^.!?]{0,40}?)\b(?:your content|user content|any content|content you (?:submitted|posted|uploaded))\b|\b(?:terminat\w*|revok\w*|cancel\w*)\b_\b(?:virtual (?:goods|items|currency|money)|in-game (?:items|currency)|usage subscriptions)\b`),
        // The reader's way to have removed content put back.
        re(String.raw`\b(?:you (?:may|can|have the right to)|permits? you to|allows? (?:its |our )?users? to|you will have the (?:right|opportunity) to)\b_\bcounter[- ]?noti(?:ce|fication)s?\b`),
        // Content already taken down, access to it blocked, the provider deciding what appears at all.
        re(String.raw`\b(?:your|their|users?['’]?|uploaded)\b (?:[\w-]+ )?(?:content|materials?|posts?|videos?|works?|uploads?)\b (?:(?:that|which) )?(?:was|were|has been|have been|had been|is|are)\s+(?:\w+\s+)?(?:removed|disabled|taken down|blocked)\b|\b(?:block|disable|restrict|remove)\w* access to\b(?: or (?:remove|delete|disable)\w*)? (?:the |such |any |your )?(?:allegedly )?(?:infringing )?(?:content|materials?|works?|posts?|virtual (?:currency|goods|items))\b|\bdiscretion\b_\b(?:which|what|whether)\b_\b(?:content|materials?|posts?)\b_\b(?:published|posted|displayed|appears?|shown)\b`),
      ],
      unless: re(String.raw`${USER_ACTS}_\b(?:remove|delete|edit|hide)\b|\byou (?:must|should) (?:remove|delete)\b|\bif you (?:remove|delete)\b`),
      severity: [
        [re(String.raw`\bwithout (?:prior |advance |any )?(?:notice|liability|reason)\b|\bsole discretion\b|\bfor any (?:or no )?reason\b|\bno reason\b`), 'blocker'],
        // At any time, or on the provider's own judgement of taste ("if we decide it is inappropriate"); judging
        // whether content breaks the rules or the law is what any removal for a violation takes.
        [re(String.raw`\bat any time\b|(?:\b(?:if|when|where|that) (?:we|it|the company) (?:decides?|believes?|considers?|determines?|thinks?|deems?|judges?|feels?)\b|\bin (?:our|its) (?:\w+ )?(?:opinion|judge?ment|view)\b)(?![^.!?]{0,60}\b(?:infring|violat|break|breach|unlawful|illegal|law\b|intellectual property|copyright))`), 'bad'],
        // The reader's way back: an appeal, a counter-notice, content restored.
        [re(String.raw`\b(?:you (?:can|may)|permits? you to|allows? (?:its |our )?users? to|you will have the (?:right|opportunity) to)\b_\b(?:appeal|counter[- ]?noti\w*|dispute)\b|\b(?:restored|reinstated)\b`), 'good'],
        [re(String.raw`\b(?:notify|notice|appeal|counter-?notice)\b`), 'neutral'],
      ],
      fallback: 'neutral',
    },
    'liability-limitation': {
      cues: [
        re(String.raw`${NOT}_\b(?:liable|liability|responsible|responsibility|accountable)\b|\b(?:in no event|under no circumstances|under any circumstances)\b_\b(?:liab\w*|responsib\w*|damages|losses|claims?)\b|\bin no event\b${LONG_GAP}\bbe liable\b`),
        re(String.raw`\b(?:exclude|limit)s?\b_\bliab|\bliab(?:le|ility)\b_\b(?:(?<!\bnot )limited|exceed|cap|capped|excluded?|disclaim|maximum|aggregate|shall not|will not|greater of|lesser of)\b`),
        re(String.raw`\b(?:maximum|aggregate|total|entire) (?:aggregate )?liability\b`),
        // "As is" as a warranty disclaimer, not as a comparison ("…, as is livestreaming your usage", "as is the case").
        re(String.raw`(?<!\b(?:long|much|soon|far|such)\s+)["“]?\bas[- ]is\b(?!\s+(?:the|a|an|this|that|\w+ing|necessary|required|reasonabl\w*|appropriate|permitted|customary|common|usual|typical|possible|practicable|needed|standard|consistent|described)\b)|\bas[- ]available\b|\bwith all faults\b`),
        re(String.raw`\bdisclaim\w*|\bwithout (?:any )?warrant|\bno warrant|\bmakes? no (?:representations?|warrant|guarantee)|\b(?:does|do) not (?:guarantee|warrant|represent)\b|\b(?:does|do|will) not (?:make|give|provide|offer) (?:any )?(?:representations?|warrant(?:y|ies)|guarantees?)\b|\b(?:neither|nor) (?:\w+ )?warrants?\b|\bnot guaranteed\b|\b(?:cannot|can['’]t) guarantee\b`),
        // The items of a warranty disclaimer, often a list of their own: "(ii) the service will be uninterrupted or error-free".
        re(String.raw`\b(?:uninterrupted|error[- ]free|timely)\b_\b(?:error[- ]free|uninterrupted|secure|timely)\b|\b(?:errors|defects)\b_\bwill be corrected\b|\bwill meet (?:your|customer['’]?s?|the user['’]?s?) (?:requirements|expectations|needs)\b`),
        re(String.raw`\b(?:indirect|incidental|consequential|special|punitive|exemplary) (?:or \w+ )?damages\b|\blost profits\b|\bloss of (?:profits?|data|revenues?|income|business|goodwill|reputation|opportunit\w+)\b|\b(?:actual or )?anticipated (?:profits|savings)\b|\b(?:damage to|corruption of|deletion of)\b_\b(?:data|content)\b_\b(?:whether direct or indirect|direct or indirect)\b`),
        re(String.raw`\b(?:at|is) your (?:own|sole) (?:discretion and )?risk\b|\byou (?:assume|bear) (?:all|the|full|any) (?:risk|responsibility)|\bsolely (?:liable|responsible) for\b_\b(?:content|use|activity|conduct|post|damage|loss)`),
        re(String.raw`\bno refunds?\b|\bnon-?refundable\b|\bnot (?:be )?(?:required|obligated|obliged|entitled) to (?:provide|give|issue|offer|make|receive|claim)\b_\b(?:refunds?|compensation|damages|credits?)\b|\bwill not (?:be refunded|receive (?:any )?(?:money|compensation|refunds?))\b|\bwithout (?:any )?(?:refund|compensation)\b`),
        re(String.raw`\bwithout (?:\w+ )?(?:notice )?(?:or|and) liability\b|\bwithout liability\b|\brelease\w*\b_\bfrom (?:all |any )?liability\b`),
        // What the reader can recover is capped or limited to one remedy.
        re(String.raw`\b(?:be|is|are) liable\b_\bonly for\b|\bonly (?:be )?liable for\b|\b(?:our|its|their) (?:only|sole|entire) liability\b|\b(?:sole|exclusive) (?:and exclusive )?remedy\b|\bclaims? against us\b_\blimited to\b|\b(?:found|held) (?:to be )?liable\b${LONG_GAP}\b(?:limited to|exceed|capped|greater of|lesser of)\b|\b(?:limitations?|exclusions?) (?:and exclusions )?(?:of|on) (?:\w+['’]s? )?liability\b|\bthese (?:limitations|exclusions)(?: and (?:limitations|exclusions))?\b_\bappl`),
      ],
      unless: re(String.raw`\bwe (?:are|will be|shall be|remain) (?:fully )?(?:responsible|liable) for\b(?!_\bnot\b)`),
      severity: [
        // Carve-outs that keep the provider liable: "nothing … excludes our liability for death, fraud or gross negligence".
        [re(String.raw`\bnothing in (?:these|this|the)\b_\b(?:limit|exclude|affect)\w*\b_\bliab|\bdoes not (?:limit|exclude) (?:our|\w+['’]s) liability\b|\bwe (?:are|remain) liable\b|\b(?:shall|will) remain (?:fully )?liable\b|(?:\bnothing\b|\bnot\b|n['’]t\b|\bin no event\b|\bnever\b)_\b(?:limit|exclude|affect|restrict|remove)\w*\b_\bliab\w*\b_\b(?:death|personal injury|fraud\w*|gross(?:ly)? negligen\w*|wil(?:l)?ful|intent\w*|deliberate)`), 'good'],
        // Standard and fair: no liability for delays beyond anyone's control (force majeure), or for losses the reader
        // caused ("caused by your failure to keep your password secret"), unless the sentence also caps or excludes more.
        [re(String.raw`^(?![\s\S]*(?:\blimited to\b|\bnot exceed|\bin no event\b|\bindirect\b|\bconsequential\b|\bpunitive\b|\blost profits\b|\b(?:total|aggregate|maximum) liability\b|\brefunds?\b))[\s\S]*(?:\b(?:delay\w*|failure|interruptions?)\b_\b(?:beyond|outside)\b (?:\w+ ){0,3}?(?:reasonable )?control\b|\b(?:caused by|resulting from|arising (?:from|out of)|due to|attributable to) (?:your|you)(?:r)?(?: own)? (?:failure|breach|negligence|misuse|violation|fault)\b)`), 'neutral'],
        [re(String.raw`\bwhere it would be unlawful\b|\bgross negligence\b|\bwil(?:l)?ful misconduct\b|\bdeath or personal injury\b`), 'neutral'],
      ],
      fallback: 'bad',
    },
    jurisdiction: {
      cues: [
        re(String.raw`\b(?:bring|brought|litigated|litigation)\b_\bcourts?\b|\blitigated exclusively\b|\bcourts?\b_\b(?:located|sitting|bring|brought|exclusive|submit|consent|brought|venue|jurisdiction|resolved|litigated|heard|adjudicated|filed|commenced|instituted|competent|exclusively)\b`),
        re(String.raw`\b(?:exclusive|personal|non-exclusive|sole) (?:jurisdiction|venue|forum)\b|\bvenue\b_\b(?:court|located|exclusive|proper|lie|lies)\b|\bsubmit\w* to the (?:exclusive |non-exclusive )?jurisdiction\b|\bjurisdiction of the courts?\b|\bplace of jurisdiction\b|\bcompetent (?:\w+ )?(?:jurisdiction|courts?)\b|\b(?:decided|settled|heard|resolved) (?:only |exclusively )?(?:by|before|in) the courts\b`),
        re(String.raw`\b(?:disputes?|claims?|proceedings?|actions?)\b_\b(?:brought|resolved|heard|litigated|adjudicated|settled|filed)\b_\b(?:exclusively )?in (?:the )?(?:courts?|state|federal|county|district|tribunal)|\b(?:district|county|regional|high) court of\b|\bcourt of first instance\b`),
        re(String.raw`\bcourts? (?:of|in) (?:the )?(?:[A-Z][a-z]+|your)\b_\b(?:competent|jurisdiction|disputes?|claims?)\b`),
        re(String.raw`\bonly (?:in|before) (?:the )?(?:(?:state|federal|provincial|local|competent)(?: or (?:state|federal|provincial|local))? )?courts?\b`),
      ],
      // A court order, data handed to courts, or small claims alone (a sentence that also names the courts with
      // jurisdiction still counts).
      unless: re(String.raw`\bcourt order\b(?!_\bjurisdiction)|\b(?:share|disclose|provide)\w*\b_\b(?:with|to) (?:the )?(?:competent )?courts?\b|\brequired by (?:a )?court\b|^(?![^]*\b(?:exclusive|jurisdiction|venue)\b)[^]*\bsmall claims court\b`),
      severity: [
        [re(String.raw`\bcourts? (?:of|in|where) (?:the (?:country|place|state) (?:where|in which) )?(?:your|you (?:live|reside)|the consumer)\b|${RESIDENCE}|\byour (?:local|home) courts?\b`), 'good'],
      ],
      // Naming the courts is ordinary (ToS;DR rates it neutral); courts near the reader are good.
      fallback: 'neutral',
    },
    'choice-of-law': {
      cues: [
        re(String.raw`\b(?:governed|interpreted|construed|enforced)\b_\blaws?\b|\bin accordance with (?:the )?(?:[a-z.]+ ){0,3}laws?\b|\bsubject to (?!applicable\b)(?:[A-Z][\w.]* ){1,3}laws?\b|\bapplicable law (?:and (?:venue|jurisdiction) )?(?:is|are|shall be|will be)\b|\blaws? of\b_\bgovern|\bgoverning law\b|\bconflicts? of laws?\b|\bconflict of law\b|\bconstrued (?:and enforced )?in accordance with\b_\blaws?\b`),
        re(String.raw`\b(?:[A-Z][a-z]+|English|French|German|Irish|Dutch|Swedish|Swiss|US|U\.S\.|federal|state|substantive) laws? (?:applies|shall apply|will apply|(?:will |shall )?govern|governs|is applicable)\b|\bsubject to the laws? of\b|\bapplicable law (?:is|shall be|will be) the law\b|\blaws? of\b_\b(?:appl(?:y|ies)|(?:will|shall) apply)\b_\b(?:terms|agreement|contract|disputes?|claims?)\b|\blaws? of\b_${RESIDENCE}|\bmandatory (?:provisions|rules)\b_\blaws?\b`),
      ],
      unless: re(String.raw`\b(?:comply|compliance) with (?:all )?(?:applicable )?(?:local |state |national )?laws?\b(?!_govern)`),
      severity: [
        [re(String.raw`\blaws? of (?:the )?(?:country|place|state|member state) (?:where|in which) you (?:live|reside)|${RESIDENCE}|\bmandatory (?:consumer )?(?:protection|law)\b|\bdeprive you of\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    'contract-by-using': {
      // Acceptance clauses carry long parentheses ("the Instagram website, … (together, the "Service"), however accessed"):
      // their gaps are longer than a rule's usual one.
      cues: [
        re(String.raw`\bby (?:using|accessing|accepting|visiting|browsing|downloading|installing|registering|continuing|creating|clicking|signing|submitting|purchasing|subscribing|playing|participating|logging)\b${LONG_GAP}\b(?:(?:agree|accept|consent|acknowledge|bound|accepting|agreeing)\w*|entering into a (?:legally )?binding (?:contract|agreement))`),
        re(String.raw`\b(?:continued|continuing|continue|keep) (?:to )?(?:use|access|using|accessing)\b${LONG_GAP}\b(?:constitut\w+|means|signif\w+|indicat\w+|deemed|acceptance|agree\w*|accept\w*|consent\w*)\b`),
        re(String.raw`\b(?:use|access|using|accessing) (?:of )?(?:the|our|this|these|any) (?:services?|site|website|app|apps|platform|software|games?)\b${LONG_GAP}\b(?:constitut\w+|signif\w+|indicat\w+|confirms?|means) (?:your |\w+['’]s )?(?:acceptance|agreement|consent)`),
        re(String.raw`\bif you do not (?:agree|accept)\b_\b(?:do not|don['’]t|not|stop|cease|must not|may not|should not) (?:use|access|using|accessing|download|install)`),
        re(String.raw`\b(?:deemed|considered|treated as having) (?:to )?(?:have )?(?:accept|agree|consent)\w*`),
        re(String.raw`\byou agree to\b_\bby (?:installing|accessing|using|visiting)`),
        re(String.raw`\b(?:use|using|access|accessing|order|ordering)\b_\byou (?:agree|accept)\w*\b_\b(?:bound|these terms|this agreement|the terms|(?:the )?(?:new|updated|revised|modified|amended) terms)\b|\byou (?:accept|agree to) (?:these|this|the) (?:terms|agreement)\b_\bby (?:using|accessing|installing|creating|registering|signing|continuing)\b|\b(?:in order to|to) (?:access|use)\b_\byou (?:must )?(?:agree|accept)\w*\b_\b(?:terms|agreement)|\bwhen you(?: \([^)]{0,20}\))? (?:sign up|register|use|access|create)\b_\byou (?:also )?(?:agree|accept)\w*\b`),
        re(String.raw`\b(?:use|access)\b${LONG_GAP}\b(?:will|shall|does|to)? ?(?:indicate|constitute|signify|confirm)\w* (?:your )?(?:acceptance|agreement|consent)\b|\bby accepting these\b_\bagree`),
      ],
      severity: [],
      fallback: 'bad',
    },
    'content-license': {
      cues: [
        // A grant's list of qualities can be long ("a non-exclusive, royalty-free, perpetual, irrevocable and fully
        // sublicensable right to use"): the gap after the verb allows three short sentences' worth of words.
        re(String.raw`\b(?:you|users?|customers?)\b_\b(?:grant|give|provide|assign)s?\b[^.!?]{0,250}?\b(?:licen[cs]e|rights? (?:and licen[cs]e )?to (?:use|host|store|reproduce|modify|copy|display|distribute|publish|access|perform)|permission to (?:use|host|store|reproduce|modify|copy|display|distribute))`),
        // Two of a licence's usual qualities side by side: a grant even where the sentence is cut off before its verb.
        re(String.raw`\b(?:worldwide|royalty[- ]free|perpetual|irrevocabl[ey]|sub-?licens[ae]ble|transferable|fully[- ]paid(?: up)?|non-?exclusive)\b[,\s]+(?:and\s+)?(?:\(?[\w-]+\)?[,\s]+){0,2}(?:worldwide|royalty[- ]free|perpetual|irrevocabl[ey]|sub-?licens[ae]ble|transferable|fully[- ]paid|non-?exclusive)\b`),
        // Feedback and ideas the provider may use freely, or owns.
        re(String.raw`\b(?:feedback|suggestions?|ideas?|submissions?)\b${LONG_GAP}\b(?:without (?:any )?(?:restrictions?|obligations?|compensation|payment)|(?:sole and exclusive |exclusive )?property of|free to use|entitled to (?:the )?(?:unrestricted )?use|non-?confidential|in any (?:manner|way)|for any purpose)|\bwe own (?:any|all) (?:feedback|suggestions|ideas)\b|\bfree to (?:use|act on|exploit|disclose|reproduce)\b_\b(?:feedback|suggestions?|ideas?|comments?)\b`),
        // What a licence lets the provider do, listed ("use, copy, modify, publish and distribute"), over the reader's content or in any media.
        re(String.raw`\b(?:use|host|store|reproduce|modify|adapt|publish|translate|edit|copy|distribute|display|perform|transmit|exploit|sublicense)\b(?:,?\s+(?:and\s+|or\s+|and/or\s+)?(?:publicly\s+)?(?:use|host|store|reproduce|modify|adapt|publish|translate|edit|copy|distribute|display|perform|transmit|exploit|sublicense|create derivative works (?:of|from|based on)|dispose of)\b){2,}_\b(?:(?:your|user|such|any|all|the) (?:user )?(?:content|submissions?|ugc|materials?|posts?|contributions?|feedback|ideas)|in any (?:and all )?(?:media|medium|form|format|manner))\b`),
        re(String.raw`\bin any (?:and all )?(?:media|medium|forms?|formats?)\b_\b(?:now known|now existing|not currently known|(?:hereafter|later|subsequently) (?:devised|developed|invented|known))|\b(?:known now|now known) or (?:hereafter|later)\b`),
        re(String.raw`\b(?:freely|in any manner)\b_\b(?:feedback|suggestions?|ideas?|comments|unsolicited)\b|\b(?:feedback|suggestions?|ideas?|comments|unsolicited information)\b_\b(?:freely|free to (?:use|reproduce|exploit|disclose)|sole ownership|without (?:limitation|attribution))\b|\blicen[cs]e (?:it|them|your \w+|(?:all )?(?:your )?contents?|such \w+)\b_\b(?:under|according to)\b_\b(?:creative commons|cc[- ]by|cc0|gfdl|gnu|public domain)`),
        re(String.raw`\b(?:derivative works?)\b_\b(?:your|user|such)\b (?:user )?(?:content|submissions?|ugc|materials?)\b|\b(?:your|user|such) (?:user )?(?:content|submissions?|ugc|materials?)\b_\bderivative works?\b`),
        // The reader's contributions released under an open licence.
        re(String.raw`\b(?:your|user|submitted|such) (?:content|contributions?|materials?|submissions?|posts?)\b_\b(?:licen[cs]ed|released|made available) under\b|\byou licen[cs]e\b_\bunder\b|\b(?:material|content|contributions?) (?:added|posted|submitted|uploaded|published)\b_\blicen[cs]ed under\b`),
        re(String.raw`\b(?:worldwide|royalty[- ]free|perpetual|irrevocable|sub-?licensable|transferable|fully[- ]paid)\b_\blicen[cs]e\b_\b(?:content|materials?|submissions?|data|inputs?|outputs?|posts?|feedback)`),
        re(String.raw`\blicen[cs]e (?:to|in|over) (?:your|any|all|such|the) (?:user )?(?:content|materials?|submissions?|data|inputs?|posts?|feedback|intellectual property)`),
        // The grant in so many words, and what it lets the provider do: "you license the company to …", "that licence allows us to copy …".
        re(String.raw`\byou (?:hereby )?licen[cs]e (?:us|the company|\w+) (?:to|the right to)\b|\blicen[cs]e (?:allows|permits|lets|entitles|gives) (?:us|the company|\w+) (?:the right )?to (?:use|host|store|reproduce|modify|adapt|copy|display|distribute|publish|analy[sz]e|perform|transmit|exploit)\b`),
        re(String.raw`\byou (?:retain|keep|own|maintain) (?:all |any |full )?(?:of )?(?:your )?(?:ownership|rights|intellectual property|title|copyright)\b|(?<!\b(?:whether|if|unless) )\byou own (?:your|the|all|any)\b(?: [\w-]+){0,2}? (?:content|inputs?|outputs?|data|materials?|notes|documents|files|photos|videos|images|posts|works?|creations|designs|code|projects|artwork|recordings|messages|[\w-]+ (?:that |which )?you (?:create|write|publish|upload|post|make|submit|produce|share|generate|record|compose|design|add))\b|\b(?:content|inputs?|outputs?|data|materials?|creations?|works?|images?|photos?|posts?|files?)\b_(?<!\bnot |n['’]t |\bwhether (?:\w+ )?)\b(?:belongs?|remains?) (?:to )?(?:you|yours)\b(?!,? (?:or|\w+ or)\b)|\b(?:(?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t) claim (?:any )?|claim no )ownership\b`),
        // Feedback or submissions that become the provider's property, or that earn the reader nothing.
        re(String.raw`\bright, title and interest\b_\b(?:feedback|suggestions?|ideas?|submissions?)\b_\b(?:assign\w*|transfer\w*|vest\w*)|\b(?:feedback|suggestions?|ideas?|submissions?)\b_\b(?:assign\w*|becomes?|shall be|will be)\b_\b(?:sole |exclusive )*(?:property|owned by)\b|\b(?:we|company) (?:will )?owns? (?:any|all|the)\b_\b(?:feedback|suggestions?|ideas?)\b|\b(?:feedback|suggestions?|ideas?|concepts|submissions?)\b_${NOT}_\b(?:compensat\w*|paid|payment)\b|${NOT}_\bcompensat\w*\b_\b(?:feedback|suggestions?|ideas?|concepts|submissions?)\b`),
        // The grant itself, where the quote stops before the word "licence"; rights that outlive the account.
        re(String.raw`\byou (?:hereby |agree to |acknowledge and agree that you )*(?:grant|give)\b_\b(?:a|an)\b (?:\w+,? )?(?:perpetual|irrevocable|worldwide|world-wide|royalty[- ]free|non-?exclusive|sub-?licensable|transferable)\b|\bgrant (?:us )?rights to (?:your|user) (?:content|materials?|submissions?)\b|\brights? (?:granted by you|you (?:have )?grant(?:ed)?)\b|\b(?:the )?licen[cs]es?(?: (?:you )?grant(?:ed)?(?: by you)?)? (?:shall|will) survive\b`),
        // Uses of the reader's content beyond running the service: promotion, building the provider's products,
        // syndication by partners.
        re(String.raw`\buse (?:your|user|such) (?:content|posts?|submissions?|materials?)\b_\b(?:promot\w*|advertis\w*|market\w*)\b|\b(?:may|can|will|might) use (?:your|user|such) (?:content|posts?|submissions?|materials?|uploads?|contributions?|creations?)\b_\b(?:develop\w*|improv\w*|train\w*|worldwide|for any purpose)\b|\bmak\w* (?:your|user) content available\b_\b(?:syndication|broadcast|distribution|publication|other companies|third parties|partners)\b`),
        // The reader chooses the licence.
        re(String.raw`\b(?:you|users?) (?:can |may )?(?:decide|choose|select)\b_\blicen[cs]e\b_\b(?:it|your|content|work|images?|story|assets?)\b|\b(?:decide|choose|select)\b_\bhow (?:you want )?to licen[cs]e\b|\blicen[cs]es? (?:that |which )?you (?:select|choose)\b|\b(?:released|published|made (?:available|public)) under (?:the |a )?(?:creative commons|cc[- ]by|cc0|open[- ]source)\b`),
      ],
      // Licences the provider grants the reader (limited, revocable, non-transferable) are not licences over the reader's
      // content, unless the reader is the one granting ("Customer grants us a … non-transferable licence").
      unless: re(String.raw`\b(?:you|users?|subscribers?|licensees?|customers?)\b (?:(?:agree|undertake) (?:to |that you will )?|may |shall |must |will |can )?(?:not|never)\b(?: \([^)]*\))?_\b(?:use|copy|modify|distribute|reproduce|download|display|publish|sell|transmit|exploit)\b|\b(?:we|company|\w+) grants? you\b(?!_\byou grant)|\blicen[cs]ed? to you\b(?!_\byou grant)|\bgrants? to you\b(?!_\byou grant)|\byou (?:are|were|have been|will be) granted\b|^(?![\s\S]*\b(?:you|users?|customers?|licensees?) (?:hereby |also |agree to )?grants?\b)[\s\S]*?(?:\bnon-?transferable\b|(?<![-\w])revocable\b)`),
      severity: [
        // Content published under a public licence (Creative Commons, an open-source licence) stays everyone's.
        [re(String.raw`\bcreative commons\b|\bcc[- ]by\b|\bcc0\b|\bfree documentation licen[cs]e\b|\bopen[- ]source (?:software )?licen[cs]e\b|\b(?:(?:Free)?BSD|MIT|Apache)\b[^.!?]{0,20}\blicen[cs]e\b|\b(?:you|users?) (?:can |may )?(?:decide|choose|select)\b_\blicen[cs]e|\bhow (?:you want )?to licen[cs]e\b|\blicen[cs]es? (?:that |which )?you (?:select|choose)\b`), 'good'],
        [re(String.raw`\bsole (?:and exclusive )?(?:property|ownership)\b|\bexclusive property\b|\bbecomes? (?:the |our )?(?:sole |exclusive )?property\b|\bto promote\b|\b(?:assign\w*|transfer\w*) to (?:us|\w+)\b_\b(?:all )?right, title and interest\b|\bright, title and interest\b_\b(?:assign|transfer)\w*\b|\b(?:we|company) (?:will )?owns? (?:any|all|the)\b_\b(?:feedback|suggestions?|ideas?)\b|\bperpetual\b|\birrevocable\b|\bsub-?licens\w*|\bfor any purpose\b|\bcommercial\w*\b|\bmarketing\b|\badvertis\w*|\btrain\w*\b|\bderivative works?\b|\bfreely\b|\bexploit\w*|\bin any (?:and all )?(?:media|medium)\b|\b(?:now known|known now) or\b|\bwithout (?:any )?(?:compensation|attribution|payment)\b|\bfree to (?:use|act on|exploit|disclose)\b|\bin any (?:manner|way) (?:\w+ )?(?:deems?|sees? fit|chooses?|wishes)\b|\bsyndicat\w*|\bbroadcast\b|\bsurviv\w*\b`), 'bad'],
        [re(String.raw`\bsolely\b|\bonly\b_\b(?:to|for) (?:the (?:limited )?purposes? of )?(?:provid|operat|run|host|deliver|improv|perform)|\bas (?:strictly )?necessary to (?:provide|operate)\b|\bends? when you delete\b`), 'neutral'],
        [re(String.raw`\byou (?:retain|keep|own|maintain)\b|(?<!\bnot |n['’]t )\b(?:belongs?|remains?) (?:to )?(?:you|yours)\b|\b(?:(?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t) claim (?:any )?|claim no )ownership\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    'ai-training': {
      cues: [
        re(String.raw`\b${TRAIN}\b_${MODELS}`),
        re(String.raw`${MODELS}_\b(?:train|training|trained|retrain\w*|fine-?tun\w*)\b`),
        re(String.raw`\b(?:model|ai|machine[- ]learning) (?:training|improvement|development)\b|\btraining (?:data|datasets?)\b|\bresearch\b,? (?:including|such as|in areas like|in|on) (?:\w+ )?(?:AI|artificial intelligence|machine[- ]learning)\b`),
        re(String.raw`\b(?:chats?|conversations?|prompts?|transcripts?|recordings?|screenshots?|snippets?|voice (?:clips?|recordings?|data)|inputs? and outputs?)\b_\b(?:used|reviewed|use)\b_\b(?:to )?(?:help )?(?:improv\w*|train\w*)\b|\b(?:improv\w*|train\w*)\b_\b(?:using|with|from|on)\b_\b(?:your )?(?:chats|conversations|prompts|transcripts|recordings|voice clips)\b|\b${USER_CONTENT} (?:[\w-]+ ){0,2}(?:be |is |are )?used (?:for|in) (?:model |ai )?training\b|\bimprov\w*\b_\bwith the help of human reviewers\b|\b(?:contribut\w*|donat\w*|shar\w*|submit\w*)\b (?:your )?(?:voice (?:clips|recordings|samples)|recordings|conversations|chats|prompts) to (?:help )?improv\w*`),
        // Opting in or out of the use of one's inputs and outputs (the usual words for what an AI service learns from).
        re(String.raw`\b(?:inputs?|outputs?|prompts?)\b_\bopt(?:ed|s)?[- ]?(?:out|in)\b|\bopt(?:ed|s)?[- ]?(?:out|in)\w*\b_\b(?:use|using|collect)\w*\b_\b(?:your )?(?:inputs?|outputs?|prompts?)\b|\bhelps? (?:us )?train\b|\btraining and improving\b`),
        // Data kept out of (or not kept out of) training.
        re(String.raw`\b(?:exclud\w*|remov\w*|withh[eo]ld\w*)\b_\bfrom (?:(?:model|ai) )?training\b`),
        re(String.raw`\b(?:opt(?:ing)?[- ]?out of|turn(?:ing)? off|disabl\w+|enabl\w+|stop)\b_\btraining\b|\btraining is (?:enabled|disabled|on|off|turned)\b|\b(?:train|training|trains|trained) on\b_${USER_CONTENT}|\bdo not train on\b|\b(?:improves?|improving) by\b_\btraining\b|${BARRED_FROM_TRAINING}`),
      ],
      // What the reader may not do with the service, and how the provider's models were built, are not about the reader's data.
      unless: re(String.raw`\b(?:you|customers?|users?|developers?|licensees?) (?:may|must|shall|will|agree(?: to)?) not\b_\b(?:train|develop|build|create|use)\b|\b(?:prohibit\w*|not permitted|forbidden|restrictions? (?:on|against|regarding))\b(?!_\byour\b)_\b(?:train|develop)\w*\b_\bmodels?|\b(?:compet\w+|rival) (?:models?|products?|services?)|\bthat compet\w+\b|(?<!\bwe (?:may |will |can |also |might )?)\b(?:using|use|apply|applying) (?:the |any )?(?:inputs and )?outputs?\b(?:_\bto:?\s*(?:\([a-z]\)\s*)?(?:develop|train|build|fine-?tune)\b|${LONG_GAP}\b(?:training other models|model distillation)\b)|\b(?:using|use) (?:AI-generated )?content from our services to (?:develop|train)\b|\btraining (?:and|or) quality\b|\bquality (?:and|or) training\b|\btrain\w* (?:our |its )?(?:staff|employees|agents|personnel)\b|\b(?:receive|undergo|complete|attend)s? (?:\w+ ){0,2}training\b|\bhow (?:our |the )?models? (?:are|were|is) (?:trained|developed|built)|\bmodel['’]s (?:pre-?)?training data\b|\b(?:models?|products?|services?|tools?) (?:trained|developed|built|made) by third[- ]part|\b(?:pre-?)?training (?:methods?|process|procedures?|mechanisms?|stages?)\b|\bstages? of\b_\btraining\b|\b(?:host|deploy|run|serve)\b(?:,? (?:and |or )?(?:use|host|deploy|build|run|serve|fine-?tune|train))+ (?:[\w-]+ ){0,3}models\b|\?\s*$|^(?![\s\S]*(?:\b(?:our|its) (?:own )?(?:\w+ )?models\b|\btrain\w* (?:other|our|its|any|the) models?\b|\bused (?:to|for) train))[\s\S]*(?:\bfine-?tun(?:ed|ing) (?:models?|api|data|jobs?|files?)\b|\b(?:you|customers?|developers?) can\b[\s\S]*\bfine-?tun|\bfine-?tun\w* (?:them|it) (?:with|on|using) your own\b|\b(?:submitted|uploaded) to fine-?tune\b)`),
      severity: [
        // No way out: "there is no setting to exclude your data from training".
        [re(String.raw`${NOT}_\b(?:offer|provide|have|give|support)\w*\b_\b(?:mechanism|way|option|setting|ability|means)\b_\b(?:exclud|opt|turn off|disabl|prevent)|\b(?:there is|there are|with) no (?:\w+ )?(?:mechanism|way|option|setting|ability|means)\b_\b(?:exclud|opt|turn off|disabl|prevent)`), 'bad'],
        [re(String.raw`${NOT}_\b(?:use|train|trained|used|utili[sz]e)\b_${MODELS}_\b(?:without|unless)\b_${OPT_IN}|${NOT}_\b(?:use|used|train|trained)\b_\bunless you (?:explicitly |expressly )?(?:opt|consent|agree|choose)`), 'good'],
        [re(String.raw`\bif you (?:opt[- ]?out|turn off|disable|object)\b|\byou can (?:opt[- ]?out|turn off|disable|object)\b|\bopt[- ]?out\b|\bon by default\b|\bunless you (?:opt[- ]?out|turn|disable|object)`), 'bad'],
        [re(String.raw`${OPT_IN}`), 'good'],
        [re(String.raw`(?:${NOT}|\bwithout\b)_\b(?:use|used|train|trained|training|improve|utili[sz]e|using)\b|\b(?:does|do|will|shall) not(?:,? however,?)? (?:permit|allow|authori[sz]e|entitle)\b|\bexcluded from\b_\btrain|\b(?:prohibited|barred|forbidden|not (?:permitted|allowed)) (?:from |to )?(?:using|use)\b_\btrain|${BARRED_FROM_TRAINING}|\bexcluding (?:\w+ ){0,2}training\b|\bnever (?:be )?used\b|\b(?:use|train|improve)\w*\b_${NOT}\b(?:be )?(?:used|train)`), 'good'],
        // A licence the reader grants that covers training (not the provider granting the reader access to something).
        [re(String.raw`\b(?:licen[cs]e|irrevocable|perpetual)\b|\b(?:you|customers?|users?)(?: hereby)? grants?\b`), 'blocker'],
        [re(String.raw`${OPT_OUT}`), 'bad'],
      ],
      fallback: 'bad',
    },
    'zero-data-retention': {
      cues: [
        re(String.raw`\bzero[- ]data[- ]retention\b|\bZDR\b|\bno[- ]retention\b|\bzero[- ]retention\b`),
        // A control over whether submitted content is stored at all.
        re(String.raw`\b(?:whether|if) (?:(?:you|we) (?:want|wish|would like|choose) )?to (?:store|retain|save|keep|log)\b_\b(?:prompts?|inputs?|outputs?|conversations?|chats?|chat history)\b`),
        re(String.raw`${NOT}\s+(?:[\w'’-]+\s+){0,2}(?:store|stored|storing|retain|retained|retaining|save|saved|saving|record|recorded|log|logged|logging|keep|kept|persist\w*|preserve)\b_\b(?:on (?:our|its) servers|${USER_CONTENT}|photos?|texts?|call history|camera|sessions?|history)\b(?!_\b(?:longer|beyond|more than|after (?:\d+|one|two|three|thirty|sixty|ninety|a (?:period|few|number)))\b)`),
        re(String.raw`\b(?:data|content|audio|images?|texts?|inputs?|outputs?|recordings?|information|prompts?|translations?|photos?|sessions?)\b_\b(?:is|are|will be|won['’]t be)\s+(?:not |never )?(?:stored|retained|saved|kept|logged|recorded)\b(?<=\bnot (?:stored|retained|saved|kept|logged|recorded)|\bnever (?:stored|retained|saved|kept|logged|recorded)|won['’]t be (?:stored|retained|saved|kept|logged|recorded))|\b(?:do|does|will) not (?:retain|store|keep|log(?! ?(?:in|on)\b)|save|record)\b_\b(?:this|that|the|any|such|your)\b|\b(?:removed|deleted|discarded)\b_\bas soon as\b|\b(?:deleted|discarded|erased) immediately\b|\bprocessed (?:only |locally )?on (?:your|the) (?:device|pc|phone|computer)\b_\bnot (?:stored|sent|retained)|\b(?:never|not) (?:be )?(?:written|saved|persisted) to (?:disk|storage|a database)\b|\bprocessed (?:only )?in memory\b`),
      ],
      // Retention periods belong to data-retention; card details and cookies are not content the reader submits.
      // A service provider's restriction ("not retain, use or disclose … except as necessary for the business purposes")
      // limits what is kept, but does not say nothing is kept.
      unless: re(String.raw`\b(?:longer|beyond|more) than\b|\bafter ${DURATION}\b|\bno longer (?:need|necessary|required)|\b(?:credit card|payment card|card details|payment information|card number|(?:your|the) card)\b|\bcookies?\b|\b(?:retain|store|keep),? (?:use|process)\b_\b(?:except|other than|outside)\b|\bnot (?:be )?(?:obligated|obliged|required) to\b`),
      severity: [[re(String.raw`\bonly (?:from|applies|for eligible)|\bdoes not (?:affect|apply to)\b|\bqualifying\b|\beligible\b`), 'neutral']],
      fallback: 'good',
    },
    'data-retention': {
      cues: [
        re(String.raw`\b(?:retain\w*|retention|keep|keeps|kept|store|stores|stored|storing|preserv\w*|hold|holds|held|maintain\w*(?! (?:(?:your|all|any|the) )?(?:(?:necessary|required|appropriate) )?(?:access|consents?|permissions?|rights|licen[cs]es|insurance|security|confidentiality)\b)|record|records|recorded|log|logs|logged|save|saves|saved)\b_\b(?:for (?:as long as|the (?:period|duration|time|lifetime|life)|a (?:period|limited)|up to|no longer|longer|at least)|as long as|until|indefinitely|period|${DURATION}|after (?:you|your|the|account|deletion|termination)|longer than|necessary|required by law|(?:only )?(?:temporarily|briefly|transiently)\b)`),
        re(String.raw`\b(?:delet\w*|eras\w*|remov\w*|anonymi[sz]\w*|purg\w*|destroy\w*)\b_\b(?:within|after|in|up to|no later than)\s+(?:${DURATION})`),
        // Copies kept apart from what the reader deletes: "except for copies in backups".
        re(String.raw`\bcop(?:y|ies) (?:in|on|within|kept in|held in) (?:our |its |the )?(?:back-?ups?|archives?|backup systems)\b`),
        // Data that ages out: "backups are overwritten after 35 days", "transcripts expire after 60 days".
        re(String.raw`\b(?:back-?ups?|logs?|copies|snapshots|transcripts?|recordings?|data|messages|chats?|conversations?|history|files)\b_\b(?:overwritten|rotated|expire[sd]?)\b (?:after|every|within|in) (?:${DURATION})`),
        re(String.raw`\b(?:retention (?:period|policy|policies|schedule|time|duration|terms?)|(?<!\bzero[- ])data retention|how long\b_\b(?:kept|keep|retain\w*|stored|store))\b|\bretain(?:s|ed|ing)?\b(?!\s+(?:[\w-]+\s+){0,3}(?:ownership|rights?|title|copyright|control|discretion)\b(?!\s+requests?))|\bfor ${DURATION} (?:after|following|from)\b`),
        re(String.raw`\b(?:is|are|be|been|being|gets?)\s+(?:not\s+)?(?:permanently\s+|automatically\s+|routinely\s+|also\s+)?(?:deleted|erased|purged|anonymi[sz]ed)\b|\b(?:does not|doesn['’]t|do not|don['’]t|will not|won['’]t|may not|cannot|can['’]t)\s+(?:immediately\s+|always\s+|necessarily\s+|completely\s+|fully\s+)?delete\b|\bnot (?:be )?deleted\b|\b(?:aren|isn)['’]t deleted\b|\b(?:permanently|automatically|routinely|regularly|periodically)\s+(?:delet|eras|remov)\w*|\bmarked for deletion\b|\bretention of\b|\b(?:stor|sav|kept|keep)\w*\b_\bfor (?:\d+|up to \d+) hours\b|\bremains? saved\b|\bkeep saving\b|\bkeep\w*\b_\blonger\b|\bremains?\b_\bfor\b_${DURATION}|\bcontinue to (?:store|retain|keep)\b`),
        re(String.raw`(?<!\b(?:request|ask)(?: that)? )\bwe (?:will |may |then )?(?:permanently |automatically |securely |promptly )?(?:delete|erase|destroy|purge)\b|\b(?:deleted|removed|erased|purged) (?:automatically|permanently|from our (?:systems|servers))\b|\bdelet\w* (?:or|and) return\b|\breturn or delet\w*|\bno longer (?:be )?accessible\b`),
        re(String.raw`\b(?:back-?ups?|(?:back-?up|residual|archived|cached) (?:copies|copy|versions?|information|data))\b_\b(?:remain|persist|retain|kept|stored|keep|stay)|\b(?:remain|persist|exist|stay|linger)\w*\b_\b(?:back-?ups?|archives?|(?:cached|archived|backup|residual) cop(?:y|ies))\b|\b(?:remain|persist|stay|linger)\w*\s+(?:\w+\s+){0,2}(?:in|on|within)\s+(?:our|the|its)\s+(?:\w+\s+)?(?:databases?|records|logs|servers|systems|storage)\b|\beven (?:after|when|if) (?:you |your |both |the )?(?:\w+ ){0,2}(?:account|delet\w*|cancel\w*|terminat\w*|clos\w*)|\b(?:scheduled|subject) (?:for|to) (?:\w+ )?(?:destruction|deletion|disposal|purging)\b|\bmaintain\w* a copy\b|\bmaximum of ${DURATION}|\b(?:saved|stored|kept)\s+(?:in|as)\s+(?:your |a |the )?(?:[\w-]+ ){0,3}(?:activity|history|memory|memories)\b|\bstorage\b_\bindefinitely\b`),
        // Where data is kept, and its end: stored in a database, discarded, returned or destroyed.
        re(String.raw`\bstored in (?:our|a|its) (?:[\w-]+ )?(?:database|servers?|systems?|files|records)\b|\bdiscard\w* (?:the |this |that |such |your |any |all )?(?:[\w-]+ )?(?:information|data|records|comments|messages|recordings|copies)\b|\bdiscarded\b|\b(?:return|destroy)\w* (?:or (?:return|destroy)\w* )?(?:all )?(?:[\w-]+ ){0,2}(?:information|data)\b`),
        re(String.raw`\b(?:after|even after|once) (?:you|the user|users) delete\b_\b(?:retain|keep|kept|remain|store|still)|\b(?:auto-?delet\w*|automatically delet\w*)\b`),
        re(String.raw`\b(?:need|have|has) to keep\b|\bkeep\w* (?:some (?:of )?)?(?:your |this |that |the |such )?(?:personal )?(?:information|data)\b(?! (?:secure|safe|confidential|private|accurate|up to date))|\bno[- ]logs?\b|\b(?:never|not|n['’]t)\s+(?:\w+\s+)?(?:keep|save|store|retain)\s+(?:any\s+)?logs?\b|\b(?:keep|save|retain)s?\b (?:\w+ ){0,2}(?:logs|log files)\b|\bnot (?:be )?possible to (?:completely |fully |permanently )?(?:delete|erase|remove)\b|\b(?:do|does|will|did) not (?:\w+ (?:or|and) )?(?:retain|store|keep|save)\b_\b(?:credit card|payment|card (?:details|numbers?|data)|billing|bank|further information|other information)\b|\bno longer (?:required|needed|necessary)\b_\b(?:delet|destroy|eras|anonymi)\w*|${NO_WAY_TO_DELETE}|\bnot (?:be )?(?:obligated|obliged) to (?:store|retain|keep|maintain)\b|\bdeletion and disposal\b`),
      ],
      // Keeping things safe, the reader's own copies, content removed for violations and promises not to keep data at
      // all (zero data retention) are not retention periods.
      unless: re(String.raw`\bstore (?:and|or) (?:access|read) (?:information|cookies)\b|\b(?:child|children|minors?|(?:under|younger than) (?:the age of )?1[3-8])\b_\b(?:delet|remov|eras)\w*\b|\bdelet\w*\b_\b(?:child|children|minors?)\b|\brespond\w* to\b_\brequests?\b|\bpreserve (?:\w+ )?privacy\b|\b(?:have |has |we )?retained\b_\bto (?:perform|provide|help|assist)\b|\bretain(?:s|ed|ing)? (?:the services of|third[- ]part\w*|(?:outside |independent )?(?:other companies|service providers|vendors|contractors|consultants|counsel|lawyers|attorneys|auditors|firms|agents))\b|\bcollection,? (?:use,? )?(?:and|or) retention\b|\b(?:stored|sav\w*|stor\w*) (?:locally |temporarily )?(?:on|in|to) (?:the user['’]?s?|your|a user['’]?s?) (?:\w+ )?(?:computer|device|browser|hard drive|pc|phone)\b|\bkeep (?:your |the |that |this )?(?:password|account|credentials?|information) (?:secret|secure|safe|confidential|private)\b|\bkeep (?:using|accessing)\b|\bfor your (?:own )?records\b|\byou (?:must|should|shall|agree to)\b_\bdelete\b|\b(?:delet|remov|disabl)\w*\b_\b(?:content|accounts?|materials?|posts?|messages?|comments?|listings?|reviews?)\b_\b(?:violat|infring|break|breach)\w*|\b(?:do|does|will) not (?:retain|store|keep)\b(?=[^.!?]{0,80}?\b(?:prompts?|inputs?|outputs?|conversations?|chats?|content|api (?:requests?|traffic)|images?|photos?|(?:image|text|voice|audio|this|such) data)\b)(?![^.!?]{0,80}?\b(?:longer|beyond|more than|logs?|after \d+)\b)|\b(?:prompts?|inputs?|outputs?|conversations?|chats?|content|images?|photos?)\b[^.!?]{0,80}?\bnot (?:be )?(?:retained|stored|kept)\b(?![^.!?]{0,80}?\b(?:longer|beyond|more than)\b)`),
      severity: [
        [re(String.raw`(?<!\b(?:no|not|never)\b[^.!?]{0,60})(?:\bindefinite\w*\b|\bforever\b)|\bperpetual\w*|\beven (?:after|when|if)\b_\b(?:delet|clos|cancel|terminat)\w*|\b(?:even )?after (?:you (?:delete|close|terminate)|deletion|termination|you stop)\b_\b(?:retain|keep|kept|remain|store|persist)|\b(?:retain|keep|kept|store|remain)\w*\b(?:(?!\b(?:delet|eras|remov|destroy|purg)\w*)[^.!?]){0,80}?\b(?:even )?after (?:you (?:delete|close|terminate)|deletion|account (?:deletion|closure))|\bnot (?:be )?deleted\b|\b(?:aren|isn|won)['’]t (?:be )?deleted\b|\b(?:may|might) (?:need to )?(?:retain|keep)\b|\b(?:retain|keep)\w*\b_\b(?:record[- ]?keeping|resolve disputes|enforce our|business (?:purposes|interests)|(?:our )?legitimate interests?|fraud)|\b(?:back-?up|archived?) (?:copies|copy|systems?|storage)\b_\b(?:remain|persist|exist|cannot|not (?:be )?delet)|\b(?:still exist|persist|remain|linger)\w*\b_\b(?:back-?up|archive)|\bcannot (?:be )?(?:delet|eras)\w*|\bnot (?:be )?(?:allowed|able|possible) to (?:completely |fully |permanently )?(?:delete|erase)\b|${NO_WAY_TO_DELETE}|\b(?:refuse|decline)\b_\b(?:erasure|deletion)\b|\bas long as (?:we|it) (?:reasonably )?(?:require|need|deem|consider|see fit)|\b(?:deleting|removing|closing)\b_\b(?:may|might|will|does|do) not (?:necessarily |always |fully |completely )?(?:delete|remove|erase)\b|\bnot (?:\w+ )?(?:delete|remove|erase) (?:our|all|every) cop(?:y|ies)\b|\b(?:as|so) long as (?:it )?(?:is |may be )?relevant\b|\b(?:an )?extended period\b|\bretain a copy\b`), 'bad'],
        // A stated, finite period, or the least time needed.
        [re(String.raw`\b(?:within|after|up to|no (?:later|longer) than|for|maximum of|at most|no more than)(?: a (?:period|maximum) of)? (?:\d|one|two|three|four|six|seven|twelve|fourteen|eighteen|twenty|thirty|sixty|ninety)\w*\W*(?:\(?[a-z\d]+\) )?(?:calendar |business |rolling )?(?:hours?|days?|weeks?|months?|years?)\b|\b(?:hours?|days?|weeks?|months?|years?) (?:maximum|at most)\b|\b(?:\d+|one|two|three|six|seven|twelve|thirty|sixty|ninety) (?:calendar |business )?(?:hours?|days?|weeks?|months?|years?) (?:after|following|from)\b|\bshortest (?:possible )?(?:period|time)\b|\bonly (?:temporarily|briefly|transiently)\b|\b(?:for|within) a (?:limited|short|finite) (?:period|time)\b|(?<!\bnot |n['’]t )\bimmediately\b|\bautomatically delet|\bauto-?delet|\bonly\b_\bas long as\b|\b(?:no|not\b_\b) longer than (?:is |it is )?(?:strictly )?(?:necessary|needed|required)\b|\bonly\b_\b(?:as|while) (?:is |it is )?(?:needed|necessary|required)\b|\b(?:delet|remov|destroy|eras|anonymi[sz])\w*\b_\b(?:once|when|if|as soon as) (?:it is |they are |it's )?no longer (?:needed|necessary|required)\b|\bno longer (?:need|needed|necessary|required)\b_\b(?:delet|remov|destroy|eras|anonymi[sz])\w*|\bnever (?:\w+ )?(?:keep|log|store|retain)\w*\b_\blogs?\b|\bminimum (?:necessary|period)\b|\blimit\w* (?:the )?(?:collection and )?retention\b|\b(?:do|does|will|did) not (?:\w+ (?:or|and) )?(?:retain|store|keep|save)\b|\bno[- ]logs?\b|\b(?:dont|doesnt|don['’]t|doesn['’]t|never) (?:save|keep|store|retain) (?:any )?(?:logs?|log files)\b|\bephemeral\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    'third-party-sharing': {
      cues: [
        re(String.raw`\b(?:share|shares|shared|sharing|disclos\w*|transfer\w*|provid\w*|mak\w* available|pass\w*|send\w*|sell\w*|reveal\w*|releas\w*|report\w*|give|gives|giving)\b_\b(?:third[- ]part(?:y|ies)|partners?|affiliates?|(?:other )?(?:companies|organi[sz]ations?|entities)|(?:competent |public |government(?:al)? )?authorities|(?:service|model|ai|llm|cloud|hosting|payment|infrastructure|technology|analytics) providers?|vendors?|advertis\w+|subsidiaries|other (?:companies|businesses|organi[sz]ations|users)|(?:sub-?)?processors?|contractors?|suppliers?|group companies|business partners|publishers?|app (?:developers?|creators?)|merchants?|anyone|outside (?:parties|companies|organi[sz]ations|entit\w+))\b`),
        re(String.raw`\b(?:may|will|can|might)\s+(?:also\s+)?(?:share|disclose|transfer|provide|release|reveal|give)\b\s+(?:this |your |such |the )?(?:personal |user |customer )?(?:information|data|details)\b`),
        // Others who can reach the reader's data: an employer's administrator, a mobile operator, app developers.
        re(String.raw`\b(?:organi[sz]ations?|employers?|administrators?|admins?|schools?|mobile operators?|carriers?|app (?:developers?|creators?)|apps)\b(?: (?:(?:may|will|can|could) )?(?:also )?(?:have )?access\w*|_\b(?:may|will|can|could)\b (?:also )?(?:have access|access|view|monitor|manage))\b_\b(?:your|the|this|their)\b_\b(?:data|information|account|location|content|activity)\b|\bshar\w* (?:your |this |such |personal |the |that )?(?:information|data|details) with\b(?! us\b)`),
        re(String.raw`\bthird[- ]part(?:y|ies)\b(?!['’]?s? (?:claims?|intellectual|rights)\b)_\b(?:(?:collect|receiv|access|obtain|process|gather|plac)\w*|us(?:e|es|ed|ing)|sets?|may have access)\b`),
        // Those who process data for the provider; third-party services only where data is spoken of (in terms of
        // service they are often integrations: "Third-Party Services may be incompatible with …").
        re(String.raw`\b(?:sub-?processors?|subcontractors?|service providers?)\b|${THIRD_PARTY_SERVICES}_\b${DATA_WORDS}\b|\b${DATA_WORDS}\b_${THIRD_PARTY_SERVICES}|\bdisclos\w*\b_\b(?:information|data)\b|\b(?:information|data|content)\b_\bdisclos\w*|\bparties\b_\b(?:access|process|store|receive)\w*`),
        re(String.raw`\b(?:recipients?|categories of recipients|with whom we share|who we share)\b|\bwe (?:may |will |also |might )?(?:share|disclose|transfer|forward|sell|rent)\b_\b(?:information|data|details|it|them)\b|\b(?:companies|partners|advertisers|providers|vendors|dealers|agents|networks)\b_\b(?:access|use|collect|receive|set|place)\w*\b_\b(?:information|data|cookies)\b|\b(?:merger|acquisition|acquired|bankruptcy)\b_\b(?:information|data)\b`),
        // What becomes public is shared with everyone; advertising partners and networks collect on the pages they serve.
        re(String.raw`\b(?:are|is|will be|become|becomes|may be|can be)\s+(?:made\s+)?(?:public|publicly (?:available|visible|viewable|accessible|displayed)|visible to (?:others|other users|other members|everyone|anyone|the public|the community))\b|\b(?:are|is) not private\b|\bcan be (?:read|seen|viewed|accessed|collected) by (?:any|other|third)|\b(?:advertising|ad|analytics|marketing) (?:partners?|networks?|providers?|companies|vendors)\b|\bthird[- ]party (?:cookies|ads|advertis\w+|analytics|banner|software|tracking)\b|\b(?:subpoenas?|court orders?|legal process|law enforcement (?:requests?|agencies|authorities|officials))\b`),
        // Companies the provider relies on to run the service, servers of others, data that passes in a merger.
        re(String.raw`\b(?:we|us|may) (?:may )?(?:also )?(?:on occasion )?(?:use|utili[sz]e|rely on|work with|engage|employ)\b_\b(?:third[- ]part(?:y|ies) (?:companies|providers|vendors|services|contractors)|outside (?:companies|firms|providers|vendors|contractors)|external (?:companies|providers|vendors)|contractors|(?:the )?services of)\b|\bworks? with third[- ]part(?:y|ies)\b|\b(?:be|is|are|being|been) (?:\w+ )?(?:shared|disclosed) (?:to|with)\b|\bshar\w*\b_\bwith (?:the )?parties\b|\b(?:third[- ]part(?:y|ies)|partners|vendors|recipients|(?:sub-?)?processors) (?:we use )?include\b|\b(?:process|handle|store)\w* (?:\w+ )?(?:data|information) on (?:our|its) behalf\b|\b(?:stored|hosted|processed)\b_\b(?:on|using|by|with)\b_\bthird[- ]part(?:y|ies)\b|\b(?:information|data)\b_\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|change (?:of|in) control)\b`),
      ],
      // Links to other sites, others' products the provider disowns, licences the reader grants (with a right to
      // sublicense), breaches of security and safeguards against them, the countries where data is stored,
      // disclosure to the reader, deletion passed on to processors, a policy announcing what it covers ("what
      // information we collect, how we use it …") and California's "Shine the Light" right to ask are not the
      // provider sharing data; nor are indemnities (their lists of affiliates, contractors and service providers name
      // who is indemnified), nor data the provider got from third parties, where nothing is shared back.
      unless: re(String.raw`\bindemnif\w*|\bthird[- ]party (?:websites?|sites|links|services|products|content)\b_\b(?:not responsible|are not|governed by their own|not covered)|\bthird[- ]part(?:y|ies)\b[^.,;:]{0,50}\b(?:(?:is|are|be) not responsible|(?:has|have|bears?|accepts?|assumes?) no (?:control|responsibility|liability))\b|\b(?:stored|processed|hosted)\b_\b(?:countr(?:y|ies)|jurisdictions?|regions?)\b_\b(?:where|in which)\b_\b(?:operate|operations|maintain|facilities|located)\b|\bdisclose to you(?:\s*:| what\b| the (?:categories|specific)\b)|\b(?:direct|instruct)\w* (?:our |its |their )?(?:service providers|processors|vendors|contractors) to (?:delete|erase|remove|do the same)\b|\bwe (?:are )?not responsible for (?:the )?(?:privacy )?practices\b|\bgrants?\b_\blicen[cs]e\b|\b(?:unauthori[sz]ed|accidental|unlawful|improper) (?:[\w-]+,? (?:or |and )?){0,4}(?:disclosure|access)\b|\b(?:protect|safeguard)\w*\b_\b(?:against|from)\b_\b(?:misuse|loss|disclosure)\b|\b(?:cannot|can['’]t|not) (?:guarantee|ensure|assure|promise)\b_\b(?:accessed|disclosed|intercepted)\b|\bwhat (?:personal )?information (?:we|is) (?:collect|gather)\w*\b_\bhow (?:we|it is) (?:use|disclose|share)|\b(?:1798\.83|shine the light)\b|\byou (?:may|must|shall|should|will) not (?:\w+ )?(?:share|disclose|transfer|sell|give|make\b_\bavailable)\b|\b(?:assign|transfer)\w* (?:or (?:assign|transfer)\w* )?(?:our|its|their|these|this|any of (?:our|its)) (?:rights|obligations)\b|^(?![^]*\b(?:share|shares|shared|sharing|disclos\w*|sell\w*|sold)\b)[^]*\b(?:provided|supplied|licensed|purchased|bought) (?:to us )?(?:by|from) third[- ]part(?:y|ies)\b`),
      severity: [
        // "Except as described in this policy, we do not disclose …": the exceptions are the rule.
        [re(String.raw`\bexcept as (?:described|set (?:out|forth)|provided|stated|explained|otherwise)\b`), 'neutral'],
        // Not shared, or only as the law or the reader's consent requires.
        [re(String.raw`${NOT}${SAME_CLAUSE}\b(?:shar(?:e|ed|ing)|sell(?:ing)?|sold|disclos(?:e|ed|ing)|rent(?:ed|ing)?|trad(?:e|ed|ing)|give|given|provided(?= to\b)|provide(?= (?:your|any|such|this|user|personal|the) (?:[\w-]+ )?(?:data|information|details|address|content)\b)|releas(?:e|ed|ing)|transferr(?:ed|ing)|transfer|ma(?:de|ke) available)\b(?!_\b(?:except|unless|other than|without)\b(?![^.!?]{0,60}\b(?:required by|law|legal|court|warrant|consent|permission|authori[sz]\w*)\b))`), 'good'],
        // Public unless the reader changes a setting: what is shared with everyone by default.
        [re(String.raw`\b(?:public|publicly (?:visible|available|viewable)|visible to (?:everyone|anyone|others|other users|the public))\b_\bby default\b|\bby default\b_\b(?:public|publicly|visible to (?:everyone|anyone|others|other users|the public))\b`), 'bad'],
        // Only aggregated or de-identified data: what identifies no one is worth knowing, not a worry.
        [re(String.raw`\b(?:aggregated?|anonymi[sz]ed|de-?identified|non-personally[- ]identifiable|non-personal)\b_\b(?:reports?|information|data|statistics)\b(?!_\b(?:and|or|with|along with) (?:your )?personal\b)`), 'neutral'],
        // Advertising, data that passes with the business, and disclosure whenever the provider thinks it fit.
        [re(String.raw`(?<!\b(?:not|never) (?:be )?(?:used|shared|disclosed|sold) (?:for|with|to) (?:any )?)\b(?:advertis\w+|marketing|data brokers?|monetiz\w*|merger|acquisition|bankruptcy|insolvency|change (?:of|in) (?:control|ownership))\b|\b(?:assets|business) (?:are|is|were|was|being) (?:acquired|sold|transferred)\b|\b(?:sale|transfer) of\b_${BUSINESS}|\bnew owners?\b|\btransferred (?:business )?assets\b|\bas (?:we|it|they) (?:deems?|considers?|believes?|sees? fit)\b|\bbelieve\b_\b(?:is|to be) (?:appropriate|necessary)\b|\bwithout (?:first )?(?:notifying you|notice to you|providing you (?:with )?(?:a|any) choice|your (?:knowledge|consent))\b|\breserves? the right\b_\bdisclos\w*`), 'bad'],
        // Recipients bound to confidentiality, or sharing only with the reader's consent.
        [re(String.raw`\bbound by\b_\bconfidential|\b(?:confidentiality|contractual) (?:obligations|commitments|agreements)\b|\bsame level of (?:security|protection)\b|\bonly (?:with|where|when|if)\b_\b(?:consent\w*|permission|authori[sz]\w*)\b|\bwith your (?:specific |express |explicit |prior )?(?:consent|permission)\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    'data-sale': {
      cues: [
        re(String.raw`\b(?:sell|sells|sold|selling|sale of|sales of)\b_${PERSONAL_DATA}|\b(?:sell|sells|sold|selling)\b (?:it|this|such|(?:[\w-]+,? ){1,3})(?:data|information)\b(?! (?:plans?|packages?|bundles?|services?|products?|storage|roaming|cent(?:er|re)s?)\b)|${PERSONAL_DATA}_\b(?:sell|sells|sold|selling|sale)\b`),
        re(String.raw`\b(?:rent|rents|trade|trades|lease|leases|monetiz\w+)\b_${PERSONAL_DATA}|${NOT} (?:[\w'’]+ ){0,2}(?:sell|rent|trade)\w* (?:it|them|this|that|any|you|your|user|customer|personal)\b`),
        re(String.raw`\bdo not sell (?:or share )?my\b|\b["“]?(?:sale|selling)["”]? of personal\b`),
        // A buyer of the company gets the data: the sale of the business sells the data with it.
        re(String.raw`\b(?:merger|acquisition|reorgani[sz]ation|bankruptcy|insolvency|divestiture|change (?:of|in) (?:control|ownership)|sale of (?:all|substantially all|some|part|assets|the company|our (?:business|company|assets))|sold or transferred|(?:assets|business) (?:are|is|were|was) (?:acquired|sold))\b_\b(?:information|data|assets|transfer\w*)\b|\b(?:information|data)\b_\btransferr?\w*\b_\b(?:merger|acquisition|buyer|successor|acquir\w+|new owner)`),
        // Sold in other words: passive ("will never be sold"), "no sale of data", users' data, customer lists.
        re(String.raw`\b(?:data|information|details|customer lists?)\b_\b(?:be|is|are|been) (?:\w+ )?(?:sold|rented|traded|leased)\b|\bno sale of (?:\w+ )?(?:data|information)\b|\b(?:sell|rent|lease|trade)\w*\b_\b(?:users?['’]? data|customer (?:lists?|names|information|data)|personally[- ]identifying)\b`),
        // The data passes with the business: "if we sell or transfer all or part of our business or assets".
        re(String.raw`\b(?:information|data)\b_\b(?:sell|sold|transfer\w*|divest\w*)\b_${BUSINESS}|\b(?:sell|sold|transfer\w*|divest\w*|buy or sell)\b_${BUSINESS}_\b(?:information|data|customer lists?|(?:transferred |business )+assets)\b|\b(?:information|data|customer lists?)\b_\b(?:successors?|new owners?|corporate transactions?)\b|\b(?:information|data)\b_\b(?:one of|among|part of) the (?:\w+ ){0,2}assets\b|\b(?:successors?|new owners?|corporate transactions?)\b_\b(?:information|data)\b`),
      ],
      // Selling products or the provider's own shares is not selling data, nor is what the reader may not do with it.
      unless: re(String.raw`\b(?:you|users?|customers?|developers?) (?:may|must|shall|will|agree to) not\b${LONG_GAP}\bsell\w*|\b(?:sell|sale of|sold)\s+(?:(?:all|substantially all|some|part|any) (?:of )?)?(?:(?:our|its|the|their|your) )?(?:products|goods|merchandise|items|stock|shares|tickets|subscriptions)\b`),
      severity: [
        [re(String.raw`${NOT}_\b(?:sell|sold|rent|trade|lease)\b|\bnever (?:sell|rent|trade)\b|\bno sale of\b`), 'good'],
        // The reader's right to stop a sale, and what the law calls a sale, are worth knowing, not a sale.
        [re(String.raw`\bdo not sell (?:or share )?my\b|\bopt[- ]?out\b|\bright to\b_\b(?:opt|stop)\b|\b(?:is|are) defined\b`), 'neutral'],
        // Data that identifies no one.
        [re(String.raw`\b(?:aggregated?|anonymi[sz]ed|de-?identified|non-personal)\b`), 'neutral'],
      ],
      fallback: 'bad',
    },
    'user-rights': {
      cues: [
        re(String.raw`\b(?:right|rights) (?:to|of) (?:be forgotten|erasure|rectification|object|restrict\w*|portability|withdraw(?! from (?:this|the|these|your|a|an|any) (?:contract|agreement|purchase|order|sale)s?\b)|lodge|complain|know|opt[- ]?out|data portability)\b|\b(?:right|rights) (?:to|of)\b_\b(?:access\w*|correct\w*|rectif\w*|delet\w*|eras\w*|export\w*|obtain|receive|review\w*|request\w*|copy|copies)\b_\b(?:data|information|account|content|copy|copies|details)\b`),
        re(String.raw`\byou (?:can|may|have the right to|are entitled to|could)\b${NOT_DONE}_\b(?:access|correct|rectify|delete|erase|export|download|object|restrict|withdraw|opt[- ]?out|opt[- ]?in|update|review|request|unsubscribe|turn off|turn (?:this|it|them|these) off|switch (?:this|it|them|these) off|disable|clear|choose|manage|control|change|remove|limit|deactivate|close)\b`),
        re(String.raw`\bwithout (?:providing|sharing|giving|submitting)\b_\b(?:personal|personally|information)\b|\b(?:you|users?) (?:may|can|have the option|are given the option|may always)\b${NOT_DONE}_\b(?:choose|decline|refuse|opt|disable|block|delete|remove|correct|update|modify|reject)\b|\boptional\b|\bbrowser settings?\b|\b(?:decline|refuse|reject|block|disable) (?:all )?cookies\b|\bopt[- ]?(?:out|in)\b|\bunsubscrib\w*|\bwithdraw\w* (?:your )?consent\b|\bdata portability\b|\bsubject access request\b|\bprivacy (?:settings|controls|choices|dashboard)\b|\b(?:exercis\w*|know|understand|learn (?:more )?about|about|of|describ\w*|explain\w*|have|following|enforce|assert)\s+(?:all |certain |some |these |the following )?your (?:privacy |data protection |legal |statutory )?(?:choices|rights)\b|\byour (?:privacy|data protection) (?:choices|rights)\b|\byour (?:choices|rights)\s*(?:$|[:.(])`),
        re(String.raw`\b(?:access|correct|update|delete|erase|review|download|export|request)\b_\b(?:your|the|such) (?:personal )?(?:data|information|account|content|history|activity)\b_\b(?:settings|request|contact|by|through|via|at)\b`),
        // A right the reader is denied: "you cannot delete your account once …".
        re(String.raw`\byou (?:cannot|can['’]t|can not|may not be able to|are unable to|will not be able to) (?:\w+ )?${RIGHT_VERBS}\b_\b(?:account|data|information|content|history|profile|messages|posts)\b`),
      // Controls the reader (or their admin) holds: an instruction ("Delete your search history"), a choice of
        // what is kept and for how long, keeping data until the reader removes it.
        re(String.raw`^\W*(?:[a-z]{1,4}[).]\s*)?(?:access|delete|export|download|edit|correct|review|pause|turn off|manage|remove|decide|choose)\w*\b_\b(?:your|specific|the|entire|what|which)\b_\b(?:data|information|content|account|history|activity|memories|items|settings|conversations?|chats?)\b|\b(?:you|admins?|administrators?|members?|users?) (?:can |may )?(?:also )?(?:control|decide|choose|manage)s?\b_\b(?:how long|whether|what|which|your|their)\b|\buntil you (?:delete|remove)\b|\bchoose to have (?:it|them|this data) (?:removed|deleted)\b|\b(?:export|delet)\w* (?:&|and) (?:export|delet)\w*\b|\b(?:through|in|via|from) (?:your|the) (?:account |privacy )?settings\b`),
        // Choices offered in so many words: "if you do not wish to receive …", "a way to correct or delete", "with your consent".
        re(String.raw`\bif you (?:do not|don['’]t|no longer) (?:wish|want|desire)\b|\bif you (?:wish|want|would like) to (?:request|update|change|correct|delete|remove|opt|stop|review|view|access (?:your|the|any|such) (?:personal )?(?:data|information|account|content|details))\b|\b(?:a way|the ability|an option|the option|options?|tools?) to (?:correct|update|delete|access|change|edit|remove|opt|manage|control|review|clear|reject|block|disable)\b|\b(?:you have (?:a number of|several|many|the following)|offer you) (?:options|choices)\b|\bprefer that we (?:delete|remove|suppress|stop|not)\b|\bright to (?:an? )?accounting\b|\bhow to (?:remove|delete|correct|update|access) (?:your|the|this)\b|\bwith your (?:written |prior |express )?authori[sz]ation\b|\byou (?:have|are given|will have) the (?:option|choice)\b|\bopting (?:out|in)\b|\bunless (?:we (?:get|have|receive|obtain)|you (?:give|provide))\b_\b(?:approval|consent|permission)\b|\b(?:with|have|get|obtain|ask for|seek) your (?:prior |express |explicit )?(?:consent|approval|permission)\b|\b(?:get|able) to choose\b|\b(?:(?:you|users?|members?|admins?|administrators?|owners?) (?:have|has|get|keep|retain|maintain)|gives? you|more|greater|full|complete|your)\b${gap(30)}\bcontrol over\b`),
        // Tools that let the reader act ("controls that allow you to block or delete them", "the deletion option"), and
        // instructions on how to ("To stop future chats being reviewed, turn off Keep Activity").
        re(String.raw`\b(?:allow|let|enable)s? (?:you|users) (?:to )?(?:block|delete|remove|disable|clear|opt|export|download|correct)\b|\b(?:deletion|opt[- ]?out) (?:options?|tools?|settings?|controls?|forms?)\b|^\W*to (?:stop|prevent|delete|remove|export|download|manage|control|opt out|turn off|disable|clear|correct|update|access)\b[^.!?]{0,120}?\b(?:turn (?:off|on)|delete|visit|go to|select|click|tap|open|request|contact|disable|clear|you can|use the)\b`),
        // Requests the reader can make and what the provider then does: "request that we delete", "we will provide you
        // with access (including a copy)", "in a machine-readable format".
        re(String.raw`\b(?:request|ask)\w*\b (?:that )?(?:we|us to|it be|they be|your \w+ (?:data|information) be)\b_\b(?:delet|correct|remov|eras|rectif|block|restrict|updat|amend|provid|stop)\w*|\bright to (?:ask|request)\b_\b(?:correct|delet|eras|rectif|block|restrict|cop|access)\w*|\bif you ask us to\b|\b(?:to |you (?:can |may )?)request (?:the )?(?:deletion|erasure|correction|rectification|portability|a copy|access to|an export)\b|\bwe will provide you (?:with )?(?:access|a copy|your (?:personal )?(?:data|information))\b|\bmachine[- ]readable\b|\bto (?:update|amend|correct|delete|rectify|access|erase)(?:,? (?:or |and )?(?:update|amend|correct|delete|rectify|access|erase))+ (?:your|their|his|her) (?:personal )?(?:information|data)\b|\b(?:permitted|able|allowed|entitled) to export\b|\bdownload (?:your )?data\b|\bif you object\b|\bthe right\b,?(?: [\w-]+,?){0,6} to (?:receive|obtain|request) information about\b|\brights you have\b|\b(?:wish|want|would like) to have\b_\b(?:removed|deleted|corrected|erased|updated)\b|\b(?:export|download)\w* (?:(?:a )?cop(?:y|ies) of )?(?:your|their|his|her|its) (?:own )?(?:data|information|content|archive|backup)\b`),
      ],
      // Not the reader's rights over data: what the reader may not do, what the provider reserves, rights that end,
      // a way out of arbitration.
      unless: re(String.raw`\byou (?:may|can) not\b(?! (?:\w+ )?(?:delete|erase))|\bopt[- ]?out of\b_\barbitrat|\b(?:request|ask for|claim|obtain|receive) (?:a |an |your )?(?:full |partial |pro-?rated )?(?:refund|credit|reimbursement|chargeback)s?\b|\baccess and use (?:the|our|these)\b|\b(?:affect|alter|reduc|limit|restrict|waiv|prejudic)\w*\s+(?:\w+\s+)?your (?:\w+ )?rights\b|\bcannot\b(?! be (?:undone|reversed|recovered|restored))(?!_\b(?:withdraw|object|delete|erase))|\b(?:we|it|they) (?:reserve|retain)s? the right\b|\b(?:reserves|retains) the right\b|\bgrants? (?!you\b)(?:\w+ ){1,5}?the right to\b|\byour rights?\b_\b(?:will|shall) (?:cease|terminate|end|expire)\b`),
      severity: [
        [re(String.raw`${NO_WAY_TO_DELETE}|\byou (?:cannot|can['’]t|can not|may not be able to|are unable to|will not be able to) (?:\w+ )?${RIGHT_VERBS}\b`), 'bad'],
        [re(String.raw`\b(?:not be able|unable|may (?:not|limit|decline|deny|refuse)|limited|certain (?:circumstances|exceptions)|not (?:always|possible))\b`), 'neutral'],
      ],
      fallback: 'good',
    },
    'data-collection': {
      cues: [
        re(String.raw`\blegitimate interests?\b|\blegal bas(?:is|es)\b|\bperformance of (?:the|a|our|this) (?:agreement|contract)\b|\bto perform (?:a|the|our) contract\b|\bwe (?:analy[sz]e|remember|keep a record)\b_\b(?:data|information|interactions?|logs?|activity|usage|details|request)\b|\b(?:billing|payment|usage|device|location|log) (?:information|data|details)\b|\bdata (?:provided|received|obtained) (?:by|from)\b|\b(?:data|information) (?:provided|submitted|supplied) by (?:you|users?|customers?|members?|visitors?)\b|\b(?:information|data)\b (?:\w+ )?(?:is|are|can be|may be|will be) (?:collected|gathered|captured)\b|\bprocess\w* (?:user|customer|your) data\b|\b(?:face|facial) recognition\b`),
        re(String.raw`\bwe\b(?: (?:may|also|will|automatically|might|can|do|only|then))* (?:collect|gather|obtain|receive|record|log|process|access|use|store|capture|infer|derive|combine)\w*\b_\b(?:information|data|details|content|address|name|location|ip|device|identifiers?|usage|activity|history|contacts?|numbers?|profile|interactions?|messages?|recordings?|photos?|images?|videos?|audio|voice|prompts?|inputs?|chats?|conversations?|files?|heart rate|health|gps|biometrics?|purchases?|transactions?|payment)`),
        // What the app or the service itself reads from the reader's device: "the app uses your device's GPS".
        re(String.raw`\b(?:the|our|this) (?:mobile )?(?:apps?|applications?|services?|software|extension|website|site|platform|products?)\b (?:(?:may|will|can|also|automatically|then) )*(?:collects?|records?|logs?|access(?:es)?|reads?|uses?|captures?|stores?|tracks?|scans?)\b (?:\w+ )?(?:your|the device['’]s|the phone['’]s) (?:[\w'’-]+ ){0,3}?(?:gps|location|camera|microphone|contacts|photos|address book|calendar|data|information|activity|usage|browsing|history|messages|heart rate|steps|voice|clipboard|keystrokes)\b`),
        re(String.raw`\b(?:information|data|details) (?:that |which )?(?:we|you) (?:collect|receive|gather|obtain|provide|give|submit|share)\w*|\b(?:collect\w*|gather\w*|obtain\w*)\b_\b(?:information|data|email|address|name|location|ip address|device|identifier|usage|browsing)`),
        re(String.raw`\b(?:personal|personally identifiable|usage|device|log|location|account|contact|payment|technical) (?:data|information)\b_\b(?:collect\w*|process\w*|receiv\w*|include\w*|such as)\b`),
        // Kinds of data named on their own (lists, table rows): what is collected.
        re(String.raw`\bIP address(?:es)?\b|\b(?:geo-?)?location(?:[- ]based)? (?:information|data)\b|\b(?:browsing|search|watch|purchase) history\b|\b(?:voice|audio) (?:and audio |and voice )?(?:information|data|recordings)\b`),
        re(String.raw`\b(?:to|in order to)\b_\b(?:provide|personali[sz]e|improve|analy[sz]e|operate)\b_\b(?:we (?:use|process)|using your)\b|\bwe use (?:your|the|this|such|that|personal|collected) (?:personal )?(?:data|information)\b|\bwe use (?:it|them|this) to\b`),
        // What the reader is asked for or hands over, and what servers record on their own.
        re(String.raw`\bwe (?:may |will |might |also |then )?(?:ask|request)\w*\b_\b(?:information|details|your (?:name|e-?mail|address|phone|date of birth|contact))|\byou (?:may |will |can |might |must |should )?(?:need to |be asked to |be required to |have to )?(?:provide|give|supply|submit|enter)\b_\b(?:(?:personal |personally identifiable )?information|details|your (?:name|user ?name|e-?mail|address|phone|credit card|date of birth|personal (?:data|information)))\b|\b(?:automatically|passively) (?:record|collect|receive|log|gather)\w*`),
        // What the provider (or anyone it names) does with the data, and data it gets about the reader from others.
        re(String.raw`\b(?:may|will|can) (?:also )?(?:use|process|combine)\w* (?:your|the|this|such|that|personal|collected|user|any) (?:personal )?(?:data|information)\b|\bprocess\w* (?:your |the )?personal (?:data|information) (?:for|to)\b|\b(?:receive|obtain|get|collect)\w*\b_\b(?:information|data)\b_\bfrom (?:other (?:individuals|sources|businesses|companies)|third[- ]part|outside|publicly available|public sources)|\bprovide us with\b_\binformation about you\b|\b(?:information|data) (?:about|on) you from\b|\buses? your (?:location|contacts|photos)\b`),
      ],
      // What the reader may not collect and fees collected are not collection.
      unless: re(String.raw`\b(?:you|user) (?:may|must|shall) not (?:collect|gather|harvest|scrape)\b|\bcollect\w* (?:of )?(?:fees|payments?|taxes)\b`),
      severity: [
        [re(String.raw`${NOT}_\b(?:collect|gather|obtain|record|log|track|store|extract|mine|scan)\w*\b(?!_\b(?:except|unless|other than)\b)|${NOT}_\b(?:engag\w* in|us(?:e|es|ed|ing)|sells?)\b_\b(?:advertising|marketing|profiling|(?:face|facial) recognition|biometric\w*|fingerprints?|precise location)\b|\b(?:right to|you (?:can|may)) (?:object|opt[- ]?out|withdraw|unsubscribe)\b|\b(?:only|solely|minimum|minimi[sz]\w*)\b_\b(?:necessary|needed|required)\b|\b(?:only|solely)\b_\b(?:(?:actually |really )?need|purposes? for which|(?:exact|specific|original) (?:reasons?|purposes?)|purposes? (?:stated|described|for which it was (?:provided|collected)))\b|\b(?:used|use it|use them|process(?:ed)?) (?:only|solely|exclusively) (?:for|to) (?:the )?(?:purposes? of )?(?:provid|operat|deliver|perform|fulfil|run|maintain)\w*|\b(?:prohibit|restrict|limit)\w*\b_\b(?:for|to) any other purpose\b|\bonly (?:if|when|with|after) (?:you (?:allow|permit|consent|agree|choose|enable|opt|turn)|your (?:consent|permission))\b`), 'good'],
        // The reader's contacts (not "contact us", "contact information" or contact@ in an address); data used to sell to
        // them; data about the reader from elsewhere (not "the legitimate interests of third parties").
        [re(String.raw`\bcontacts\b(?![\w.+-]*@)|\bcontact (?:lists?|books?)\b|\b(?<!non-)(?:marketing|advertis\w+|ads|promotional|address book|messages|biometric|facial scans?|fingerprints|(?:face|facial) recognition|precise location|geo-?location|gps|location (?:and [\w-]+ )?(?:data|information)|current location|browsing history|keystrokes|microphone|camera|other (?:apps|sources)|data brokers|infer\w*|combine\w*)\b|\b(?:from|by|via|through) (?:our |trusted |certain )?third[- ]part(?:y|ies)\b|\bthird[- ]party (?:sources|data providers)\b|\bthird[- ]part(?:y|ies)\b_\b(?:provide|share|give|send|sell)s? (?:us|to us|with us)\b|\b(?:receive|obtain|collect|get)\w*\b_\bfrom (?:the following |other |our |business )?(?:parties|partners|public (?:and commercial )?sources|commercial sources)\b|\binformation (?:that )?other (?:people|users) provide\b|\b(?:(?:wide )?variety|wide range|many (?:different )?(?:types|kinds|categories)) of (?:personal )?(?:information|data)\b|\b(?:variety|number|range) of (?:[\w-]+ (?:and [\w-]+ )?)?purposes\b|\bmany different purposes\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    tracking: {
      cues: [
        re(String.raw`\bcookies?\b|\bweb beacons?\b|\bpixels? tags?\b|\btracking pixels?\b|\bpixels?\b_\b(?:track|collect|advertis)|\bclear gifs?\b|\btracking (?:technolog\w+|tools?|scripts?|cookies)\b|\btrackers?\b|\bdo[- ]not[- ]track\b(?!\s+(?:you|your|users?|visitors?|individuals?|people|anyone|the|any|what|how|where|which|whether)\b)|\bDNT\b|\bglobal privacy control\b|\banalytics\b|\badvertising (?:id|ids|identifiers?)\b|\bfingerprint\w*\b_\b(?:device|browser)|\b(?:local|session) storage\b|\bSDKs?\b|\btags?\b_\b(?:track|analytics)|\bcross-(?:site|device|context) (?:tracking|behavioral|advertising)|\b(?:interest|behavio(?:u)?r)[- ]based (?:advertising|ads)\b|\btargeted (?:advertising|ads)\b|\binterest[- ]based\b|\bNetwork Advertising Initiative\b|\bDigital Advertising Alliance\b|\bad networks?\b|\bnetwork advertisers?\b|\banalytic(?:al|s)? (?:services?|tools?|providers?)\b|\btrack(?:s|ing|ed)? (?:you|users?|visitors?|individuals|your (?:activity|browsing|visits?|device))\b|\bbrowsing (?:activity|behaviou?r)\b|\b(?:effectiveness|performance) of (?:an |the |their |our )?(?:ads?|advertis\w+|ad campaigns?)\b|\bplace tags\b`),
        // Advertising chosen from what the reader did elsewhere or over time, and the identifiers that make it possible.
        re(String.raw`\b(?:personali[sz]ed|targeted|interest[- ]based|behaviou?ral|tailored) (?:ads|advertising|advertisements|offers)\b|\b(?:personali[sz]\w*|tailor\w*|target\w*|customi[sz]\w*) (?:the |your )?(?:ads|advertising|advertisements)\b|\b(?:ads|advertising|advertisements) (?:that )?(?:you see|shown to you)\b|\bads? (?:are |may be )?(?:based on|personali[sz]ed|tailored)\b|\bunique identifiers?\b_\b(?:browser|device|computer|cookies?|track)\w*|\b(?:web|browser) storage\b|\bthird[- ]party (?:ad|advertising) (?:partners?|settings|networks?)\b`),
        // What a visit leaves behind: the referring page, whether an e-mail was opened, how the reader moves around.
        re(String.raw`\breferr(?:ing|er|al) (?:pages?|urls?|websites?|sites?|domains?)\b|\bemails? (?:have been |has been |were |was |are |is )?opened\b|\b(?:track|record)\w*\b_\b(?:users?['’]? |your )?(?:movements?|clicks?|scrolling|keystrokes?)\b|\blimit ad tracking\b|\bsocial media (?:features|widgets|buttons|plugins)\b|["“](?:like|share this)["”] button\b|\b(?:online )?activity after you leave (?:our|the)\b`),
      ],
      unless: re(String.raw`\bfingerprint (?:scan|sensor|unlock)\b`),
      severity: [
        [re(String.raw`\b(?:do not|does not|don['’]t|doesn['’]t|not|unable to|cannot|can['’]t)\b_\b(?:respond|honou?r|recogni[sz]e|support|alter|change)\b_\b(?:do[- ]not[- ]track|DNT|signals?)|\bignor\w*\b_\b(?:do[- ]not[- ]track|DNT|global privacy control)\b`), 'bad'],
        [re(String.raw`${NOT}_\b(?:use|place|set|track|engag\w* in|show|serve|display|target|permit|allow|share|sell|disclose)\w*\b_\b(?:cookies|tracking|trackers?|advertising|advertisements|ads|ad networks?|third-party)\b|\b(?:ask for|obtain|require|with) your (?:prior |explicit |express )?consent\b|\b(?:manage|control|modify|choose)\w*\b_\b(?:ads?|advertising)\b_\b(?:settings|preferences|shown|relevant)\b|\b(?:only|strictly) (?:necessary|essential)\b|\b(?:honou?r|respect)\w*\b_\b(?:do[- ]not[- ]track|global privacy control|DNT|signals?)\b|\bno (?:tracking|advertising|ads|analytics)\b|\bfree (?:of|from)\b_\b(?:tracking|advertising|ads|analytics)\b|\b(?:do|does|will)(?: not|n['’]t) track (?:you|visitors|users|individuals)\b|\bcookies?\b_\b(?:do|does|will) not (?:contain|store|reveal|include|identify)\b|\b(?:not|no|in no way)\b_\b(?:linked|tied|connected) to\b_\bpersonally[- ]identifiable\b|\bdoes not identify you\b|\b(?:deleted|discarded|removed|expires?)\b_\bwhen you (?:close|quit|exit|log out)\b|\bsession cookies?\b_\b(?:only|deleted|expire)|\b(?:still|continue to) (?:be able to )?(?:use|access|function|work)\b`), 'good'],
        // How to opt out of targeted advertising: the sentence is the reader's way out.
        [re(String.raw`\b(?:you (?:can|may)(?! not\b)(?: also)?(?: be able to)?|to|if you wish to|the ability to|how to)\b_\bopt(?:ing)?[- ]?out\b|\bopt(?:ing)?[- ]?out of\b_\b(?:targeted|interest-based|personali[sz]ed|behavio(?:u)?ral|advertising|ads)\b|\b(?:disable|turn off|reset)\b_\b(?:personali[sz]ed (?:ads|advertising)|ads personali[sz]ation|(?:advertising )?identifier)\b`), 'good'],
        [re(String.raw`\b(?:advertis\w+|marketing|cross-(?:site|device)(?! (?:request|scripting))|(?:on|across) other (?:sites|websites|apps|services)|third[- ]party (?:cookies|trackers|advertis)|targeted|interest-based|behavio(?:u)?ral|retarget\w*|social (?:media )?plugins?|personali[sz]ed (?:ads|offers)|ads?)\b`), 'bad'],
        // Beacons, pixels, fingerprinting and outside analytics follow the reader beyond what the service needs.
        [re(String.raw`\b(?:web beacons?|tracking pixels?|pixel tags?|clear gifs?|fingerprint\w*)\b|\banalytics (?:partners?|providers?|services?|companies)\b|\bgoogle analytics\b|\b(?:third[- ]part(?:y|ies)|partners?)\b_\bcookies\b|\bcookies\b_\b(?:third[- ]part(?:y|ies)|partners?)\b|\bsocial media (?:cookies|features|widgets|buttons)\b|["“](?:like|share this)["”] button\b|\bafter you leave (?:our|the)\b|\b(?:track\w*|monitor\w*) (?:\w+ )?(?:usage|movements?|activity)\b|\bemails? (?:have been |has been |were |was |are |is )?opened\b`), 'bad'],
        [re(String.raw`\bsession cookies?\b_\b(?:expire|deleted|close)|\btemporary cookies?\b|\b(?:respond|honou?r)s? to (?:browser |that |the |this |a )?(?:DNT|do[- ]not[- ]track)\b|\b(?:respond|honou?r)\b_\b(?:DNT|do[- ]not[- ]track)\b_\bsignals?\b|\bno cookies are used\b|\b(?:do|does) not (?:reveal|contain) any (?:personal )?information\b|\b(?:will )?continue to (?:function|work)\b|\bnot (?:contain|store|collect)\b_\bpersonal(?:ly)?\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    children: {
      cues: [
        re(String.raw`\bchild(?:ren)?(?:['’]s)?\b|\bminors\b|\bminor\b(?! (?:\w+ (?:and|or) )?(?:changes?|edits?|updates?|corrections?|revisions?|modifications?|formatting|wording|amendments?|adjustments?|issues?|bugs?|errors?|differences?|improvements?|details?|variations?|delays?|interruptions?|defects?)\b)|\b(?:under|over|above|below) (?:the age of )?(?:13|14|15|16|18|thirteen|sixteen|eighteen)\b${NOT_A_COUNT}|\b(?:at least|older than|over|aged?) (?:13|14|15|16|18|thirteen|sixteen|eighteen)(?: years)?\b${NOT_A_COUNT}|\bparent(?:al|['’]s|s['’])? (?:or (?:legal )?guardian['’]?s? )?(?:consent|permission|approval)\b|\bbetween (?:the ages of )?(?:1[2-9]|thirteen) and (?:1[3-9]|2[01]|sixteen|eighteen)\b|\bCOPPA\b|\bage of (?:majority|consent|digital consent)\b|\bminimum age\b|\bteens?\b|\bparents? or (?:legal )?guardians?\b`),
        // Age requirements in any wording: "18 years of age or older", "13 or over", "younger than 16", "of legal age".
        re(String.raw`\b(?:1[2-9]|2[01]|twelve|thirteen|sixteen|eighteen|twenty-one)(?: \(\d+\))?(?: years?)?(?: of age| old)? (?:or|and) (?:older|over|above)\b|\b(?:1[2-9]|2[01]|twelve|thirteen|sixteen|eighteen|twenty-one)(?: \(\d+\))? years? (?:of age|old)\b|\byounger than (?:the age of )?(?:1[2-9]|2[01]|twelve|thirteen|sixteen|eighteen)\b|\bof (?:legal|sufficient) age\b|\bnot old enough\b|\bold enough to (?:use|agree|consent|create|register|access|sign|enter|have|view|buy|purchase)\b|\b(?:intended|designed|directed|meant) (?:only |primarily |solely )?(?:for|to|at) adults\b|\badults only\b|\b(?:verify|confirm|estimate|check)\w* (?:your |their |a user['’]?s? |the user['’]?s? )?age\b|\bage[- ](?:restricted|verification|assurance|appropriate|signals?|gated|gating|groups?|ratings?)\b`),
      ],
      // Harm to children that an acceptable-use policy forbids is not what the service does with children's data.
      unless: re(String.raw`\bchild (?:sexual|abuse|exploitation)\b|\bCSAM\b|\bexploit\w* (?:of )?(?:children|minors)\b|\bharm\w* (?:to )?(?:children|minors)\b|\b(?:endanger|groom|sexuali[sz]|shaming|stigmati[sz]|exploit|encourag|entic|lur|solicit)\w*\b_\b(?:children|minors|kids|teens|anyone under)\b|\b(?:expos\w*|promot\w*) (?:minors|children|kids|teens)\b|\btargeting (?:minors|children)\b|\b(?:to|for) (?:minors|children)\W*$`),
      // A parent's consent before a child's data is collected protects the child; a parent's permission to use the
      // service is an age condition like any other.
      severity: [[re(String.raw`\bnot (?:knowingly|intended|directed|designed)\b|\bdelete\b|\bparent(?:al)? (?:or guardian )?consent\b`), 'good']],
      fallback: 'neutral',
    },
    security: {
      cues: [
        re(String.raw`\b(?:safeguards?|bug bounty|access (?:is )?(?:limited|restricted)|limited access|(?<!\bmedia )access controls?|security (?:practices|program(?:me)?|team|incidents?|issues?|steps|patch(?:es)?|updates|vulnerabilit(?:y|ies)|purposes|policies|procedures|precautions|features|technolog\w+|protocols?|software|audits?))\b|\bsecure(?:ly)?\b_\b(?:stored|store|storage|transmi\w+|servers?|environment|facilit\w+|socket|connection|networks?|manner|format)\b|\bconfidentiality\b_\b(?:information|data|obligations?|agreements?)\b|\bduty of confidentiality\b|\bkeep\w* (?:(?:your|the|this|that|such|all|personal|user|customer)\s+)*(?:data|information|details|accounts?|content|records|it|them)\b(?:\s+\w+){0,2}? (?:safe|secure|secret|confidential)\b|\bkeep\w*\b_\bsecurely\b|\bsecurity\b_\b(?:threats?|issues|risks?|essential|check|tips|training|principles)\b|\b(?:security|cyber|malicious|potential) threats?\b|\b(?:compromised|hacked)\b|\bin transit\b|\bat rest\b|\bprotect\w*\b_\b(?:information|data|accounts?|passwords?)\b_\b(?:from|against)\b`),
        re(String.raw`\bsecur(?:e|ity|ed|ely)\b_\b(?:data|information|measures|safeguards|protect\w*|systems?|personal|servers?|standards?|networks?)\b|\bfirewalls?\b|\bencrypt\w*|\b(?:safeguard|protect)\w*\b_\b(?:data|information)\b_\b(?:unauthori[sz]ed|loss|misuse|breach|alteration|destruction|theft|access)\b`),
        re(String.raw`\bprotect\w*\b_\b(?:your|personal|users?['’]?) (?:privacy|personal information|information|data)\b|\bsecurity of\b|\b(?:data|security) breach\w*|\b(?:technical|organi[sz]ational|administrative|physical|electronic|procedural|managerial)(?:,? (?:and|or) \w+)* (?:security )?(?:measures|safeguards|controls|procedures)\b|\b(?:prevent|protect against|guard against|detect)\w* (?:any )?unauthori[sz]ed (?:access|use|disclosure|attempts)\b|\bstrong password\b|\bphishing\b|\bprotect(?:s|ing)? (?:this|that|such) (?:personal )?(?:information|data)\b|\b(?:transmissions?|communications?)\b_\b(?:are|is) not (?:\w+ )?secure[d]?\b|\bmonitor\w* (?:network )?traffic\b|\bno (?:method|system|transmission)\b_\b(?:secure|100%|completely)\b|\b(?:two|2|multi)-?(?:factor|step) (?:authentication|verification)\b|\bISO ?27001\b|\bSOC ?2\b|\bpenetration test`),
        // Outside checks and trained staff: a privacy seal or audit, employees trained or bound to keep data safe.
        re(String.raw`\bTRUSTe\b|\bprivacy (?:seal|certification)\b|\b(?:independent|third[- ]party|external|regular) (?:security |privacy )?(?:audits?|assessments?|reviews?)\b|\b(?:employees|staff|associates|personnel|team members)\b_\b(?:trained|training)\b_\b(?:privacy|security|data protection|confidential\w*)\b`),
      ],
      unless: re(String.raw`\b(?:you|user) (?:must|shall|agree to|are responsible for) (?:keep\w*|maintain\w*|protect\w*)\b_\b(?:password|credentials|account)\b`),
      severity: [
        [re(String.raw`\b(?:cannot|can(?:no|')t|not|no)\b_(?:\b(?:guarantee|ensure|warrant|promise|completely secure|absolute)\b|\b100 ?%)`), 'neutral'],
        // Protections the provider commits to: encryption, second factors, certified practice, safeguards, breach notices.
        [re(String.raw`\bencrypt\w*|\b(?:two|2|multi)-?(?:factor|step)\b|\bISO ?27001\b|\bSOC ?2\b|\bindustry[- ]standard\b|\bnotif(?:y|ied|ication)\b${LONG_GAP}\bbreach|\bbreach\w*\b_\bnotif(?:y|ied)\b|\b(?:maintain|implement|use|employ|take|have|adopt)\w*\b_\b(?:safeguards|security (?:measures|program\w*|controls)|(?:technical|organi[sz]ational|administrative|physical|procedural)\b[^.!?]{0,40}\bmeasures)\b|\b(?:protect|safeguard)\w*\b_\b(?:from|against)\b_\b(?:loss|theft|unauthori[sz]ed|misuse|breach\w*|alteration|destruction)\b|\bsecured? (?:networks?|servers?|facilities|data cent(?:er|re)s?)\b|\bfirewalls?\b|\blimited number of (?:persons|people|employees|staff)\b`), 'good'],
      ],
      fallback: 'neutral',
    },
    indemnification: {
      cues: [re(String.raw`\bindemnif\w*|\bhold (?:us|\w+|\w+ \w+) harmless\b|\bdefend,? (?:indemnify|and hold)\b`)],
      unless: re(String.raw`\bwe (?:will|shall|agree to) (?:defend|indemnify)\b|\b(?:we|\w+) (?:will )?indemnif(?:y|ies) (?:you|customer)\b`),
      severity: [],
      fallback: 'bad',
    },
    'auto-renewal': {
      cues: [re(String.raw`\bauto(?:matically)?[- ]?renew\w*|\bmoney[- ]back guarantee\b|${COOLING_OFF}|${NO_COOLING_OFF}|\bcancel\w* (?:your |the |a |any )?(?:paid )?(?:subscriptions?|memberships?|plans?|renewals?|trials?)\b|\brenew\w* automatically\b|\brefund\w*\b_\b(?:prepaid|unused|remaining|remainder)\b|\b(?:pro-?rated|pro rata) refunds?\b|\brecurring (?:billing|charges?|payments?|fees?|subscription)\b|\bnon-?refundable\b|\bno refunds?\b|\b(?:are|is|will|shall) not (?:be )?refund(?:ed|able)\b|${NOT}\s+(?:\w+\s+){0,2}(?:offer|give|provide|issue|grant|make)s?\s+(?:any\s+)?(?:refunds?|credits?)\b|\b(?:will|shall) (?:continue to )?be (?:automatically )?charged\b|\buntil you cancel\b|\b(?:free )?trials?\b_\b(?:automatically )?(?:convert|become|roll over|turn)\w*\b_\b(?:paid|subscriptions?|plans?|memberships?)\b|\bautomatically (?:convert|charge|bill)\w*|\brefunds?\b_\b(?:within|available|eligible|entitled)\b|\bnot be charged\b|\b(?:pro-?rated|pro rata|partial) refunds?\b|\brefund\w*\b (?:(?:of|for) )?(?:the |any )?unused\b`)],
      severity: [
        // A period in which the reader may change their mind, unless it is taken away.
        [re(NO_COOLING_OFF), 'bad'],
        [re(COOLING_OFF), 'good'],
        // Money back for what the reader did not use comes first: "cancel at any time and receive a prorated refund".
        [re(String.raw`\bmoney[- ]back guarantee\b|(?<!\b(?:no|not|never)\b[^.!?]{0,40})(?:\b(?:pro-?rated|pro rata|partial) refunds?\b|\brefund\w*\b (?:(?:of|for) )?(?:the |any )?(?:unused|prepaid|remaining)\b)(?![^.!?]{0,20}\b(?:not|no|never)\b)`), 'good'],
        [re(String.raw`\bcancel\w*\b_\b(?:at any time|anytime|before|prior to)\b|\b(?:remind|notify|notice)\b`), 'neutral'],
        [re(String.raw`(?<!\bno\s)\brefund\w*\b(?!_\bno\b)_\b(?:within|eligible|entitled|available)\b|\bnot be charged\b`), 'good'],
      ],
      fallback: 'bad',
    },
    'law-enforcement': {
      cues: [re(String.raw`\bdisclos\w*\b_\b(?:if|when|where|as) (?:we are )?(?:required|compelled|obliged|obligated)\b_\bby (?:applicable )?law\b|\b(?:required|compelled|obliged|obligated) (?:by (?:applicable )?law|by a court) to (?:disclose|share|provide|hand over|produce)\b|\b(?:law enforcement|government(?:al)? (?:authorit\w+|requests?|agenc\w+|bodies|officials?)|public authorit\w+|regulators?|subpoenas?|court orders?|(?:a|any|valid|search) warrants?|legal (?:process|requests?|obligations?)|national security)\b_\b(?:disclos\w*|shar\w*|provid\w*|respond\w*|access\w*|comply|compl\w*|requir\w*)|\b(?:disclos\w*|shar\w*|provid\w*)\b_\b(?:law enforcement|government(?:al)? (?:authorit\w+|agenc\w+)|public authorit\w+|subpoena|court order|(?:a|any|valid|search) warrants?\b|legal process)|\b(?:notify|tell|inform)\w* (?:you|users)\b_\b(?:government(?:al)?|law enforcement|legal) (?:requests?|demands?|process)\b|\brespond\w* to\b_\b(?:legal|government(?:al)?|law enforcement|data) (?:requests?|demands?|process)\b_\b(?:governments?|authorit\w+|law enforcement|police|courts?)\b|\brespond\w* to\b_\b(?:government(?:al)?|law enforcement) (?:requests?|demands?)`)],
      severity: [
        // Told of the request first: the reader can object.
        [re(String.raw`\b(?:notify|tell|inform)\w* (?:you|users|the user)\b`), 'good'],
        [re(String.raw`\bvalid (?:legal process|subpoena|court order|warrant)|\btransparency report`), 'neutral'],
        [re(String.raw`\b(?:good[- ]faith belief|reasonably believe|we believe|at our discretion|voluntarily)\b`), 'bad'],
      ],
      fallback: 'neutral',
    },
    'international-transfer': {
      cues: [
        re(String.raw`\b(?:transfer\w*|stor\w*|process\w*|host\w*|access\w*)\b_\b(?:outside (?:of )?(?:the |your )?(?:EEA|European|EU|UK|country|jurisdiction)|other countries|countries other than|abroad|internationally|cross-border|third countries|in the United States|to the United States|different countr\w+)\b`),
        re(String.raw`\bstandard contractual clauses\b|\badequacy decisions?\b|\bdata privacy framework\b|\bbinding corporate rules\b|\binternational (?:data )?transfers?\b|\b(?:stored|hosted|processed|kept)\b_\b(?:servers|data cent(?:er|re)s)\b_\b(?:located )?in (?:the )?(?:European Union|EU|EEA|European Economic Area)\b|\b(?:exclusively|only|solely) (?:in|within) (?:the )?(?:European Union|EU|EEA|European Economic Area)\b`),
      ],
      severity: [
        // Data that stays in the EU keeps the GDPR's protection.
        [re(String.raw`\b(?:exclusively|only|solely)\b_\b(?:European Union|EU|EEA|European Economic Area)\b|\bnever (?:leaves?|transferred outside)\b`), 'good'],
        [re(String.raw`\bstandard contractual clauses\b|\badequacy\b|\bdata privacy framework\b|\bbinding corporate rules\b|\bappropriate safeguards\b`), 'neutral'],
      ],
      fallback: 'neutral',
    },
    'human-review': {
      cues: [
        re(String.raw`\bhuman (?:reviewers?|review|annotators?|trainers?|labell?ers?|raters?|moderators?)\b|\b(?:humans?|people) (?:may |will |can )?(?:review|read|listen to|annotate|transcribe)\b_\b(?:conversations?|chats?|messages?|recordings?|audio|prompts?|snippets|content|clips|transcripts?)\b`),
        re(String.raw`\b(?:reviewed|read|listened to|viewed|seen|annotated|labell?ed|rated|transcribed)\b (?:by|with the help of) (?:(?:trained|authori[sz]ed|our|a|some|human|specially)\s+)*(?:humans?|people|persons|staff|employees|personnel|contractors|reviewers|moderators|annotators|members of our team)\b`),
        re(String.raw`\b(?:employees|staff|personnel|contractors|people|reviewers|moderators|team)\b,? (?:(?:who|which|that) )?(?:\w+ ){0,2}?(?:(?:may|can|will|might|do|does)(?: not| never)?|never|cannot|can['’]t|don['’]t|won['’]t) (?:\w+ )?(?:read|review|access|listen to|view|see|look at)\b_\b(?:conversations?|chats?|messages?|recordings?|prompts?|inputs?|files|uploads|content|documents|photos|emails|notes)\b`),
      ],
      // Reviews the reader must do or must not dodge, and decisions about people that need a human: not about the reader's data.
      unless: re(String.raw`\b(?:circumvent|evade|disable|bypass|avoid|without|replace|in place of)\b_\bhuman (?:review|oversight)\b|\byou (?:must|should|shall|agree to)\b${LONG_GAP}\bhuman review\b|\b(?:decisions?|outputs?)\b_\b(?:undergo|subject to|require) human review\b|\bcreated by human reviewers\b`),
      severity: [
        [re(String.raw`${NOT}_\b(?:reviewed|read|accessed|seen|listened|used)\b_\b(?:humans?|people|staff|employees|reviewers)\b|\b(?:humans?|people|staff|employees|personnel|reviewers)\b (?:(?:will|do|does|shall|may|can)(?: not\b|n['’]t| never\b)|never) (?:\w+ )?(?:access|read|review|view|see|listen)\b|\bno (?:human|one|person)\b_\b(?:review|reads?|sees?|access)\b|\bnot (?:be )?(?:subject|available) to human review\b|\bonly (?:with|if you give) (?:your )?(?:explicit |express )?(?:consent|permission)\b|\bopt(?:ed|s)?[- ]?in\b`), 'good'],
        [re(String.raw`\b(?:abuse|safety|violat\w*|illegal|fraud|security|investigat\w*|report(?:ed|s)?|flagged)\b`), 'neutral'],
      ],
      fallback: 'bad',
    },
    'sensitive-data': {
      cues: [re(String.raw`\b(?:biometric|health|medical|genetic|heart[- ]rate|blood (?:pressure|sugar|glucose|oxygen)|menstrua\w*|pregnancy|precise (?:geo-?)?location|racial|ethnic|sexual orientation|sex life|religious|philosophical|political opinions?|trade union|face (?:geometry|recognition|prints?)|facial recognition|voice ?prints?|special categor\w+|sensitive (?:personal )?(?:data|information))\b_\b(?:data|information|readings?|measurements?|records?|collect\w*|process\w*|use\w*|sold|sell\w*|shar\w*|disclos\w*)\b|\b(?:collect|process|request|gather)\w*\b_\bsensitive (?:personal )?(?:data|information)\b|\b(?:collect\w*|process\w*|receiv\w*|record\w*|track\w*|measur\w*|monitor\w*|us(?:e|es|ed|ing))\b (?:[\w'’-]+ ){0,3}?(?:heart[- ]rate|blood (?:pressure|sugar|glucose|oxygen)|menstrual cycles?|pregnancy)\b`)],
      severity: [[re(String.raw`${NOT}_\b(?:collect|process|use|request|shar(?:e|ed|ing)|sell|sold|disclos\w*|transfer\w*)\w*\b`), 'good']],
      fallback: 'neutral',
    },
  },
};
