import { describe, expect, it } from 'vitest';
import { parseDate, detectLastUpdated } from '../lib/detect/date.ts';
import { detectLanguage } from '../lib/detect/language.ts';
import { typeFromName, typeFromUrl, mightBeLegal, packsNamed } from '../lib/detect/page-kind.ts';
import type { DocumentType } from '../lib/detect/document-types.ts';
import { en } from '../lib/lang/en.ts';
import { de } from '../lib/lang/de.ts';
import { fr } from '../lib/lang/fr.ts';
import { es } from '../lib/lang/es.ts';
import { it as italian } from '../lib/lang/it.ts';
import { legalLinks, typeWordLinks } from '../lib/detect/legal-links.ts';
import { analyzePage, analyzeText } from '../lib/page.ts';
import { looksLikeTitle } from '../lib/analyze.ts';
import { pageSignals } from '../lib/detect/page-signals.ts';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CORPUS_TYPES, documentVersions, pageIndex, parsePage, readPage } from './corpus.ts';

/**
 * The corpus declares this page as Microsoft's Acceptable Use Policy because the part it tracks is the Code of
 * Conduct inside it; the page itself is the Microsoft Services Agreement, consumer terms.
 */
const PAGE_IS: Record<string, string> = { 'legal/microsoft-copilot__acceptable-use-policy.html': 'terms-of-service' };

describe('page detection on the corpus', () => {
  const pages = pageIndex();
  it.each(pages.filter((p) => p.legal).map((p) => [p.file, p] as const))('finds %s with its type', (_, page) => {
    const { analysis } = analyzePage(parsePage(readPage(page.file)), page.url);
    expect(analysis?.legal).toBe(true);
    expect(analysis?.type).toBe(PAGE_IS[page.file] ?? CORPUS_TYPES[page.type!]);
  });
  it.each(pages.filter((p) => !p.legal).map((p) => [p.file, p] as const))('rejects %s', (_, page) => {
    const { analysis } = analyzePage(parsePage(readPage(page.file)), page.url);
    expect(analysis?.legal ?? false).toBe(false);
  });
  it('turns most ordinary pages away in stage one', () => {
    const others = pages.filter((p) => !p.legal);
    const rejected = others.filter((p) => !mightBeLegal(pageSignals(parsePage(readPage(p.file)), p.url)));
    expect(rejected.length / others.length).toBeGreaterThan(0.9);
  });
  it('lets a page on to the type patterns only when its names hold a type word of some language', () => {
    const named = (title: string, url = 'https://example.com/') => packsNamed({ title, headings: [], url }).map((p) => p.code);
    expect(named('Weekend recipes: lemon tart')).toEqual([]);
    expect(named('Home', 'https://example.com/legal/privacy')).toContain('en');
    expect(named('Datenschutzerklärung')).toEqual(['de']);
    expect(named('Politique de confidentialité')).toContain('fr');
  });
});

