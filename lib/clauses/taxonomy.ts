/**
 * The clause taxonomy: every category Clausemark recognises, explained for a non-lawyer.
 * Ids match the corpus labels (LABELS.md); the last group extends them.
 */

export const SEVERITIES = ['good', 'neutral', 'bad', 'blocker'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORY_IDS = [
  'arbitration',
  'unilateral-change',
  'unilateral-termination',
  'content-removal',
  'liability-limitation',
  'jurisdiction',
  'choice-of-law',
  'contract-by-using',
  'content-license',
  'ai-training',
  'zero-data-retention',
  'data-retention',
  'third-party-sharing',
  'data-sale',
  'user-rights',
  'data-collection',
  'tracking',
  'children',
  'security',
  'indemnification',
  'auto-renewal',
  'law-enforcement',
  'international-transfer',
  'sensitive-data',
  'human-review',
  'automated-decisions',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Categories an earlier Clausemark used, and where their clauses belong now (stored history keeps old ids). */
const RETIRED: Record<string, CategoryId> = { 'business-transfer': 'data-sale' };

/** The current id for a category id read from storage, or null for one Clausemark does not know. */
export function currentCategory(id: string): CategoryId | null {
  return (CATEGORY_IDS as readonly string[]).includes(id) ? (id as CategoryId) : (RETIRED[id] ?? null);
}

export interface Category {
  id: CategoryId;
  title: string;
  /** One line: what such a clause says. */
  what: string;
  /** One line: what a clause on the topic says when it is good for the reader (where `what` does not say it already). */
  good?: string;
  /** Why a reader should care. */
  why: string;
  /** What the reader can do about it, in general; the clause's own actions come on top. */
  todo: string;
}

export const CATEGORIES: Record<CategoryId, Category> = {
  arbitration: {
    id: 'arbitration',
    title: 'Arbitration and class-action waiver',
    what: 'Disputes go to a private arbitrator instead of a court, often one by one with no class action or jury.',
    good: 'This part leaves you a way to court or out of arbitration, or has the provider bear its costs.',
    why: 'You lose the right to sue in court or join others with the same complaint; arbitration is private and hard to appeal.',
    todo: 'Look for an opt-out window (often 30 days after you accept) and send the opt-out notice before it closes.',
  },
  'unilateral-change': {
    id: 'unilateral-change',
    title: 'Changes to the terms',
    what: 'The provider may change these terms, the service or its prices whenever it wants.',
    good: 'Changes come with advance notice or need your agreement, or do not reach back to what you already bought.',
    why: 'What you agreed to today may not be what applies tomorrow, sometimes without any notice.',
    todo: 'Note the date of this version; Clausemark keeps it and tells you what changes on your next visit.',
  },
  'unilateral-termination': {
    id: 'unilateral-termination',
    title: 'Closing your account',
    what: 'The provider may suspend or close your account, or stop the service, on its own judgement.',
    good: 'Your account is closed only for stated reasons, after notice or a chance to put things right, or with time to take out what is yours.',
    why: 'You can lose access to your account, purchases and data, sometimes without notice or a reason.',
    todo: 'Keep your own copies of anything important stored in the service, and export your data regularly.',
  },
  'content-removal': {
    id: 'content-removal',
    title: 'Removal of your content',
    what: 'The provider may delete or hide what you post or store, at its discretion.',
    good: 'Removal comes with reasons, notice, a way to appeal, or time to save your content.',
    why: 'Work you put into the service can disappear without warning or appeal.',
    todo: 'Keep backups of content you care about outside the service.',
  },
  'liability-limitation': {
    id: 'liability-limitation',
    title: 'Limited liability',
    what: 'The provider excludes or caps its responsibility if something goes wrong, or offers the service "as is".',
    good: 'The provider keeps its responsibility here (for negligence, fraud or injury, for example), or your legal rights stay intact.',
    why: 'If the service fails, loses your data or harms you, your compensation may be tiny or nothing.',
    todo: 'Do not rely on the service alone for anything critical; local consumer law may still protect you.',
  },
  jurisdiction: {
    id: 'jurisdiction',
    title: 'Where disputes are heard',
    what: 'Names the courts or place where any dispute must be brought.',
    good: 'You can bring a dispute before the courts where you live.',
    why: 'A court far from where you live makes it costly or impractical to enforce your rights.',
    todo: 'Check whether consumer law where you live lets you sue at home anyway (it often does in the EU).',
  },
  'choice-of-law': {
    id: 'choice-of-law',
    title: 'Which law applies',
    what: 'Names the country or state whose law governs the agreement.',
    good: 'The law of your own country, or its consumer protections, applies.',
    why: 'A foreign law may give you fewer protections than your own.',
    todo: 'Mandatory consumer protections of your home country usually still apply; keep that in mind.',
  },
  'contract-by-using': {
    id: 'contract-by-using',
    title: 'Using the service means you agree',
    what: 'Simply visiting or using the service counts as accepting these terms.',
    good: 'You are bound only once you actively accept the terms.',
    why: 'You are bound without ever clicking "I agree" or reading the terms.',
    todo: 'If you do not accept the terms, stop using the service.',
  },
  'content-license': {
    id: 'content-license',
    title: 'Licence on your content',
    what: 'You give the provider rights to use, copy, modify or share what you upload or create.',
    good: 'The licence is narrow: only to run the service, or it ends when you delete your content, or none is taken at all.',
    why: 'A broad licence lets the provider use your work for its own purposes, sometimes forever and for free.',
    todo: 'Read the scope: is it limited to running the service? Does it end when you delete your content?',
  },
  'ai-training': {
    id: 'ai-training',
    title: 'AI training on your data',
    what: 'Whether your prompts, files, outputs or other content are used to train or improve AI models.',
    good: 'Your content is not used to train AI models, or only if you opt in.',
    why: 'What you type may end up shaping models used by others and is hard to take back once trained on.',
    todo: 'Look for a training opt-out in the settings (often under Data controls or Privacy) and turn it off.',
  },
  'zero-data-retention': {
    id: 'zero-data-retention',
    title: 'Zero data retention',
    what: 'A setting, mode or promise under which what you submit is not stored at all.',
    why: 'Data that is never kept cannot leak, be subpoenaed, or be used for anything else.',
    todo: 'Check whether you qualify for this mode and how to switch it on.',
  },
  'data-retention': {
    id: 'data-retention',
    title: 'How long your data is kept',
    what: 'How long the provider keeps your data, and whether it stays after you delete it.',
    good: 'Your data is kept only for a short or stated time, and deleted when you ask or leave.',
    why: 'The longer data is kept, the longer it can be breached, shared or repurposed.',
    todo: 'Delete what you no longer need, and use auto-delete settings where offered.',
  },
  'third-party-sharing': {
    id: 'third-party-sharing',
    title: 'Sharing with third parties',
    what: 'Your personal data is shared with, or collected by, other companies.',
    good: 'Your data is not shared, or only as the law requires or with your agreement.',
    why: 'Every recipient is one more place your data can leak or be used in ways you did not expect.',
    todo: 'Look for the list of recipients and any setting to limit sharing.',
  },
  'data-sale': {
    id: 'data-sale',
    title: 'Sale of your data',
    what: 'Whether your personal data is sold or exchanged for value, or passes to a buyer if the company is sold.',
    good: 'Your personal data is not sold.',
    why: 'Sold data travels to companies you have never heard of and is rarely recalled; a new owner may treat your privacy differently.',
    todo: 'Use the "Do not sell or share my personal information" link or request where one exists; watch for notices of a merger or sale.',
  },
  'user-rights': {
    id: 'user-rights',
    title: 'Your rights over your data',
    what: 'You can access, correct, export or delete your data, opt out, or withdraw consent.',
    why: 'These are the levers you actually have; knowing them is half the work.',
    todo: 'Use the contact or settings the document gives to exercise the right.',
  },
  'data-collection': {
    id: 'data-collection',
    title: 'Data collected about you',
    what: 'What personal data the provider collects, and why.',
    good: 'Collection is limited: only what is needed, only with your consent, or some data not collected at all.',
    why: 'The more is collected, the more can be profiled, shared or leaked.',
    todo: 'Give only what is needed; check which fields and permissions are optional.',
  },
  tracking: {
    id: 'tracking',
    title: 'Cookies and tracking',
    what: 'Cookies, pixels, analytics or advertising identifiers that follow what you do.',
    good: 'Tracking is limited: off until you agree, easy to refuse, or not used to follow you for advertising.',
    why: 'Tracking builds a profile of your behaviour, often across other sites.',
    todo: 'Reject non-essential cookies, and use your browser\'s tracking protection.',
  },
  children: {
    id: 'children',
    title: 'Children and minimum age',
    what: 'The minimum age to use the service, or how children\'s data is handled.',
    good: 'Children are protected: the service is not meant for them, or their data needs a parent\'s consent and is kept out of advertising.',
    why: 'Children get special protection; a service may not be meant for them at all.',
    todo: 'Check the age limit before a child uses the service; parents can ask for a child\'s data to be deleted.',
  },
  security: {
    id: 'security',
    title: 'Security of your data',
    what: 'How your data is protected, and what happens after a breach.',
    good: 'The provider commits to concrete protection of your data, or to telling you after a breach.',
    why: 'Weak or vague security promises mean your data is more exposed.',
    todo: 'Turn on two-factor authentication and use a unique password.',
  },
  indemnification: {
    id: 'indemnification',
    title: 'You cover their legal costs',
    what: 'You must defend and pay for the provider if a claim arises from your use.',
    good: 'Your duty to cover the provider\'s costs is limited, or the provider covers yours.',
    why: 'You can be liable for the provider\'s lawyers\' fees and damages, with no upper limit.',
    todo: 'Be careful with what you upload or do through the service; consumer law may limit this clause.',
  },
  'auto-renewal': {
    id: 'auto-renewal',
    title: 'Fees, automatic renewal and refunds',
    what: 'Subscriptions renew and charge automatically, or payments are not refunded.',
    good: 'You are reminded before a renewal, can cancel easily, or get your money back.',
    why: 'You keep paying until you cancel, and may not get money back.',
    todo: 'Note the renewal date and how to cancel; set a reminder before it renews.',
  },
  'law-enforcement': {
    id: 'law-enforcement',
    title: 'Disclosure to authorities',
    what: 'Your data may be handed to police, courts or governments.',
    good: 'Data goes to authorities only on a valid legal order, and you are told when it does.',
    why: 'The threshold matters: a court order is very different from a simple request.',
    todo: 'Look for a transparency report and whether the provider notifies users of requests.',
  },
  'international-transfer': {
    id: 'international-transfer',
    title: 'Data sent abroad',
    what: 'Your data is transferred to or stored in other countries.',
    good: 'Your data stays in your own region (the EU, for example) and keeps the protection it has there.',
    why: 'Other countries may protect your data less, or give authorities wider access.',
    todo: 'Check which safeguards apply (for example standard contractual clauses) and where data is stored.',
  },
  'sensitive-data': {
    id: 'sensitive-data',
    title: 'Sensitive data',
    what: 'Health, biometric, precise location, or similarly sensitive data is collected or used.',
    good: 'Sensitive data is used only if you turn the feature on, or is not collected at all.',
    why: 'Misuse of sensitive data can cause discrimination or real-world harm.',
    todo: 'Deny permissions for location, camera, microphone or health data unless you need the feature.',
  },
  'human-review': {
    id: 'human-review',
    title: 'Human review of your data',
    what: 'Staff or contractors may read, listen to or label your conversations, recordings or files.',
    good: 'No person reads your data, or only with your permission.',
    why: 'Anything you type or upload may be seen by a person, and reviewed copies are often kept longer than the rest.',
    todo: 'Look for a setting that keeps your chats out of review (often the same one as AI training or activity history), use temporary chats, and keep secrets out of them.',
  },
  'automated-decisions': {
    id: 'automated-decisions',
    title: 'Decisions made by software',
    what: 'Software, not a person, decides something about you: whether an account is closed, an order or a loan refused, a price set or an application shortlisted.',
    good: 'A person can look again at a decision software made about you, or none is left to software alone.',
    why: 'An automated decision can be wrong and hard to argue with; you may not even learn why it was made.',
    todo: 'Ask for the reasons and for a person to look at any decision that affects you (in the EU and the UK this is your right under GDPR Article 22).',
  },
};

/** What a clause means for the reader: the topic's risk, or, for a clause in their favour, the protection it gives. */
export const meaning = (category: CategoryId, severity: Severity): string => (severity === 'good' && CATEGORIES[category].good) || CATEGORIES[category].what;