// Pages written for the tests in the languages whose packs have no corpus of their own.
describe.each([
  {
    file: 'politique-de-confidentialite.html',
    url: 'https://carnet.example/fr/politique-de-confidentialite',
    reading: { language: 'fr', lastUpdated: '2026-03-01' },
    severities: { 'ai-training': ['bad'], 'data-sale': ['good'], 'zero-data-retention': ['good'], 'unilateral-change': ['bad'], jurisdiction: ['bad'] },
    settings: 'Paramètres > Confidentialité',
    email: 'vie-privee@carnet-exemple.fr',
  },
  {
    file: 'politica-de-privacidad.html',
    url: 'https://libreta.example/es/politica-de-privacidad',
    reading: { language: 'es', lastUpdated: '2026-03-15' },
    severities: { 'ai-training': ['bad'], 'data-sale': ['good'], 'choice-of-law': ['neutral'], jurisdiction: ['bad'] },
    settings: 'Ajustes > Privacidad',
    email: 'privacidad@libreta-ejemplo.es',
  },
  {
    file: 'informativa-privacy.html',
    url: 'https://quaderno.example/it/informativa-privacy',
    reading: { language: 'it', lastUpdated: '2026-04-20' },
    severities: { 'ai-training': ['bad'], 'data-sale': ['good'], 'choice-of-law': ['neutral'], jurisdiction: ['bad'] },
    settings: 'Impostazioni > Privacy',
    email: 'privacy@quaderno-esempio.it',
  },
])('tests/fixtures/$file', ({ file, url, reading, severities, settings, email }) => {
  const { analysis } = analyzePage(parsePage(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')), url);

  it('is found, typed, dated and read in its language', () => {
    expect(analysis).toMatchObject({ legal: true, type: 'privacy-policy', ...reading });
  });

  it('has its clauses read with its language\'s rules, and their actions found', () => {
    for (const [category, expected] of Object.entries(severities)) expect(analysis!.clauses.filter((c) => c.category === category).map((c) => c.severity)).toEqual(expected);
    expect(analysis!.clauses.find((c) => c.category === 'ai-training')!.actions).toContainEqual({ kind: 'settings', value: settings });
    expect(analysis!.clauses.filter((c) => c.category === 'user-rights').flatMap((c) => c.actions)).toContainEqual({ kind: 'email', value: email });
  });
});

describe('imprints', () => {
  const page = (lang: string, title: string, body: string) => parsePage(`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`);

  it('are legal documents however short: who runs the site, where, under which register and tax numbers', () => {
    const german = page('de', 'Impressum', '<p>Angaben gemäß § 5 DDG</p><p>Gärtnerei Lindenhof GmbH<br>Am Markt 3<br>04109 Leipzig</p><p>Vertreten durch die Geschäftsführerin Jana Beck</p><p>Kontakt: Telefon 0341 555 010, E-Mail: post@lindenhof-beispiel.de</p><p>Registereintrag: Handelsregister B, Registergericht Leipzig, HRB 9876</p><p>Umsatzsteuer-Identifikationsnummer: DE987654321</p>');
    expect(analyzePage(german, 'https://lindenhof.example/impressum').analysis).toMatchObject({ legal: true, type: 'imprint', language: 'de' });
    const english = page('en', 'Legal notice', '<p>This website is operated by Northwind Maps Ltd, registered in England and Wales under company number 01234567.</p><p>Registered office: 10 Harbour Street, Bristol BS1 4AA, United Kingdom.</p><p>VAT number: GB 123 4567 89. Managing director: Priya Shah.</p><p>Contact: hello@northwind-maps.example</p>');
    expect(analyzePage(english, 'https://northwind.example/legal-notice').analysis).toMatchObject({ legal: true, type: 'imprint', language: 'en' });
  });

  it('are read in English by who publishes and hosts the site: registered offices, share capital, publication director', () => {
    const publisher = analyzeText(`Publisher\n---------\n\nUnder the French law on confidence in the digital economy, the publisher of this website is Carnet Vert, a simplified joint stock company with capital of EUR 5,000, listed on the Nantes Trade and Companies Register under number 987 654 321, with registered offices at 4 quai de la Fosse, 44000 Nantes, France.\n\nContact: bonjour@carnetvert.example.\n\nPublication director\n--------------------\n\nThe publication director of the website is Paul Girard, chief executive officer of Carnet Vert.\n\nHosting\n-------\n\nThe website is hosted by Serveurs de l'Ouest SAS, 12 rue de Brest, 35000 Rennes, France.`, 'https://carnetvert.example/legal/imprint');
    expect(publisher).toMatchObject({ legal: true, type: 'imprint', language: 'en' });
  });

  it('are found in a language the page does not declare and whose lines are too few to tell', () => {
    const french = analyzeText(`# Mentions légales\n\nÉditeur : Carnet Vert SARL, capital social de 5 000 €, RCS Nantes 987 654 321.\nSiège social : 4 quai de la Fosse, 44000 Nantes.\nDirecteur de la publication : Paul Girard.\nHébergeur : Serveurs de l'Ouest SAS, Rennes.\nNuméro de TVA : FR00987654321.\nContact : bonjour@carnetvert.example`, 'https://carnetvert.example/mentions-legales');
    expect(french).toMatchObject({ legal: true, type: 'imprint' });
  });

  it('are not any short page that carries the name', () => {
    const publisher = page('en', 'Imprint', '<p>Imprint is our new line of science fiction paperbacks. Each season we pick six debut novels, print them on recycled paper and send them to independent bookshops across the country. Sign up to hear about the next six.</p>');
    expect(analyzePage(publisher, 'https://books.example/imprint').analysis?.legal ?? false).toBe(false);
  });
});

describe('short documents', () => {
  it('read German terms (AGB) by their register, and not a news story about them', () => {
    const agb = analyzeText(`# Allgemeine Geschäftsbedingungen\n\nStand: 1. Juni 2027\n\n## Geltungsbereich\nDiese AGB gelten für alle Bestellungen in unserem Onlineshop.\n\n## Vertragsschluss\nDer Vertrag kommt mit unserer Auftragsbestätigung zustande. Wir sind berechtigt, Bestellungen ohne Angabe von Gründen abzulehnen.\n\n## Preise und Zahlung\nAlle Preise enthalten die gesetzliche Mehrwertsteuer. Die Zahlung erfolgt per Rechnung, Kreditkarte oder Lastschrift; bei Zahlungsverzug berechnen wir Verzugszinsen in gesetzlicher Höhe.\n\n## Widerrufsrecht\nVerbraucher haben ein vierzehntägiges Widerrufsrecht nach Maßgabe der Widerrufsbelehrung.\n\n## Gewährleistung\nEs gilt die gesetzliche Gewährleistung. Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit, im Übrigen nur bei Verletzung wesentlicher Vertragspflichten.\n\n## Anwendbares Recht\nEs gilt deutsches Recht unter Ausschluss des UN-Kaufrechts.`, 'https://laden.example/agb');
    expect(agb).toMatchObject({ legal: true, type: 'terms-of-service', language: 'de', lastUpdated: '2027-06-01' });
    const story = analyzeText(`# AGB-Änderungen: Was Kunden jetzt tun können\n\nViele Onlineshops haben ihre Geschäftsbedingungen geändert. Verbraucherschützer raten, genau hinzusehen: Wer nicht einverstanden ist, kann oft kündigen, sagt eine Sprecherin der Verbraucherzentrale. Beim Onlinekauf bleibt das Widerrufsrecht von vierzehn Tagen bestehen. Kritisiert werden vor allem kurze Fristen und Hinweise, die nur per E-Mail verschickt werden und leicht übersehen werden. Die Händler verweisen auf höhere Kosten für Versand und Verpackung, die sie an ihre Kundschaft weitergeben wollen. Experten empfehlen, Änderungen zu dokumentieren und bei Unklarheiten nachzufragen, bevor man einer neuen Regelung zustimmt.`, 'https://zeitung.example/wirtschaft/agb-aenderungen');
    expect(story.legal).toBe(false);
  });

  it('are read when they name themselves and read like one: a policy of a hundred words is still a policy', () => {
    const policy = analyzeText(`# Acceptable Use Policy\n\nThis policy applies to everyone who uses our hosting. If you break this policy, we may suspend your service.\n\nYou must not use the service to send spam, host malware, or infringe the rights of others, and you must comply with applicable laws.\n\nWe may remove any content that breaches this policy, and we may report illegal activity to the authorities where the law requires it. You are responsible for the content on your sites, and you agree to cooperate with our investigations. Report abuse to abuse@host.example.`, 'https://host.example/aup');
    expect(policy).toMatchObject({ legal: true, type: 'acceptable-use-policy' });
  });

  it('read a small app\'s privacy policy, which speaks of what it keeps, sends and asks for', () => {
    const policy = analyzeText(
      `# Privacy Policy for Notepin\n\nUpdated: 2 March 2027\n\nNotepin is a browser extension that pins notes to web pages. Your notes are saved in your browser's local storage. Notepin does not collect or transmit your notes, the pages you visit or any other browsing history, and it contains no analytics or ads. Notepin asks for the "activeTab" permission so that it can show your notes on the page you are reading, and nothing else. If you write to our support address, we keep the e-mail only until your question is answered. When you uninstall Notepin, your browser removes everything the extension saved.`,
      'https://notepin.example/privacy',
    );
    expect(policy).toMatchObject({ legal: true, type: 'privacy-policy', lastUpdated: '2027-03-02' });
    const promise = policy.clauses.filter((c) => c.text.includes('contains no analytics')).map((c) => [c.category, c.severity]);
    expect(promise).toContainEqual(['tracking', 'good']);
    expect(promise).toContainEqual(['data-collection', 'good']);
  });

  it('read a business\'s data commitments, written of "Customer Data" rather than of "we" and "you"', () => {
    const commitments = analyzeText(
      `# Enterprise Privacy and Data Commitments\n\nThis page covers Customer Data in Larkspan Business workspaces.\n\nLarkspan does not train its models on Customer Data. Customer Data is encrypted at rest and in transit. Prompts and outputs are retained for 30 days to detect abuse and then deleted; eligible customers can ask for them not to be retained at all. A short list of sub-processors, such as the cloud provider that hosts the service, handle Customer Data on Larkspan's behalf, and customers are told 30 days before a new one is added. Administrators decide how long conversations are kept, and a deleted workspace is erased from backups within 60 days.`,
      'https://larkspan.example/enterprise-privacy',
    );
    expect(commitments).toMatchObject({ legal: true, type: 'privacy-policy' });
  });

  it('read a German processing agreement (AVV), written of the controller and the processor', () => {
    const avv = analyzeText(
      `# Vertrag zur Auftragsverarbeitung\n\nStand: 3. Februar 2026\n\nDie Notizwerk GmbH verarbeitet für den Kunden Notizen, Anhänge und Kontaktdaten, solange der Hauptvertrag läuft. Sie handelt dabei nur auf dokumentierte Weisung des Kunden als Verantwortlichem. Weitere Auftragsverarbeiter zieht sie nur mit vorheriger Zustimmung des Kunden hinzu; die Liste steht im Kundenportal. Sie schützt die Daten durch technische und organisatorische Maßnahmen, darunter Verschlüsselung und Zugriffsprotokolle. Anfragen betroffener Personen leitet sie an den Kunden weiter. Eine Datenpanne meldet sie binnen 48 Stunden. Nach Vertragsende löscht sie alle Daten binnen 30 Tagen, soweit keine Aufbewahrungspflicht besteht.`,
      'https://notizwerk.example/avv',
    );
    expect(avv).toMatchObject({ legal: true, type: 'data-processing-agreement', language: 'de', lastUpdated: '2026-02-03' });
  });

  it('read a forum\'s community guidelines, written as what is not allowed and what moderators do about it', () => {
    const rules = analyzeText(`# Community Guidelines\n\nHollowbrook Forums is a place to trade tips about gardening. These guidelines say what belongs here and what happens when a post does not.\n\n## Be kind\nPersonal attacks, slurs and pile-ons are not allowed. Disagree with the idea, not the person.\n\n## Keep it real\nWe don't allow fake reviews, spam or posts that pretend to be someone else.\n\n## Dangerous advice\nPosts that recommend mixing household chemicals or using banned pesticides will be taken down.\n\n## What moderators do\nModerators remove posts that break these rules. Repeated or serious violations can lead to a temporary or permanent ban, and we may restrict an account while we look into a report. If you think we got it wrong, reply to the moderation notice and another moderator will take a second look.`, 'https://hollowbrook.example/guidelines');
    expect(rules).toMatchObject({ legal: true, type: 'community-guidelines' });
  });

  it('are not a news story about a platform\'s rules, which reports in the third person what it removes and allows', () => {
    const story = analyzeText(`# New community guidelines for AI images at PhotoLoop\n\nBy Priya Nand · 5 min read\n\nThe photo-sharing app said on Tuesday that it will remove AI-generated images that depict real people without a label, a change that creators have asked for since last year. Posts that violate the new rule will first get a warning, a spokesperson said, and repeated violations could lead to an account being suspended. Critics say enforcement has been uneven: researchers found dozens of unlabeled images still online a week after earlier reports. The company said it does not allow deceptive edits of public figures and is hiring more reviewers. Creators we spoke to welcomed the clarity but worried about mistakes, pointing to artists whose paintings were taken down last spring.`, 'https://news.example/tech/photo-app-ai-images');
    expect(story.legal).toBe(false);
  });

  it('read a copyright policy named only by its address, by the words of notices and takedowns', () => {
    const policy = analyzeText(`Reporting copyright problems\n\nPaperlane respects the work of writers and artists. If you are a copyright owner and believe that a story or picture on Paperlane copies your work without permission, send a notice to copyright@paperlane.example with a link to the post, a description of the original work, your contact details and a statement that you have a good faith belief that the use is not authorised. We review every notice and, where it is complete, take the post down and tell its author. An author who believes a post was removed by mistake may send a counter-notice, which we forward to the person who complained; if they do not start a court case within two weeks, the post may be restored. Accounts that are the subject of repeated valid notices of infringement are closed. Sending a notice in bad faith can make you answerable for the harm it causes, so make sure the work is yours before you write to us.`, 'https://paperlane.example/copyright-policy');
    expect(policy).toMatchObject({ legal: true, type: 'copyright-policy' });
  });

  it('are not a blog post that announces changes to them, in the policy\'s own words', () => {
    const post = analyzeText(`# We're updating our Privacy Policy and Terms of Service\n\nBy Dana Ortiz, Head of Trust · 4 min read\n\nToday we're announcing updates to our Privacy Policy and Terms of Service, which take effect on June 1. Here's a plain-language summary of what's changing. When you ask the assistant a question, we process your prompt to generate an answer. We do not use your prompts to train our models unless you opt in. Most of your data is deleted within 30 days after you close your account. Our Terms now include an arbitration clause for users in the United States, and you can opt out within 30 days. If you have questions, our support team is happy to help, and you can read the full documents on our legal page.`, 'https://kitewing.example/blog/updating-our-privacy-policy');
    expect(post.legal).toBe(false);
  });

  it('are not a sign-in page that links to the terms', () => {
    const signIn = analyzeText(`# Terms of Service\n\nSign in to review and accept the updated terms.\n\nEmail\n\nPassword\n\nForgot your password? Create an account.`, 'https://app.example/terms');
    expect(signIn.legal).toBe(false);
  });
});

describe('a document named only in its own text', () => {
  const url = 'https://help.example/articles/4521';
  it('is one when it speaks of itself ("This Privacy Notice explains …")', () => {
    const notice = analyzeText(`# Your information at Lumenfield\n\nThis Privacy Notice explains how Lumenfield collects and uses your personal data when you use our booking app. We collect your name, e-mail address and payment details when you book a class, and we use them to manage your bookings. We share your data with our payment processor and with the studio you book. We keep booking records for six years to meet our tax obligations. You have the right to access, correct or delete your personal data, and to object to direct marketing, by writing to privacy@lumenfield.example. If we change this Privacy Notice, we will tell you in the app before the change takes effect.`, url);
    expect(notice).toMatchObject({ legal: true, type: 'privacy-policy' });
  });

  it('is not a help article that points to "our Privacy Policy" or "unsere Datenschutzerklärung"', () => {
    const help = analyzeText(`# How do I delete my account?\n\nYou can delete your account at any time from the web app. Deleting your account removes your notes, boards and files, and cannot be undone.\n\n1. Sign in to the web app.\n2. Open Settings > Account.\n3. Click Delete account and confirm with your password.\n\nIf you pay for a subscription, cancel it first under Settings > Billing, or you may be charged for the next period. We keep invoices for seven years because tax law requires it; see our Privacy Policy for details. Need a copy of your data first? Use Settings > Account > Export to download everything. Still need help? Contact support@example.com.`, url);
    expect(help.legal).toBe(false);
    const hilfe = analyzeText(`# Wie lösche ich mein Konto?\n\nSie können Ihr Konto jederzeit in der App löschen. Dabei werden Ihre Notizen und Dateien entfernt; das lässt sich nicht rückgängig machen. Öffnen Sie Einstellungen > Konto und wählen Sie „Konto löschen“. Wenn Sie ein Abo haben, kündigen Sie es zuerst unter Einstellungen > Abrechnung. Rechnungen bewahren wir zehn Jahre auf, weil das Steuerrecht es verlangt; Einzelheiten finden Sie in unserer Datenschutzerklärung. Sie möchten vorher eine Kopie Ihrer Daten? Unter Einstellungen > Konto > Export laden Sie alles herunter. Weitere Fragen beantwortet unser Support-Team gern per E-Mail, und wir melden uns innerhalb von zwei Werktagen bei Ihnen zurück.`, url);
    expect(hilfe.legal).toBe(false);
  });
});

describe('actions of the sentences around a clause', () => {
  it('serve a clause that names none from the sentence beside it, not from further along its paragraph', () => {
    const analysis = analyzeText(
      `# Privacy Policy\n\nThese terms describe how we use personal data and who we share personal data with. We keep server logs for twelve months. We use your messages to train our machine learning models. You can opt out in Settings > Privacy > Model training.\n\n${'We collect personal data that you provide, and we process personal data as this policy describes. '.repeat(6)}`,
      'https://example.com/privacy',
    );
    const actionsOf = (category: string) => analysis.clauses.find((c) => c.category === category)!.actions;
    expect(actionsOf('ai-training')).toContainEqual({ kind: 'settings', value: 'Settings > Privacy > Model training' });
    expect(actionsOf('data-retention')).not.toContainEqual({ kind: 'settings', value: 'Settings > Privacy > Model training' });
  });

  it('are not lent by a clause on another topic: its settings path is its own', () => {
    const analysis = analyzeText(
      `# Terms of Service\n\nYou grant us a worldwide licence to copy and publish the photos you upload. We also use your photos to train our image models unless you turn this off in Settings > Privacy > Model training.\n\n${'These Terms govern your use of the service and you agree to them by using it. '.repeat(6)}`,
      'https://example.com/terms',
    );
    const actionsOf = (category: string) => analysis.clauses.find((c) => c.category === category)!.actions;
    expect(actionsOf('ai-training')).toContainEqual({ kind: 'settings', value: 'Settings > Privacy > Model training' });
    expect(actionsOf('content-license')).toEqual([]);
  });

  it('are lent only to the clause of the same topic when a sentence holds several', () => {
    const analysis = analyzeText(
      `# Terms of Service\n\nWe never sell your stories or license them to anyone for training AI systems. Crawlers that gather text for AI models are turned away from your stories unless you let them in under Settings > Visibility > AI crawlers.\n\n${'These Terms govern your use of the service and you agree to them by using it. '.repeat(6)}`,
      'https://example.com/terms',
    );
    const clausesOf = (sentence: string) => analysis.clauses.filter((c) => c.text.startsWith(sentence));
    const first = clausesOf('We never sell');
    expect(first.map((c) => c.category)).toEqual(expect.arrayContaining(['ai-training', 'data-sale']));
    for (const clause of first) {
      const lent = clause.actions.some((a) => a.value === 'Settings > Visibility > AI crawlers');
      expect(lent, clause.category).toBe(clause.category === 'ai-training');
    }
  });

  it('serve a clause that points back ("in the same place") from the sentence before it first', () => {
    const analysis = analyzeText(
      `# Privacy Policy\n\nThis policy describes how we use personal data. Ad measurement is off until you turn it on in Settings > Privacy > Measurement. You can turn it off at any time in the same place, and we will then stop collecting viewing data from your TV. You can reset your advertising identifier under Settings > Privacy > Ad ID.\n\n${'We collect personal data that you provide, and we process personal data as this policy describes. '.repeat(6)}`,
      'https://example.com/privacy',
    );
    const clause = analysis.clauses.find((c) => c.text.includes('the same place'))!;
    expect(clause.actions).toEqual([{ kind: 'settings', value: 'Settings > Privacy > Measurement' }]);
  });
});

describe('a legal document in which no clause was found', () => {
  it('has no grade: nothing found is not "nothing to worry about"', () => {
    const analysis = analyzeText(`# Terms of Service\n\n${'These Terms describe how this page is laid out and where its headings are placed. '.repeat(15)}`, 'https://example.com/terms');
    expect(analysis).toMatchObject({ legal: true, clauses: [], grade: null });
  });
});

describe('section titles set as ordinary text', () => {
  it('are recognised: short, in title case or capitals, without closing punctuation (or run in, in title case, with a full stop)', () => {
    for (const title of ['Limitations on Liability', '12. GOVERNING LAW', '(a) Your Content', 'Information We Receive From Other Sources', 'Training Datasets.', 'No Sale, Sharing, or Targeted Advertising.', 'Third-Party Services:', 'Minimum age.', 'Opt out.', 'Your rights.']) expect(looksLikeTitle(title)).toBe(true);
    for (const text of ['Arbitration', 'Contacts and call logs', 'We may sell your data.', 'Data we collect about you', 'Wir verkaufen Ihre Daten nicht', 'THE SERVICE IS PROVIDED AS IS.', 'Data provided by third-parties:', 'No refunds.', 'We sell data.', 'All sales final.']) expect(looksLikeTitle(text)).toBe(false);
  });

  it('name the section of the clauses below them and are not clauses themselves', () => {
    const opening = `# Terms of Service\n\n${'These Terms govern your use of the service and you agree to them by using it. '.repeat(12)}\n\n`;
    const analysis = analyzeText(`${opening}- **Limitations on Liability**\n\n  In no event will we be liable for any indirect damages.\n`, 'https://example.com/terms');
    const liability = analysis.clauses.filter((c) => c.category === 'liability-limitation');
    expect(liability.map((c) => [c.text, c.section])).toEqual([['In no event will we be liable for any indirect damages.', 'Limitations on Liability']]);
  });

  it('may be run in at the start of a paragraph', () => {
    const opening = `# Privacy Policy\n\n${'This Privacy Policy explains how we collect and use your personal data. '.repeat(12)}\n\n`;
    const analysis = analyzeText(`${opening}**Training Datasets.** We train our models on datasets that third parties provide.\n`, 'https://example.com/privacy');
    const training = analysis.clauses.filter((c) => c.category === 'ai-training');
    expect(training.map((c) => [c.text, c.section])).toEqual([['We train our models on datasets that third parties provide.', 'Training Datasets']]);
    // Set as a paragraph of its own, the same title names the same section.
    const alone = analyzeText(`${opening}**Training Datasets.**\n\nWe train our models on datasets that third parties provide.\n`, 'https://example.com/privacy');
    expect(alone.clauses.filter((c) => c.category === 'ai-training').map((c) => c.section)).toEqual(['Training Datasets']);
  });
});

describe('single words', () => {
  it('name a topic and are not clauses: a cookie table\'s headings and cells', () => {
    const rows = ['<tr><th>Cookie</th><th>Purpose</th><th>Retention</th></tr>', '<tr><td>sid</td><td>Cookies</td><td>Session</td></tr>', '<tr><td>ads_id</td><td>Advertising</td><td>13 months</td></tr>'];
    const doc = parsePage(`<html lang="en"><head><title>Cookie Policy</title></head><body><main><h1>Cookie Policy</h1><p>${'This Cookie Policy explains how we use cookies and similar technologies when you visit our site, and the choices you have. '.repeat(8)}</p><p>Our advertising partners set cookies to show you adverts on other websites.</p><table>${rows.join('')}</table></main></body></html>`);
    const texts = analyzePage(doc, 'https://shop.example/cookies').analysis!.clauses.map((c) => c.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => !/\s/.test(t))).toEqual([]);
  });
});

describe('a shouted clause behind a list marker', () => {
  it('is a clause, not a run-in title: "(d) ALL SALES ARE FINAL."', () => {
    expect(looksLikeTitle('(d) ALL SALES ARE FINAL.')).toBe(false);
    expect(looksLikeTitle('(d) Refunds and Returns.')).toBe(true);
    const clauses = analyzeText(`# Terms of Service\n\n${'These Terms govern your use of the service and you agree to them by using it. '.repeat(12)}\n\n(d) ALL SALES ARE FINAL. Please keep your receipt.\n`, 'https://example.com/terms').clauses;
    expect(clauses.filter((c) => c.category === 'auto-renewal').map((c) => [c.severity, c.text])).toEqual([['bad', '(d) ALL SALES ARE FINAL.']]);
  });
});

describe('sentences broken across lines with <br>', () => {
  const opening = `<h1>Terms of Service</h1><p>${'These Terms govern your use of the service and you agree to them by using it. '.repeat(12)}</p>`;
  const clauses = (body: string) =>
    analyzePage(parsePage(`<html lang="en"><head><title>Terms of Service</title></head><body><main>${opening}${body}</main></body></html>`), 'https://example.com/terms')
      .analysis!.clauses.filter((c) => !c.text.startsWith('These Terms govern'))
      .map((c) => [c.category, c.severity, c.text.replaceAll('\n', ' ')]);

  it('are read as one sentence: a line that stops mid-sentence, then lower case, capitals or a word like "the"', () => {
    expect(clauses('<p>No change to this agreement is valid unless it is made<br>in writing and signed by both parties.</p>')).toEqual([
      ['unilateral-change', 'good', 'No change to this agreement is valid unless it is made in writing and signed by both parties.'],
    ]);
    expect(clauses('<p>IN NO EVENT WILL THE COMPANY BE LIABLE TO YOU FOR ANY INDIRECT OR CONSEQUENTIAL<br>DAMAGES ARISING OUT OF YOUR USE OF THE SERVICE.</p>')).toEqual([
      ['liability-limitation', 'bad', 'IN NO EVENT WILL THE COMPANY BE LIABLE TO YOU FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES ARISING OUT OF YOUR USE OF THE SERVICE.'],
    ]);
    expect(clauses('<p>By using the maps of the<br>Ordnance Survey, you agree to be bound by its licence.</p>').map(([category]) => category)).toEqual(['contract-by-using']);
  });

  it('stay apart where a line ends a sentence or a title, and separate paragraphs, cells and items are never joined', () => {
    expect(clauses('<p>We may suspend your account at any time.<br>our partners are listed below.</p>').map(([, , text]) => text)).toEqual(['We may suspend your account at any time.']);
    expect(clauses('<p>Account Closure<br>we may close your account at any time.</p>').map(([, , text]) => text)).toEqual(['we may close your account at any time.']);
    const separate = clauses(
      '<p>We collect your name and e-mail address</p><p>when you sign up, and we may share them with partners.</p>' +
        '<ul><li>your postal address and phone number</li><li>the pages you visit</li></ul>' +
        '<table><tr><td>Cookie consent</td><td>openai.com</td><td>we keep it for</td><td>thirteen months</td></tr></table>',
    );
    expect(separate.length).toBeGreaterThan(0);
    for (const [, , text] of separate) expect(text).not.toMatch(/address (?:when|the pages)|consent openai|for thirteen/);
  });
});

describe('lists of what the reader must not do', () => {
  const opening = `# Usage Policy\n\n${'These Terms govern your use of the service and you agree to them by using it. '.repeat(12)}\n\n`;
  /** The clauses found after the opening. */
  const categories = (markdown: string) =>
    analyzeText(`${opening}${markdown}`, 'https://example.com/usage-policy').clauses.filter((c) => !c.text.startsWith('These Terms govern')).map((c) => [c.category, c.text] as const);

  it('hold conduct, not clauses: their items are not read as the provider collecting, sharing or securing data', () => {
    const found = categories('You may not use the service to:\n\n- Scrape facial images to build facial recognition databases\n- Collect or disclose sensitive information about individuals without consent\n- Gain unauthorized access to the security systems of others\n');
    expect(found).toEqual([]);
  });

  it('include a rulebook\'s lists of banned content, whether the ban is the lead-in or the sentence before it', () => {
    const found = categories(
      "We don't allow posts that reveal someone's private details. This includes, among others:\n\n- Private contact information of others, such as their home addresses, e-mail addresses and phone numbers\n- Bank account or social security numbers\n\nWe remove or limit the reach of such content and accounts, including:\n\n- Personal data of others shared without their permission\n- Stolen account passwords\n",
    );
    expect(found.map(([, text]) => text)).not.toContainEqual(expect.stringMatching(/^(?:Private|Bank|Personal data|Stolen)/));
  });

  it('include an imperative\'s nested lists ("For example, don\'t use our service to …, including:"), and end at the next paragraph', () => {
    const found = categories(
      "- Follow the law. For example, don't use the service to harm others, including:\n  - Collecting or selling other people's personal data\n  - Getting around our security measures\n- Be honest.\n\nIf you break these rules, we may:\n\n- Delete your account and its data\n",
    );
    expect(found.map(([, text]) => text)).not.toContainEqual(expect.stringMatching(/^(?:Collecting|Getting)/));
    expect(found.map(([, text]) => text)).toContainEqual(expect.stringMatching(/^Delete your account/));
  });

  it('end where a paragraph or a titled item begins, and a list of what the provider does is read', () => {
    const found = categories('You agree not to:\n\n- Collect personal information about other users\n- 5. DISCLAIMER OF WARRANTY. The service is provided "as is" without warranties of any kind.\n\nWe use your information to:\n\n- Show you personalised advertising based on your activity\n');
    expect(found.map(([category]) => category)).toContain('liability-limitation');
    expect(found.map(([category]) => category)).toContain('tracking');
    expect(found.some(([, text]) => text.startsWith('Collect personal'))).toBe(false);
  });

  it('are not the lists of a conditional ("even if you do not …, we use your information to:")', () => {
    const found = categories('Even if you do not create an account, we use information about your device to:\n\n- Show you personalised advertising based on your activity\n');
    expect(found.map(([category]) => category)).toContain('tracking');
  });
});

describe('lists that complete their lead-in', () => {
  const opening = `# Terms of Service\n\n${'These Terms govern your use of the service and you agree to them by using it. '.repeat(12)}\n\n`;
  const clauses = (markdown: string) => analyzeText(`${opening}${markdown}`, 'https://example.com/terms').clauses.filter((c) => !c.text.startsWith('These Terms govern'));

  it('read each item as the ending of its lead-in: "we may:" … "suspend your account"', () => {
    const found = clauses('If you break these Terms, we may:\n\n- send you a warning;\n- temporarily or permanently suspend your account; or\n- take legal action.\n\nYou have the right to:\n\n- get a copy of the personal data we hold about you;\n- ask us to delete it.\n');
    expect(found.map((c) => [c.category, c.text])).toEqual([
      ['unilateral-termination', 'temporarily or permanently suspend your account; or'],
      ['user-rights', 'get a copy of the personal data we hold about you;'],
      ['user-rights', 'ask us to delete it.'],
    ]);
  });

  it('repeat a topic their lead-in holds only on the items that are good or bad for the reader', () => {
    const found = clauses('We use your personal data to:\n\n- provide and improve the service;\n- show you personalised advertising.\n\nWe will not be liable for:\n\n- indirect or consequential loss.\n');
    expect(found.map((c) => [c.category, c.severity, c.text])).toEqual([
      ['data-collection', 'neutral', 'We use your personal data to:'],
      ['data-collection', 'bad', 'show you personalised advertising.'],
      ['tracking', 'bad', 'show you personalised advertising.'],
      ['liability-limitation', 'bad', 'We will not be liable for:'],
      ['liability-limitation', 'bad', 'indirect or consequential loss.'],
    ]);
  });

  it('read the items right under a heading that names a topic as on that topic ("What we collect" … "your e-mail address")', () => {
    const found = clauses('## What we gather\n\n- the questions you type and the files you attach;\n- your e-mail address.\n\nWe answer within a day.\n\n- a history of the company.\n\n## Things you must not do\n\n- copy the personal details of other users.\n\n## Overview\n\n- a history of the company.\n');
    expect(found.map((c) => [c.category, c.text])).toEqual([
      ['data-collection', 'the questions you type and the files you attach;'],
      ['data-collection', 'your e-mail address.'],
    ]);
  });

  it('are not read with a lead-in that is not an unfinished sentence, nor as the reader acting when someone else does', () => {
    const found = clauses('Your employer can:\n\n- access and process your data and files.\n\nWe collect:\n\n- the pages you visit.\n');
    expect(found.some((c) => c.category === 'user-rights')).toBe(false);
    const admin = clauses('Your school manages your account. This allows it to:\n\n- Access and review your personal data, including your files.\n');
    expect(admin.some((c) => c.category === 'user-rights')).toBe(false);
    expect(found.some((c) => c.text === 'the pages you visit.')).toBe(false);
  });
});

describe('saved documents (Markdown, as the command line reads them)', () => {
  // The newest version of every corpus document; its file name is its address, as for `clausemark analyze`.
  const newest = documentVersions()
    .filter((v) => v.newest)
    .map((v) => [v.file, v] as const);
  it.each(newest)('%s is a legal document of its type, or too short to be one', (file, { path, type: corpusType }) => {
    const analysis = analyzeText(readFileSync(path, 'utf8'), pathToFileURL(path).href);
    if (analysis.words < 120) return expect(analysis.legal).toBe(false);
    expect(analysis.legal).toBe(true);
    expect(analysis.type).toBe(file.startsWith('microsoft-copilot/acceptable-use-policy/') ? 'terms-of-service' : CORPUS_TYPES[corpusType]);
  });
});

/** Names of legal documents in titles and headings, with the type each names. */
const DOCUMENT_NAMES: Array<[string, DocumentType]> = [
  ['Privacy Policy | Example', 'privacy-policy'],
  ['Enterprise Privacy and Data Commitments', 'privacy-policy'],
  ['Example Terms of Service', 'terms-of-service'],
  ['Terms of Service for consumers in the EEA', 'terms-of-service'],
  ['Cookie Notice – Shop', 'cookie-policy'],
  ['Acceptable Use Policy', 'acceptable-use-policy'],
  ['Data Processing Addendum', 'data-processing-agreement'],
  ['Developer Terms', 'developer-terms'],
  ['End User License Agreement', 'eula'],
  ['Community Guidelines', 'community-guidelines'],
  ['Impressum', 'imprint'],
  ['Datenschutzerklärung – Beispiel GmbH', 'privacy-policy'],
  ['Politique de confidentialité | Exemple', 'privacy-policy'],
  ['Conditions générales d’utilisation', 'terms-of-service'],
  ['Conditions générales de vente – Boutique', 'purchase-terms'],
  ['Politique relative aux cookies', 'cookie-policy'],
  ['Mentions légales', 'imprint'],
  ['Política de privacidad | Ejemplo', 'privacy-policy'],
  ['Términos y condiciones', 'terms-of-service'],
  ['Política de cookies', 'cookie-policy'],
  ['Aviso legal', 'imprint'],
  ['Informativa sulla privacy – Esempio', 'privacy-policy'],
  ['Termini e condizioni', 'terms-of-service'],
  ['Note legali', 'imprint'],
  ['Condizioni generali – Esempio', 'terms-of-service'],
  ['Subscriber Agreement', 'terms-of-service'],
  ['Terms of Sale | Shop', 'purchase-terms'],
  ['Data Policy', 'privacy-policy'],
  ['Data Usage Policy – Example', 'privacy-policy'],
  ['Data Use Policy', 'privacy-policy'],
  ['Data Retention Policy', 'privacy-policy'],
  ['Example API Data Usage and Retention Policy', 'privacy-policy'],
  ['Usage Policies', 'acceptable-use-policy'],
  ['Content Policy', 'acceptable-use-policy'],
  ['Platform Policy', 'developer-terms'],
  ['Terms and Conditions of Sale', 'purchase-terms'],
  ['Returns Policy | Shop', 'purchase-terms'],
  ['Llama 3.2 Community License Agreement', 'eula'],
  ['General Conditions of Carriage – Example Air', 'purchase-terms'],
  ['Notice at Collection for California Residents', 'privacy-policy'],
  // The agreement of one kind of user: a marketplace's sellers, a platform's hosts, a card's holders.
  ['Merchant Agreement – Example Pay', 'terms-of-service'],
  ['Host Services Agreement', 'terms-of-service'],
  ['Affiliate Program Agreement', 'terms-of-service'],
  ['Cardholder Agreement', 'terms-of-service'],
  ['Cardmember Agreement', 'terms-of-service'],
  ['Account Holder Agreement', 'terms-of-service'],
  ['Software License Agreement', 'eula'],
  ['Licence Agreement for Example Studio', 'eula'],
  ['Booking Terms and Conditions | Example Stays', 'purchase-terms'],
  // A German site's privacy page in English, a developer programme's agreement, a cloud's service levels.
  ['Data Protection Declaration – Example GmbH', 'privacy-policy'],
  ['Data protection information for applicants', 'privacy-policy'],
  ['Developer Distribution Agreement', 'developer-terms'],
  ['Developer Program Terms', 'developer-terms'],
  ['Service Level Agreement for Example Cloud', 'commercial-terms'],
];

describe('document names', () => {
  it.each(DOCUMENT_NAMES)('%s is a %s', (name, type) => expect(typeFromName(name)).toBe(type));

  // The content script's first stage looks only for type words: a name without one would never be read.
  it.each(DOCUMENT_NAMES)('%s holds a type word of its language', (name) => expect(packsNamed({ title: name, headings: [], url: null })).not.toEqual([]));

  it.each([
    "Facebook's new privacy policy lets it read your messages, critics say",
    'Why nobody reads the terms of service before clicking agree on apps',
    'Pricing',
    'Log in',
    'La nouvelle politique de confidentialité de Meta inquiète les associations de consommateurs',
    'How the new data policy of the city council affects residents and local businesses',
    // Titles that speak about a document: an announcement of changes, a guide to writing one, a template.
    "We're updating our Privacy Policy and Terms of Service - The Kitewing Blog",
    'How to write a privacy policy for your app (2026 guide)',
    'Free Terms and Conditions Template',
    'Wir aktualisieren unsere Datenschutzerklärung',
    'Comment rédiger une politique de confidentialité',
    'Cómo redactar una política de privacidad',
    'Aggiorniamo la nostra informativa sulla privacy',
    // A help article on the settings is not the policy.
    'Privacy settings – Pinwheel Help Center',
    'Your Privacy Choices',
    // Agreements between states are news, not a reader's terms.
    'Paris Agreement: what the climate deal means',
    'EU and Japan reach trade agreement',
    'Data information and visualisation workshop',
  ])('%s names no document', (name) => expect(typeFromName(name)).toBeNull());

  it('reads the name in one part of a title even when another part speaks about it', () => {
    expect(typeFromName('Meta Privacy Policy - How Meta collects and uses user data')).toBe('privacy-policy');
  });

  it('reads URLs', () => {
    expect(typeFromUrl('https://example.com/legal/privacy-policy')).toBe('privacy-policy');
    expect(typeFromUrl('https://example.com/de/datenschutz')).toBe('privacy-policy');
    expect(typeFromUrl('https://example.com/fr/politique-de-confidentialite')).toBe('privacy-policy');
    expect(typeFromUrl('https://example.com/conditions-generales-d-utilisation')).toBe('terms-of-service');
    expect(typeFromUrl('https://example.com/es/politica-de-privacidad')).toBe('privacy-policy');
    expect(typeFromUrl('https://example.com/it/termini-di-servizio')).toBe('terms-of-service');
    expect(typeFromUrl('https://example.com/blog/2024/our-new-office')).toBeNull();
    expect(typeFromUrl('https://example.com/blog/updating-our-privacy-policy')).toBeNull();
  });
});

describe('stated dates', () => {
  it.each([
    ['Updated DECEMBER 17, 2025', '2025-12-17'],
    ['Effective: 17/12/2025', '2025-12-17'],
    ['Last modified on 2025-12-17', '2025-12-17'],
    ['Last updated: 3rd of March 2024', '2024-03-03'],
    ['Effective date: Sept. 9, 2023', '2023-09-09'],
    ['Last Updated 04/05/2024', '2024-04-05'],
    ['Updated 12.01.2026', '2026-01-12'],
    ['Effective as of the 21st day of January, 2026', '2026-01-21'],
    ['Latest update — 21 Jan 2026', '2026-01-21'],
    ['Effective as of March 2024', '2024-03-01'],
    ['> Last Update: Feb 10, 2026', '2026-02-10'],
    ['Last revision date: 16 July, 2026', '2026-07-16'],
    ['Last Updated: 03-Mar-2026', '2026-03-03'],
    ['Effective 3/Mar./2026 (replaces the version of 01-Jan-2025)', '2026-03-03'],
    ["This version of the privacy questions and answers took effect June 3, 2020.", '2020-06-03'],
    ['These Terms come into effect on 1 April 2026.', '2026-04-01'],
    ['Version: 3 March 2026', '2026-03-03'],
    ['Updated: 2026/03/03', '2026-03-03'],
    ['Posted: 2026-03-03T10:00:00Z', '2026-03-03'],
    // A month and year in figures, after the abbreviation that US financial privacy notices use.
    ['Rev. 11/2025', '2025-11-01'],
    ['Last revised 4.2026', '2026-04-01'],
    ['Revised 12.03.2026 (replaces 01/2025)', '2026-03-12'],
    // A publication date gives way to the date the text applies from.
    ['Published: 30 July 2025\nEffective: 30 September 2025', '2025-09-30'],
  ])('%s → %s', (text, iso) => expect(detectLastUpdated(`Terms of Service\n${text}\nThese terms apply.`, en)).toBe(iso));

  it('reads an English date with slashes in the order of the region the text is written for', () => {
    const british = 'Last revised: 05/04/2026\nWe use your details to send newsletters you have authorised, and we honour your choices about marketing.';
    expect(detectLastUpdated(british, en)).toBe('2026-04-05');
    const american = 'Last revised: 05/04/2026\nWe use your details to send newsletters you have authorized, and we honor your choices about marketing.';
    expect(detectLastUpdated(american, en)).toBe('2026-05-04');
    // Another date that can only be read one way settles it, whatever the spelling.
    expect(detectLastUpdated('Last revised: 05/04/2026\nThe authorised version of 23/01/2024 is archived.', en)).toBe('2026-04-05');
    expect(detectLastUpdated('Last revised: 05/04/2026\nThe authorised version of 01/23/2024 is archived.', en)).toBe('2026-05-04');
    // With no other sign, the page's declared language, then English's default.
    const plain = 'Last revised: 05/04/2026\nThese terms apply to your order.';
    expect(detectLastUpdated(plain, en, 'en-gb')).toBe('2026-04-05');
    expect(detectLastUpdated(plain, en, 'en-us')).toBe('2026-05-04');
    expect(detectLastUpdated(plain, en)).toBe('2026-05-04');
  });

  it('reads German dates', () => {
    expect(detectLastUpdated('Datenschutzerklärung\nStand: 1. März 2024', de)).toBe('2024-03-01');
    expect(detectLastUpdated('Zuletzt aktualisiert am 17.12.2025', de)).toBe('2025-12-17');
  });

  it('reads French dates', () => {
    expect(detectLastUpdated('Politique de confidentialité\nDernière mise à jour : 1er mars 2026', fr)).toBe('2026-03-01');
    expect(detectLastUpdated('Mis à jour le 17 décembre 2025', fr)).toBe('2025-12-17');
    expect(detectLastUpdated('Date d’entrée en vigueur : 12/05/2024', fr)).toBe('2024-05-12');
    expect(detectLastUpdated('En vigueur à compter du 3 août 2025.', fr)).toBe('2025-08-03');
  });

  it('reads Spanish dates', () => {
    expect(detectLastUpdated('Política de privacidad\nÚltima actualización: 15 de marzo de 2026', es)).toBe('2026-03-15');
    expect(detectLastUpdated('Fecha de entrada en vigor: 01/02/2025', es)).toBe('2025-02-01');
    expect(detectLastUpdated('Vigente desde el 3 de agosto de 2025.', es)).toBe('2025-08-03');
  });

  it('reads Italian dates', () => {
    expect(detectLastUpdated('Informativa sulla privacy\nUltimo aggiornamento: 20 aprile 2026', italian)).toBe('2026-04-20');
    expect(detectLastUpdated('In vigore dal 1° gennaio 2026', italian)).toBe('2026-01-01');
  });

  it('rejects impossible dates and dates without a label', () => {
    expect(parseDate('31/02/2024', en)).toBeNull();
    expect(detectLastUpdated('We were founded on March 3, 2010 in Berlin.', en)).toBeNull();
  });
});

describe('language', () => {
  it('recognises English, German, French, Spanish and Italian text', () => {
    expect(detectLanguage('Raccogliamo i dati che ci fornisce quando utilizza i nostri servizi e non li vendiamo a terzi per nessun motivo.', null)).toBe('it');
    expect(detectLanguage("Possiamo sospendere l'account in qualsiasi momento. La responsabilità è limitata a 100 euro. Qualsiasi controversia sarà risolta mediante arbitrato a Milano.", null)).toBe('it');
    expect(detectLanguage('Recopilamos la información que usted nos proporciona cuando utiliza nuestros servicios y la compartimos con nuestros socios.', null)).toBe('es');
    // Spanish that addresses the reader informally ("tus datos", "puedes"), as many policies now do.
    expect(detectLanguage('Guardamos tus reservas mientras tengas una cuenta. Puedes pedirnos que borremos tus datos cuando quieras, y tienes derecho a una copia.', null)).toBe('es');
    expect(detectLanguage('Nous collectons les informations que vous nous fournissez lorsque vous utilisez nos services.', null)).toBe('fr');
    expect(detectLanguage('Nous gardons tes notes tant que tu as un compte. Tu peux effacer ton historique et tes photos à tout moment.', null)).toBe('fr');
    expect(detectLanguage('We collect the information you provide to us when you use our services and we share it with our partners.', 'de')).toBe('en');
    expect(detectLanguage('Wir verarbeiten die Daten, die Sie uns zur Verfügung stellen, und geben sie nicht an Dritte weiter.', null)).toBe('de');
  });
  it('reads it from the prose of a document that is mostly a table of names (a cookie policy)', () => {
    const file = documentVersions().find((v) => v.file.startsWith('chatgpt/trackers-policy/'))!;
    expect(analyzeText(readFileSync(file.path, 'utf8'), pathToFileURL(file.path).href).language).toBe('en');
  });
  it('falls back to the declared language for languages without a pack', () => {
    expect(detectLanguage('Recolhemos as informações que você nos fornece.', 'pt-BR')).toBe('pt');
    expect(detectLanguage('', null)).toBeNull();
  });
});

describe('legal links', () => {
  it('finds a page\'s links to its terms and privacy policy, and nothing else', () => {
    const doc = parsePage(`<!doctype html><html><body><main><a href="https://example.com/blog">Our blog</a><p>Read <a href="https://example.com/news/privacy-rules">why the new privacy rules matter for everyone who shops online</a>.</p></main>
      <footer><a href="https://example.com/legal/privacy">Privacy Policy</a> · <a href="https://example.com/legal/terms">Terms of Use</a> · <a href="https://example.com/legal/terms">Terms of Use</a> · <a href="mailto:x@example.com">Terms</a></footer></body></html>`);
    // The content script sends only links whose text holds a type word; the popup's patterns pick the legal ones.
    expect(typeWordLinks(doc).map((l) => l.text)).toEqual(['Privacy Policy', 'Terms of Use']);
    expect(legalLinks(typeWordLinks(doc))).toEqual([
      { text: 'Privacy Policy', href: 'https://example.com/legal/privacy' },
      { text: 'Terms of Use', href: 'https://example.com/legal/terms' },
    ]);
  });
});
