import { describe, expect, it } from 'vitest';
import { findActions, withinDocument } from '../lib/clauses/actions.ts';
import { classifyPassage, classifySentence, ruleLabels } from '../lib/clauses/classify.ts';
import { gradeFor } from '../lib/clauses/grade.ts';
import { CATEGORIES, CATEGORY_IDS, type CategoryId, meaning, type Severity } from '../lib/clauses/taxonomy.ts';
import { deClauses } from '../lib/lang/de-clauses.ts';
import { frClauses } from '../lib/lang/fr-clauses.ts';
import { enClauses } from '../lib/lang/en-clauses.ts';
import { clausePackFor } from '../lib/lang/clause-packs.ts';
import shipped from '../lib/clauses/filter-en.json' with { type: 'json' };
import { filterModel, trainingExamples } from '../scripts/train/data.ts';
import { readJsonl } from './corpus.ts';

const severityOf = (text: string, category: CategoryId) => classifySentence(text, enClauses).find((l) => l.category === category)?.severity ?? null;

// [category, sentence, expected severity, or null when the category must NOT be found]
const EXAMPLES: Array<[CategoryId, string, Severity | null]> = [
  ['arbitration', 'Any dispute arising from these Terms will be resolved by binding individual arbitration, and you waive your right to participate in a class action.', 'bad'],
  ['arbitration', 'You agree that all disputes will be resolved by binding arbitration, unless you opt out of arbitration by sending notice within 30 days.', 'bad'],
  ['arbitration', 'Decisions about access are never arbitrary.', null],
  ['arbitration', 'Disputes will be settled by binding arbitration, except that neither party is required to arbitrate claims for injunctive relief.', 'bad'],
  ['arbitration', 'You are not required to arbitrate disputes with us.', 'good'],
  ['arbitration', 'YOU AND COMPANY AGREE THAT EACH MAY BRING CLAIMS AGAINST THE OTHER ONLY IN YOUR OR ITS INDIVIDUAL CAPACITY AND NOT AS A PLAINTIFF OR CLASS MEMBER IN ANY PURPORTED CLASS OR CONSOLIDATED ACTION.', 'bad'],
  ['arbitration', 'We will pay all filing fees and arbitrator costs for claims under $10,000.', 'good'],
  ['arbitration', 'You may opt out of arbitration by emailing legal@example.com within 30 days of first accepting these Terms.', 'good'],
  ['user-rights', 'You may opt out of arbitration by emailing legal@example.com within 30 days of first accepting these Terms.', null],
  ['unilateral-change', 'We may modify these Terms at any time without notice.', 'bad'],
  ['unilateral-change', 'We may update this Privacy Policy and will notify you at least 30 days before changes take effect.', 'good'],
  ['unilateral-change', 'We may update this Privacy Policy and will notify you before the changes take effect.', 'neutral'],
  ['unilateral-change', 'You can change your password in your account settings.', null],
  ['unilateral-change', 'Your nickname is shown to other players. You can update it whenever you like.', null],
  ['unilateral-change', 'Changes will become effective when posted, so please check this page periodically for updates.', 'bad'],
  ['unilateral-change', 'If we make material changes to this policy, we will notify you by email at least 30 days in advance.', 'good'],
  ['unilateral-change', 'You should read these terms regularly, as they may be revised.', 'neutral'],
  ['unilateral-change', 'It is your responsibility to review this page from time to time and to familiarise yourself with any modifications.', 'bad'],
  ['unilateral-change', 'We review our security measures regularly.', null],
  ['unilateral-change', 'We reserve the right to modify these terms at any time.', 'bad'],
  ['unilateral-change', 'We may modify these Terms at any time and will give you at least 30 days notice before changes take effect.', 'good'],
  ['unilateral-termination', 'We may suspend or terminate your account at any time, for any reason, without notice.', 'bad'],
  ['unilateral-termination', 'You may terminate your account at any time by contacting support.', null],
  ['unilateral-termination', 'Your right to terminate this agreement at any time remains unaffected.', null],
  ['unilateral-termination', 'If these terms are terminated for any reason, sections 5 and 9 will remain in effect.', null],
  ['unilateral-termination', 'We may suspend your account if we think that you may have broken these rules or may end up closing it.', 'neutral'],
  ['content-removal', 'We reserve the right to remove any content you post, at our sole discretion.', 'blocker'],
  ['content-removal', 'We may remove your posts at any time if they break these rules.', 'bad'],
  ['content-removal', 'You can delete your posts at any time.', null],
  ['content-removal', 'If you think your video was taken down by mistake, the law permits you to send us a counter-notice.', 'good'],
  ['content-removal', 'A counter notification must be in writing and signed.', null],
  ['content-removal', 'Photos that do not meet these guidelines can be removed at any time.', 'bad'],
  ['content-removal', 'Your messages may be subject to review, modification and deletion by us without notice.', 'blocker'],
  ['content-removal', 'We may reclaim your username for any reason.', 'blocker'],
  ['content-removal', 'You can delete your photos at any time.', null],
  ['content-removal', 'We may, if we think that you may have broken these rules, remove or hide your posts at any time.', 'bad'],
  ['liability-limitation', 'IN NO EVENT SHALL THE COMPANY BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.', 'bad'],
  ['liability-limitation', 'The service is provided "as is", and we are not liable for any loss of data.', 'bad'],
  ['liability-limitation', 'Nothing in these terms excludes or limits our liability for death or personal injury caused by our negligence.', 'good'],
  ['liability-limitation', 'We do not in any way exclude or limit our liability for fraud, gross negligence, or death or personal injury.', 'good'],
  ['liability-limitation', 'In no event will we be liable for lost profits, except for death caused by our negligence.', 'bad'],
  ['liability-limitation', 'Sellers remain responsible and liable for their own acts, including but not limited to any harm they cause.', null],
  ['liability-limitation', 'Our liability is limited to the amount you paid us in the last twelve months.', 'bad'],
  ['liability-limitation', '(ii) the service will be uninterrupted, timely, secure or error-free;', 'bad'],
  ['liability-limitation', 'We cannot guarantee that the information on this site is accurate.', 'bad'],
  ['liability-limitation', 'We work hard to keep the service fast and secure.', null],
  ['liability-limitation', 'To the maximum extent permitted by law, our total liability will not exceed the greater of $100 or the amount you paid us in the past 12 months.', 'bad'],
  ['liability-limitation', 'Neither of us is liable for a delay or failure in performing these terms that is caused by events outside our reasonable control.', 'neutral'],
  ['liability-limitation', 'We are not liable for any loss or damage resulting from your own negligence, such as sharing your password with others.', 'neutral'],
  ['liability-limitation', 'We are not liable for any loss, including losses due to your breach of these terms, and our total liability is limited to $50.', 'bad'],
  ['liability-limitation', 'We shall not be liable, and will give no refund, for any delay or cancellation caused by strikes or other events beyond our control.', 'bad'],
  ['jurisdiction', 'All claims shall be brought exclusively in the state or federal courts located in San Francisco County, California.', 'neutral'],
  ['jurisdiction', 'You may bring proceedings in the courts of your country of residence.', 'good'],
  ['jurisdiction', 'You and we consent to the exclusive jurisdiction of the courts in Dublin for all disputes, except those heard in small claims court.', 'neutral'],
  ['jurisdiction', 'You may bring an individual claim in small claims court.', null],
  ['jurisdiction', 'The place of jurisdiction is Berlin.', 'neutral'],
  ['jurisdiction', 'Any dispute shall be submitted to the competent courts of Paris.', 'neutral'],
  ['choice-of-law', 'These Terms are governed by the laws of the State of Delaware, without regard to its conflict of laws rules.', 'neutral'],
  ['choice-of-law', 'You must comply with all applicable laws when using the service.', null],
  ['choice-of-law', 'English law will govern any claim arising from these terms.', 'neutral'],
  ['jurisdiction', 'Either side may seek an injunction only in the federal or state courts of King County, Washington.', 'neutral'],
  ['content-license', 'You license us to store and display the photos you upload so that other members can see them.', 'neutral'],
  ['content-license', 'This licence permits the provider to copy, adapt and publish your posts in any of its newsletters.', 'neutral'],
  ['unilateral-termination', 'Either of us may end this agreement at any time.', 'bad'],
  ['unilateral-termination', 'At the end of the billing period your plan renews.', null],
  ['user-rights', 'Acme reserves the right to edit or delete any content posted on the forums.', null],
  ['user-rights', 'You grant the company and its partners the right to copy and display the photos you upload.', null],
  ['user-rights', 'The law grants you the right to access and delete the personal data we hold about you.', 'good'],
  ['third-party-sharing', 'Account details are never provided to advertisers.', 'good'],
  ['third-party-sharing', 'We also train on licensed datasets supplied by third parties.', null],
  ['third-party-sharing', 'We share information provided by third parties with our affiliates.', 'neutral'],
  ['third-party-sharing', 'We cannot run the service without sharing your data with our hosting partners.', 'neutral'],
  ['third-party-sharing', 'We do not offer refunds, and we share usage data with analytics vendors.', 'neutral'],
  ['data-retention', 'Uploaded files are kept only temporarily while we convert them.', 'good'],
  ['user-rights', 'To request erasure of your account, write to our privacy team.', 'good'],
  ['user-rights', 'Most browsers have controls that allow you to block or delete cookies.', 'good'],
  ['user-rights', 'To stop us from keeping your voice recordings, turn off Voice History in the app.', 'good'],
  ['user-rights', 'To restrict how we market to you, e-mail our member services team.', 'good'],
  ['user-rights', 'To restrict access to the archive, we use role-based permissions.', null],
  // A negation inside a condition that opens the sentence is the reader's; the main clause says what happens.
  ['third-party-sharing', 'If you do not object, we will disclose your details to our advertising partners.', 'bad'],
  ['third-party-sharing', 'Once you are no longer a subscriber, we continue to pass your information to the publishers we work with.', 'neutral'],
  ['third-party-sharing', 'We do not, and will not, give your details to advertisers.', 'good'],
  ['data-sale', "If you don't switch this off, we may sell your listening history.", 'bad'],
  ['data-retention', 'If you never log in again, we keep your photos indefinitely.', 'bad'],
  ['data-retention', 'When your data is not needed any more, we delete it within 30 days.', 'good'],
  ['ai-training', "If you haven't opted out, your recordings may be used to train our speech models.", 'bad'],
  ['tracking', "If you don't want ads based on your interests, you can turn on Limit Ad Tracking in your phone's settings.", 'good'],
  ['tracking', 'If you are not logged in and choose to opt out, a cookie remembers your choice for a year.', 'good'],
  ['third-party-sharing', 'We may also assign or transfer such information in the course of corporate mergers, acquisitions or bankruptcies.', 'bad'],
  ['data-retention', 'On the free tier, transcripts are retained for 14 days to provide search and then erased.', 'good'],
  ['data-retention', 'We have retained an outside firm to provide payroll services.', null],
  ['ai-training', 'Members decide whether their recordings help train our speech models; the setting is disabled by default.', 'good'],
  ['zero-data-retention', 'With private routing on, neither we nor our hosting partners keep request bodies or payloads.', 'good'],
  ['third-party-sharing', 'We use two cloud providers and one model provider to run the assistant.', 'neutral'],
  ['third-party-sharing', 'You can use the dashboard to host your own static site.', null],
  ['auto-renewal', 'Your plan carries on month to month until it is cancelled.', 'bad'],
  ['auto-renewal', 'We charge the membership fee to your card on the first day of each billing period.', 'bad'],
  ['user-rights', 'Keep a valid card on file, which you can update from your billing page.', null],
  ['third-party-sharing', 'Your password must not be shared with anyone, including our staff.', null],
  ['third-party-sharing', 'Your account details may be shared with our payment processor.', 'neutral'],
  ['choice-of-law', 'Shoppers in the EU keep the mandatory protections of the law of their country of residence.', 'good'],
  ['data-collection', 'We use your sleep records only to run the features you switch on.', 'good'],
  ['data-collection', 'We use your sleep records to run the features you switch on and to market new devices.', 'bad'],
  ['user-rights', 'Residents of some states may have additional privacy rights, described below.', 'good'],
  ['contract-by-using', 'By opening a store, you agree to be bound by these Seller Terms.', 'bad'],
  ['unilateral-termination', 'We may suspend your storefront at any time if sales drop below our quality bar.', 'bad'],
  ['user-rights', 'If you do not agree with the new commission, you may close your store.', null],
  ['user-rights', 'You may close your account at any time from the settings page.', 'good'],
  ['data-retention', 'We may hold your payouts for up to 30 days while a dispute is open.', null],
  ['data-collection', 'The desktop client transmits crash reports and basic usage statistics to our servers.', 'neutral'],
  ['data-collection', 'Telemetry stays off unless you switch it on in Preferences.', 'good'],
  ['data-retention', 'For 12 months after delivery, we will repair any fault free of charge.', null],
  ['data-retention', 'For 30 days after you delete a note, it stays in the trash, where you can restore it.', 'good'],
  ['data-retention', 'Even after you delete a note, we keep a copy in our archives.', 'bad'],
  ['content-license', 'To the extent we have any rights in the images you generate, we assign them to you.', 'good'],
  ['content-license', 'Company hereby assigns to you all of its right, title and interest in the Output.', 'good'],
  ['content-license', 'You hereby assign to us all of your rights in any suggestions you send.', 'bad'],
  ['unilateral-termination', 'If your account is disabled, you may appeal the suspension from the help page.', 'good'],
  ['third-party-sharing', 'We use the recordings only to provide the service, and never for advertising.', null],
  ['third-party-sharing', 'We provide aggregated reports to advertisers.', 'neutral'],
  ['user-rights', "Guardians may review their child's profile and have it corrected through the school.", 'good'],
  ['user-rights', 'You can ask for your information to be deleted by writing to us.', 'good'],
  ['unilateral-change', 'We will email members 60 days before making significant changes to this policy.', 'good'],
  ['data-collection', 'Some vendors process your data on the basis of legitimate interest without asking for your consent.', 'bad'],
  ['data-collection', 'We will never process your contact details without your explicit consent.', 'good'],
  ['data-retention', 'Loan files are kept for at least ten years after the loan is repaid, as banking rules require.', 'neutral'],
  ['data-retention', 'We hold claims records for a minimum of 2 years and no longer than 6 years.', 'good'],
  ['user-rights', 'You can clear your search history at any time in the app.', 'good'],
  ['user-rights', 'Our app allows you to access thousands of recipes and videos.', null],
  ['user-rights', 'Export controls may restrict where the software can be shipped.', null],
  ['user-rights', 'We may request access to your device logs to investigate a bug.', null],
  ['auto-renewal', 'You can cancel whenever you like and get a pro rata refund for the rest of the year.', 'good'],
  ['auto-renewal', 'Partial refunds are not given for months you did not use.', 'bad'],
  ['auto-renewal', 'If you cancel, we refund the prepaid fees for the rest of your billing period.', 'good'],
  ['auto-renewal', 'If you cancel, you will not get a refund for the remaining months of your plan.', 'bad'],
  ['human-review', 'Some voice recordings are transcribed by contractors to make speech recognition better.', 'bad'],
  ['unilateral-change', 'We will email you two weeks before we change these terms.', 'good'],
  ['unilateral-termination', 'We can cut off your access if you abuse the service.', 'neutral'],
  ['unilateral-termination', 'You can cut off the power supply before cleaning the device.', null],
  ['content-removal', 'Moderators may lock or delete threads at any time.', 'bad'],
  ['automated-decisions', 'Applications for credit are scored by an automated underwriting model that may decline them without human review.', 'bad'],
  ['automated-decisions', 'Bookings picked out by our automatic risk checks may be cancelled.', 'bad'],
  ['automated-decisions', 'We may use automated decision-making, including profiling, to set the price of your policy.', 'neutral'],
  ['automated-decisions', 'None of our decisions about you are taken solely by automated means.', 'good'],
  ['automated-decisions', 'If a deactivation was decided by our systems, you can ask for a person to review it.', 'good'],
  ['automated-decisions', 'Your objection has no legal effect on processing that happened before it.', null],
  ['automated-decisions', 'Deployers must not use the models to make automated decisions in high-risk domains such as housing or employment.', null],
  ['automated-decisions', 'Our spam filter is an automated tool that moves suspicious mail to a separate folder.', null],
  ['human-review', 'Drivers can request human review of an automated deactivation.', null],
  ['content-removal', 'The company can take down any artwork that we believe breaks the community rules, without notice.', 'bad'],
  ['content-removal', 'You may remove an image from your portfolio whenever you like.', null],
  ['third-party-sharing', 'Songs you create on the free tier are posted to the public feed, where anyone can listen to them.', 'neutral'],
  ['third-party-sharing', 'Drafts are shown only to you until you publish them.', null],
  ['third-party-sharing', "Your profile photo and reviews are displayed to the other guests of a booking.", 'neutral'],
  ['third-party-sharing', 'Prices are shown to you before you confirm the order.', null],
  ['user-rights', 'You may use an authorized agent to submit a request to know or delete on your behalf.', 'good'],
  ['children', 'Never upload nude or sexual images of minors.', null],
  ['children', 'Explicit material involving children is reported to the authorities.', null],
  ['children', 'Children under 16 need a parent to agree before they can post.', 'neutral'],
  ['data-retention', 'We may delete comments that breach these guidelines.', null],
  ['human-review', 'Support staff can view the files you upload only if you give permission in a support ticket.', 'good'],
  ['human-review', 'Messages flagged for abuse may be looked at by our safety team, which may read the reported conversation.', 'neutral'],
  ['human-review', 'High-stakes decisions about people must not be made without human review.', null],
  ['contract-by-using', 'By accessing or using the Services, you agree to be bound by these Terms.', 'bad'],
  ['contract-by-using', 'We use your email address to send you receipts.', null],
  ['contract-by-using', 'By downloading, installing, accessing or otherwise using the app, its websites and any of the related services offered by the company from time to time, you confirm that you have read and agree to these terms.', 'bad'],
  ['contract-by-using', 'Your continued use of the service, after we have notified you of any change to these terms or to our policies and guidelines, constitutes your acceptance of the changes.', 'bad'],
  ['contract-by-using', 'If you keep using the service after the changes are posted, you are agreeing to them.', 'bad'],
  ['contract-by-using', 'By using the service for a long time you will learn many useful features that make work easier and help you agree with colleagues.', null],
  ['content-license', 'You grant us a worldwide, perpetual, irrevocable, royalty-free licence to use, copy and modify any content you submit.', 'bad'],
  ['content-license', 'You grant us a licence to host your content solely as necessary to provide the Services to you.', 'neutral'],
  ['content-license', 'We grant you a limited licence to use the app.', null],
  ['content-license', 'By uploading your content, you hereby grant us a perpetual, worldwide right to use it.', 'bad'],
  ['content-license', 'Any product idea you send us immediately becomes the property of the company.', 'bad'],
  ['content-license', 'You will not be entitled to any compensation for ideas or feedback you submit.', 'neutral'],
  ['content-license', 'We may also use your content to promote the service.', 'bad'],
  ['content-license', 'You decide whether and how to license your stories.', 'good'],
  ['content-license', 'We can use your posts worldwide to operate, develop and improve our products.', 'neutral'],
  ['content-license', 'The images you create belong to you, and we claim no ownership of them.', 'good'],
  ['content-license', 'The website and its design belong to the company.', null],
  ['content-license', 'Thanks for your suggestions about the app; you agree that we may put them to use in building new features, without compensation to you.', 'bad'],
  ['content-license', 'We will not use your content to improve our products without your permission.', null],
  ['content-license', 'Your feedback helps us improve; we read every message but cannot reply to all of them without delay.', null],
  ['content-license', 'We grant you a limited, non-exclusive licence to use the app.', null],
  ['content-license', 'We may use, copy, adapt, publish and distribute such submissions in any media now known or later developed.', 'bad'],
  ['content-license', 'You agree that we may freely use any feedback or ideas you send us.', 'bad'],
  ['content-license', 'You agree to license your posts under Creative Commons Attribution 4.0.', 'good'],
  ['content-license', 'If you give us feedback, you agree that we own any feedback you share with us.', 'bad'],
  ['content-license', 'All right, title and interest in any feedback you provide shall be assigned to the Company.', 'bad'],
  ['content-license', 'You may not copy, modify, distribute or publish any content of the site.', null],
  ['content-license', 'You grant us a worldwide, non-exclusive, royalty-free, perpetual, irrevocable and fully sublicensable right to use, reproduce, modify and distribute your content in any media.', 'bad'],
  ['content-license', 'Subject to these Terms, you are granted a limited, non-exclusive, non-transferable, revocable license to use the app.', null],
  ['content-license', 'The software is licensed under the MIT License.', null],
  ['unilateral-termination', 'Your account may be suspended or terminated immediately if you breach these Terms.', 'bad'],
  ['unilateral-termination', 'These Terms will automatically terminate if you fail to comply with them.', 'neutral'],
  ['liability-limitation', 'You acknowledge that we are not required to provide a refund for any reason.', 'bad'],
  ['zero-data-retention', 'We do not store your credit card details; our payment processor does.', null],
  ['data-retention', 'We keep your profile information for the lifetime of your account.', 'neutral'],
  ['data-retention', 'Your data is kept while your account is open and erased within 90 days after you close it.', 'good'],
  ['data-retention', 'We may keep copies of your messages even after you close your account.', 'bad'],
  ['ai-training', 'We use your data to improve our products or develop new ones (but excluding model training).', 'good'],
  ['ai-training', 'This license does not, however, permit us to share your inputs with other model providers for their own model training.', 'good'],
  ['ai-training', 'We use this information to improve our services and validate our pricing models.', null],
  ['ai-training', 'Our platform lets developers host, fine-tune and train large AI models.', null],
  ['ai-training', 'Our models were developed through stages of large-scale pre-training and targeted optimisation training.', null],
  ['ai-training', 'The app can give you access to tools built by third parties, including third-party language models.', null],
  ['ai-training', 'We may grant our partners access to your prompts so that they can train their AI models.', 'bad'],
  ['ai-training', 'You grant us a licence to your posts, which includes using them to train our machine-learning models.', 'blocker'],
  ['ai-training', 'Your fine-tuned models are never shared with other customers or used to train other models.', 'good'],
  ['ai-training', 'There is no setting to exclude your conversations from model training.', 'bad'],
  ['ai-training', 'We do not offer a way to exclude specific traffic from training.', 'bad'],
  ['ai-training', 'We do not use your data to train our models without your explicit opt-in.', 'good'],
  ['ai-training', 'We may use your prompts and outputs to train and improve our AI models; you can opt out in Settings > Data controls.', 'bad'],
  ['ai-training', 'You grant us a licence to use your content for any purpose, including training our AI models.', 'blocker'],
  ['ai-training', 'Your conversations are never used to train our models.', 'good'],
  ['ai-training', 'You may not use the output to develop models that compete with us.', null],
  ['zero-data-retention', 'Under zero data retention, your prompts are not stored after the request is processed.', 'good'],
  ['zero-data-retention', 'We do not store your voice recordings on our servers.', 'good'],
  ['data-retention', 'Deleted conversations are removed from our systems within 30 days.', 'good'],
  ['data-retention', 'We may retain your information indefinitely, even after you delete your account.', 'bad'],
  ['data-retention', 'We retain personal data for as long as necessary to provide the services.', 'neutral'],
  ['data-retention', 'Copies of your posts may stay in our back-up storage for some time after you remove them.', 'neutral'],
  ['data-retention', 'We keep a log of every message sent, even when both parties later delete their accounts.', 'bad'],
  ['data-retention', 'Server logs are scheduled for regular destruction under our records schedule.', 'neutral'],
  ['data-retention', 'If we learn that a child under 13 has given us personal information, we will delete it.', null],
  ['data-retention', 'If we find that someone younger than the age of 16 has signed up, we will delete that information.', null],
  ['data-retention', 'We do not store your credit card details, only a confirmation that the payment was made.', 'good'],
  ['data-retention', 'We retain server logs for a maximum of 12 months.', 'good'],
  ['data-retention', 'We retain the services of outside contractors to run our mailing lists.', null],
  ['data-retention', 'We keep your information for as long as we reasonably require it.', 'bad'],
  ['data-retention', 'Some information cannot be deleted from our archives.', 'bad'],
  ['data-retention', 'Server logs are kept on a temporary basis and are never stored indefinitely.', 'neutral'],
  ['data-retention', 'The retention duration depends on the purpose for which the data was collected.', 'neutral'],
  ['data-retention', 'Data is deleted no later than 1 (one) calendar month after the account is deleted.', 'good'],
  ['data-retention', 'Personal data shall not be kept for longer than is necessary for that purpose.', 'good'],
  ['data-retention', 'If we no longer need your data, we will delete it or make it anonymous.', 'good'],
  ['data-retention', 'We will never keep logs of the sites you visit.', 'good'],
  ['data-retention', 'After you ask us to erase your data, we may retain some of it to protect our legitimate interests.', 'bad'],
  ['third-party-sharing', 'We share your personal information with advertising partners.', 'bad'],
  ['third-party-sharing', 'Comments you post on our pages are public and can be read by anyone.', 'neutral'],
  ['third-party-sharing', 'Our advertising partners may place their own cookies on your browser.', 'bad'],
  ['third-party-sharing', 'We share data with service providers who process it on our behalf.', 'neutral'],
  ['third-party-sharing', 'We may on occasion use outside companies to help us provide our services.', 'neutral'],
  ['third-party-sharing', 'Your files may be stored using third-party servers.', 'neutral'],
  ['third-party-sharing', 'We use your email address to send receipts.', null],
  ['third-party-sharing', 'You can choose to share your usage data with us to help improve the app.', null],
  ['third-party-sharing', 'We use physical and technical safeguards to protect your data against loss, misuse or disclosure to third parties.', null],
  ['third-party-sharing', 'Under California Civil Code Section 1798.83, residents may ask which categories of personal information we disclosed to third parties for their direct marketing.', null],
  ['third-party-sharing', 'We will post any changes here, so you always know what information we collect, how we use it and when we share it with third parties.', null],
  ['third-party-sharing', 'You agree to indemnify us, our affiliates, contractors and service providers against any claim by a third party.', null],
  ['third-party-sharing', 'Third-party add-ons are not ours and we are not responsible for information provided by third parties.', null],
  ['third-party-sharing', 'Your data may be stored and processed in any country where we or our service providers maintain facilities.', null],
  ['third-party-sharing', 'Once we verify your request, we will disclose to you the categories of personal information we collected about you.', null],
  ['third-party-sharing', 'We will delete your personal information and direct our service providers to delete it as well.', null],
  ['third-party-sharing', 'Teachers may share your information with the school district.', 'neutral'],
  ['third-party-sharing', 'We will not disclose your personal information to third parties except as required by law.', 'good'],
  ['third-party-sharing', 'We will not share your information with third parties except with our advertising partners.', 'bad'],
  ['third-party-sharing', 'We share your data with partners only where you have given your consent.', 'good'],
  ['third-party-sharing', 'Collected data is not disclosed or shared with any other parties.', 'good'],
  ['third-party-sharing', 'No personal information will be released to third parties, except as required by law.', 'good'],
  ['third-party-sharing', 'If all or part of our assets are acquired by another company, your personal information may be transferred to the new owner.', 'bad'],
  ['third-party-sharing', 'We may disclose your personal information to third parties without notifying you.', 'bad'],
  ['third-party-sharing', 'We may disclose information about you to third parties as we deem necessary.', 'bad'],
  ['data-sale', 'You may not use the API to download content for spamming purposes, including selling users\' personal information to recruiters.', null],
  ['data-sale', 'We do not sell users’ data, and we never have.', 'good'],
  ['data-sale', 'Under no circumstances will the collected data be sold to third parties.', 'good'],
  ['data-sale', 'There will be no sale of data.', 'good'],
  ['data-sale', 'If we sell all or part of our business, your information may be transferred to the buyer.', 'bad'],
  ['data-sale', 'Your information may be transferred to the Company when you link your account.', null],
  ['liability-limitation', 'Under no circumstances will the collected data be sold to third parties.', null],
  ['data-sale', 'We do not sell your personal data.', 'good'],
  ['data-sale', 'We may sell your personal information to third parties.', 'bad'],
  ['data-sale', 'If we sell our business, the buyer will receive our assets.', null],
  ['user-rights', 'You also have the right to request that it be corrected, blocked, or deleted.', 'good'],
  ['user-rights', 'Upon request, we will provide you your personal data in a structured, commonly used and machine-readable format.', 'good'],
  ['user-rights', 'We ask that you keep your password secret.', null],
  ['user-rights', 'You have the right to access, correct or delete your personal data.', 'good'],
  ['user-rights', 'You may withdraw your consent at any time.', 'good'],
  ['user-rights', 'If you do not wish to receive promotional e-mails, write to the privacy coordinator.', 'good'],
  ['user-rights', 'We provide a way to correct, update or delete the information in your profile.', 'good'],
  ['data-collection', 'We use the contact details we collect for non-marketing communication only.', 'neutral'],
  ['data-collection', 'This privacy policy explains how we collect, use and share information about you.', null],
  ['data-collection', 'We collect usage data, but we do not engage in targeted advertising or use it for profiling.', 'good'],
  ['data-collection', 'You have the right to object to our use of the information we collect for direct marketing.', 'good'],
  ['data-collection', 'We process your data where necessary for our legitimate interests and those of third parties, for example to collect feedback.', 'neutral'],
  ['data-collection', 'We may collect personal data about you from business partners and public sources.', 'bad'],
  ['data-collection', 'We collect your contact information, such as your name and email address.', 'neutral'],
  ['data-collection', 'Users whose personal data has been collected may request its deletion by writing to contact@example.org.', 'neutral'],
  ['data-collection', 'With your permission, we collect your phone contacts to help you find friends.', 'bad'],
  ['data-collection', 'We collect your name, email address and device identifiers when you sign up.', 'neutral'],
  ['data-collection', 'When you subscribe, we will ask for your name, postal address and e-mail address.', 'neutral'],
  ['data-collection', 'Our servers automatically record the pages you visit and the browser you use.', 'neutral'],
  ['data-collection', 'We may collect your contacts and precise location from your device.', 'bad'],
  ['data-collection', 'We may receive personal data about you from other sources, such as data brokers.', 'bad'],
  ['data-collection', 'The company may use such personal information for sales and marketing.', 'bad'],
  ['data-collection', 'We only use your personal data for the purposes for which we collected it.', 'good'],
  ['data-collection', 'We collect only the personal information we actually need.', 'good'],
  ['data-collection', 'You may not collect information about other users.', null],
  ['tracking', 'Our csrf cookie helps us prevent cross-site request forgery attacks.', 'neutral'],
  ['tracking', 'We do not engage in targeted advertising.', 'good'],
  ['tracking', 'We do not sell or share your personal information for cross-context behavioral advertising.', 'good'],
  ['tracking', 'We share your information with ad partners for cross-context behavioural advertising.', 'bad'],
  ['tracking', 'We do not track visitors to our website.', 'good'],
  ['tracking', 'These cookies do not contain any personally identifiable information.', 'good'],
  ['tracking', 'The session cookie is deleted when you close your browser.', 'good'],
  ['tracking', 'You can block cookies in your browser and still use the site.', 'good'],
  ['tracking', 'Our servers log the date, time and referring URL of each request.', 'neutral'],
  ['tracking', 'You can track your order on the delivery page.', null],
  ['tracking', 'We are unable to respond to Do Not Track signals at this time.', 'bad'],
  ['tracking', 'We and our partners use cookies and similar technologies for targeted advertising.', 'bad'],
  ['tracking', 'You can opt out of personalised ads from our partners on the ad settings page.', 'good'],
  ['tracking', 'We only use strictly necessary cookies.', 'good'],
  ['tracking', 'We do not respond to Do Not Track signals.', 'bad'],
  ['children', 'You must be 13 or older to register.', 'neutral'],
  ['children', 'You represent that you are of legal age to form a binding contract.', 'neutral'],
  ['children', 'We keep invoices for 10 years and older records are deleted.', null],
  ['children', 'Our services are not directed to children under 13.', 'good'],
  ['children', 'You must be at least 18 years old to use the service.', 'neutral'],
  ['security', 'We use procedural and technological measures to help protect your information from loss, unauthorized access and alteration.', 'good'],
  ['security', 'We keep your personal information safe and confidential.', 'neutral'],
  ['security', 'Our moderators work to keep the community safe for everyone.', null],
  ['security', 'Your information is kept behind secured networks and firewalls.', 'good'],
  ['security', 'We encrypt your data in transit and at rest.', 'good'],
  ['security', 'We maintain administrative, technical and physical safeguards to protect your personal data.', 'good'],
  ['security', 'In the event of a data breach, we will notify affected users.', 'good'],
  ['security', 'No method of transmission over the internet is 100% secure, although we use security measures.', 'neutral'],
  ['security', 'No method of transmission over the Internet is 100% secure, and we cannot guarantee security.', 'neutral'],
  ['security', 'Our systems are monitored around the clock for potential threats, and we will tell you if your account has been compromised.', 'neutral'],
  ['security', 'You must not post threats of violence against other users.', null],
  ['security', 'A secure checkout page is available for your convenience.', null],
  ['indemnification', 'You agree to indemnify and hold us harmless from any claims arising from your use.', 'bad'],
  ['auto-renewal', 'Your subscription renews automatically until you cancel.', 'bad'],
  ['data-sale', 'In the event of a merger or acquisition, your information may be transferred to the acquiring company.', 'bad'],
  ['data-sale', 'We will not sell your personally identifiable information to any company.', 'good'],
  ['data-sale', 'We sell products to customers in over forty countries.', null],
  ['law-enforcement', 'We may disclose your information to law enforcement if we believe in good faith that it is required.', 'bad'],
  ['international-transfer', 'Your data may be transferred to countries outside the EEA under standard contractual clauses.', 'neutral'],
  ['sensitive-data', 'We collect biometric data such as face geometry to verify your identity.', 'neutral'],
  // Read back from real terms: a heading or an integration is not data sharing, the provider's rights and the
  // reader's duties are not the reader's rights, "represent and warrant" is no search warrant.
  ['third-party-sharing', 'Third-Party Services may be incompatible with our products.', null],
  ['third-party-sharing', 'Some features let you connect third-party services, which then receive the data you choose to share.', 'neutral'],
  ['user-rights', 'We reserve the right to review, remove or disable your data if it violates these Terms.', null],
  ['user-rights', 'The company has no control over third-party websites.', null],
  ['user-rights', 'Workspace admins have control over workspaces and can export and delete end user conversations.', 'good'],
  ['user-rights', 'Your rights to use the models you fine-tuned will cease upon termination of your account.', null],
  ['user-rights', 'If you wish to access the app on a mobile device, you must have a compatible phone.', null],
  ['law-enforcement', 'You represent and warrant that you have all rights required to provide your inputs.', null],
  ['law-enforcement', 'We may disclose your information in response to a valid search warrant.', 'neutral'],
  ['liability-limitation', 'In no event shall we exclude or limit our liability for death or personal injury caused by our negligence, or for fraud.', 'good'],
  ['unilateral-termination', 'You have the right to withdraw from your subscription within fourteen (14) days.', null],
  ['data-retention', 'You are responsible for maintaining access to the connected service for the duration of your subscription.', null],
  ['data-retention', 'Deleting individual messages, entire threads, or even your account may not delete our copy of your personal information.', 'bad'],
  ['data-retention', 'If you delete your activity, past chats already reviewed by service providers aren’t deleted.', 'bad'],
  ['data-retention', 'Images are not retained by us after analysis.', null],
  ['data-retention', 'We do not retain any image or text data you submit or the results provided.', null],
  ['data-retention', 'These call details are temporarily stored on your Windows device.', null],
  ['data-retention', 'We retain all our respective rights, title, and interest in and to the models.', null],
  ['data-retention', 'It is important that you keep that information secret.', null],
  ['ai-training', 'You may apply the Inputs and Outputs of the Services to a wide range of use cases, including personal use, academic research, derivative products and training other models.', null],
  ['ai-training', 'We use data for research, including AI and machine learning, for public interest and scientific purposes.', 'bad'],
  ['ai-training', 'Our research team publishes papers every year.', null],
  ['ai-training', "Output may contain material that resembles code or content in the model's training data.", null],
  ['ai-training', 'You may use models trained by third parties on our infrastructure.', null],
  ['ai-training', 'We train our models on data you provide.', 'bad'],
  ['ai-training', 'The API platform gives developers access to powerful models.', null],
  ['ai-training', 'You can adapt certain models to specific tasks by fine-tuning them with your own prompt-completion pairs.', null],
  ['ai-training', 'Data submitted to fine-tune a model is retained until the customer deletes the files.', null],
  ['ai-training', 'We may use your fine-tuning data to improve our models.', 'bad'],
  ['ai-training', 'Your fine-tuned models are for your use alone and are never used to train other models.', 'good'],
  ['content-license', 'Assets that you upload to the marketplace will be made public under the license that you select when you submit them.', 'good'],
  ['content-license', 'The remaining portions of the database are released under the Creative Commons Attribution-ShareAlike 3.0 license.', 'good'],
  ['content-license', 'If you post content to an interactive area, you agree to grant to us and our partners a limited, non-exclusive, royalty-free license to use it.', 'neutral'],
  ['data-retention', 'We dont save log files.', 'good'],
  ['data-retention', 'We only keep ephemeral logs for debugging and system administration.', 'good'],
  ['data-retention', 'If you delete your account, it may not be possible to completely delete that content from our records.', 'bad'],
  ['data-retention', 'We store information in log files, such as your IP address.', null],
  ['liability-limitation', 'We will retain your personal data only for as long as is necessary for the purposes set out in this Policy.', null],
  ['liability-limitation', 'We do not share your information with third parties, except as is necessary to operate our services.', null],
  ['unilateral-change', 'The company shall have the right, at its discretion, to change, modify, add or remove terms of this agreement at any time without notice.', 'bad'],
  ['unilateral-change', 'You have the right to update your contact details.', null],
  ['user-rights', 'You can always contact us using the contact information in this Privacy Policy to update, amend, or delete your information.', 'good'],
  ['user-rights', 'The user has the right, upon request and free of charge, to receive information about the personal data stored about him.', 'good'],
  ['user-rights', 'If you object to the processing for direct marketing purposes, we will stop processing for these purposes.', 'good'],
  ['user-rights', 'We update our prices and delete expired offers.', null],
  ['tracking', "This site doesn't track you in any way.", 'good'],
  ['tracking', 'We may use various analytical services to collect statistics on the use of the website.', 'neutral'],
  ['tracking', 'We do not permit advertisements to be delivered to you by ad networks.', 'good'],
  ['tracking', "These technologies may be able to track your device's browsing activity on other sites.", 'bad'],
  ['tracking', 'You can track your order status in your account.', null],
  ['unilateral-termination', 'We reserve the right to suspend or discontinue the Site for any reason without prior notice.', 'bad'],
  ['unilateral-termination', 'If you breach these terms, your authorization to access or use the service automatically terminates.', 'neutral'],
  ['unilateral-termination', 'You may stop using the website at any time.', null],
  ['liability-limitation', 'IN NO EVENT WILL THE COMPANY OR ITS AFFILIATES, INCLUDING, WITHOUT LIMITATION, THEIR RESPECTIVE OFFICERS, DIRECTORS, EMPLOYEES, SUCCESSORS AND ASSIGNS, BE LIABLE TO YOU FOR ANY LOSS.', 'bad'],
  ['liability-limitation', 'You will be solely responsible for any damage to your computer system and any data loss that results from using the service.', 'bad'],
  ['data-sale', 'We may choose to buy or sell assets, and in these transactions user information is typically one of the transferred business assets.', 'bad'],
  ['third-party-sharing', 'If you consent, your contact details may be shared with our local volunteers to organise events.', 'neutral'],
  ['third-party-sharing', 'Trusted third parties include: Dropbox, Amazon Web Services and Zendesk.', 'neutral'],
  ['third-party-sharing', 'The company may on occasion use outside companies to help us provide our services to you.', 'neutral'],
  ['third-party-sharing', 'We work with suppliers that process data on our behalf.', 'neutral'],
  ['third-party-sharing', 'We may have to share your personal data with the parties set out below.', 'neutral'],
  ['third-party-sharing', 'The service is provided to you as is.', null],
  ['data-collection', 'When you register an account, you will need to provide us your username, your email address and a password.', 'neutral'],
  ['data-collection', 'We use face recognition technology to recognize you in photos and videos if you turn it on.', 'bad'],
  ['data-collection', 'We will not extract or mine voiceprint or facial recognition information from your photos.', 'good'],
  ['data-collection', 'Your information can be collected only if you use the cloud sync service or contact us.', 'neutral'],
  ['data-collection', 'The information we collect is used solely for the purpose of operating and improving our Services.', 'good'],
  ['data-collection', 'We use the information we collect to operate and improve our Services.', 'neutral'],
  ['data-collection', 'We may also receive information about you from third-party service providers, such as advertising partners.', 'bad'],
  ['data-collection', 'We do not track any location based information from your device.', 'good'],
  ['data-collection', 'Information provided on this website is intended to allow the public access to public information.', null],
  ['security', 'If you receive an email claiming to be from us that asks for your password, it is a phishing attempt: do not respond.', 'neutral'],
  ['security', 'Contractors that have access to personal information are required to protect this information in a manner consistent with this Privacy Policy.', 'neutral'],
  ['security', 'Most wireless transmissions are not secured, and a third party may intercept messages sent from a wireless device.', 'neutral'],
  ['security', 'We engage with regulators such as the Data Protection Commission under the Data Protection Act 2018.', null],
  ['data-retention', 'You may use our content as these terms allow, but we retain any intellectual property rights that we have in it.', null],
  ['data-retention', 'Subject to these Terms, you retain ultimate administrative control over your account and the content within it.', null],
  ['data-retention', 'We retain records of privacy rights requests for 24 months.', 'good'],
  ['data-retention', 'Your conversations are saved in your chat history while the history setting is on.', 'neutral'],
  ['data-retention', 'We delete your chat history 30 days after you close your account.', 'good'],
  ['data-sale', 'We may sell aggregated, de-identified data to research partners.', 'neutral'],
  ['data-collection', 'If you have questions, our contact information is given below.', null],
  ['data-collection', 'We collect your contact information when you sign up.', 'neutral'],
  ['user-rights', 'If you wish to view or correct the personal information we hold, write to us.', 'good'],
  ['user-rights', 'Most browsers include an option to clear existing cookies or reject new ones.', 'good'],
  ['user-rights', 'You have a right to request an accounting of disclosures of your health information.', 'good'],
  ['user-rights', 'We use cookies to store your choices, like your language.', null],
  ['law-enforcement', 'We will notify you of government requests for your data unless we are legally prohibited from doing so.', 'good'],
  ['international-transfer', 'Your data is stored exclusively on servers located in the European Union.', 'good'],
  ['international-transfer', 'Our servers are located in the European Union.', null],
  ['sensitive-data', 'We do not collect sensitive personal information.', 'good'],
  ['auto-renewal', 'Refunds are available within 14 days of purchase.', 'good'],
  ['auto-renewal', 'No refunds are available after 14 days.', 'bad'],
  ['tracking', 'We respond to browser DNT signals.', 'good'],
  ['tracking', 'No cookies are used by default.', 'good'],
  ['tracking', 'Our website includes social media features such as the "Like" button.', 'bad'],
  ['tracking', 'We may collect information about your online activity after you leave our Services.', 'bad'],
  ['unilateral-termination', 'We reserve the absolute right to suspend or discontinue any part of the Site.', 'bad'],
  ['unilateral-termination', 'We may terminate your account without a refund if you violate this Agreement.', 'bad'],
  ['unilateral-termination', 'We may terminate the agreement only after giving you 30 days\' notice and only if you fail to cure the breach.', 'good'],
  ['unilateral-termination', 'After three strikes, we will suspend the account.', 'good'],
  ['content-license', 'You agree that we will be free to use any feedback you provide.', 'bad'],
  ['content-license', 'The licences you grant shall survive the termination of this Agreement.', 'bad'],
  ['content-license', 'By submitting a solution, you license it under the FreeBSD 2-Clause License.', 'good'],
  ['unilateral-change', 'We may modify these Terms at any time at our sole discretion, and we will notify you of any changes.', 'neutral'],
  ['unilateral-change', 'We may modify these Terms at any time at our sole discretion.', 'bad'],
  ['unilateral-change', 'We may modify these Terms at our sole discretion without notice.', 'bad'],
  ['data-collection', 'We use the personal information we collect for a variety of business purposes.', 'bad'],
  ['data-collection', 'We use your location and route information to build a history of your trips.', 'bad'],
  ['data-retention', 'Your application is stored in our recruitment database.', 'neutral'],
  ['data-retention', 'We may review your comments and then discard the information.', 'neutral'],
  ['data-retention', 'When the contract ends, we will return or destroy all personal data we hold.', 'neutral'],
  ['data-retention', 'Please discard your old device safely.', null],
  ['security', 'Our site has been awarded the TRUSTe Privacy Seal.', 'neutral'],
  ['security', 'All employees receive regular training on privacy and data security.', 'neutral'],
  ['ai-training', 'All employees receive regular training on privacy and data security.', null],
  ['security', 'The service undergoes independent security audits every year.', 'neutral'],
  ['security', 'Our staff training programme covers customer service.', null],
  ['data-collection', 'We collect your voice interactions, including background sound.', 'neutral'],
  ['data-collection', 'We store your prompts and the files you upload.', 'neutral'],
  ['third-party-sharing', 'Your domain administrator, who manages your account, will have access to your account data.', 'neutral'],
  ['third-party-sharing', 'Third-party sites that use our services share information with us when you visit them.', 'neutral'],
  ['third-party-sharing', 'We may report suspected illegal activity to the competent authorities.', 'neutral'],
  ['third-party-sharing', 'You must disclose AI-generated content where the law requires.', null],
  ['children', 'If we learn that we collected data from anyone younger than the age of 16, we will delete it.', 'good'],
  ['children', 'The service is intended for adults.', 'neutral'],
  ['children', 'You may need to verify your age to view age-restricted content.', 'neutral'],
  ['children', 'We are old enough as a company to remember dial-up.', null],
  ['children', 'If you are not old enough to agree to these Terms, your parent must agree on your behalf.', 'neutral'],
  ['content-license', 'Customer grants the Company a worldwide, non-exclusive, non-transferable, royalty-free license to use Customer Data to provide the Services.', 'neutral'],
  ['content-license', 'We grant you a limited, non-exclusive, non-transferable, revocable licence to use the Service.', null],
  ['third-party-sharing', 'Except as described in this policy, we do not disclose your personal information.', 'neutral'],
  ['choice-of-law', 'If you are a consumer in the EU, you benefit from the mandatory provisions of the law of your country of residence.', 'good'],
  ['data-collection', 'We use your precise location to show nearby stores, but only if you allow it.', 'good'],
  ['data-collection', 'We use your precise location to show nearby stores.', 'bad'],
  ['data-sale', 'We sell products and data plans.', null],
  ['data-sale', 'Our stores sell phones, tablets and data plans.', null],
  ['unilateral-change', 'We will give you at least 30 days\' notice before changes take effect.', 'good'],
  ['unilateral-change', 'Any revisions will take effect upon posting.', 'bad'],
  ['data-retention', 'Backups may persist for up to 90 days after deletion.', 'good'],
  ['zero-data-retention', 'Prompts are processed in memory and never written to disk.', 'good'],
  ['zero-data-retention', 'We don\'t store your prompts after the response is generated.', 'good'],
  ['zero-data-retention', 'We do not store your prompts after 30 days.', null],
  ['data-retention', 'We do not store your prompts after 30 days.', 'good'],
  ['zero-data-retention', 'Your settings are written to disk when you close the app.', null],
  ['data-retention', 'Once you share a file with a third-party app, you do not have the option to delete it.', 'bad'],
  ['user-rights', 'Once you share a file with a third-party app, you do not have the option to delete it.', 'bad'],
  ['data-retention', 'We are not obligated to store or provide copies of your content.', 'neutral'],
  ['zero-data-retention', 'We are not obligated to store or provide copies of your content.', null],
  ['data-retention', 'After verifying your request, we will promptly delete your personal information.', 'neutral'],
  ['data-retention', 'You can request that we delete your information.', null],
  ['data-retention', 'Unless you have turned on zero data retention, we may use your data to improve our models.', null],
  ['data-retention', 'Making your project public under an open licence allows its storage and reuse indefinitely.', 'bad'],
  ['ai-training', 'Subject to the restrictions in Section 5.1, we may use Usage Data to develop, evaluate and improve our models and other technologies.', 'bad'],
  ['ai-training', 'Restrictions on developing models: you may not use the Services to train a competing model.', null],
  ['zero-data-retention', 'The service provider shall not retain, use, disclose, or otherwise process Customer Data except as necessary for the business purposes specified in the Agreement.', null],
  ['jurisdiction', 'As a consumer, you may resolve your claim against us in any competent court in the country of your main residence.', 'good'],
  ['jurisdiction', 'When appropriate, we may share data with competent courts, mediators, accountants and auditors.', null],
  ['jurisdiction', 'All disputes arising out of these Terms shall be adjudicated exclusively in Sweden, with the District Court of Stockholm as the court of first instance.', 'neutral'],
  ['unilateral-termination', 'If you use our Agents API, we keep your inputs and outputs until you terminate your account.', null],
  ['unilateral-termination', 'Under the agreed conditions, you have the option to discontinue the use of our Services, terminate the contract with us, and delete your account.', null],
  ['unilateral-termination', 'The company reserves the right to make corrections, modifications, enhancements and other changes to the Services at any time or to discontinue the Services without notice.', 'bad'],
  ['unilateral-termination', 'You agree that we may stop (permanently or temporarily) providing the Service to you at our sole discretion.', 'bad'],
  ['contract-by-using', 'When you (“you”) sign up with example.com you agree to all of the terms and conditions of this Agreement.', 'bad'],
  ['contract-by-using', 'When you use our Services, in addition to enjoying them, you also agree to the Terms.', 'bad'],
  ['contract-by-using', 'BY ACCEPTING THESE TERMS OF SERVICE OR USING OUR SERVICES, YOU AGREE TO BE BOUND BY THE TERMS AND CONDITIONS HEREIN.', 'bad'],
  ['unilateral-termination', 'Any violation of these Terms immediately and automatically terminates your right to use the Products.', 'bad'],
  ['unilateral-termination', 'We may without restriction assign, transfer or delegate this Agreement and any rights and obligations hereunder.', null],
  ['jurisdiction', 'If we wish to enforce any of our rights against you as a consumer, we may do so only in the courts of the jurisdiction in which you are a resident.', 'good'],
  ['ai-training', 'You may apply the Inputs and Outputs of the Services to a wide range of use cases, including academic research and training other models (such as model distillation).', null],
  ['ai-training', 'If you need your content not to be used for training, choose the paid plan.', 'good'],
  ['content-removal', 'If your video was removed by mistake, you can send us a counter-notice.', 'good'],
  ['content-removal', 'We may block access to or remove any material that we believe infringes the rights of others.', 'neutral'],
  ['content-removal', 'We retain sole discretion in deciding which content is published and where it appears.', 'blocker'],
  ['data-retention', 'We retain sole discretion in deciding which content is published and where it appears.', null],
  ['content-removal', 'Identification of the material that has been removed and the location at which it appeared.', null],
  ['ai-training', 'Call recordings may be used for training and quality purposes.', null],
  ['ai-training', 'Saved chats are used to improve the assistant with the help of human reviewers.', 'bad'],
  ['ai-training', 'You can choose to donate voice recordings to help improve speech recognition.', 'good'],
  ['ai-training', '“Permitted Exception” means Customer using Output to: (a) develop artificial intelligence models primarily intended to classify data, if these models are not distributed.', null],
  ['content-removal', 'Termination of your Account can include disabling your access to the Service or any part thereof, including any content you submitted.', 'neutral'],
  ['content-removal', 'We further reserve the right to terminate Usage Subscriptions and/or Virtual Goods and Services for cause immediately at our sole discretion.', 'blocker'],
  ['liability-limitation', 'If we are found liable for any loss or damage arising out of your use of our services, our liability will in no event exceed the greater of the fees you paid or US$100.', 'bad'],
  ['contract-by-using', 'Use of the Services by Subscriber following such modification constitutes Subscriber’s acceptance of the Agreement as modified.', 'bad'],
  ['third-party-sharing', 'Some third parties also use the information they receive to measure visits.', 'neutral'],
  ['third-party-sharing', 'We are not responsible to any third party for the accuracy of content made available by users.', null],
  ['user-rights', 'This section contains an arbitration clause that affects your rights.', null],
  ['tracking', 'We may use your information to personalize the ads you see on other websites.', 'bad'],
  ['tracking', 'Cookies help us serve and measure ads across different browsers and devices used by the same person.', 'bad'],
  ['tracking', 'We don’t show you personalised ads based on sensitive categories, such as race, religion or health.', 'good'],
  ['tracking', 'Manage your preferences about the ads shown to you on our sites and on sites that partner with us.', 'good'],
  ['third-party-sharing', 'We only provide aggregated reports to advertisers, which don’t reveal information about individual people.', 'neutral'],
  ['data-collection', 'We collect the approximate location of your device based on its IP address and GPS signal.', 'bad'],
  ['data-collection', 'We also use your IP address to serve ads in our mobile products.', 'bad'],
  ['data-sale', 'California residents have the right to request that we stop "selling" their personal information.', 'neutral'],
  ['data-sale', 'A "sale" of personal information is defined broadly as selling, renting or disclosing personal information for valuable consideration.', 'neutral'],
  ['auto-renewal', 'Free trials convert to paid subscriptions automatically unless cancelled.', 'bad'],
  ['auto-renewal', 'We review each trial request individually.', null],
  ['law-enforcement', 'We may disclose your information if required to do so by law or in response to valid requests by public authorities.', 'neutral'],
  ['third-party-sharing', 'You may not share your account credentials or make your account available to anyone else.', null],
  ['third-party-sharing', 'We may assign or transfer our rights or obligations under these Terms to any affiliate or subsidiary.', null],
  ['third-party-sharing', 'You are solely responsible for responding to any third-party claims regarding your use of the services.', null],
  ['user-rights', 'Subject to your compliance with these Terms, you may access and use our Services.', null],
  ['liability-limitation', 'We do not exclude or limit our liability to you in any way where it would be unlawful for us to do so.', 'neutral'],
  ['liability-limitation', 'b) any loss of income, business, actual or anticipated profits, opportunity, goodwill or reputation (whether direct or indirect); or', 'bad'],
  ['liability-limitation', 'Posting your own prompts to social media is generally permissible, as is livestreaming your usage.', null],
  ['liability-limitation', 'THE SERVICE IS PROVIDED "AS IS" AND "AS AVAILABLE", WITHOUT WARRANTIES OF ANY KIND.', 'bad'],
  ['data-retention', 'Customers are responsible for obtaining and maintaining all necessary consents from their end users.', null],
  ['liability-limitation', 'The company shall remain liable if its agent processes such personal data in a manner inconsistent with the Principles, unless it proves that it is not responsible for the event giving rise to the damage.', 'good'],
  ['arbitration', 'An individual has the possibility, under certain conditions, to invoke binding arbitration for complaints not resolved by any other mechanism.', 'neutral'],
  ['user-rights', 'We rely on standard contractual clauses to help ensure your rights and protections travel with your data.', null],
  ['user-rights', 'If a revision meaningfully reduces your rights, we will notify you.', null],
  ['user-rights', 'Learn more about exercising your rights in the section below.', 'good'],
  ['children', 'We have made other minor formatting and wording changes to these Terms.', null],
  ['children', 'If you are a minor, you need the consent of a parent or guardian.', 'neutral'],
  ['children', 'Our services must never be used to exploit, endanger, or sexualize anyone under 18 years old.', null],
  ['children', 'You may not use the agent to facilitate illegal activities, including those targeting minors.', null],
  ['children', 'The service is offered mainly to individuals who are over the age of 13.', 'neutral'],
  ['data-collection', 'The health information you provide is not used for advertising purposes.', 'good'],
  ['third-party-sharing', 'The health information you share with us is never shared with advertisers.', 'good'],
  ['choice-of-law', 'If you live in the European Union, the laws of your habitual place of residence apply to these Terms.', 'good'],
  // Money back is a matter of fees, not one of the reader's rights over data.
  ['auto-renewal', 'You may request a full refund within 30 days of your purchase.', 'good'],
  ['user-rights', 'You may request a full refund within 30 days of your purchase.', null],
  ['auto-renewal', 'If you cancel your plan mid-term, fees already paid are not returned.', 'bad'],
  ['auto-renewal', 'You can cancel your membership at any time in your account settings.', 'neutral'],
  ['user-rights', 'Location sharing is on by default; you can switch it off in the app settings.', 'good'],
  ['unilateral-termination', 'Your licence to use the app ends immediately, without notice, if you break these terms.', 'bad'],
  ['data-retention', 'Snapshots of your workspace are overwritten within 7 days.', 'good'],
  ['data-retention', 'Session recordings expire after 30 days.', 'good'],
  ['data-retention', 'Your free trial expires after 14 days.', null],
  ['data-retention', 'Administrators must make sure passwords are rotated every 90 days.', null],
  ['data-retention', 'Deleting a photo removes it from your library, apart from copies held in our backup systems.', 'neutral'],
  ['auto-renewal', 'We do not give refunds for unused days of a monthly plan.', 'bad'],
  ['auto-renewal', 'The company does not issue credits for outages shorter than one hour.', 'bad'],
  ['content-license', 'You own all the recipes you publish on the site.', 'good'],
  ['content-license', 'Whether you own the music in your videos depends on where it came from.', null],
  ['law-enforcement', 'Where a court compels us by order, or we are required by law to hand over account records, we will tell you first unless the law forbids it.', 'good'],
  ['law-enforcement', 'If we are obliged by law to produce your messages, we will do so.', 'neutral'],
  ['choice-of-law', 'The law of the state where you normally live governs this agreement.', 'good'],
  // The agreement's law named outright, however the filter weighs the rest of the sentence.
  ['choice-of-law', 'For customers outside North America, this agreement will be interpreted under the law of the Netherlands.', 'neutral'],
  ['choice-of-law', 'The governing law and place of jurisdiction is Munich, Germany.', 'neutral'],
  ['choice-of-law', 'The app and your subscription are subject to Ontario law.', 'neutral'],
  ['choice-of-law', 'Outside the US, the licence is construed in accordance with Swiss law.', 'neutral'],
  ['choice-of-law', 'Our handling of requests is subject to existing laws and court orders.', null],
  ['choice-of-law', 'Game software that is subject to export laws may not be shipped to embargoed countries.', null],
  ['content-removal', 'We reserve the right to remove reviews that we consider misleading.', 'bad'],
  ['content-removal', 'We may remove listings that, in our reasonable opinion, are counterfeit.', 'bad'],
  ['content-removal', 'We can take down any post if we believe it breaks these rules.', 'neutral'],
  // A network card's Media Access Control address is data collected, not a safeguard.
  ['security', 'Your device sends us its Media Access Control address and screen size.', null],
  ['security', 'If you find a security vulnerability in the app, please report it to us.', 'neutral'],
  ['security', 'We install security patches on our servers within a week of their release.', 'neutral'],
  ['data-collection', 'The app never uses face recognition on your photos.', 'good'],
  ['human-review', 'Our staff never read the documents you upload.', 'good'],
  ['auto-renewal', 'Every plan comes with a 14-day money back guarantee.', 'good'],
  ['children', 'Members aged between 13 and 16 need a parent’s approval to sign up.', 'neutral'],
  ['law-enforcement', 'We only respond to data requests from police forces when they come with a court order.', 'neutral'],
  ['unilateral-change', 'You will be informed by email at least two weeks before any material change comes into force.', 'good'],
  ['unilateral-change', 'We will notify you before changes to your settings take effect.', null],
  ['user-rights', 'You may erase your profile whenever you like, but erasure cannot be reversed.', 'good'],
  ['user-rights', 'Once a subscription is active you can’t delete your account until it ends.', 'bad'],
  ['user-rights', 'You may not access the service if you are under 13.', null],
  ['user-rights', 'You may not remove any copyright notices from the software.', null],
  ['data-retention', 'Deleted messages can linger in archived copies for several months.', 'bad'],
  // The provider using what the reader sends and gets back, as against the reader's own use of outputs.
  ['ai-training', 'We can use your inputs and outputs to operate the product and to train our language models, unless you switch this off.', 'bad'],
  ['ai-training', 'Our subprocessors are barred from using your prompts to train any model.', 'good'],
  ['ai-training', 'Customers are prohibited from using the API to train competing models.', null],
  ['human-review', 'People on our quality team may listen to short clips of your recordings to improve transcription.', 'bad'],
  // A promise before a turn does not hide a clause after it; a condition after it still qualifies the whole.
  ['tracking', 'We never sell what we know about you, but we may pass it to ad partners for interest-based advertising.', 'bad'],
  ['ai-training', 'Your chats may be used to train our models, but only if you opt in.', 'good'],
  ['data-retention', 'We do not keep logs of your activity, including, but not limited to, the sites you visit.', 'good'],
  // A number followed by a unit is a period or a count, not an age.
  ['children', 'Refund requests must reach us at least 14 days before the course starts.', null],
  ['children', 'Plans of over 18 months are billed annually.', null],
  ['children', 'Members must be at least 16 years old.', 'neutral'],
  ['children', 'Posts that lure minors into meeting strangers are removed.', null],
  ['unilateral-change', 'When an update is material, we will e-mail you three weeks before it takes effect.', 'good'],
  ['unilateral-change', 'Subscribers get 60 days’ notice of any changes.', 'good'],
  ['unilateral-change', 'We will remind you 7 days before your trial ends.', null],
  // What the app itself reads from the device, and body measurements.
  ['data-collection', 'Our mobile app can read your phone’s contacts when you invite friends.', 'bad'],
  ['data-collection', 'This application records your sleep data overnight.', 'neutral'],
  ['data-collection', 'The site uses your feedback to decide what to build next.', null],
  ['sensitive-data', 'The band measures your blood oxygen while you sleep.', 'neutral'],
  ['sensitive-data', 'Your heart-rate readings are never sold to advertisers.', 'good'],
  ['sensitive-data', 'We never disclose your pregnancy information to employers.', 'good'],
  ['tracking', 'Our kitchen scale does not track what you eat.', null],
  ['tracking', 'The site ignores “Do Not Track” browser settings.', 'bad'],
  // Shared with everyone unless the reader changes a setting.
  ['third-party-sharing', 'New albums are visible to other users by default; you can hide them in Settings.', 'bad'],
  ['third-party-sharing', 'Albums are private by default, and you decide which ones to make public.', null],
  // A period to change one's mind about a purchase, and losing it.
  ['auto-renewal', 'Buyers have thirty days from delivery to return anything they are not happy with.', 'good'],
  ['auto-renewal', 'As a consumer you are entitled to the statutory right of withdrawal.', 'good'],
  ['auto-renewal', 'The right to cancel does not apply to tickets for dated events.', 'bad'],
  ['auto-renewal', 'You have 10 days to settle each invoice.', null],
  ['auto-renewal', 'We reserve the right to cancel any booking that breaks these rules.', null],
  ['user-rights', 'Shoppers may exercise the right to withdraw from a purchase within two weeks.', null],
  ['unilateral-termination', 'We can close any account without stating a reason.', 'bad'],
  ['liability-limitation', 'We are not liable for interruptions due to circumstances outside our reasonable control.', 'neutral'],
  // Others kept from training on what they are sent; model providers are third parties; fees kept.
  ['ai-training', 'The speech vendor handles recordings only to transcribe them and is not permitted to train on them.', 'good'],
  ['ai-training', 'Volunteers are not allowed to train newcomers alone.', null],
  ['third-party-sharing', 'The assistant passes your questions to cloud providers that run the language model.', 'neutral'],
  ['auto-renewal', 'Annual fees are not refunded if you leave mid-year.', 'bad'],
  ['security', 'We will notify affected users by e-mail as soon as possible and no later than three days after we learn of any security breach involving their data.', 'good'],
  ['data-collection', 'Our launcher checks the other programs running on your computer and their memory to stop cheating.', 'bad'],
  ['data-collection', 'The game client monitors your device for known cheat tools.', 'neutral'],
  ['data-retention', 'Members whose posts were taken down may contest the decision within 14 days.', null],
  ['data-retention', 'Removed posts are deleted from our servers within 14 days.', 'good'],
  ['security', 'Under Account › Privacy and Security settings you decide whether your data may be used for research.', null],
  ['security', 'Turn on two-factor authentication in your Security settings to protect your data.', 'good'],
  ['third-party-sharing', 'Account details may be handed to outside organisations whenever the company decides, in its absolute discretion, that this is warranted.', 'bad'],
  ['third-party-sharing', 'If we sell or transfer part of our business, customer records may pass to the buyer.', 'bad'],
  ['tracking', 'Some pages carry tags that outside partners set to measure what visitors do.', 'bad'],
  ['tracking', 'We use cookies to follow visitors’ movements between our pages.', 'bad'],
  ['tracking', 'Cookies from our ad network let it show you adverts elsewhere.', 'bad'],
  ['tracking', 'We rely on analytical tools run by other companies to count visits.', 'bad'],
  ['tracking', 'Shelf tags for new products are supplied by our partners.', null],
  ['tracking', 'We do not run any analytics software on this blog.', 'good'],
  ['tracking', 'Our site sets only the cookies that are essential for signing in.', 'good'],
  ['tracking', 'The preference cookie is erased at the end of your session.', 'good'],
  ['tracking', 'If you sign out, your login cookie is deleted.', 'good'],
  ['tracking', 'When your browser sends a Do Not Track request, we honour that signal.', 'good'],
  ['tracking', 'On your phone you can reset the advertising ID at any time.', 'good'],
  ['data-collection', 'The weather widget does not use your location data to pick a forecast.', 'good'],
  // How requests are handled under US state privacy laws, and sensitive data not used to profile.
  ['user-rights', 'Requests from verified consumers are answered within forty-five days, and we reply to all deletion requests.', 'good'],
  ['user-rights', 'If we turn down your request, you can appeal that decision and we will explain how we reviewed the request.', 'good'],
  ['user-rights', 'Moderators answer questions in the forum within a day.', null],
  ['data-collection', 'We collect your order history, and we do not use it to profile you.', 'good'],
  // Agreeing by a deliberate act, and removal with a way back.
  ['contract-by-using', 'Ticking the box below means you agree to these Terms.', null],
  ['contract-by-using', 'By selecting the "Accept" button, you agree to be bound by these Terms.', 'neutral'],
  ['contract-by-using', 'By continuing to browse the site you agree to these Terms.', 'bad'],
  ['content-removal', 'Posts that we find break the rules may be taken down; the author is told and has the opportunity to contest the removal.', 'good'],
  ['content-license', 'Your designs stay yours, and we host them solely to run the service for you.', 'good'],
  ['content-license', 'We may use your uploads solely to operate and improve the service.', 'neutral'],
  // Business terms, where the reader is "Customer".
  ['content-license', 'The Customer retains all right, title and interest in its Customer Content.', 'good'],
  ['content-license', 'Vendor may list Customer as one of its clients, using Customer’s logo, on its website.', 'neutral'],
  ['content-license', 'Your name and profile picture may appear next to ads for products you liked.', 'bad'],
  ['indemnification', 'The parties shall indemnify each other for losses caused by their own breach.', 'neutral'],
  ['indemnification', 'You will indemnify us against any claim arising from your use of the Service.', 'bad'],
  ['user-rights', 'Subscribers can download their project data in CSV format at any time.', 'good'],
  ['data-collection', 'The company may anonymise usage information and keep it for any business purpose.', 'neutral'],
  ['content-license', 'We will never display your name or logo in our marketing without asking you first.', 'good'],
  // Accounts closed for inactivity; access kept to the end of a paid period is neither a data right nor retention.
  ['unilateral-termination', 'Dormant accounts may be closed after notice.', 'neutral'],
  ['user-rights', 'You can end the plan whenever you like, and you will still access premium features until the month is over.', null],
  ['data-retention', 'After cancelling you retain access until your paid term runs out.', null],
  ['international-transfer', 'Account data can be held on servers in another country where our contractors operate.', 'neutral'],
  ['data-collection', 'We use industry-standard safeguards to protect the details you give us.', null],
  // The customer ending the contract is not the provider closing the account.
  ['unilateral-termination', 'If the new hosting location is unacceptable, the Licensee may cancel the subscription without penalty.', null],
  // A VPN's no-logs policy: a copy of one's data and a complaint to a regulator are rights; servers that keep nothing
  // beyond working memory keep nothing; what is wiped at the end of a session is kept briefly.
  ['user-rights', 'You can obtain a copy of the information we hold about you by emailing our support team.', 'good'],
  ['user-rights', 'Residents of the United Kingdom may file a complaint with the Information Commissioner.', 'good'],
  ['user-rights', 'A copy of these Terms will be sent to you by email.', null],
  ['user-rights', 'Members may file a complaint with us about another member.', null],
  ['data-collection', 'Our desktop clients upload diagnostic logs only if you turn on "Help improve the product".', 'good'],
  ['data-collection', 'We receive no personal information from the advertisers we work with.', 'good'],
  ['third-party-sharing', 'Our payment processor receives your card details when you check out.', 'neutral'],
  ['third-party-sharing', 'A word processor uses less data than a browser.', null],
  ['zero-data-retention', 'Our VPN servers run only in RAM, and nothing is ever written to disk.', 'good'],
  ['zero-data-retention', 'Audio is processed in memory and is never written to permanent storage.', 'good'],
  ['zero-data-retention', 'The game runs in memory-only mode on older phones.', null],
  ['data-retention', 'Session identifiers are wiped when you log out.', 'good'],
  ['data-retention', 'Call recordings are discarded at the end of each call.', 'good'],
  ['tracking', 'We do not monitor the websites you visit while connected.', 'good'],
  ['tracking', 'We record the sites you visit to show you relevant ads.', 'bad'],
  // A voice assistant: what it streams to the cloud is collected; what it only analyses on the device is not kept.
  ['data-collection', 'Once you say the wake word, the speaker streams your voice to our servers.', 'neutral'],
  ['data-collection', 'You can stream video to your television with the app.', null],
  ['zero-data-retention', 'Until the wake word is heard, sound is analyzed only on the device.', 'good'],
  // An exchange freezing an account is suspending it.
  ['unilateral-termination', 'We may freeze your account at any time and for any reason.', 'bad'],
  ['unilateral-termination', 'Prices are frozen until the end of the year.', null],
  ['unilateral-termination', 'You can lock your screen with a PIN.', null],
  // A data processing agreement: processing bound to the customer's instructions, a processor that stays liable.
  ['data-collection', "The supplier shall process personal data only in accordance with the controller's written instructions.", 'good'],
  ['liability-limitation', "Processor remains fully liable to Customer for the performance of each Sub-processor's obligations.", 'good'],
  ['liability-limitation', 'You will remain liable for all charges incurred before cancellation.', null],
  ['liability-limitation', 'Customer remains liable for the acts of its Users.', null],
  // A game's licence: content removed without notice but for breaking the rules is bad, with no reason a blocker;
  // chats watched by a moderation team; anti-cheat software the game brings along that scans the computer.
  ['content-removal', 'Creations that break the community rules may be deleted without prior notice.', 'bad'],
  ['content-removal', 'We may take down your uploads without notice.', 'blocker'],
  ['human-review', 'Party chat may be monitored by our safety team to enforce the Code of Conduct.', 'neutral'],
  ['human-review', 'Your conversations may be screened by our support team to improve our answers.', 'bad'],
  ['human-review', 'Traffic is monitored by automated systems.', null],
  ['data-collection', 'The launcher contains anti-cheat software that inspects your computer\'s running processes.', 'bad'],
  ['data-collection', 'Anyone who uses software that reads your screen should check its settings.', null],
  // Developer terms: an SDK is a developer kit unless it tracks; the developer's own duty not to pass data on is not
  // the provider's sharing; the provider monitoring API use is collection.
  ['tracking', 'These terms govern your use of our APIs, SDKs and sample code.', null],
  ['tracking', 'We use analytics SDKs to understand how the app is used.', 'neutral'],
  ['tracking', 'Websites send us data through our social plug-ins and the conversion pixel.', 'bad'],
  ['third-party-sharing', 'You must not sell or transfer data obtained through the API to any third party.', null],
  ['third-party-sharing', 'We will not sell or transfer your data to any third party.', 'good'],
  ['data-collection', 'We may monitor your use of the APIs to verify compliance with these terms.', 'neutral'],
  // What the reader shares with the provider itself is not third-party sharing, unless the provider passes it on.
  ['third-party-sharing', 'You can choose to share usage data with us from the settings page.', null],
  ['third-party-sharing', 'When you share your location with us, we may share it with our advertising partners.', 'bad'],
  // An online shop's terms of sale: returns for a refund, what cannot be returned, prices that change.
  ['auto-renewal', 'Unworn shoes can be sent back within 60 days for a full refund.', 'good'],
  ['auto-renewal', 'Gift cards and sale items cannot be returned.', 'bad'],
  ['auto-renewal', 'Please return the borrowed equipment within 14 days.', null],
  ['unilateral-change', 'Fees may increase at any time.', 'bad'],
  ['unilateral-change', 'We will notify you 30 days before we raise the price of your plan.', 'good'],
  ['unilateral-change', 'Rates may vary by region.', null],
  // A health app: a fitness tracker is a device, not a tracker; what goes to the reader's employer or insurer is shared.
  ['tracking', 'You can pair the app with a fitness tracker to import your steps.', null],
  ['tracking', 'Our pages load trackers from advertising networks.', 'bad'],
  ['third-party-sharing', 'We share only aggregated participation statistics with your employer.', 'neutral'],
  ['third-party-sharing', 'We may share your claims history with your insurer.', 'neutral'],
  // A licence that outlives the reader's deletion of their content or account.
  ['content-license', 'You keep ownership of your posts, but the licence you grant us to display them continues even after you delete your account.', 'bad'],
  ['content-license', 'You keep ownership of your posts, and the licence you grant us to display them ends when you delete them.', 'good'],
  // A video subscription's terms: how to cancel, closing an account without notice or compensation, a catalogue
  // that changes, and a household that may watch together.
  ['auto-renewal', 'To cancel your plan, open Settings and choose End subscription.', 'neutral'],
  ['auto-renewal', 'You may cancel at any time in the app, and fees already paid are non-refundable.', 'bad'],
  ['unilateral-termination', 'The provider may close your account without compensation or prior notice if it believes you have broken these rules.', 'bad'],
  ['unilateral-termination', 'We may close your account if you break these rules.', 'neutral'],
  ['user-rights', 'We regularly update the content catalogue and may withdraw films at any time.', null],
  ['user-rights', 'You can download your listening history from your account settings at any time.', 'good'],
  ['third-party-sharing', 'Films watched on the service may not be shared with people beyond your household.', null],
  ['third-party-sharing', 'Viewing statistics may be shared with advertising partners outside the company.', 'bad'],
  // A dating app's privacy policy: an adults-only age limit, safeguards, messages handled to deliver them, ads shared
  // across a group, answers to the police, and what stays visible after the reader leaves.
  ['children', 'Members must be 18 or older, and we close any profile we learn belongs to minors.', 'good'],
  ['children', 'Do not post anything that could be harmful to minors.', null],
  ['data-collection', 'We use encryption at rest, access logging and other safeguards to protect member data.', null],
  ['data-collection', 'We process the content of your messages to route them to the right person.', 'neutral'],
  ['data-collection', 'We process the content of your messages to choose which ads to show you.', 'bad'],
  ['third-party-sharing', 'We share your profile with other companies in our group so that they can show you ads.', 'bad'],
  ['law-enforcement', 'Account records may be handed over in response to a valid request from the police.', 'neutral'],
  ['data-retention', 'Comments you left on other profiles stay public after you deactivate your account.', 'bad'],
  ['data-retention', 'Your comments stay public until you remove them.', null],
  // A business software agreement: fee rises at renewal, incident notices, assignment to a buyer, indemnities both
  // ways and a chance to cure a breach.
  ['unilateral-change', 'The vendor may raise subscription fees at renewal with at least 60 days of notice.', 'good'],
  ['unilateral-change', 'We may raise our prices at any time.', 'bad'],
  ['unilateral-change', 'We will raise security standards every year.', null],
  ['security', 'We will inform affected customers within 48 hours of confirming a data incident.', 'good'],
  ['data-sale', 'You may not assign these terms without our consent, except to a successor in a merger or a sale of substantially all of your assets.', null],
  ['data-sale', 'We may assign this agreement, and customer data would be transferred to the buyer in a merger.', 'bad'],
  ['data-sale', 'We may assign these terms without your consent in connection with a merger or the sale of all or substantially all of our assets.', 'bad'],
  ['indemnification', "The customer will defend the supplier against any claim arising from the customer's content.", 'bad'],
  ['indemnification', "These caps do not apply to either side's indemnification obligations.", null],
  ['unilateral-termination', 'Either side may end the contract if the other breaks it and does not cure the breach within 15 days of notice.', 'good'],
  // A cookie policy's tables and boilerplate: tags that recognise the browser store nothing the reader submits.
  ['zero-data-retention', 'They do not store directly personal information, but recognise your browser and device.', null],
  ['zero-data-retention', 'We never store the questions you type into the assistant.', 'good'],
  ['tracking', 'These tags hold no directly personal information but identify your browser.', 'neutral'],
  ['tracking', 'Gives each browser a random number to distinguish unique visitors.', 'neutral'],
  ['tracking', 'Shows you adverts on social networks after you visit our shop.', 'bad'],
  ['tracking', 'We identify your account when you call our helpline.', null],
  // A home camera's privacy notice: face templates, what the camera records and uploads, features the reader turns on.
  ['sensitive-data', 'We build face templates from the people your camera sees.', 'neutral'],
  ['sensitive-data', 'If you switch the face matching feature on, we build face templates from the people your camera sees.', 'good'],
  ['sensitive-data', 'Choose a template for your invitation cards.', null],
  ['data-collection', 'The doorbell records a clip with sound whenever someone rings and sends it to our servers.', 'neutral'],
  ['data-collection', 'Cars waiting at the gate are not our concern.', null],
  ['ai-training', 'If you turn this setting on, we use your recordings to improve our speech models.', 'good'],
  // An airline's conditions of carriage: a document that calls itself "Conditions", tickets cancelled without refund,
  // changes that leave issued tickets under the conditions they were sold on, data used for security purposes.
  ['contract-by-using', 'By booking a seat, you accept these Conditions.', 'bad'],
  ['auto-renewal', 'Unused return legs may be cancelled without refund.', 'bad'],
  ['unilateral-change', 'We may change these Conditions at any time, but the version that applied at the time your ticket was issued governs your trip.', 'good'],
  ['unilateral-change', 'We may change these Conditions at any time.', 'bad'],
  ['security', 'We check passports for immigration and security purposes.', null],
  // An AI assistant's terms: what opting out of training does is worth knowing, the opt-out itself is the bad default.
  ['ai-training', 'After you switch model training off, later chats will not be used to improve our AI.', 'neutral'],
  ['ai-training', 'Your chats are used to improve our AI unless you switch model training off.', 'bad'],
  ['user-rights', 'Even if you unsubscribe, we may still send you messages about your orders.', 'neutral'],
  ['user-rights', 'You can unsubscribe from our newsletter at any time.', 'good'],
  // A U.S. state privacy notice: identifiers "sold" in the law's sense, sensitive information not used, appeals of a
  // refused request, no discrimination for using one's rights.
  ['data-sale', 'Over the last year we "sold" device identifiers to ad networks, as state law defines that word.', 'bad'],
  ['data-sale', 'Our shop sells phones, tablets and watches.', null],
  ['sensitive-data', 'We never disclose sensitive personal information to anyone.', 'good'],
  ['user-rights', 'Should we turn down your request, you can appeal by answering our e-mail.', 'good'],
  ['user-rights', 'We will not discriminate against you for making such a request.', 'good'],
  // A children's learning app: verifiable consent, no advertising or profiles for children, data used only to run it.
  ['children', 'We ask a parent to give verifiable consent before a pupil signs in from home.', 'good'],
  ['children', 'We never show targeted ads to kids and we do not profile children.', 'good'],
  ['children', 'The app is made for children from six to ten.', 'neutral'],
  ['data-collection', "We use each pupil's information only to run the lessons.", 'good'],
  // A social network's community guidelines: a community kept safe, content named before it is removed, bans that
  // follow repeated violations.
  ['security', 'To keep it safe for everyone, members must follow these rules.', null],
  ['security', 'We keep it safe with encryption and regular audits of who can see your data.', 'good'],
  ['content-removal', 'If a post breaks these rules, we may remove it.', 'neutral'],
  ['data-retention', 'Posts that spread scams break our rules, and we may delete them.', null],
  ['content-removal', 'Posts you pin stay at the top until you unpin them.', null],
  ['unilateral-termination', 'Breaking these rules again and again can result in your account being permanently disabled.', 'neutral'],
  // A card agreement: the reader may reject the arbitration clause.
  ['arbitration', 'You can reject this arbitration clause by sending us a letter within 45 days of opening your card.', 'good'],
  ['user-rights', 'You can reject this arbitration clause by sending us a letter within 45 days of opening your card.', null],
  // Data that passes with the business: a sale to another company of the assets, a reorganisation.
  ['third-party-sharing', 'Your personal data may be disclosed upon a sale to another company of all or part of our business.', 'bad'],
  ['third-party-sharing', 'Your personal data may be disclosed in a corporate reorganisation.', 'bad'],
  ['third-party-sharing', 'Your personal data may be disclosed to our auditors.', 'neutral'],
  // A newsletter platform's creator terms: a licence that ends when the creator takes their work down, and the
  // creator's own duty to honour their readers' requests.
  ['content-license', 'That licence ends as soon as you remove the post from your publication.', 'good'],
  ['content-license', 'That licence survives even after you remove the post.', 'bad'],
  ['user-rights', 'You must honour every unsubscribe request from your readers.', null],
  ['user-rights', 'Your readers can unsubscribe from your newsletter with one click.', 'good'],
  ['content-removal', 'If we decide to take down your channel, we will give you two weeks to download your videos.', 'good'],
  ['content-removal', 'If we decide to take down your channel, you lose your videos.', 'bad'],
  // An energy supplier's privacy notice: marketing only with the reader's agreement, credit reference agencies.
  ['data-collection', 'We will only use your energy readings for marketing if you agree.', 'good'],
  ['data-collection', 'We use your energy readings for marketing.', 'bad'],
  ['third-party-sharing', 'If you miss payments, we may report your account to credit reference agencies.', 'neutral'],
  // A mobile game's privacy policy: card numbers the developer never receives.
  ['data-collection', 'We do not receive the full number of the card you pay with.', 'good'],
  // A desktop application's licence: the whole program withdrawn, a price rise told in advance, a new version the
  // reader is asked to accept, and crash reports that carry the reader's work.
  ['unilateral-termination', 'We can discontinue the app, or any release of it, whenever we choose.', 'neutral'],
  ['unilateral-termination', 'You may discontinue the app whenever you like by uninstalling it.', null],
  ['unilateral-change', 'You will hear from us at least six weeks before any fee increase applies.', 'good'],
  ['unilateral-change', 'Before any change that reduces your rights applies, we will ask you to accept the revised terms in the app.', 'good'],
  ['unilateral-change', 'We will ask you to accept cookies on your first visit.', null],
  ['data-collection', 'An error report can contain copies of the documents you had open at the time.', 'bad'],
  ['data-collection', 'We do not access the contents of your files.', 'good'],
  // A television's viewing-data notice: what is on screen, and sharing that the law counts as a sale.
  ['data-collection', 'The television regularly captures fragments of the pictures and audio on your screen to work out which shows you are watching.', 'bad'],
  ['data-sale', 'Passing viewing records to advertisers for targeted ads can be treated as a sale under some state laws.', 'bad'],
  ['data-sale', 'Giving data to our payment processor is not considered a sale under these laws.', 'good'],
  // A crypto exchange's user agreement: identity documents, time to take assets out of a closed account, reports to
  // regulators the reader is not told of, and a court order that is a reason to close an account, not a disclosure.
  ['data-collection', 'During sign-up we request a photo ID and a proof of address.', 'neutral'],
  ['third-party-sharing', 'We share copies of your passport with our identity verification provider.', 'neutral'],
  ['unilateral-termination', 'Should we close your wallet, you get sixty days to transfer your coins elsewhere.', 'good'],
  ['law-enforcement', 'Suspicious transfers may be reported to the financial authorities without notifying you.', 'bad'],
  ['law-enforcement', 'We will not tell you before we give your records to the police.', 'bad'],
  ['law-enforcement', 'Please hand your boarding pass to the police officer at the gate.', null],
  ['third-party-sharing', 'We may close your account if a court order requires it.', null],
  // A fitness band's privacy policy: cycle tracking the reader switches on, location only during a workout, health
  // data kept out of advertising, apps the reader connects, and what an employer's wellness programme receives.
  ['sensitive-data', 'Should you enable period tracking, the app keeps the days and symptoms you enter.', 'good'],
  ['sensitive-data', 'The app keeps the days and symptoms you enter in period tracking.', 'neutral'],
  ['data-collection', 'We collect your precise location only while you are recording a run.', 'good'],
  ['data-collection', 'We do not use your workout data for ads.', 'good'],
  ['data-collection', 'We use your workout data for ads.', 'bad'],
  ['third-party-sharing', 'If you link another service, such as a nutrition app, we pass it the data you pick.', 'neutral'],
  ['third-party-sharing', 'When your insurer runs the programme, we report only your monthly step total to it.', 'neutral'],
  // A food-delivery service: the restaurant, the courier and the seller receive an order's details; what the reader
  // may share themselves is not the provider sharing.
  ['third-party-sharing', 'We pass your delivery address and first name to the courier and to the restaurant.', 'neutral'],
  ['third-party-sharing', 'You can send the seller a message from the order page.', null],
  // An image generator's terms: prepaid credits that lapse or are never paid back in money, and those that stay.
  ['auto-renewal', 'Any tokens left on your account lapse one year after you buy them.', 'bad'],
  ['auto-renewal', 'Your remaining balance cannot be cashed out for money.', 'bad'],
  ['auto-renewal', 'Points you earn do not expire as long as you keep your account.', 'good'],
  ['auto-renewal', 'Your login token expires after one hour.', null],
  // A marketplace's seller agreement: removal with the rule it broke named, a warning and time to answer before a
  // shop is closed.
  ['content-removal', 'We may take down a listing that breaks our rules, and we will inform you which rule it broke.', 'good'],
  ['unilateral-termination', 'Before we suspend a seller account for repeated violations, you will get a warning and ten days to reply.', 'good'],
  ['unilateral-termination', 'We may suspend a seller account for repeated violations.', 'neutral'],
  // A data processing addendum: the processor deletes the customer's data some days after the contract ends.
  ['data-retention', 'No later than 60 days after termination, the Processor shall erase the Customer Data it holds.', 'good'],
  ['data-retention', 'Within 14 days you can delete your account.', null],
  // A browser extension's privacy policy: nothing sent anywhere, work done in the browser, no tracking code.
  ['third-party-sharing', 'The add-on never transmits the pages you open to us or to anybody else.', 'good'],
  ['data-collection', 'The add-on never transmits the pages you open to us or to anybody else.', 'good'],
  ['data-collection', 'All of the matching runs locally on your computer.', 'good'],
  ['tracking', 'The app does not include any third-party analytics.', 'good'],
  ['tracking', 'The app includes third-party analytics.', 'bad'],
  // A ride-hailing privacy notice: a rider deactivated by software may ask a person to look again; that person is
  // not reading the rider's data.
  ['human-review', 'Riders blocked by the rating system may ask for a human review within two weeks.', null],
  ['automated-decisions', 'Riders blocked by the rating system may request a manual review within two weeks.', 'good'],
  ['human-review', 'Our staff may review your trip messages to improve the service.', 'bad'],
  // A hotel booking site's conditions: free cancellation until a deadline, money back in full when the hotel cancels.
  ['auto-renewal', 'Rooms on a flexible rate may be cancelled at no cost up to two days before arrival.', 'good'],
  ['auto-renewal', 'Should the hotel cancel your stay, we refund you in full.', 'good'],
  ['auto-renewal', 'Rooms on a saver rate cannot be cancelled, and the amount paid is non-refundable.', 'bad'],
  // A candidate privacy notice: software that screens applications, and a person who checks before any rejection.
  ['automated-decisions', 'We use machine learning to shortlist candidates, and a member of our hiring team looks at each profile before anyone is turned down.', 'good'],
  ['automated-decisions', 'We use machine learning to shortlist candidates.', 'neutral'],
  ['automated-decisions', 'We use software to send you interview reminders.', null],
  // A cloud host's acceptable-use policy: conduct that threatens the host's network is not data security.
  ['security', 'We may suspend a server at once if its traffic threatens the security of our network.', null],
  ['security', 'We notify affected customers within 72 hours if a breach compromises the security of their data.', 'good'],
  // A VPN's no-logs policy: nothing kept to give up to a court, and every request published.
  ['law-enforcement', 'As we keep no connection logs, we have no usage records to turn over to the authorities.', 'good'],
  ['third-party-sharing', 'We have no traffic records to share with anyone, because we never keep them.', 'good'],
  ['law-enforcement', 'Every government demand we receive is listed in the transparency report we publish each quarter.', 'good'],
  ['law-enforcement', 'We turn over account records to the authorities when a judge orders it.', 'neutral'],
  // A coding assistant's terms: code sent to the provider's servers, training only if the reader turns it on.
  ['data-collection', 'While you type, the plugin uploads parts of the open file and of the files next to it to our servers.', 'neutral'],
  ['ai-training', 'Your code is deleted after a month unless you turn on model improvement, in which case we may train our models on it.', 'good'],
  ['ai-training', 'We may train our models on your code unless you turn it off in the settings.', 'bad'],
  // A smart speaker's voice privacy notice: recordings deleted on a schedule the reader sets; reviewers are not a
  // reader's right ("Review your data" is).
  ['data-retention', 'In the app you can choose to have your voice history deleted automatically every three months.', 'good'],
  ['data-retention', 'There is no auto-delete: your recordings stay until you delete them.', 'neutral'],
  ['user-rights', 'Reviewers never see your name or your account details.', null],
  ['user-rights', 'Review your voice history in the app.', 'good'],
  // A DNA testing service's privacy statement: health and ancestry asked after the verb, a sample the reader may have
  // destroyed, consent withdrawn with what was already used kept, backups overwritten on a cycle, what the app notes
  // of the reader's use, and an optional survey that is not itself a right.
  ['sensitive-data', 'Our intake form asks about your medical history and any disabilities.', 'neutral'],
  ['sensitive-data', 'We collect feedback on your use of our health app.', null],
  ['user-rights', 'You may ask us to destroy your stored sample whenever you like.', 'good'],
  ['user-rights', 'You can withdraw your consent for the study whenever you wish, although results already published cannot be recalled.', 'neutral'],
  ['user-rights', 'Giving us your phone number is entirely optional.', 'good'],
  ['user-rights', 'Take part in our optional quizzes to earn badges.', null],
  ['data-retention', 'Chat transcripts expire on a rolling 60-day cycle.', 'good'],
  ['data-collection', 'We note how often you open the app and which features you use.', 'neutral'],
  // A streaming service's terms: a plan that runs on until the reader cancels (a plan that "keeps going" keeps no
  // data), cancelling whenever they like, a trial that turns into billing; what members may not record is a rule of
  // use, not a promise to keep nothing, and access kept until the month ends is not a data right.
  ['auto-renewal', 'Your plan keeps going every year until you cancel it.', 'bad'],
  ['data-retention', 'Your plan keeps going every year until you cancel it.', null],
  ['auto-renewal', 'You are free to cancel whenever you like from the billing page.', 'neutral'],
  ['auto-renewal', 'When the trial period is over, we begin billing your card each month.', 'bad'],
  ['zero-data-retention', 'You may not record or download the content you stream.', null],
  ['user-rights', 'You can cancel whenever you want; you keep access to the shows until the month ends.', null],
  // A dating app's privacy notice: beliefs a member may add to a profile, whether they have children (not a child's
  // data), location used with permission, a profile the member may hide, data the member may see or ask a copy of.
  ['sensitive-data', 'Members may add their religious beliefs and political views to a profile.', 'neutral'],
  ['children', 'Your profile can say whether you have children.', null],
  ['data-collection', 'With your consent, we collect your location while you use the app.', 'good'],
  ['user-rights', 'You can hide your profile from search whenever you want.', 'good'],
  ['user-rights', 'You may view the data we keep about you on the Privacy page.', 'good'],
  ['user-rights', 'Just ask for a copy and we will send it within a month.', 'good'],
  // A connected car's privacy notice: what the car sends home, cameras that record nothing, data brokers and the
  // dealer as recipients, data kept for the car's whole life, a switch that stops most collection but not all.
  ['data-collection', 'The car uploads its position and speed to our servers every few minutes.', 'neutral'],
  ['data-collection', 'Dashboard cameras fitted for lane assistance never record or upload footage.', 'good'],
  ['third-party-sharing', 'We may pass your driving data to data brokers, who may combine it with other information.', 'bad'],
  ['third-party-sharing', 'The dealership gets your diagnostic information so it can book repairs.', 'neutral'],
  ['third-party-sharing', 'Dealers must return any keys that they receive.', null],
  ['data-retention', 'We keep crash reports for the whole life of the vehicle.', 'neutral'],
  ['user-rights', 'Turning off the tracker stops all location collection, but we will still keep past trips.', 'neutral'],
  // A licence for promotion, or for as long as copyright lasts, is more than running the service needs.
  ['content-license', 'You give us a free licence to show your photos in our promotional material.', 'bad'],
  ['content-license', 'You grant us a licence to your videos for the full term of copyright.', 'bad'],
  // Courts that disputes are submitted to, with the consumer's own protections kept; a major change e-mailed ahead.
  ['jurisdiction', 'All claims will be referred to the competent courts of Munich, without prejudice to your rights as a consumer.', 'good'],
  ['jurisdiction', 'Disputes shall be submitted to the courts of Dublin.', 'neutral'],
  ['unilateral-change', 'When we make a major change, you will get an e-mail at least two weeks ahead.', 'good'],
  // A payment app's user agreement: a wallet closed with its reasons explained or its balance still the reader's to
  // take out (money withdrawn is not a data right), a payment hold and logging in that keep no data, a dormancy fee,
  // new prices published weeks before they apply.
  ['unilateral-termination', 'When we suspend a wallet, we explain the reasons in the app.', 'good'],
  ['unilateral-termination', 'If we close your account, you can withdraw any remaining balance unless it is subject to a hold or a legal order.', 'good'],
  ['user-rights', 'If we close your account, you can withdraw any remaining balance unless it is subject to a hold or a legal order.', null],
  ['data-retention', 'The hold on your payout normally ends after 14 days.', null],
  // ... while keeping something is still retention however it is said.
  ['data-retention', 'We hold on to deleted photos for 60 days in case you change your mind.', 'good'],
  ['data-retention', 'If you have not logged in for two years, a dormancy fee of $3 a month applies.', null],
  ['auto-renewal', 'If you have not logged in for two years, a dormancy fee of $3 a month applies.', 'bad'],
  ['unilateral-change', 'Updated prices are published on this page four weeks before they apply.', 'good'],
  // A school learning app's privacy policy: no advertising or tracking code of others, details a school or an
  // employer hands over, scores recorded, data seen only by those named, providers barred from any other use.
  ['third-party-sharing', 'Our app does not embed any third-party tracking code or ads.', 'good'],
  ['data-collection', 'Your employer gives us your full name and work e-mail address when it sets up your account.', 'neutral'],
  ['data-collection', 'You give us permission to contact you.', null],
  ['data-collection', "We store each student's scores so that teachers can follow their progress.", 'neutral'],
  ['third-party-sharing', 'Your workouts are visible only to the friends you approve.', 'good'],
  ['third-party-sharing', 'We rely on service providers whose contracts prohibit them from using your data for any other purpose.', 'good'],
  // A writing assistant's privacy notice: a control switched off, notes kept until the reader deletes them, chats kept
  // out of human review.
  ['user-rights', 'You can stop this whenever you want by switching off the sharing toggle.', 'good'],
  ['user-rights', 'People switching off the lights leave the room.', null],
  ['data-retention', 'Your notes remain in the app until you delete them.', 'neutral'],
  ['human-review', 'Chats you archive are exempt from human review.', 'good'],
  // A social network's community guidelines: moderators looking for posts that break the rules (not reading the
  // reader's private data), action taken on a post with the rule it broke named.
  ['human-review', 'Human reviewers look for posts that break our rules.', 'neutral'],
  ['content-removal', 'Whenever moderators take action against a video, we tell you which rule it broke.', 'good'],
  // A mobile carrier's customer agreement: a charge for leaving a minimum term early, leaving without it when prices
  // rise, and an instalment plan that goes on after cancelling (no data is kept by it).
  ['auto-renewal', 'Ending a 24-month contract early means paying an early termination fee.', 'bad'],
  ['auto-renewal', 'If prices rise, you can cancel without incurring any termination fee.', 'good'],
  ['data-retention', 'Phone repayments carry on even if you cancel your plan.', null],
  // A telehealth privacy notice: a copy of one's records and a list of disclosures are rights; the days to answer a
  // request are not a retention period.
  ['user-rights', 'Ask for a paper copy of your health history and we post it within 15 days of your request.', 'good'],
  ['data-retention', 'Ask for a paper copy of your health history and we post it within 15 days of your request.', null],
  ['user-rights', 'Patients may request a list of everyone we disclosed their records to.', 'good'],
  // An AI companion app's privacy policy: what the app or the provider does not ask for or read, providers barred
  // by contract from training on what they are given (while the reader's own bar stays no clause), consent asked
  // before training, a complaint to a regulator.
  ['data-collection', 'We never ask for your exact location, and the app does not read your address book.', 'good'],
  ['data-collection', 'We will not ask you for your phone number.', 'good'],
  ['data-collection', 'The game cannot access your camera.', 'good'],
  ['ai-training', 'Our agreements with hosting vendors prohibit them from using customer files to train any AI model.', 'good'],
  ['ai-training', 'Our contracts prohibit our cloud providers from training models on your content.', 'good'],
  ['ai-training', 'We prohibit users from using outputs to train models.', null],
  ['ai-training', 'Before we start using your recordings to improve our speech models, we will ask for your explicit consent.', 'good'],
  ['third-party-sharing', 'We share your files with hosting vendors, and our contracts forbid these vendors from using them for their own purposes.', 'good'],
  ['user-rights', 'You may also complain to the Information Commissioner.', 'good'],
  // A credit card agreement: class actions given up in other words, a hearing where the reader lives, payments
  // received that are not data, fees stated with their amounts.
  ['arbitration', 'You agree not to join any class action against the company.', 'bad'],
  ['arbitration', 'Any hearing in the arbitration will be held in the county where you reside.', 'good'],
  ['data-collection', 'If we do not receive your payment on time, a late fee is charged.', null],
  ['data-collection', 'We receive payment details from the card network.', 'neutral'],
  ['auto-renewal', 'A monthly service fee of $4.99 applies to this account.', 'neutral'],
  ['auto-renewal', 'Cash withdrawals abroad carry a fee of 2%.', 'neutral'],
  ['auto-renewal', 'You agree to pay all applicable fees.', null],
  // A social network's terms: media not passed to advertisers without asking, a service that may stop being offered,
  // an appeal of a moderation decision (not of an arbitrator's), refunds refused in other words, an app store that
  // stores nothing.
  ['third-party-sharing', 'We never pass your videos to advertisers without asking you first.', 'good'],
  ['unilateral-termination', 'We may stop offering the game if it no longer makes sense for us.', 'neutral'],
  ['content-removal', 'Apart from emergencies, we always explain our decision and give you a chance to appeal.', 'good'],
  ['content-removal', "Either party may appeal the arbitrator's award to a court.", null],
  ['auto-renewal', "Subscriptions renew monthly, and we don't refund the rest of a month you have already started.", 'bad'],
  ['auto-renewal', "We won't give you a partial refund if you cancel mid-month.", 'bad'],
  ['data-retention', 'You can buy extra storage in the app store until the end of the year.', null],
  // A job board's candidate notice: a CV sent to the employer one applies to, software that shortlists or ranks
  // applicants (not search results), a person with the final word, members' data not sold, profiles deleted or
  // anonymised after years without use.
  ['third-party-sharing', 'Your CV is sent to the hiring company when you apply.', 'neutral'],
  ['automated-decisions', 'We use automated scoring, among other signals, to shortlist candidates.', 'neutral'],
  ['automated-decisions', 'We use algorithms to rank search results.', null],
  ['automated-decisions', 'A member of our hiring team always makes the final decision.', 'good'],
  ['data-sale', "We never sell our members' data.", 'good'],
  ['data-retention', 'If you do not log in for three years, we mark your account dormant and remove your CVs.', 'neutral'],
  // A scooter rental agreement: what the vehicles report and the trips recorded are collection; the reader releasing
  // the provider from claims is not the provider releasing data.
  ['data-collection', 'Our bikes report their location every few seconds while you ride.', 'neutral'],
  ['data-collection', 'We record the trips you take with the app.', 'neutral'],
  ['third-party-sharing', 'You release the company from any claims relating to other users.', null],
  // A password manager's privacy policy: a password never received, data the provider cannot decrypt, a breach
  // the reader is told of.
  ['data-collection', 'We do not receive your banking password.', 'good'],
  ['security', 'We are unable to decrypt the backups you store with us.', 'good'],
  ['security', 'If a data incident affects you, we will inform you promptly.', 'good'],
  // A news site's cookie policy: cookies the reader may refuse and still read (no cookie wall), not so when parts of
  // the site stop working.
  ['tracking', 'You can reject tracking cookies without affecting your use of the site.', 'good'],
  ['tracking', 'If you block cookies, some features will not work.', 'neutral'],
  // A loyalty programme's terms: a programme changed or closed by the provider (fair when there is time left to
  // redeem the points), shopping history passed to the brands and manufacturers whose products the reader buys.
  ['third-party-sharing', 'We pass your shopping history to manufacturers so they can send you offers.', 'neutral'],
  ['unilateral-termination', 'We can close the rewards programme whenever we like, but you will get 30 days to use up your points.', 'good'],
  ['unilateral-change', 'We may modify the rewards programme at any time without notice.', 'bad'],
  // A gym membership contract: a minimum term the reader is locked into, no way to cancel during it, how to give
  // notice to cancel, CCTV in the clubs.
  ['auto-renewal', 'The contract has a minimum commitment of six months.', 'bad'],
  ['auto-renewal', "You can't cancel a booking once it is confirmed.", 'bad'],
  ['auto-renewal', 'To cancel, send us written notice at least 14 days before your renewal date.', 'neutral'],
  ['data-collection', 'Installations are monitored by security cameras.', 'neutral'],
  // An AI API's data usage policy: no data left for people to review, results kept some days and then removed,
  // sub-processors held to the provider's instructions.
  ['human-review', 'With zero retention switched on, no prompts are kept for human review.', 'good'],
  ['data-retention', 'Exported reports stay downloadable for 14 days and then get deleted.', 'good'],
  ['third-party-sharing', 'We share the files with vendors who may only use them in accordance with our written instructions.', 'good'],
  // An image generator's terms: carrying on after an update taken as agreeing to it, moderators reading flagged
  // prompts, a plan cancelled in the settings (not a right over data).
  ['contract-by-using', 'Should you carry on posting after the revised rules are published, you agree to them.', 'bad'],
  ['unilateral-change', 'If you go on streaming after we publish the changes, that means you accept them.', 'bad'],
  ['contract-by-using', 'If you continue reading after the page loads, the images appear in colour.', null],
  ['human-review', 'Our trust team reads conversations that users report.', 'neutral'],
  ['human-review', 'Contractors listen to a sample of voice recordings to check the transcriptions.', 'bad'],
  ['user-rights', 'You may cancel whenever you like under Settings > Subscription > Manage.', null],
  ['user-rights', 'You may cancel your plan and delete your data at any time.', 'good'],
  // A model hosting platform's terms: requests routed to an outside provider, a choice of provider that is not a
  // right over data, a second review of content taken down.
  ['third-party-sharing', 'Each request is routed to one of several independent providers.', 'neutral'],
  ['user-rights', 'Calls go to the region you choose, and local rules apply to your account.', null],
  ['content-removal', 'If a post is taken down, the author can apply for a fresh review.', 'good'],
  // An AI company's enterprise data commitments: the organisation owns what it sends and gets back, the provider
  // claims no ownership.
  ['content-license', 'Your company owns all the inputs it submits and the outputs it receives.', 'good'],
  ['content-license', 'The provider claims no ownership of the completions.', 'good'],
  // Terms in plain, chatty words, which the clause filter has not seen: each clause stated outright is kept.
  ['content-license', 'The recipes you share are all yours.', 'good'],
  ['content-license', "You allow us to feature your photos in our ads, and you can't take that back.", 'bad'],
  ['content-removal', "We might hide a listing we don't like, and we don't need to tell you why.", 'blocker'],
  ['auto-renewal', "The booking fee isn't refundable.", 'bad'],
  ['unilateral-termination', 'We may shut down your shop at any moment.', 'bad'],
  ['liability-limitation', "We're not on the hook for anything a buyer does with the item.", 'bad'],
  ['liability-limitation', "Should we ever owe you money, the most we'll pay is what you spent last month.", 'bad'],
  ['indemnification', 'You will pay our legal fees if a customer sues us over your listing.', 'bad'],
  ['arbitration', 'Any disagreement goes to one arbitrator, and there are no juries.', 'bad'],
  ['jurisdiction', 'The courts in Lyon will decide any disagreement.', 'neutral'],
  ['unilateral-change', 'We could tweak the agreement every so often.', 'neutral'],
  ['contract-by-using', "If you keep shopping with us, you're accepting the updated terms.", 'bad'],
  ['data-retention', 'Deposits are held by the bank until the rental ends.', null],
  ['content-license', 'You allow us to use your information to pick the offers you see.', null],
  // A privacy policy in plain words: what "we get", selling "anything about you", training on the reader's things
  // without naming a model, "nobody reads", the police asking, "export everything".
  ['data-collection', 'When you register, we get your phone number and your city.', 'neutral'],
  ['data-sale', 'We will not sell anything about you to anyone.', 'good'],
  ['ai-training', 'We never train on your drafts.', 'good'],
  ['ai-training', 'Staff train on the new software every year.', null],
  ['human-review', 'No-one on our team looks at your diary entries.', 'good'],
  ['law-enforcement', 'When a judge orders us to, we disclose account records.', 'neutral'],
  ['user-rights', 'Download all of your photos whenever you like.', 'good'],
  // An AI usage policy's enforcement: features the reader can use are not the reader ending anything, accounts
  // banned, abuse reported to the police, carrying on taken as agreeing.
  ['unilateral-termination', 'We might restrict the tools you can use, or we may close your account.', 'neutral'],
  ['user-rights', 'We may limit the services you can use, or revoke your access.', null],
  ['unilateral-termination', 'We will ban the account of anyone who sells counterfeit goods.', 'neutral'],
  ['law-enforcement', 'We report threats of violence found in public chats to the police.', 'neutral'],
  ['contract-by-using', 'We post each revision here, and continuing to use the app means you agree to it.', 'bad'],
  // A desktop app's licence: data that stays on the reader's computer, diagnostics sent by an app named by its name,
  // a warranty on third parties' work (not sharing), the reader's own licence ending, consumers' own courts.
  ['data-collection', 'Your photos remain on your phone and are never sent to us.', 'good'],
  ['data-collection', 'Preference cookies stay on your device for a year.', null],
  ['data-collection', 'They remain on your computer until you close the browser.', null],
  ['data-collection', 'Notely sends basic diagnostics when it starts.', 'neutral'],
  ['third-party-sharing', 'We give no warranty for plugins made by third parties.', null],
  ['content-license', 'Your licence ends automatically if you break these rules.', null],
  ['jurisdiction', 'The courts of Scotland decide disputes, but consumers may also sue in their own courts.', 'good'],
  // An AI character app's terms: chats not encrypted, a plan kept to the end of the month (not data kept), content
  // removed at the provider's discretion or with the broken rule explained, notice given some days before a change.
  ['security', 'Voice notes are not encrypted on our servers.', 'bad'],
  ['data-retention', 'After cancelling you keep the premium features until the month ends.', null],
  ['content-removal', 'We can hide or remove posts at our discretion.', 'bad'],
  ['content-removal', 'When a post is taken down, we explain to the author which rule it violated.', 'good'],
  ['unilateral-change', "You'll get two weeks' notice in the app before they take effect.", 'good'],
  // AI features' supplementary terms: providers that keep nothing, logs not kept on request, owners and members
  // who switch features off or clear their history.
  ['zero-data-retention', 'Our translation partner stores nothing after each request.', 'good'],
  ['zero-data-retention', 'Teams can request that their prompts not be logged.', 'good'],
  ['zero-data-retention', 'We keep nothing but your e-mail address.', null],
  ['user-rights', 'Account owners can switch location sharing off for every member.', 'good'],
  ['user-rights', 'Members can clear their search history.', 'good'],
  // A service whose features may change or go: a change clause, whatever words it is put in.
  ['unilateral-change', 'Some tools may change or be removed when the app updates, and features may be discontinued.', 'neutral'],
  // A meeting assistant's privacy notice: what the assistant captures in a call, what it reads from a connected
  // calendar, crash logs an app reports, vendors that process data for the provider, a subprocessor barred from
  // training on what it is given.
  ['data-collection', 'Once it is admitted to a call, the bot records the audio and the shared screen.', 'neutral'],
  ['data-collection', 'We read your calendar invitations after you link your calendar.', 'neutral'],
  ['data-collection', 'The desktop client reports crash logs and the version of your operating system.', 'neutral'],
  ['data-collection', 'You must not record other participants without their permission.', null],
  ['third-party-sharing', 'We rely on storage and billing suppliers that handle information for us under contract.', 'neutral'],
  ['ai-training', 'The transcription partner is barred by contract from storing the audio or using it to train models.', 'good'],
  // A coding assistant's terms: what an editor plug-in sends, an index kept while a repository stays linked,
  // snippets thrown away once the completion is returned, an account deleted from the dashboard, a free plan
  // discontinued, and indemnities the provider gives (good) or asks for (bad).
  ['data-collection', 'Our IDE add-on transmits the surrounding code and the names of your open files to our servers.', 'neutral'],
  ['data-collection', 'The assistant also reports editor events such as accepted completions.', 'neutral'],
  ['data-retention', 'We hold the search index of your project on our servers while the project stays linked.', 'neutral'],
  ['data-retention', 'Your profile stays on our servers while your subscription is active.', 'neutral'],
  ['zero-data-retention', 'Code excerpts are thrown away and deleted once the completion is returned to your editor.', 'good'],
  ['zero-data-retention', 'Your data is deleted once you close your account.', null],
  ['user-rights', 'You may quit at any time by deleting your account from the dashboard.', 'good'],
  ['unilateral-termination', 'We may discontinue the basic plan at any time.', 'bad'],
  ['indemnification', 'We will indemnify you against third-party claims that the service infringes their patents.', 'good'],
  ['indemnification', 'Business subscribers are protected by our copyright indemnity when generated images are challenged.', 'good'],
  ['indemnification', 'You will indemnify us against claims arising from the prompts you submit.', 'bad'],
  // An online game's licence: what an anti-cheat system sends and inspects, a banned account's items, bans without
  // review, player-made mods removed, updates that take features away, consumers' home courts.
  ['data-collection', 'Our anti-cheat driver examines other running processes while a match is in progress.', 'bad'],
  ['data-collection', 'The cheat detection system may send us your device identifiers and a screenshot of the match.', 'neutral'],
  ['unilateral-termination', 'All suspensions are final and we are under no obligation to reconsider them.', 'bad'],
  ['content-removal', 'We may delete mods that break these rules.', 'neutral'],
  ['unilateral-change', 'A patch can disable game modes, and future updates may replace some tools entirely.', 'neutral'],
  ['jurisdiction', 'Courts in Lisbon decide disputes, but consumers can always bring claims in their own home courts.', 'good'],
  // A shop's terms of sale: the price shown when ordering is the price paid, a warranty given on top of statutory
  // rights, reviews the shop declines to publish.
  ['unilateral-change', 'Prices may change at any time, but the price shown when you order is what you pay.', 'good'],
  ['liability-limitation', 'Each kettle carries a 3-year warranty against defects.', 'good'],
  ['liability-limitation', 'All bikes include a limited warranty; apart from it, the bikes are sold as is and we are not liable for any damages.', 'bad'],
  ['content-removal', 'We may decline to display comments that break our guidelines.', 'neutral'],
  // A home camera's privacy policy: footage handed over only with a warrant, several kinds of data not sold.
  ['law-enforcement', 'We never hand over recordings to the police without a search warrant.', 'good'],
  ['data-sale', 'We do not sell photo, voice or location data.', 'good'],
  // An AI agent's terms: screenshots and action logs kept of what the agent did.
  ['data-collection', 'During each run we save screenshots of every page the browser agent opens, together with its action logs.', 'neutral'],
  // How AI services' policies speak of sharing: data shared with others by the assistant, a partner that receives
  // what the reader gave, a promise not to share, an opt-out of "the sharing of your personal information", outside
  // contractors with access; not the reader told what not to share with the service itself.
  ['third-party-sharing', 'The assistant shares booking details with others when you ask it to reserve a table.', 'neutral'],
  ['third-party-sharing', 'The merchant will then receive the delivery address you entered.', 'neutral'],
  ['third-party-sharing', 'Once you turn on the privacy signal, we will not share your data.', 'good'],
  ['third-party-sharing', 'You can opt out of the sharing of your personal information in the footer.', 'good'],
  ['third-party-sharing', "You shouldn't share anything with the chatbot that you want to keep secret.", null],
  // Collection in the words of device and assistant notices: a feature that collects by name, data sent to a named
  // company, data kept on the reader's own device (not cookies, which sit there to be read).
  ['data-collection', 'When you ask about a tab, Sage captures the visible content of that tab.', 'neutral'],
  ['data-collection', 'Crash diagnostics are uploaded to Fabrikam after each failure.', 'neutral'],
  ['data-collection', 'Voice memos are saved locally on the phone and never uploaded.', 'good'],
  ['data-collection', 'Cookies are small files kept on your device by the sites you visit.', null],
  // A chatbot's terms: the reader told to check a privacy policy often, a total of damages capped.
  ['unilateral-change', 'Please check our cookie policy regularly.', 'neutral'],
  ['liability-limitation', 'The total amount of damages and compensation we pay shall not exceed $100.', 'bad'],
  // How AI services' privacy pages give the reader control: an instruction after a run-in label or an adverb, how to
  // manage one's history, requests processed in a time, a request that may be denied.
  ['user-rights', 'Search settings: Pause and clear your search history.', 'good'],
  ['user-rights', 'Permanently delete your profile.', 'good'],
  ['user-rights', 'Read how to manage and export your chat history.', 'good'],
  ['user-rights', 'We fulfil verified erasure requests within 45 days.', 'good'],
  ['user-rights', 'We will explain our reasons if we deny your access request.', 'neutral'],
  // Security in AI services' words: the provider unable to read what the reader shares, systems watched for problems,
  // e-mail that may not be secure.
  ['security', 'With private mode on, we cannot see or read the prompts you send.', 'good'],
  ['security', 'Our engineers monitor our networks around the clock for intrusions.', 'good'],
  ['security', 'Messages sent to our support address may not be secure.', 'neutral'],
  // A business AI agreement: the customer grants only the rights that are needed to run the service.
  ['content-license', 'The client grants the supplier only those rights that are strictly necessary to provide the platform.', 'neutral'],
  // A translation service's privacy notice: a disclosure when a court or authority orders it, and the customer told
  // first; no advertising cookies or analytics of others; what the app notes of its use.
  ['law-enforcement', 'Account records are released only when a judge orders it.', 'neutral'],
  ['law-enforcement', 'Unless a gag order forbids it, we inform the affected user before we turn over any files.', 'good'],
  ['law-enforcement', 'We do not alert the account holder before we hand over records.', 'bad'],
  ['third-party-sharing', 'The site runs no marketing pixels and no third-party tracking scripts.', 'good'],
  ['third-party-sharing', 'We do not load marketing pixels or third-party advertising code.', 'good'],
  ['data-collection', 'The desktop client logs which menus you open and crash reports.', 'neutral'],
  ['data-collection', 'The editor does not record the buttons you click.', 'good'],
  ['zero-data-retention', 'The editor does not record the buttons you click.', null],
  ['tracking', 'The editor does not record the buttons you click.', 'good'],
  ['data-collection', 'Your teacher can see which lessons you open.', null],
  // A VPN's privacy policy: no data to give the police, payments processed by another company, all that is kept.
  ['law-enforcement', 'Should an agency demand connection logs, we simply have none to provide.', 'good'],
  ['law-enforcement', 'If a court asks for logs, we have nothing to hand over.', 'good'],
  ['third-party-sharing', 'Orders are handled by our fulfilment partner in Leipzig.', 'neutral'],
  ['third-party-sharing', 'Refunds are processed by us within 14 days.', null],
  ['data-collection', 'The only details we store are a random account ID and the date your plan expires.', 'neutral'],
  // A creator platform's terms: its commission, posts taken down for breaking the rules and how to appeal, AI
  // crawlers kept out, time to export before an account closes, changes announced a week or more ahead (or not).
  ['auto-renewal', 'The marketplace keeps a 12% commission on each sale.', 'neutral'],
  ['content-removal', 'If a comment breaks the house rules, we may hide it or take it down.', 'neutral'],
  ['content-removal', 'We will tell the author which guideline applies and explain how to appeal the decision.', 'good'],
  ['content-removal', 'Appeals are reviewed by a different moderator.', 'good'],
  ['content-removal', 'Appeals are heard by an arbitrator in Chicago.', null],
  ['content-removal', 'We block scrapers and bots from members\' pages.', null],
  ['ai-training', 'By default we disallow AI crawlers on every public page.', 'good'],
  ['ai-training', 'Our robots.txt lets AI bots read public posts.', 'bad'],
  ['unilateral-termination', 'Before an account is closed we give two weeks\' notice to download your projects.', 'good'],
  ['unilateral-change', 'Any change to payout rates will be announced by email two weeks before it applies.', 'good'],
  ['unilateral-change', 'We will notify you 3 days before changes to these Terms apply.', 'neutral'],
  // A ticket seller's purchase terms: sales that are final, tickets that cannot be refunded, the whole price shown at
  // checkout, the terms in force when the order was placed, the consumer's statutory rights kept.
  ['auto-renewal', 'All bookings are final.', 'bad'],
  ['auto-renewal', 'Season passes cannot be transferred or refunded.', 'bad'],
  ['auto-renewal', 'The amount at checkout is the final price you pay, taxes included.', 'good'],
  ['auto-renewal', 'After the free month you will be charged the yearly fee.', 'bad'],
  ['unilateral-change', 'Each booking is governed by the conditions in effect at the time you booked it.', 'good'],
  ['liability-limitation', 'None of this limits your statutory rights.', null],
  ['liability-limitation', 'These conditions do not affect your legal rights as a buyer.', 'good'],
  // A research repository's privacy policy: what is posted in public areas counted as public, advertising chosen for
  // the reader's interests, tracking technologies of others.
  ['third-party-sharing', 'Reviews you post are deemed public and can be read by anyone.', 'neutral'],
  ['tracking', 'Partners show you ads relevant to your interests on other websites.', 'bad'],
  ['tracking', 'We do not show ads tailored to your interests.', 'good'],
  ['tracking', 'Our app relies on third-party technologies to measure campaigns.', 'bad'],
  // A photo community's terms: a licence that ends when the photo is taken down, one that cannot be taken back,
  // moral rights given up; limited access to one's own portfolio is not a security measure.
  ['content-license', 'The licence described above lasts while your pictures remain online and ends automatically upon their deletion.', 'good'],
  ['content-license', 'Members have no right to revoke the licences granted in this section.', 'bad'],
  ['content-license', 'To the extent the law allows, you waive your moral rights in every track you upload.', 'bad'],
  ['security', 'Going over the storage quota may lead to limited access to your galleries.', null],
  ['security', 'Only two engineers have limited access to the production database.', 'neutral'],
  // A photo storage service's terms: faces grouped by their features, files deleted when the plan lapses, no refund
  // received.
  ['sensitive-data', 'The gallery app groups pictures of people by their facial features.', 'neutral'],
  ['sensitive-data', 'We keep data about the faces in your albums until you switch the feature off.', 'neutral'],
  ['content-removal', 'When a subscription lapses, we may remove your older videos.', 'neutral'],
  ['content-removal', 'We may delete your account if you ask us to.', null],
  ['content-removal', 'We will delete your photos once you ask us to close the account.', null],
  // A voice assistant's terms: audio sent to the cloud, a model of the reader's voice, contacts imported, details
  // shared with a named recipient, every purchase final, access revoked.
  ['data-collection', 'The speaker streams your voice to our servers after the wake word.', 'neutral'],
  ['data-collection', 'The app can sync your address book to find friends.', 'bad'],
  ['sensitive-data', 'Enrolment builds a profile of your voice characteristics.', 'neutral'],
  ['third-party-sharing', 'For each order we share your name, delivery address and phone number with the courier.', 'neutral'],
  ['third-party-sharing', 'You can share your name and address with us when you check out.', null],
  ['auto-renewal', 'All purchases of in-game gems are final.', 'bad'],
  ['unilateral-termination', 'The publisher may revoke your access to the beta.', 'neutral'],
  // A social Q&A app's privacy policy: agreeing by using, permission asked to reach the reader's photos, posts shared to
  // other networks, de-identified data outside the policy (and still disclosed).
  ['contract-by-using', 'When you access the forum, you are accepting these rules.', 'bad'],
  ['data-collection', 'The app asks for consent to access your photo library when you add a picture.', 'neutral'],
  ['third-party-sharing', 'Linking your accounts allows the automatic sharing of your posts on that network.', 'neutral'],
  ['third-party-sharing', 'Anonymised usage statistics are not subject to this policy and may be disclosed to partners.', 'neutral'],
  // A health insurer's privacy statement: a promise not to sell, save in a merger or a sale of the company.
  ['data-sale', 'Except in the event of a merger or acquisition, we will never sell your personal data.', 'neutral'],
  ['third-party-sharing', 'Except as part of a corporate transaction, we do not transfer member information to other companies.', 'neutral'],
  ['data-sale', 'We will never sell your personal data.', 'good'],
  ['auto-renewal', 'Members who are banned will not receive a refund.', 'bad'],
  // An electronics maker's privacy policy: the data listed item by item under "what we collect", delivery offered as a
  // service, a legal claim preserved.
  ['data-collection', 'Your full name, billing/shipping address and phone number when you order a laptop.', 'neutral'],
  ['data-collection', 'Your name and date of birth, when you enter a giveaway.', 'neutral'],
  ['data-collection', 'The company name and its address are printed on the invoice.', null],
  ['third-party-sharing', 'We provide delivery services and repair updates for the devices you buy.', null],
  ['third-party-sharing', 'We provide your address to delivery services so that repaired devices reach you.', 'neutral'],
  ['data-retention', 'Data may be disclosed where necessary to establish or preserve a legal claim or defence.', null],
  ['data-retention', 'We preserve your records for the period the tax law requires.', 'neutral'],
  // A home-rental platform's cookie policy: session cookies beside persistent ones, the devices the reader uses.
  ['tracking', 'Session cookies are removed when you quit the browser; persistent cookies stay for up to a year.', 'neutral'],
  ['tracking', 'Our session cookies are deleted when you close the app.', 'good'],
  ['user-rights', 'We link the phones and laptops you may use to access the site, to stop fraud.', null],
  ['user-rights', 'You can use the privacy page to delete your search history.', 'good'],
  // A market-data API's terms: a change both sides must sign, the user keeping title to its data.
  ['unilateral-change', 'No amendment to this agreement is valid unless it is made in writing and signed by both parties.', 'good'],
  ['unilateral-change', 'We may amend this agreement at any time; a printed copy signed by our director is kept on file.', 'bad'],
  ['content-license', 'The user will keep all right, title and interest in the data it uploads.', 'good'],
  // A Q&A network's terms: the reader's own disclosures to the provider, a password kept secret, content (not an
  // account) made unavailable, the provider reaching the reader's data, posts deleted when the reader leaves, no
  // cancellation, moral rights waived in favour of the provider, a cookie policy named.
  ['third-party-sharing', 'You promise that you may lawfully disclose your gaming account login details to us.', null],
  ['third-party-sharing', 'Keep your password secret and never give it to anyone, not even a friend.', null],
  ['third-party-sharing', 'We may give your contact details to our partners.', 'neutral'],
  ['unilateral-termination', 'We may block access to any material at our discretion.', null],
  ['unilateral-termination', 'We may block access to your profile without notice.', 'bad'],
  ['user-rights', 'We may access or preserve your information where the law requires it, for example by court order.', null],
  ['content-removal', 'When you quit the app, the answers you posted will be deleted.', null],
  ['auto-renewal', 'No cancellation of an annual plan is permitted before it ends.', 'bad'],
  ['content-license', 'You waive in favour of the company all of your moral rights in the drawings you upload.', 'bad'],
  ['tracking', 'Please also read our Cookie Policy and Privacy Policy before you sign up.', null],
  ['tracking', 'Our cookie policy lists the cookies we set on your device.', 'neutral'],
  // An answer engine's privacy notice: partners following the reader over time and across websites, a feature the
  // reader chooses to connect.
  ['tracking', 'Our partners may collect data about you over time and across unrelated websites.', 'bad'],
  ['user-rights', 'When you choose to connect your calendar, the assistant reads your upcoming events.', null],
  ['user-rights', 'You can choose which devices stay signed in.', 'good'],
  // The same notice's choices and transfers: an appeal of a refused privacy request, the reader answering for anyone
  // who uses their password, a law that asks whether data is sold, laws that protect less, trackers the reader can block.
  ['content-removal', 'If we turn down your request for a copy of your data, you may appeal by replying to our e-mail.', null],
  ['content-removal', 'If we take down your video, you may appeal within 14 days.', 'good'],
  ['user-rights', 'You answer for any access to your account by people who know your password.', null],
  ['data-sale', 'State laws oblige us to tell you whether personal data is sold or shared.', null],
  ['international-transfer', 'Your files may be stored in a country with less stringent data protection laws than yours.', 'bad'],
  ['international-transfer', 'By uploading a file you consent to its transfer to a country other than your own.', 'bad'],
  ['international-transfer', 'Transfers to a country outside the EEA rely on standard contractual clauses.', 'neutral'],
  ['tracking', 'You can stop other sites from reading third-party cookies in the browser settings.', 'good'],
  // An AI assistant's privacy policy: data from children is the children's clause, not what is collected or shared.
  ['data-collection', 'We never knowingly gather or use information from children under 16.', null],
  ['third-party-sharing', 'We never disclose a child’s personal data to advertisers.', null],
  ['children', 'We do not knowingly collect or use information from children under 16.', 'good'],
  ['data-collection', 'We never knowingly gather your precise location.', 'good'],
  // A chatbot's terms: a negation that stays in its own clause, using the service is not a right of access, access
  // suspended is not access given.
  ['ai-training', 'You can chat without an account; if you do, we may use those chats to train our models.', 'bad'],
  ['ai-training', 'We never train on business data without a signed agreement.', 'good'],
  ['user-rights', 'You may access the app as a guest, with fewer features.', null],
  ['user-rights', 'We may suspend your access to the forum and close your account if you spam.', null],
  ['user-rights', 'You may access the data we hold about you by writing to us.', 'good'],
  ['user-rights', 'We may delete your account or restrict the service at our sole discretion.', null],
  ['unilateral-termination', 'If your profile was banned by mistake, you can submit an appeal through the help centre.', 'good'],
  // A pinboard site's terms: other users' use of the reader's posts, feedback not kept confidential.
  ['user-rights', 'We and other users may save, modify and share the pins you post.', null],
  ['zero-data-retention', 'We have no obligation to keep your feedback confidential.', null],
  // A chat assistant's terms: the reader asking for their own account to be closed.
  ['unilateral-termination', 'If you do not accept the new terms, you must immediately instruct us in writing to terminate your account.', null],
  ['unilateral-termination', 'We may close your account in writing if you reject the new terms.', 'neutral'],
  // An AI plan's data summary: a period named as a retention.
  ['data-retention', 'Standard plans come with 14-day retention of chat logs.', 'good'],
  ['data-retention', 'Audit logs have a 90-day retention, and backups are kept indefinitely.', 'bad'],
  // A chat assistant's privacy policy: consent asked before collecting, data the provider finds in public (not the
  // reader's posts made public), terms accepted by using the service after a change (agreement by use, as CLAUDETTE
  // labels it).
  ['data-collection', 'We ask for your explicit permission before we record your voice.', 'good'],
  ['data-collection', 'We collect your exact location from the GPS of your phone.', 'bad'],
  ['third-party-sharing', 'Our crawler reads data that is publicly available on news sites.', null],
  ['third-party-sharing', 'Reviews you write are publicly available to anyone.', 'neutral'],
  ['contract-by-using', 'If you use the app after the amended terms are posted, they apply to you.', 'bad'],
  ['contract-by-using', 'Your use of the site after any amendments become effective means you accept them.', 'bad'],
  // An AI assistant's consumer terms: ownership kept with an Oxford comma, the reader liable to the provider, recurring
  // fees, a right to change one's mind, money back or kept back, statutory rights kept, notice "no less than" a period.
  ['content-license', 'Between us, you keep any right, title, and interest you hold in the files you upload.', 'good'],
  ['liability-limitation', 'If you pay with a card you may not use, you will be liable to us for what it costs us.', null],
  ['auto-renewal', 'Where the charges for a plan are recurring, we may bill your card on a monthly basis.', 'bad'],
  ['auto-renewal', 'You have a statutory right to change your mind and cancel your order within 14 days.', 'good'],
  ['unilateral-termination', 'You have a statutory right to change your mind and cancel your order within 14 days.', null],
  ['auto-renewal', 'If you cancel your membership in the first week, we will reimburse you all fees paid.', 'good'],
  ['data-retention', 'If you cancel after using the service, we may retain an amount in proportion to the days used.', null],
  ['data-retention', 'We retain payment and billing records for seven years for our accounts.', 'good'],
  ['liability-limitation', 'Nothing in this agreement limits your statutory rights as a consumer.', 'good'],
  ['unilateral-change', 'Updated terms take effect no less than 14 days after we email you.', 'good'],
  ['unilateral-change', 'Our status page (its URL may be updated from time to time) lists every outage.', null],
  // A code host's terms: "material" as in material changes, and deletion after the reader cancels.
  ['content-removal', 'We may revise these terms whenever we like, but we will tell you about material changes.', null],
  ['content-removal', 'We will erase your projects and profile within 60 days of account cancellation.', null],
  ['content-removal', 'We may remove materials that break these rules.', 'neutral'],
  // A professional network's user agreement: changes that never reach back, use after a notice of changes, cancelling
  // before the renewal date, what others can see, content the provider need not host, posts kept out of ads, feedback
  // taken without payment (a licence, not a limit on liability).
  ['unilateral-change', 'Amendments to these terms will not apply retroactively.', 'good'],
  ['contract-by-using', 'Your continued use after we post a notice of the changes means you accept the new terms.', 'bad'],
  ['auto-renewal', 'To stop the next charge, cancel before your renewal date.', 'neutral'],
  ['third-party-sharing', 'Whatever you post in a public group, others can see and copy.', 'neutral'],
  ['third-party-sharing', 'Your answers may be seen by other students in the course.', 'neutral'],
  ['content-removal', 'We do not have to host any content you submit and may remove it at any time.', 'bad'],
  ['content-license', 'We will never feature your photos in advertising without your permission.', 'good'],
  ['content-license', 'We may show your posts in sponsored content for our partners.', 'bad'],
  ['liability-limitation', 'Any ideas you send us may be used freely, without compensation to you.', null],
  // The same agreement: no duty to keep files is no promise to delete them, handing over the contract is not sharing,
  // the courts named after "resolve it in", either side ending the contract.
  ['zero-data-retention', 'We have no duty to keep backups of the files you upload.', null],
  ['third-party-sharing', 'You may not transfer your account or this agreement to someone else.', null],
  ['third-party-sharing', 'We may share your personal information with a buyer if we transfer our business.', 'bad'],
  ['jurisdiction', 'Both parties agree to resolve any claim in the Texas state courts.', 'neutral'],
  ['unilateral-termination', 'Either party may terminate this agreement at any time by giving notice.', 'neutral'],
  // A marketplace's privacy policy: advertising sent to the reader is not a recipient, marketing and ads tailored
  // together, account data listed with semicolons.
  ['third-party-sharing', 'We send you tailored offers and advertising by e-mail.', null],
  ['third-party-sharing', 'We share your e-mail address with advertising partners.', 'bad'],
  ['tracking', 'We show you personalised marketing and ads based on your order history.', 'bad'],
  ['data-collection', 'Account data such as name; e-mail address; phone number.', 'neutral'],
  // Business terms: a defined term and the parties' confidential information are not the reader's data shared.
  ['third-party-sharing', '“Sub-processor” means any company we hire to handle customer data.', null],
  ['third-party-sharing', 'Each party may disclose the other\'s Confidential Information only to its employees who need to know it.', null],
  ['third-party-sharing', 'We may disclose personal information and other confidential information to our auditors.', 'neutral'],
  // The marketplace's privacy policy again: ads served without what names the reader, however long the aside.
  ['tracking', 'We never use data that personally identifies you (like your name, your e-mail address or your phone number) to target the ads you see.', 'good'],
  ['data-collection', 'We never use data that personally identifies you (like your name, your e-mail address or your phone number) to target the ads you see.', 'good'],
  ['tracking', 'We use data that identifies you to target the ads you see.', 'bad'],
  // A fashion marketplace's membership terms: purchases carried on after a change, no refund once the account is
  // closed, a price kept at renewal, a reminder before it, a right to cancel within working days, the entire fee back.
  ['contract-by-using', 'Your continued purchases after the revised terms take effect constitute acceptance of them.', 'bad'],
  ['auto-renewal', 'If you close your account, your membership ends and you will not be able to receive any refund.', 'bad'],
  ['auto-renewal', 'If your plan renews automatically, its price will remain the same.', 'good'],
  ['auto-renewal', 'We send a reminder a week before your subscription renews automatically.', 'neutral'],
  ['auto-renewal', 'You have the right to request cancellation within 5 working days of joining.', 'good'],
  ['auto-renewal', 'If you cancel your subscription in the first month, we refund the entire fee.', 'good'],
  // An app store's terms: a provider is not a verb of sharing, the reader's mobile carrier is a recipient, what the
  // family can see, access the reader may lose.
  ['third-party-sharing', 'Any fees from the payment provider or other third parties are yours to pay.', null],
  ['third-party-sharing', 'We send your device identifiers to your mobile carrier to set up carrier billing.', 'neutral'],
  ['third-party-sharing', 'Your family members in the group will be able to see your name and photo.', 'neutral'],
  ['user-rights', 'After a refund, you may no longer be able to access the film you bought.', null],
  ['third-party-sharing', 'Some plug-ins store your files and data with the developer of the plug-in.', 'neutral'],
  ['content-license', 'If you break these rules, your rights under this license end at once.', null],
  ['content-license', 'The license you grant us ends when you delete the photo.', 'good'],
  // A pinboard site's privacy policy: what the provider does against abuse, listed after "we:", is not the reader's
  // control; a face estimated for age or matched against an ID is biometric.
  ['user-rights', 'Review your activity on the site to detect spam and enforce our rules.', null],
  ['user-rights', 'Review your privacy settings at any time in your account.', 'good'],
  ['sensitive-data', 'We may use facial age estimation to check that you are an adult.', 'neutral'],
  // Terms of an adult video site: amended terms taken as accepted unless the reader objects are a change, bad (by
  // using the service, agreement by use); users located in a country are not data kept there; a time limit on claims
  // is no retention period; the right to remove material "and report it"; losing an account as the consequence of a
  // breach; not controlling how advertisers collect data is no promise about collection.
  ['unilateral-change', 'Unless we say otherwise, you will be considered to have accepted the amended terms if you do not object before they take effect.', 'bad'],
  ['unilateral-change', 'You will be deemed to have accepted such changes by continuing to use the app.', null],
  ['contract-by-using', 'You will be deemed to have accepted such changes by continuing to use the app.', 'bad'],
  ['international-transfer', 'If you are located in the United States, these terms apply to you.', null],
  ['international-transfer', 'Your data is stored on servers located in the United States.', 'neutral'],
  ['data-retention', 'Any claim against us must be filed within one (1) year after it arose.', null],
  ['data-retention', 'We keep your logs for a maximum of 90 days.', 'good'],
  ['content-removal', 'Uploaders must not post such material, and we have the right to immediately remove and report it.', 'neutral'],
  ['unilateral-termination', 'Violations can result in account termination and permanent bans.', 'neutral'],
  ['unilateral-termination', 'We may impose sanctions, including restriction of your access to the service.', 'neutral'],
  ['data-collection', 'We do not control the processes that advertisers may use to collect such information.', 'bad'],
  // The same terms, further on: the reader relieving the provider of all liability limits it; content that "may be
  // rejected or deleted" at the provider's discretion is removal.
  ['liability-limitation', 'By using the site, you expressly relieve us from all liability arising from your use of linked sites.', 'bad'],
  ['liability-limitation', 'You release the company from all liability for content you acquire through the service.', 'bad'],
  ['content-removal', 'Other kinds of material may be rejected or deleted at our sole discretion.', 'blocker'],
  ['content-removal', 'Your application may be rejected if the form is incomplete.', null],
  // The same site's privacy notice: using the site "signifies that you have read" the notice is agreement by use; card
  // details collected from a reader who receives payouts are collected (money the reader receives is not); card data
  // not processed is good; the reader making posts publicly available shares them.
  ['contract-by-using', 'Please read this notice carefully, as your access to and use of the app signifies that you have read and understood it.', 'bad'],
  ['data-collection', 'If you receive payouts from us, we collect your bank account details and tax number to process them.', 'neutral'],
  ['data-collection', 'We do not process your full card number or its security code.', 'good'],
  ['third-party-sharing', 'By posting reviews you are making that content publicly available.', 'neutral'],
  // Further on: access on a need-to-know basis is a safeguard; "personalised content recommendations or ads" are
  // targeted ads; what the provider "could use" or "may analyse" of the reader's is collection; not processing
  // biometric data is good.
  ['security', 'Our staff can access your data only on a need-to-know basis.', 'good'],
  ['security', 'To tell you the weather, the app needs to know your location.', null],
  ['tracking', 'We could use your favourites list to provide personalised content recommendations or ads.', 'bad'],
  ['data-collection', 'We may analyse the information you supply and your activity so that we can offer a more tailored service.', 'neutral'],
  ['data-collection', 'We do not process face recognition data.', 'good'],
  ['data-collection', 'This policy does not address how we process your information outside our cookies.', 'neutral'],
  // A marketplace's membership agreement: agreeing by completing registration is agreement by use (a booking that asks
  // for nothing is not); member benefits the provider may end at its discretion are termination.
  ['contract-by-using', 'By completing the registration process, you indicate your consent to be bound by this agreement.', 'bad'],
  ['contract-by-using', 'By completing a booking, you agree to receive a reminder e-mail before you arrive.', null],
  ['unilateral-termination', 'We may suspend or terminate all or part of your member benefits at any time in our sole discretion.', 'bad'],
  ['unilateral-termination', 'You will keep your loyalty benefits when you change plans.', null],
  // Further on: records kept after the reader leaves the platform or closes the account are kept, bad; a seller
  // bound not to disclose buyers' data is no promise of the provider's.
  ['data-retention', 'You agree that we may keep your identity information and payment records after your exit from the platform.', 'bad'],
  ['data-retention', 'We keep your order records after the closure of your account for tax purposes.', 'bad'],
  ['data-retention', 'The company has the right to keep the identity information of members after their exit from the platform.', 'bad'],
  ['third-party-sharing', 'Sellers may not disclose buyers personal information to any third party.', null],
  ['third-party-sharing', 'We will not disclose your information to third parties.', 'good'],
  // A fashion retailer's privacy policy: cookies that do not gather data for marketing are good; not controlling how
  // third parties collect data for ads promises nothing; ads shown to audiences like the reader, and a pixel that
  // records visits, are tracking, bad.
  ['tracking', 'These cookies do not gather information about you for marketing purposes.', 'good'],
  ['tracking', 'These cookies gather information about you for marketing purposes.', 'bad'],
  ['tracking', "We do not control third parties' collection or use of your information to serve interest-based advertising.", 'bad'],
  ['data-collection', "We do not control third parties' collection or use of your information to serve interest-based advertising.", 'bad'],
  ['tracking', 'We may also show ads to audiences that share similar characteristics as you.', 'bad'],
  ['tracking', 'We build lookalike audiences from our customer lists.', 'bad'],
  ['tracking', 'The use of a pixel allows us to record that a particular device has visited a particular webpage.', 'bad'],
  // A professional network's privacy policy: messages the provider scans are collected; data made available to
  // researchers is shared (researchers of the provider's own are no recipient).
  ['data-collection', 'If your settings allow, we scan messages to offer tools that draft replies and suggest next steps.', 'bad'],
  ['data-collection', 'We scan files you upload for malware.', 'neutral'],
  ['third-party-sharing', 'We may also make public data available to researchers to study the safety of our services.', 'neutral'],
  ['third-party-sharing', 'Researchers at our company study how people use the app.', null],
  ['third-party-sharing', 'Check the output before making it available to third parties.', null],
  // Data not shared "except for" some of it is shared: the exception is the rule.
  ['third-party-sharing', 'We do not share your personal data with advertisers except for hashed device identifiers.', 'neutral'],
  ['third-party-sharing', 'We do not share your personal data with advertisers.', 'good'],
  // Data that is "not retained by us", or not after delivery, is kept no longer: good.
  ['data-retention', 'Card details are processed by our payment provider and therefore not retained by us.', 'good'],
  ['data-retention', 'Your messages are not retained after delivery.', 'good'],
  // Data not kept in a country or region says where it is kept, not that nothing is: no zero data retention.
  ['zero-data-retention', 'Your account data is not stored in the United States.', null],
  ['zero-data-retention', 'We will never keep customer files outside the European Economic Area.', null],
  ['zero-data-retention', 'Uploaded photos are only hosted within your own region.', null],
  ['zero-data-retention', 'Your voice recordings are never stored on our servers in any country.', 'good'],
  ['zero-data-retention', 'Chats are not stored once the session in your region ends.', 'good'],
  // A photo-sharing app's terms: a promise not to share data is one even without a recipient; ads picked to be relevant
  // to the reader are targeted; the reader's name and picture beside sponsored posts are licensed, however long the
  // list between; carrying on binds the reader to new terms; the time deletion takes is retention, not removal; a
  // clause that survives the account is no data kept.
  ['third-party-sharing', 'We never pass on your personal details.', 'good'],
  ['third-party-sharing', 'We do not disclose information that identifies you.', 'good'],
  ['third-party-sharing', 'You do not share any data with us when you browse anonymously.', null],
  ['tracking', 'We use what you watch to show you ads that are more relevant to you.', 'bad'],
  ['tracking', 'Advertisers must follow the relevant advertising laws.', null],
  ['content-license', 'You give us permission to show your user name, your avatar and details of what you do in the app (such as the pages you like or the people you follow) beside sponsored posts, with no payment to you.', 'bad'],
  ['content-license', 'You give us permission to show your username to other members of your team.', null],
  ['contract-by-using', 'If you keep using the app after the update, you will be bound by the new terms.', 'bad'],
  ['data-retention', 'It can take us up to 60 days to erase your files from our servers.', 'good'],
  ['content-removal', 'It can take us up to 60 days to erase your files from our servers.', null],
  ['data-retention', 'These clauses will continue to apply even after your account is deleted.', null],
  ['data-retention', 'Your messages remain on our servers even after your account is deleted.', 'bad'],
  // An app store's licence agreement: other terms the reader may read at an address grant no right over their data.
  ['user-rights', 'The store\'s rules apply, which you can access and review at any time on its website.', null],
  ['user-rights', 'You may access and review your personal data at any time in your account settings.', 'good'],
  // A retailer's membership terms: agreeing by becoming a member is agreeing by joining.
  ['contract-by-using', 'By becoming a member of the rewards club, you confirm that you have read these rules and agree to be bound by them.', 'bad'],
  ['contract-by-using', 'By becoming a member you get free delivery on every order.', null],
  // Its general terms: an account closed "in our discretion" is closed at will; a membership or account ended as the
  // consequence of misuse, with or without a determiner, and without any further notice.
  ['unilateral-termination', 'We may close your account in our discretion if we think your conduct harms our interests.', 'bad'],
  ['unilateral-termination', 'Misuse of the rewards scheme will result in suspension of membership without any further notice.', 'bad'],
  ['unilateral-termination', 'Each renewal results in a new membership number.', null],
  // Content taken down in the provider's discretion is removed at will, unless it broke the rules first.
  ['content-removal', 'We may take down any post in our discretion.', 'bad'],
  ['content-removal', 'If a post breaks these rules, we may take it down in our discretion.', 'neutral'],
  // The same terms: liability disclaimed outright; a refund the reader can no longer claim; sellers are no verb; support
  // given in disputes is not data given; restricted access as a sanction is no right of access.
  ['liability-limitation', 'To the extent the law allows, we disclaim all liability for disputes between you and independent sellers.', 'bad'],
  ['auto-renewal', 'Once your plan has lapsed, you are no longer entitled to claim a refund.', 'bad'],
  ['auto-renewal', 'If you choose store credit, you will no longer be able to receive a refund to your card.', 'bad'],
  ['third-party-sharing', 'You are responsible for your dealings with sellers or other users you meet on the marketplace.', null],
  ['third-party-sharing', 'We may provide support in disputes between you and third-party sellers.', null],
  ['user-rights', 'Giving false details may result in restriction of access, suspension of your account, or other action permitted by law.', null],
  // The reader releasing the provider and a long list of its people from all claims limits liability (and releases no data).
  ['liability-limitation', 'If you have a dispute with a seller, you release us, our affiliates, officers, employees and agents, and each of their partners and licensors, from any and all claims arising out of that dispute.', 'bad'],
  ['third-party-sharing', 'If you have a dispute with a seller, you release us, our affiliates, officers, employees and agents, and each of their partners and licensors, from any and all claims arising out of that dispute.', null],
  // Responsibility the provider takes over from an app store limits nothing.
  ['liability-limitation', 'You agree that, if a third party claims that the mobile app infringes its rights, we, and not the app store, will be solely responsible for defending and settling that claim.', null],
  // A change made "with notice to you" is told first (one "with or without notice" is not).
  ['unilateral-change', 'Please note that we may change the phone number we use for text alerts at any time with notice to you.', 'neutral'],
  ['unilateral-change', 'We may change these terms at any time, with or without notice.', 'bad'],
  // A store app's privacy notice: the reader's data said to be used, in the passive, is collected; kept "for a fixed
  // time" is kept for a stated period.
  ['data-collection', 'Your searches and purchases may be used to personalize your experience.', 'neutral'],
  ['data-collection', 'To help prevent fraud, information about how you use your device, including the number of calls you make, will be used to compute a trust score.', 'neutral'],
  ['data-collection', 'Your account is used to sign in to all our apps.', null],
  ['data-retention', 'The scores are stored for a fixed time on our servers.', 'good'],
  // A professional network's user agreement: no promise to keep what the reader shares is no promise to keep nothing.
  ['zero-data-retention', 'We don\'t promise to store or keep showing any information that you have shared.', null],
  // The courts of the country "where you have habitual residence" are the reader's own.
  ['jurisdiction', 'With respect to jurisdiction, you and we agree to choose the courts of the country where you have habitual residence for all disputes.', 'good'],
  // A services agreement: what the reader writes not used for ads, however long the list, is a promise; an account closed
  // for want of use is closed; "we'll delete" is deletion.
  ['tracking', 'We do not use what you write in messages, or your notes, photos, recordings or other private files, to target advertising to you.', 'good'],
  ['data-collection', 'We do not use what you write in messages, or your notes, photos, recordings or other private files, to target advertising to you.', 'good'],
  ['unilateral-termination', 'If you don\'t sign in during that period, we will treat your account as inactive and close it.', 'neutral'],
  ['unilateral-termination', 'If you are inactive in a discussion, you will stop receiving its updates.', null],
  ['data-retention', 'After that, we\'ll delete the data associated with your account.', 'neutral'],
  // The same agreement: access the reader may lose is no right; content blocked or removed if it breaks the rules,
  // stated outright; "we'll tell you" of a change; a payment received is no data.
  ['user-rights', 'If your account closes, you may lose access to games you have bought.', null],
  ['content-removal', 'We may block, remove or decline to display posts if they appear to break our rules.', 'neutral'],
  ['unilateral-change', 'We may update these terms at any time, and we\'ll tell you when we do.', 'neutral'],
  ['data-collection', 'We may pause the service if we do not receive an on time, full payment from you.', null],
  ['data-collection', 'When you make or receive financial transactions, including payments made through our checkout, we collect information about your purchase.', 'neutral'],
  // The courts named for the disputes that are not arbitrated: a venue, not an arbitration clause.
  ['arbitration', 'You and we consent to the exclusive jurisdiction of the courts in Lyon for all disputes about these terms that are not heard in arbitration or small claims court.', null],
  ['jurisdiction', 'You and we consent to the exclusive jurisdiction of the courts in Lyon for all disputes about these terms that are not heard in arbitration or small claims court.', 'neutral'],
  ['arbitration', 'All disputes will be resolved by binding arbitration, except claims that are not subject to arbitration under law.', 'bad'],
  // "Sue" in the courts names the courts as "bring a claim" does; the courts of the place where consumers live are theirs.
  ['jurisdiction', 'You may sue us in the courts of your country of residence.', 'good'],
  ['jurisdiction', 'Consumers may also sue us in the courts of the place where they live.', 'good'],
  ['jurisdiction', 'Any lawsuit between us must be filed in the state courts of Travis County, Texas.', 'neutral'],
  ['jurisdiction', 'You may not sue us for losses that other members cause.', null],
  // The courts named outright are the clause itself, whatever the filter makes of the rest of the sentence.
  ['jurisdiction', 'You agree that any claim you may have against the studio must be resolved exclusively by a court located in Oslo, Norway.', 'neutral'],
  ['jurisdiction', 'Every dispute about the service must be heard and decided in a court of competent jurisdiction located in the State of Ohio.', 'neutral'],
  ['jurisdiction', 'A counter-notice must include your address and a statement that you consent to the jurisdiction of the federal court for your district.', null],
  // A pin-board service's terms: what the reader does off the service chooses what it shows them; ads "on and off the
  // site that are relevant to you" are targeted, whatever comes between.
  ['tracking', 'We pick the ideas we show you from your on-site and off-site activity.', 'bad'],
  ['tracking', 'We use what you like to show you posts and ads on and off our apps that are relevant to you.', 'bad'],
  ['tracking', 'We never show ads on our site that are relevant to you.', 'good'],
  // A right reserved to remove content with no reason given is removal at will; with a violation named, it is ordinary.
  ['content-removal', 'We reserve the right to remove, hide or edit your posts, or change how they are shown.', 'bad'],
  ['content-removal', 'We reserve the right to remove posts that violate these rules.', 'neutral'],
  ['content-removal', 'We may act against content that violates these Terms or the law, for example by removing it or restricting who sees it.', 'neutral'],
  // "Nothing … restricts other rights we may have" closes nothing.
  ['unilateral-termination', 'Nothing in these Terms restricts other legal rights we may have to your posts, for example under other licences.', null],
  // No liability the provider says it has for other sites; service refused to anyone; disputes filed in the reader's
  // courts.
  ['liability-limitation', 'You visit other websites from our app at your own risk, and we have no liability arising from your use of them.', 'bad'],
  ['unilateral-termination', 'We reserve the right to refuse service to anyone.', 'bad'],
  ['jurisdiction', 'If you live in the EU, you can file disputes in your home courts.', 'good'],
  // The same service's privacy policy: ads shown to the reader on other sites, ads "relevant, interesting and personal to
  // you", "adverts"; what state laws may call a sale, however many other terms are quoted first; ethnicity given.
  ['tracking', 'Partners help us show you ads both on and off our app.', 'bad'],
  ['tracking', 'We advertise our own products to you on other websites.', 'bad'],
  ['tracking', 'Our own ads also appear on other sites.', null],
  ['tracking', 'We want to deliver ads that are relevant, useful and personal to you.', 'bad'],
  ['tracking', 'Members prefer relevant and interesting adverts to random ones.', 'bad'],
  ['data-sale', 'Some of this may be treated as "profiling", "sharing" or "selling" under the privacy laws of some states.', 'bad'],
  ['sensitive-data', 'Business accounts may add ethnicity information to their profile.', 'neutral'],
  // A period stated after a long parenthesis; data removed or depersonalised once no longer needed, however long the
  // condition; use after "those" changes.
  ['data-retention', 'We keep your messages to our help desk (for instance, when you write to us about a billing problem or any other question) for a period of 3 years.', 'good'],
  ['data-retention', 'Once we no longer need your information and no law requires us to keep it any longer, we will either remove it from our systems or depersonalise it.', 'good'],
  ['contract-by-using', 'If you keep using the app after those changes take effect, the new terms apply to you.', 'bad'],
  // An app store's terms: the reader's details handed to a kind of company ("provide your personal information, such
  // as …, to providers"; "send identifiers of your device, e.g., …, to your carrier"); the terms' own change, named
  // first, with a month's notice; the date to cancel a trial by.
  ['third-party-sharing', 'We may need to provide your personal information, such as your name and billing address, to content providers so that they can deliver what you buy.', 'neutral'],
  ['third-party-sharing', 'When you sign up on a phone, we send identifiers of your phone, e.g., its SIM number, to your mobile carrier.', 'neutral'],
  ['unilateral-change', 'If the store terms change, you will be given at least 30 days notice.', 'good'],
  ['auto-renewal', 'To avoid being charged, you must cancel before the end of your free trial.', 'neutral'],
  // A cookie policy: Do Not Track "which we support", Global Privacy Control honoured; cookies on partners' websites.
  ['tracking', 'Some browsers offer a setting called "Do Not Track", which we support.', 'good'],
  ['tracking', 'We respond to Global Privacy Control signals from your browser.', 'good'],
  ['tracking', 'We do not respond to Global Privacy Control signals.', 'bad'],
  ['tracking', 'We also place cookies on the websites of partners who use our share button.', 'bad'],
  // A search company's terms: its own change of the terms, stated as a condition; ads personalised among other things.
  ['unilateral-change', 'If we materially change these terms, we will give you reasonable advance notice and a chance to review the changes, except (1) when we launch a new feature, or (2) in urgent situations, such as stopping abuse.', 'neutral'],
  ['tracking', 'We analyse your files to give you personalised search results, suggestions and ads.', 'bad'],
  // A social network's terms: ads "we think may be relevant to you"; what the reader does "on and off our products";
  // a promise not to share details "with advertisers" grants no licence; data shared on the provider's own good-faith
  // belief that the law requires it (its belief, not the law, decides: bad).
  ['tracking', 'By using the app, you agree that we can show you ads that we think may be relevant to your interests.', 'bad'],
  ['tracking', 'We use what you share and do on and off our apps to personalise your feed.', 'bad'],
  ['content-license', 'We do not share your name, email address or phone number with advertisers unless you let us.', null],
  ['law-enforcement', 'We may keep and share information about you where we have a good faith belief that the law requires us to do so.', 'bad'],
  // A professional network's privacy policy: data kept "as long as you keep your account open"; a buyer that may
  // "continue to use your data" is a business transfer, not the reader agreeing by use; the reader asked to opt in
  // before precise location is used.
  ['data-retention', 'We generally keep your personal data as long as you keep your account open.', 'neutral'],
  ['data-sale', 'Any company that buys us or part of our business may continue to use your data, but only as this policy allows unless you agree otherwise.', 'bad'],
  ['contract-by-using', 'Any company that buys us or part of our business may continue to use your data, but only as this policy allows unless you agree otherwise.', null],
  ['data-collection', 'We will ask you to opt in before we use GPS to find your precise location.', 'good'],
  // A merchant programme's terms, where the reader is "Merchant": the merchant ending the terms is no closure; the
  // provider adding to or deleting from the terms changes them and closes nothing.
  ['unilateral-termination', 'Merchant may terminate these Terms at any time by closing its account.', null],
  ['unilateral-termination', 'We may add to, delete from or modify these Shop Terms at any time.', null],
  ['unilateral-change', 'We may add to, delete from or modify these Shop Terms at any time.', 'bad'],
  // A marketplace's privacy policy: the reader's profile image used in promotions; data given to a potential buyer of
  // the business; data deleted once there is "no ongoing legitimate business need" for it.
  ['content-license', 'We may use your profile image and nickname to name you in contests and other promotions.', 'neutral'],
  ['data-sale', 'We may give your details to an actual or potential buyer in connection with a merger or acquisition of part of our business.', 'bad'],
  ['data-retention', 'When we have no ongoing legitimate business need to process your personal information, we will either delete or anonymise it.', 'good'],
  // A services agreement again: a calling service's rates changed at any time; prepaid credit that "will be lost" when
  // the account closes.
  ['unilateral-change', 'Callwave may change its calling rates at any time by posting such change at callwave.example.', 'bad'],
  ['auto-renewal', 'If your account is closed for any reason, any unused call credit will be lost and cannot be retrieved.', 'bad'],
  // A cookie notice: cookies that "remember your choices" give the reader no right; a numbered heading naming the
  // reader's rights still does.
  ['user-rights', 'These cookies let us recognise you when you come back and remember your choices.', null],
  ['user-rights', '7. Your rights', 'good'],
  // A retailer's terms: courts "located in" a state named beside a small-claims carve-out are a venue (small claims near
  // the reader do not make it the reader's own courts).
  ['jurisdiction', 'Any dispute not covered by arbitration shall proceed before the state or federal courts located in Ohio (except small claims court actions, which may be brought in the county where you reside).', 'neutral'],
  // A data processing agreement: data bound to its purpose ("will not use or process it for any other purpose") is a
  // promise, good, whoever the subject is.
  ['data-collection', 'The processor will not use or process the customer personal data for any other purpose.', 'good'],
  ['data-collection', 'We will not use your personal data for any other purpose.', 'good'],
  // A community's rules: "we remove or limit the distribution of such content" is removal stated outright.
  ['content-removal', 'We may remove, limit or block the distribution of such content and of the accounts that spread it.', 'neutral'],
  ['content-removal', 'We remove or limit the distribution of this type of content, including:', 'neutral'],
  ['content-removal', 'To request that we remove such content, send us a description of it.', null],
  // Terms of a short-video service and a retailer: where the hearing is held does not soften arbitration imposed in the same sentence.
  ['arbitration', 'Any dispute we cannot settle informally will be resolved only by binding arbitration held in the U.S. state where you reside.', 'bad'],
  ['arbitration', 'The arbitration will take place in the county where you live, unless both parties agree otherwise.', 'good'],
  // A licence whose list of uses carries examples in parentheses ("reproduce (e.g. to copy)") is still a licence, and the provider's rights to access the content are no right of the reader's.
  ['content-license', 'Our licence covers the rights to access, reproduce (e.g. to copy), adapt or make derivative works (e.g. to add subtitles), and communicate Your Content to the public.', 'bad'],
  ['user-rights', 'Our licence includes our rights to access, reproduce (e.g. to copy), adapt or make derivative works (e.g. to add subtitles), and communicate Your Content to the public.', null],
  // A short-video service's terms: the reader taking on a risk is a limit on the provider's liability; service providers named among those a liability cap protects receive no data.
  ['liability-limitation', 'Generated answers may be wrong, and by using these features you recognise and assume this risk.', 'bad'],
  ['liability-limitation', 'You expressly assume all risks of relying on the forecasts.', 'bad'],
  ['third-party-sharing', 'Our total liability, and that of our affiliates, service providers and business partners, will not exceed the greater of $100 or what you paid us in the last 12 months.', null],
  ['third-party-sharing', 'Neither we nor any service provider we use will be liable to you for indirect or consequential damages.', null],
  // A short-video service's privacy policy: what partners report of the reader's doings elsewhere, and activity followed across devices, are tracking.
  ['tracking', 'Ad partners tell us about the actions you have taken outside of our app, such as your activities on other websites and apps.', 'bad'],
  ['tracking', 'When you sign in on several phones, we can recognise your activity across devices.', 'bad'],
  ['tracking', 'Your playlists stay in sync across devices.', null],
  // A short-video service's privacy policy: Do Not Track signals not acted on, storage no one can promise is fully secure, data sent to servers outside the United States.
  ['tracking', 'Some browsers send Do Not Track signals. We do not currently take any action in response to these signals.', 'bad'],
  ['security', 'Please understand that no data storage system or transmission of data over the Internet or any other network can be guaranteed to be 100 percent secure.', 'neutral'],
  ['international-transfer', 'We may transmit your data to servers and data centres outside of the United States for storage and processing.', 'neutral'],
  ['international-transfer', 'Only entrants located outside the United States may claim the prize.', null],
  // A messaging app's privacy policy: what the reader does used to choose the ads they see, and content customised "including ads", is targeted advertising.
  ['tracking', 'If you often watch cooking videos, we may use that to show you ads for kitchen gadgets.', 'bad'],
  ['tracking', 'We may guess your interests from your activity and customise what we show you, including ads.', 'bad'],
  ['tracking', 'We customise your feed, including the order of posts.', null],
  // A messaging app's privacy policy: interests used to "personalize, target, and measure ads" are targeted advertising; a message deleted once "opened by all recipients" goes to no third party.
  ['tracking', 'We use what we learn about your interests to personalise, target and measure ads.', 'bad'],
  ['third-party-sharing', 'Photos you send are deleted from our servers once they have been opened by all recipients.', null],
  // A messaging app's privacy policy: content deleted unless the reader keeps it is a retention promise.
  ['data-retention', 'From the start, our approach has been to delete what you send by default, and you decide what to save.', 'good'],
  ['data-retention', 'You can delete your account at any time; by default your posts are public.', null],
  // A messaging app's privacy notice: a request answered within a stated time is how the reader's rights are handled (not a refund); deletion with no date, or held back by the law, is retention.
  ['user-rights', 'We will respond to your request within 45 days, and in hard cases we may take another 45 days.', 'good'],
  ['user-rights', 'We will respond to your request for a refund within 5 days.', null],
  ['data-retention', 'Our systems delete some data automatically, but we cannot promise that deletion will happen by any particular date.', 'neutral'],
  ['data-retention', 'A court order may require us to keep a copy of your content, which stops us from deleting it.', 'neutral'],
  // A messaging app's terms: ads shown "based on your interests", even with other things between, are targeted.
  ['tracking', 'We show ads and suggest videos based on your interests.', 'bad'],
  // A marketplace's privacy policy: sellers who decide for themselves what to do with the buyer's data receive it; other members who may see what the reader posted, even after a clause between.
  ['third-party-sharing', 'The shops you order from act as independent controllers of the order details they receive.', 'neutral'],
  ['third-party-sharing', 'If you pay with a wallet app, its operator will also act as a data controller of your payment details.', 'neutral'],
  ['third-party-sharing', 'We are the data controller of your personal information.', null],
  ['third-party-sharing', 'When other shoppers open a product page, they can see the ratings you gave and your nickname.', 'neutral'],
  ['third-party-sharing', 'If other shoppers report your listing, we may view the photos in it.', null],
  // A marketplace's privacy policy: a promise to collect nothing from minors is a children's clause (not a ban on soliciting children); requests to exercise rights answered, and the reader's own corrections, are rights.
  ['children', 'This shop is not meant for anyone under 18, and we do not knowingly gather or solicit personal details from children.', 'good'],
  ['children', 'We never collect or request personal data from kids under 16.', 'good'],
  ['children', 'Members may not use the chat to solicit minors.', null],
  ['user-rights', 'We answer all requests from people who want to exercise their privacy rights as the law requires.', 'good'],
  ['user-rights', 'If your details change or are wrong, please tell us so that we can correct our records.', 'good'],
  ['user-rights', 'Tell us about any errors on the site so that we can correct them.', null],
  // A marketplace's privacy policy, its US state rights: an appeal of a refused rights request, a request answered within a time, rights that are not absolute.
  ['user-rights', 'You can appeal the denial of any of these rights through our help centre.', 'good'],
  ['content-removal', 'You can appeal the denial of any of these rights through our help centre.', null],
  ['user-rights', 'We usually reply to a verified request within 45 days of receiving it.', 'good'],
  ['user-rights', 'These rights are not absolute, and we may be entitled to refuse requests where the law allows.', 'neutral'],
  ['user-rights', 'We may be entitled to refuse requests for refunds made after 14 days.', null],
  // A marketplace's privacy policy, its California section: disclosures the law counts as a sale or as sharing are one, though the provider takes no money; "while we do not … we may share" shares.
  ['data-sale', 'Under some state laws, giving data to ad networks is considered a "sale" even though no money changes hands and we do not sell your data for cash.', 'bad'],
  ['data-sale', 'Showing you ads is not considered a sale of personal information.', 'good'],
  ['third-party-sharing', 'While we do not disclose your personal information for payment, we may share device identifiers with ad networks and analytics providers.', 'neutral'],
  // A pin-board site's terms: action taken against the reader's content, with or without the rule it broke, is removal; "adjust how … is made" is a control.
  ['content-removal', 'We can take action against the user content you post and, where needed, your account.', 'neutral'],
  ['content-removal', 'We may take appropriate action against your photos, including deleting them.', 'neutral'],
  ['user-rights', 'You can adjust which topics you see more of.', 'good'],
  ['user-rights', 'You can adjust the volume of the videos.', null],
  // A pin-board site's cookie policy: ads chosen from what the reader did on an advertiser's site are targeted (not a promise of no ads); device settings that let the reader control how partners use information are a control.
  ['tracking', 'If you looked at running shoes on a shop that works with us, the shop could ask us to show you an ad for socks.', 'bad'],
  ['tracking', 'If you buy the premium plan, you will not see ads.', null],
  ['user-rights', 'Your phone has settings that let you control how advertisers may use information about the apps you use.', 'good'],
  // An app store's terms: a family manager who sees the reader's purchases is told them.
  ['third-party-sharing', 'The family organiser can see your age and a record of what you buy with the shared card.', 'neutral'],
  // A chatbot's privacy policy: the reader's input or queries passed on to the search services it calls are shared.
  ['third-party-sharing', 'To answer questions about current events, we send your query on to a search API, and we will share your input for that purpose.', 'neutral'],
  ['third-party-sharing', 'We forward your queries to the search engine you choose.', 'neutral'],
  // A model studio's terms: "no liability in respect of" content limits liability outright; the provider's own "right to restrict, suspend or terminate your account" is no right of the reader's (the reader's right to restrict processing is).
  ['liability-limitation', 'We will have no liability in respect of anything you generate with the tool.', 'bad'],
  ['user-rights', 'We have the right to restrict or suspend your account, and to remove any content stored with it, at our discretion.', null],
  ['user-rights', 'You have the right to restrict how we process your personal data.', 'good'],
  // A model studio's terms: content "that is not personal data" used to improve models is training, not a promise, and "we generally use User Content to … improve" is a use of it.
  ['ai-training', 'You agree that we may use and store uploads that are not personal data to develop and improve our machine-learning technologies.', 'bad'],
  ['content-license', 'We generally use user content to run, develop and improve the service.', 'neutral'],
  // A model studio's terms: the reader barred from assigning or sublicensing their own rights grants no licence; a grant in the same sentence still does.
  ['content-license', 'You may not delegate, assign or sub-license any of your rights under these terms without our written consent.', null],
  ['content-license', 'You grant us a worldwide, royalty-free licence to host your files, and you may not sublicense our software.', 'bad'],
  // An answer engine's terms: changes to the reader's plan or its price that "take effect following notice" are changes the provider makes.
  ['unilateral-change', 'Price changes and changes to your subscription will take effect after reasonable notice to you.', 'neutral'],
  // A pin-board site's privacy policy: ads chosen from an interest the reader showed or from browsing a partner's shop, after "for example".
  ['tracking', "For example, if you look at hiking boots with us or browse tents in a partner's shop, we may show you ads for other outdoor gear.", 'bad'],
  // A chatbot's consumer terms: the provider that does "not control or accept responsibility for" a loss limits its liability outright, as one that accepts none does.
  ['liability-limitation', 'We neither control nor accept responsibility for any damage caused by plug-ins you connect.', 'bad'],
  ['liability-limitation', 'We do not control or accept responsibility for any loss that may come from the integrations you choose to use.', 'bad'],
  // The same terms: a promise to tell the reader of changes to the terms is a change clause, softened by the notice.
  ['unilateral-change', 'We will notify you of changes to these terms that are likely to affect your rights in a meaningful way.', 'neutral'],
  // The same terms: content others supplied ("Third-Party Content") is no sharing of the reader's data, and asking to switch to another provider or to port one's data is the reader's right.
  ['third-party-sharing', 'If you posted the Third-Party Content yourself, we will use our best efforts to tell you why we acted.', null],
  ['third-party-sharing', 'You may ask us in writing to switch to another service provider and take your exportable data with you.', null],
  ['user-rights', 'You may write to us and ask to switch to another service provider or to port your exportable data to your own servers.', 'good'],
  ['third-party-sharing', 'Your employer’s administrator may be able to monitor the account, including seeing the content of your chats.', 'neutral'],
  // The same terms: a refund "on a pro rata basis" for what is left of a subscription is money back.
  ['auto-renewal', 'If we end your plan early, we will refund you on a pro rata basis for the months you have already paid for.', 'good'],
  // A chatbot maker's consumer terms: a right the reader grants the provider ("you grant … a worldwide right to us to use, copy and list information regarding your content"), and the provider given "permission to access" the reader's data, are no rights of the reader's.
  ['user-rights', 'You grant us a perpetual, worldwide right to use, copy, store, adapt and list information regarding the content you upload.', null],
  ['user-rights', 'By signing in with another service, you give us permission to access and store your details from that service, as it allows.', null],
  // The same terms: data "transferred to, and/or processed in, the United States", commas and all, crosses a border.
  ['international-transfer', 'You acknowledge that your personal data will be sent to, and/or stored in, the United States.', 'neutral'],
  // The same terms: a price rise announced ahead ("if prices increase, we will give 30 days' notice") is a change, with time to act on it.
  ['unilateral-change', "If subscription fees increase, we will give you 30 days' notice so that you can cancel before the next renewal.", 'good'],
  // The same terms: the provider that "may decide to discontinue" the service ends it at its choice.
  ['unilateral-termination', 'We may decide to discontinue the app at any time.', 'bad'],
  ['unilateral-termination', 'We may choose to shut down our platform.', 'neutral'],
  // A professional network's user agreement: a licence's "right to use, copy, modify … your content" is no right of the reader's, nor is choosing which court hears a dispute.
  ['user-rights', 'A worldwide, sublicensable right to use, copy, modify, host and process your content without further notice to you.', null],
  ['user-rights', 'You may instead choose the competent court in Ireland for any dispute about these terms.', null],
  ['user-rights', 'You have the right to obtain a copy of the personal data we hold about you.', 'good'],
  // A professional network's privacy policy: data the reader "does not have to provide" is the reader's choice; "if you do not provide it, we cannot …" is a condition, not a choice offered.
  ['user-rights', 'You do not have to add anything else to your profile, though a fuller profile helps others find you.', 'good'],
  ['user-rights', "You don't have to upload a photo or list your past jobs to use the network.", 'good'],
  ['user-rights', 'If you do not provide your phone number, we will not be able to verify the account.', null],
  // A professional network's privacy policy: "we do not provide contact information to customers without your consent" is a sharing promise (the customer's own duty not to provide data is not the provider's sharing); what is "viewable by others" is shared; ads targeted "(and measured)" to members and others "both on and off" the service follow the reader.
  ['third-party-sharing', 'We do not provide contact details to recruiters without your consent.', 'good'],
  ['third-party-sharing', 'Your reactions to a post are viewable by others in your network.', 'neutral'],
  ['tracking', 'We target (and measure) ads to members, visitors and other people both on and off our sites, through partners.', 'bad'],
  ['third-party-sharing', 'The customer shall not provide customer data to us except through the agreed upload tool.', null],
  // A professional network's privacy policy: a profile "fully visible to all members", data that "will become available to them" once accounts are linked, an employer who "can see how you use" a service, and contractors who "will have access to your information" are all sharing; "legal demands for … personal data" are law enforcement's.
  ['third-party-sharing', 'Your public profile is fully visible to all members of the site.', 'neutral'],
  ['third-party-sharing', 'When you link your account to other apps, your name and headline will become available to those apps.', 'neutral'],
  ['third-party-sharing', 'Your school can see how you use the courses it pays for.', 'neutral'],
  ['third-party-sharing', 'They will have access to your information only as needed to do this work for us, and are bound not to disclose it or use it for other ends.', 'good'],
  ['third-party-sharing', 'The new features are available to all members.', null],
  ['law-enforcement', 'We try to let members know about legal demands for their personal data.', 'good'],
  // A fashion shop's privacy notice: "if we make changes that materially affect your rights, we will attempt to give notice" is the provider's change, with the notice promised; purposes "disclosed to you" before collection are no sharing of the reader's data.
  ['unilateral-change', 'If we make changes that significantly affect your privacy rights, we will attempt to provide advance notice in the app or by some other means so that you have a fair chance to review them before you keep using it.', 'neutral'],
  ['third-party-sharing', 'We may use your information for another purpose if it was disclosed to you before you gave us the information.', null],
  // A fashion shop's privacy notice: sharing the law "may interpret as selling" is a sale; the right "not to be discriminated against" for using one's rights, and replying "STOP" to end text messages, are the reader's rights.
  ['data-sale', 'Over the last year we may have shared device identifiers with ad partners in ways that state laws may interpret as "selling".', 'bad'],
  ['user-rights', 'You have the right not to be discriminated against for using any of these privacy rights.', 'good'],
  ['user-rights', 'To stop our text messages, reply STOP to any of them.', 'good'],
  // A fashion shop's privacy notice: countries whose data protection laws are "less protective" than the reader's are a transfer's risk, not the law that governs the terms.
  ['international-transfer', 'Some of these countries have privacy laws that are less protective than those where you live.', 'bad'],
  ['choice-of-law', 'Such countries may have data protection laws that are weaker than the laws of the country in which you reside.', null],
  // An answer engine's terms: the right to "opt out and not be bound by the arbitration provisions" is a way out of arbitration, not a right over the reader's data.
  ['user-rights', 'You have the right to opt-out and not be bound by these arbitration provisions by writing to us within 30 days.', null],
  ['arbitration', 'You have the right to opt-out and not be bound by these arbitration provisions by writing to us within 30 days.', 'good'],
  // A pin-board site's privacy policy: "requests for account information from law enforcement authorities like the police" are law enforcement's, in either order.
  ['law-enforcement', 'We sometimes receive requests for user information from the police or the courts.', 'neutral'],
  // A pin-board site's privacy policy: having one's data "sent to another organization" is portability, not sharing; a transfer abroad the reader "authorizes" by using the service, and protections abroad that "may not be equivalent" to those at home, are bad; the powers of authorities to access data are no rights of the reader's.
  ['third-party-sharing', 'You can have the data you gave us sent to another organization where that is technically feasible.', null],
  ['international-transfer', 'By using the app, you authorize us to transfer and store your information outside your home country.', 'bad'],
  ['international-transfer', 'The privacy protections and the powers of officials to reach your personal data in those countries may not be equivalent to those at home.', 'bad'],
  ['user-rights', 'The rights of authorities to access your personal information there may be broader than at home.', null],
  // A chatbot's privacy policy: choosing "non-EU providers" in some cases sends data out of the EU.
  ['international-transfer', 'We prefer EU hosting, but in some cases we may work with non-EU vendors that meet our security standards.', 'neutral'],
  // A photo site's community guidelines: private details it bans from posts are kinds of data, not security or
  // law enforcement ("social security numbers", "government-issued IDs", "passport details").
  ['security', 'Posts that show social security numbers, bank account information or home addresses.', null],
  ['law-enforcement', 'Copies of passport details or other government-issued identity documents.', null],
  ['law-enforcement', 'We may hand over your data to the police when they show us a warrant.', 'neutral'],
  // A chatbot's privacy policy: "legal process" and lawful requests the provider answers are law enforcement's; being
  // "free from discrimination" for using one's rights is a right; what the reader shares with others under their terms
  // is neither the provider's sharing nor its collection.
  ['law-enforcement', 'We may also use it to meet our legal duties or to answer lawful requests and legal process.', 'neutral'],
  ['law-enforcement', 'We will respond to your lawful requests to see your data within a month.', null],
  ['user-rights', 'You are free from discrimination for using any of these privacy rights.', 'good'],
  ['third-party-sharing', 'Information you share with third parties through these integrations is governed by their own privacy policies.', null],
  ['data-collection', 'Information you share with third parties through these integrations is governed by their own privacy policies.', null],
  ['third-party-sharing', 'We share your details with the service providers that host our servers, under contracts that bind them.', 'neutral'],
  // A chatbot maker's terms for European consumers: changes it "may unilaterally make" to the terms, a dispute the
  // reader may bring, however long its description, in the courts of the country where they are "habitually resident",
  // and refusing changed terms, which means leaving, not a right over one's data.
  ['unilateral-change', 'For consumers in Europe, the provider may unilaterally make changes to these Terms where a new law or a better service requires it.', 'neutral'],
  ['jurisdiction', 'As a consumer you may bring any claim that arises from these Terms or from your use of the apps and their features in the courts of the country in which you are habitually resident.', 'good'],
  ['user-rights', 'If you do not agree to the amended Terms, you may object, and you must then stop using the apps.', null],
  // An answer engine's privacy notice: data kept "in our backup files", no discrimination against "individuals who"
  // use their rights, and data "provided by the third party" an applicant applies through, which is received, not shared.
  ['data-retention', 'We may keep copies of your profile in our backup files, as the law permits.', 'bad'],
  ['data-retention', 'We store your photos in our archive so that you can find them later.', null],
  ['user-rights', 'We will never discriminate against users who exercise any of these rights.', 'good'],
  ['third-party-sharing', 'This may include the details on your CV or provided by the third party you use to send us your application.', null],
  // A chatbot's privacy policy: consenting, by merely using the service, to what is done with one's data.
  ['contract-by-using', 'By visiting the site or opening the app, you consent to us and our partners collecting and sharing your personal data for the purposes set out below.', 'bad'],
  ['contract-by-using', 'You can consent to us collecting your location data in the app settings.', null],
  // A chatbot's privacy policy: data stored or processed in a named country (Singapore, mainland China …) crosses a
  // border, unlike an office located there; an updated policy "effective once updated" takes effect with no notice.
  ['international-transfer', 'We store and process the data described above in Singapore and in mainland China.', 'neutral'],
  ['international-transfer', 'Our head office is located in Singapore.', null],
  ['unilateral-change', 'An updated version of this Privacy Policy will be effective once updated, or on a later date we choose.', 'bad'],
  // A chatbot maker's privacy policy: appealing a request that was denied and not being discriminated against "based on"
  // using one's rights are rights; disclosure "when you give us permission" is good; information the reader gives
  // "directly to the third party" is the reader's own doing, not the provider's sharing.
  ['user-rights', 'If we turn down your request, you can appeal requests that we deny by writing to our privacy team.', 'good'],
  ['user-rights', 'We will never discriminate based on the exercise of any privacy right you have.', 'good'],
  ['third-party-sharing', 'We will also share your details when you give us permission to do so, for example to connect a calendar.', 'good'],
  ['third-party-sharing', 'When you use a partner app inside our service, you are providing information directly to the third party, under its own privacy policy.', null],
  // An AI maker's note on how its models are trained: a model that "does not store text" says how models work, not
  // what is kept of the reader's; countries that "may not have data protection laws equivalent" to the reader's are a
  // transfer's risk.
  ['zero-data-retention', 'Our models do not store text the way a database does, and they do not copy existing works.', null],
  ['international-transfer', 'Your data is processed in the United States and other countries, which may not have privacy laws as protective as those where you live.', 'bad'],
  // An AI maker's business terms, written of "Customer": the provider that "may suspend Customer's access" closes it at
  // its choice; the provider that "will defend Customer" against claims covers the reader (good), unlike the customer
  // that defends the provider.
  ['unilateral-termination', 'Larkspan may suspend Customer’s access to the Services, in whole or in part, when it believes they are under attack.', 'neutral'],
  ['indemnification', 'Larkspan will defend Customer against any third-party claim that the Services infringe a patent and indemnify it for any damages finally awarded.', 'good'],
  ['indemnification', 'Customer will defend Larkspan against any third-party claim arising from Customer’s data.', 'bad'],
  // An AI maker's business terms: suits "not required to be resolved via arbitration" go to the courts (a choice of
  // court, not arbitration); the liability caps not applying to "obligations under Section K (Indemnification)" is a
  // cross-reference, not an indemnity.
  ['arbitration', 'Any claims related to these Terms that are not required to be resolved via arbitration under Section 9 will be brought exclusively in the courts of Ireland.', null],
  ['jurisdiction', 'Any claims related to these Terms that are not required to be resolved via arbitration under Section 9 will be brought exclusively in the courts of Ireland.', 'neutral'],
  ['indemnification', 'These caps do not apply to the obligations under Section 11 (Indemnification).', null],
  // An answer engine's processing addendum: the customer's duty not to make its handing over of data "a Sale" is no sale
  // by the provider; subcontractors bound by obligations "no less onerous" than the provider's are good; "notifying"
  // the customer of a breach is a protection.
  ['data-sale', 'Customer must not do anything that would turn its handing of personal data to Larkspan into a Sale under state privacy laws.', null],
  ['third-party-sharing', 'Larkspan shall engage subcontractors only under a written agreement whose obligations are no less onerous than those in this addendum.', 'good'],
  ['security', 'Larkspan will assist Customer by notifying it of any personal data breach without undue delay.', 'good'],
  // An AI maker's acceptable use policy: "control over how you use our Service" is not control over one's data.
  ['user-rights', 'We want to give you as much control over how you use the assistant as we safely can.', null],
  ['user-rights', 'You have full control over the data you store in your workspace.', 'good'],
  // A professional network's imprint: its "Authorized Recipient" of official notices and the inquiries of third parties
  // it will not accept are no sharing of data.
  ['third-party-sharing', 'For notices from the media regulator, we have appointed a Munich law firm as our Authorized Recipient.', null],
  ['third-party-sharing', 'Other notices or inquiries from third parties sent to this address are not processed.', null],
  ['third-party-sharing', 'The recipients of your data include our payment processor and our hosting provider.', 'neutral'],
  // An answer engine's privacy notice: after a material change, the notice in force "when you submitted" one's data still
  // governs it unless the reader consents — a change that spares what was given (good), and no agreement by carrying on.
  ['unilateral-change', 'If we make material changes, the version of this notice in effect when you provided your information will continue to apply to it unless you consent.', 'good'],
  ['contract-by-using', 'If we make material changes, the version of this notice in effect when you provided your information will continue to apply to it unless you consent.', null],
];

describe('clause rules', () => {
  it.each(EXAMPLES)('%s: %s → %s', (category, text, expected) => {
    expect(severityOf(text, category)).toBe(expected);
  });

  it('covers every category with a positive example', () => {
    const covered = new Set(EXAMPLES.filter(([, , s]) => s !== null).map(([c]) => c));
    expect(CATEGORY_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('explains every category in plain words', () => {
    for (const id of CATEGORY_IDS) {
      const c = CATEGORIES[id];
      expect(c.id).toBe(id);
      for (const text of [c.title, c.what, meaning(id, 'good'), c.why, c.todo]) expect(text.length).toBeGreaterThan(10);
    }
  });

  it('explains a clause in the reader\'s favour as the protection it gives, not as the topic\'s risk', () => {
    expect(meaning('unilateral-change', 'good')).toBe(CATEGORIES['unilateral-change'].good);
    expect(meaning('unilateral-change', 'bad')).toBe(CATEGORIES['unilateral-change'].what);
    expect(meaning('unilateral-change', 'neutral')).toBe(CATEGORIES['unilateral-change'].what);
    // A right is good for the reader in itself: its one line says so already.
    expect(meaning('user-rights', 'good')).toBe(CATEGORIES['user-rights'].what);
  });

  it('finds nothing in ordinary prose', () => {
    expect(classifySentence('The weather in Lisbon was sunny, and the team walked to the harbour for lunch.', enClauses)).toEqual([]);
  });

  it('reads a paragraph sentence by sentence, keeping the worst severity of a category', () => {
    const labels = classifyPassage(
      'We do not sell your personal data. If the company is acquired, we may sell your personal information to the buyer. Any dispute will be resolved by binding arbitration.',
      enClauses,
    ).map((l) => [l.category, l.severity]);
    expect(labels).toContainEqual(['data-sale', 'bad']);
    expect(labels).toContainEqual(['arbitration', 'bad']);
    expect(labels.filter(([category]) => category === 'data-sale')).toHaveLength(1);
  });

  it('reads German clauses', () => {
    const labels = classifySentence('Wir verkaufen Ihre personenbezogenen Daten nicht an Dritte.', deClauses).map((l) => [l.category, l.severity]);
    expect(labels).toContainEqual(['data-sale', 'good']);
    expect(classifySentence('Gerichtsstand ist München.', deClauses).map((l) => l.category)).toContain('jurisdiction');
    // Words that begin with an umlaut (a regular expression's \b alone would miss "ändern").
    expect(classifySentence('Wir behalten uns vor, diese Bedingungen jederzeit zu ändern.', deClauses).map((l) => [l.category, l.severity])).toContainEqual(['unilateral-change', 'bad']);
  });

  it('reads German word order: separable verbs and the object before the verb', () => {
    const read = (text: string) => classifySentence(text, deClauses).map((l) => [l.category, l.severity]);
    expect(read('Wir geben Ihre personenbezogenen Daten nicht an Dritte weiter.')).toContainEqual(['third-party-sharing', 'good']);
    expect(read('Wir können Ihr Konto jederzeit sperren oder kündigen.')).toContainEqual(['unilateral-termination', 'bad']);
    expect(read('Sie können der Verarbeitung jederzeit widersprechen und Auskunft verlangen.')).toContainEqual(['user-rights', 'good']);
    expect(read('Wir speichern Ihre Daten für 30 Tage.')).toContainEqual(['data-retention', 'good']);
    expect(read('Wir geben Ihnen gerne weitere Auskünfte zu unseren Produkten.')).toEqual([]);
    // Compound recipients ("Werbepartner", "Drittunternehmen") after a determiner.
    expect(read('Wir geben Ihre Nutzungsdaten an ausgewählte Werbepartner weiter.')).toContainEqual(['third-party-sharing', 'neutral']);
    expect(read('Sie geben uns Ihre E-Mail-Adresse an, damit wir Sie weiter informieren können.')).toEqual([]);
    // Separable verbs with "zu" ("anzupassen"), inversion after a clause ("… erfassen wir Ihre Telefonnummer").
    expect(read('Der Anbieter ist berechtigt, diese Nutzungsbedingungen jederzeit abzuändern.')).toContainEqual(['unilateral-change', 'bad']);
    expect(read('Bei einer Bestellung erfassen wir Ihre Telefonnummer und Ihre Zahlungsdaten.')).toContainEqual(['data-collection', 'neutral']);
    expect(read('Protokolle bewahren wir aus Sicherheitsgründen drei Monate auf.')).toContainEqual(['data-retention', 'neutral']);
    expect(read('Kontodaten löschen wir spätestens sechs Monate nach der Kündigung.')).toContainEqual(['data-retention', 'good']);
    expect(read('Werbe-E-Mails können Sie jederzeit abbestellen.')).toContainEqual(['user-rights', 'good']);
    expect(read('Sie können sich bei der zuständigen Aufsichtsbehörde beschweren.')).toContainEqual(['user-rights', 'good']);
    // The verb before "nicht" (V2), and an objection that keeps the use on by default.
    expect(read('Wir nutzen Ihre Fotos nicht für das Training von KI-Modellen.')).toContainEqual(['ai-training', 'good']);
    expect(read('Gespräche werden zum Training unserer Modelle genutzt, wenn Sie nicht widersprechen.')).toContainEqual(['ai-training', 'bad']);
    expect(read('Mit Ihrer Anmeldung erklären Sie sich mit diesen Bedingungen einverstanden.')).toContainEqual(['contract-by-using', 'bad']);
    expect(read('Die Mitgliedschaft verlängert sich automatisch um ein Jahr.')).toContainEqual(['auto-renewal', 'bad']);
    expect(read('Auf Anordnung eines Gerichts übermitteln wir Bestandsdaten an Behörden.')).toContainEqual(['law-enforcement', 'neutral']);
    expect(read('Einige Dienstleister verarbeiten Daten außerhalb der EU auf Grundlage von Standardvertragsklauseln.')).toContainEqual(['international-transfer', 'neutral']);
    expect(read('Sie stellen uns von allen Ansprüchen Dritter frei, die aus Ihren Inhalten entstehen.')).toContainEqual(['indemnification', 'bad']);
    expect(read('Gesundheitsdaten verarbeiten wir nicht.')).toContainEqual(['sensitive-data', 'good']);
  });

  it('reads German human review', () => {
    const read = (text: string) => classifySentence(text, deClauses).map((l) => [l.category, l.severity]);
    expect(read('Einige Sprachaufnahmen werden von geschulten Prüfern angehört, um die Erkennung zu verbessern.')).toContainEqual(['human-review', 'bad']);
    expect(read('Ihre Nachrichten werden nie von Mitarbeitern gelesen.')).toContainEqual(['human-review', 'good']);
    expect(read('Wir haben die Dokumente geprüft und von Menschen freigegeben.')).toEqual([]);
  });

  it('reads German content removal and zero data retention', () => {
    const read = (text: string) => classifySentence(text, deClauses).map((l) => [l.category, l.severity]);
    expect(read('Wir behalten uns vor, Inhalte ohne Angabe von Gründen zu entfernen.')).toContainEqual(['content-removal', 'blocker']);
    expect(read('Kommentare, die gegen diese Regeln verstoßen, können entfernt werden.')).toContainEqual(['content-removal', 'neutral']);
    expect(read('Sie können Ihre Beiträge jederzeit löschen.')).toEqual([]);
    expect(read('Wir speichern Ihre Eingaben nicht.')).toContainEqual(['zero-data-retention', 'good']);
    expect(read('Mit Zero Data Retention werden Ihre Anfragen nach der Verarbeitung nicht gespeichert.')).toContainEqual(['zero-data-retention', 'good']);
    // A period is retention, not zero retention.
    expect(read('Ihre Chats werden nicht länger als 30 Tage gespeichert.')).toEqual([['data-retention', 'good']]);
    expect(read('Wir speichern Ihre Daten unbefristet.')).toContainEqual(['data-retention', 'bad']);
  });

  it('tells the lead-in of a list of forbidden conduct from a list of what the provider does, in the other languages', () => {
    for (const lead of ['Sie dürfen die Dienste nicht nutzen, um:', 'Folgende Nutzungen sind untersagt:']) expect(deClauses.conductList!.test(lead)).toBe(true);
    for (const lead of ['Wir verwenden Ihre Daten, um:', 'Auch wenn Sie kein Konto anlegen, verarbeiten wir Ihre Daten, um:']) expect(deClauses.conductList!.test(lead)).toBe(false);
    for (const lead of ['Vous ne devez pas utiliser les services pour :', 'Vous vous engagez à ne pas :', 'Il est interdit de :']) expect(frClauses.conductList!.test(lead)).toBe(true);
    for (const lead of ['Nous utilisons vos données pour :', 'Si vous ne créez pas de compte, nous utilisons vos données pour :']) expect(frClauses.conductList!.test(lead)).toBe(false);
    const spanish = clausePackFor('es');
    const italian = clausePackFor('it');
    for (const lead of ['No puede utilizar los servicios para:', 'Queda prohibido:']) expect(spanish.conductList!.test(lead)).toBe(true);
    for (const lead of ['Utilizamos sus datos para:', 'Si no crea una cuenta, utilizamos sus datos para:']) expect(spanish.conductList!.test(lead)).toBe(false);
    for (const lead of ['Non può utilizzare i servizi per:', 'È vietato:']) expect(italian.conductList!.test(lead)).toBe(true);
    for (const lead of ['Utilizziamo i suoi dati per:', 'Se non crea un account, utilizziamo i suoi dati per:']) expect(italian.conductList!.test(lead)).toBe(false);
  });

  it('reads the French reader\'s own objection and requests', () => {
    const read = (text: string) => classifySentence(text, frClauses).map((l) => [l.category, l.severity]);
    expect(read('Vous pouvez vous opposer au traitement de vos données.')).toContainEqual(['user-rights', 'good']);
    expect(read('Vous pouvez demander la suppression de votre compte.')).toContainEqual(['user-rights', 'good']);
  });

  it('reads French ownership kept by the reader and minimum ages', () => {
    const read = (text: string) => classifySentence(text, frClauses).map((l) => [l.category, l.severity]);
    expect(read('Vous restez propriétaire des photos que vous partagez sur la plateforme.')).toContainEqual(['content-license', 'good']);
    expect(read('Le service est réservé aux personnes âgées de plus de 16 ans.')).toContainEqual(['children', 'neutral']);
  });

  it.each<[string, string, CategoryId, Severity | null]>([
    ['fr', 'Nous ne vendons pas vos données personnelles.', 'data-sale', 'good'],
    ['it', "Eventuali modifiche ti saranno notificate via e-mail con un preavviso di quindici giorni.", 'unilateral-change', 'good'],
    ['it', 'Rimane ferma la nostra responsabilità per i danni causati con dolo.', 'liability-limitation', 'good'],
    ['it', 'Le controversie sono devolute al foro del luogo di residenza o domicilio del consumatore.', 'jurisdiction', 'good'],
    ['it', "Hai diritto di recedere dall'acquisto entro quattordici giorni dalla consegna.", 'auto-renewal', 'good'],
    ['it', 'Il diritto di recesso non si applica ai contenuti digitali già scaricati.', 'auto-renewal', 'bad'],
    // An Italian food-delivery privacy notice: the restaurant and the rider receive the order's details, location only
    // with the reader's permission, data gathered elsewhere for profiling.
    ['it', "Trasmettiamo l'indirizzo di consegna al ristorante e al fattorino.", 'third-party-sharing', 'neutral'],
    ['it', 'Raccogliamo la tua posizione solo previo tuo consenso.', 'data-collection', 'good'],
    ['it', 'Non raccogliamo i numeri completi delle carte.', 'data-collection', 'good'],
    ['it', 'Raccogliamo informazioni su di te da altre fonti per la profilazione.', 'data-collection', 'bad'],
    ['de', 'Preisänderungen kündigen wir mit einer Frist von vier Wochen an; wir sind berechtigt, die Preise entsprechend anzupassen.', 'unilateral-change', 'good'],
    ['de', 'Über Änderungen dieser Bedingungen werden Sie spätestens zwei Wochen vor dem Inkrafttreten per E-Mail informiert.', 'unilateral-change', 'good'],
    ['de', 'Für Schäden aus der Verletzung des Lebens und bei Vorsatz haften wir uneingeschränkt.', 'liability-limitation', 'good'],
    ['de', 'Als Verbraucherin oder Verbraucher steht Ihnen ein gesetzliches Widerrufsrecht zu.', 'auto-renewal', 'good'],
    ['de', 'Bei digitalen Inhalten entfällt das Widerrufsrecht, sobald der Download begonnen hat.', 'auto-renewal', 'bad'],
    ['de', 'Bei Bestellungen über die App besteht ein Widerrufsrecht von vierzehn Tagen.', 'auto-renewal', 'good'],
    // A German shop's terms: the buyer withdrawing from the contract, a customer account blocked, contracts already
    // made kept under their version.
    ['de', 'Sie können Ihre Bestellung innerhalb von 14 Tagen widerrufen.', 'auto-renewal', 'good'],
    ['de', 'Sie können Ihre Bestellung innerhalb von 14 Tagen widerrufen.', 'user-rights', null],
    ['de', 'Sie können Ihre Einwilligung in den Newsletter jederzeit widerrufen.', 'user-rights', 'good'],
    ['de', 'Bei Missbrauch dürfen wir Ihr Benutzerkonto sperren.', 'unilateral-termination', 'neutral'],
    ['de', 'Auf bestehende Verträge wird die zum Zeitpunkt der Bestellung geltende Fassung angewandt.', 'unilateral-change', 'good'],
    // A German privacy policy: log files deleted after a stated time, the server recording addresses, a transfer
    // to others, a host processing on the provider's behalf, a minimum age, records kept for a stated number of years.
    ['de', 'Die Zugriffsprotokolle werden nach vierzehn Tagen gelöscht.', 'data-retention', 'good'],
    ['de', 'Rechnungen bewahren wir aus steuerrechtlichen Gründen sechs Jahre lang auf.', 'data-retention', 'good'],
    ['de', 'Bei jedem Aufruf protokolliert unser Webserver Ihre IP-Adresse.', 'data-collection', 'neutral'],
    ['de', 'Eine Übermittlung an Dritte erfolgt nur mit Ihrer Einwilligung.', 'third-party-sharing', 'neutral'],
    ['de', 'Unser E-Mail-Anbieter verarbeitet die Daten ausschließlich in unserem Auftrag.', 'third-party-sharing', 'neutral'],
    ['de', 'Die Nutzung ist ab 16 Jahren erlaubt.', 'children', 'neutral'],
    ['de', 'Der Server wird nach vierzehn Tagen neu gestartet.', 'data-retention', null],
    ['de', 'Unsere Werbepartner setzen Cookies, um Ihnen passende Anzeigen zu zeigen.', 'tracking', 'bad'],
    ['de', 'Mit Ihrer Einwilligung setzen wir Analyse-Cookies ein.', 'tracking', 'good'],
    // A French shop's privacy policy: carriers and payment processors receive data, card details are not kept, the
    // reader may unsubscribe, advertising cookies are bad unless the reader agrees to them.
    ['fr', 'Votre adresse est transmise au transporteur chargé de la livraison.', 'third-party-sharing', 'neutral'],
    ['fr', 'Le paiement est traité par notre prestataire de paiement.', 'third-party-sharing', 'neutral'],
    ['fr', 'Nous ne stockons jamais vos coordonnées bancaires.', 'data-retention', 'good'],
    ['fr', 'Vous pouvez vous désabonner de la lettre d\'information à tout moment.', 'user-rights', 'good'],
    ['fr', 'Vos informations personnelles sont utilisées pour gérer votre compte.', 'data-collection', 'neutral'],
    ['fr', 'Nos partenaires déposent des cookies publicitaires sur votre terminal.', 'tracking', 'bad'],
    ['fr', 'Avec votre consentement, nous utilisons des cookies de mesure d\'audience.', 'tracking', 'good'],
    // The same in a Spanish shop's privacy policy.
    ['es', 'El pago lo procesa directamente nuestro proveedor de pagos.', 'third-party-sharing', 'neutral'],
    ['es', 'Nunca guardamos el número de tu tarjeta.', 'data-retention', 'good'],
    ['es', 'Puedes darte de baja de nuestras comunicaciones comerciales cuando quieras.', 'user-rights', 'good'],
    // Spanish game terms: a minimum age, money back for the unused part of a closed subscription, ownership the
    // player keeps, virtual currency never refunded, and a claim before the courts that is not a data right.
    ['es', 'Para registrarte tienes que ser mayor de 14 años.', 'children', 'neutral'],
    ['es', 'Si suspendemos tu suscripción sin que hayas incumplido nada, te devolveremos el reembolso proporcional.', 'unilateral-termination', 'good'],
    ['es', 'Sigues siendo el titular de las partidas que grabas.', 'content-license', 'good'],
    ['es', 'Los diamantes comprados no son en ningún caso reembolsables.', 'auto-renewal', 'bad'],
    ['es', 'Los créditos no pueden cambiarse por efectivo.', 'auto-renewal', 'bad'],
    ['es', 'Puedes presentar una reclamación ante los juzgados de tu domicilio.', 'user-rights', null],
    // A Spanish booking service's privacy policy: location only with permission, the restaurant and the cloud host
    // receiving data, profiling from other sources.
    ['es', 'Solo recogemos tu posición cuando activas la función de mapa.', 'data-collection', 'good'],
    ['es', 'Enviamos tu nombre y la hora de la reserva al restaurante.', 'third-party-sharing', 'neutral'],
    ['es', 'Nuestros proveedores de nube almacenan la información por nuestra cuenta.', 'third-party-sharing', 'neutral'],
    ['es', 'Recopilamos datos de otras fuentes para crear perfiles.', 'data-collection', 'bad'],
    ['es', 'Tus datos personales se utilizan para gestionar tu cuenta.', 'data-collection', 'neutral'],
    ['es', 'Nuestros socios instalan cookies publicitarias en tu navegador.', 'tracking', 'bad'],
    ['es', 'Con tu consentimiento, usamos cookies analíticas.', 'tracking', 'good'],
    // And in an Italian one.
    ['it', 'Il pagamento è gestito dal nostro fornitore di servizi di pagamento.', 'third-party-sharing', 'neutral'],
    ['it', 'Non memorizziamo mai il numero della tua carta.', 'data-retention', 'good'],
    ['it', "Puoi annullare l'iscrizione alle comunicazioni promozionali in ogni momento.", 'user-rights', 'good'],
    ['it', 'I tuoi dati personali vengono utilizzati per gestire il tuo account.', 'data-collection', 'neutral'],
    ['it', 'I nostri partner installano cookie pubblicitari sul tuo dispositivo.', 'tracking', 'bad'],
    ['it', 'Con il tuo consenso utilizziamo cookie analitici.', 'tracking', 'good'],
    ['de', 'Die zwingenden Bestimmungen des Staates, in dem Sie Ihren gewöhnlichen Aufenthalt haben, bleiben unberührt.', 'choice-of-law', 'good'],
    ['fr', "La validation d'une commande vaut acceptation des présentes conditions.", 'contract-by-using', 'bad'],
    ['fr', "La responsabilité de la société ne pourra en aucun cas être engagée pour une interruption du service.", 'liability-limitation', 'bad'],
    ['fr', "Vous bénéficiez d'un droit de rétractation de quatorze jours à compter de la réception du produit.", 'auto-renewal', 'good'],
    ['fr', 'Le droit de rétractation ne peut être exercé pour les contenus numériques déjà téléchargés.', 'auto-renewal', 'bad'],
    ['es', 'Los litigios se someterán a los tribunales del domicilio del usuario.', 'jurisdiction', 'good'],
    ['es', 'Te avisaremos de los cambios con treinta días de antelación.', 'unilateral-change', 'good'],
    ['es', 'Puedes borrar tu historial desde la aplicación cuando quieras.', 'user-rights', 'good'],
    ["fr", "Les échanges des comptes Équipe ne servent jamais à l'entraînement.", 'ai-training', 'good'],
    ['fr', 'En navigation privée, vos requêtes ne sont jamais enregistrées sur nos serveurs.', 'zero-data-retention', 'good'],
    ['fr', "L'inscription est ouverte aux personnes âgées de 16 ans au moins.", 'children', 'neutral'],
    // A document announcing what it covers states no clause.
    ['fr', 'La présente charte explique comment nous recueillons et utilisons vos données.', 'data-collection', null],
    ['es', 'Esta política explica cómo recopilamos y utilizamos su información personal.', 'data-collection', null],
    ['it', 'Questa informativa illustra come raccogliamo e utilizziamo i suoi dati.', 'data-collection', null],
    ['de', 'Eine automatisierte Entscheidungsfindung im Sinne von Art. 22 DSGVO findet nicht statt.', 'automated-decisions', 'good'],
    ['fr', "Vous avez le droit d'obtenir une intervention humaine et de contester la décision.", 'automated-decisions', 'good'],
    ['es', 'Utilizamos decisiones automatizadas para evaluar su solvencia.', 'automated-decisions', 'neutral'],
    ['it', 'Non adottiamo decisioni basate unicamente su un trattamento automatizzato.', 'automated-decisions', 'good'],
    // A negation in a condition that opens the sentence is the reader's.
    ['fr', "Si vous ne vous désabonnez pas, nous transmettrons vos coordonnées à nos partenaires publicitaires.", 'third-party-sharing', 'bad'],
    ['es', 'Si no cancela su cuenta, compartiremos su historial con nuestros socios publicitarios.', 'third-party-sharing', 'bad'],
    ['it', 'Se non disattiva questa opzione, comunicheremo i suoi dati ai nostri partner pubblicitari.', 'third-party-sharing', 'bad'],
    ['de', 'Falls Sie dem nicht widersprechen, geben wir Ihre Telefonnummer an Dritte weiter.', 'third-party-sharing', 'neutral'],
    ['es', 'Puede solicitar el acceso, la rectificación o la supresión de sus datos escribiendo a nuestro delegado.', 'user-rights', 'good'],
    ['es', 'Puedes eliminar tus datos en cualquier momento desde la configuración de la cuenta.', 'user-rights', 'good'],
    ['es', 'Puede solicitar una factura a nuestro equipo de soporte.', 'user-rights', null],
    ['it', "Puoi richiedere l'accesso, la rettifica o la cancellazione dei tuoi dati scrivendo al nostro responsabile.", 'user-rights', 'good'],
    ['it', 'Può opporsi al trattamento dei suoi dati per finalità di marketing.', 'user-rights', 'good'],
    ['it', 'Puoi richiedere una fattura al nostro servizio clienti.', 'user-rights', null],
    ['es', 'Facilitamos sus datos de contacto a las empresas de mensajería que reparten sus compras.', 'third-party-sharing', 'neutral'],
    ['it', 'Comunichiamo il suo indirizzo ai corrieri incaricati della consegna.', 'third-party-sharing', 'neutral'],
    ['it', 'Non siamo responsabili per la perdita dei file caricati.', 'liability-limitation', 'bad'],
    ['es', 'No somos responsables de las pérdidas de datos causadas por cortes del servicio.', 'liability-limitation', 'bad'],
    ['fr', 'Nous ne sommes pas responsables des pertes de données.', 'liability-limitation', 'bad'],
    ['fr', "L'abonnement est prolongé par tacite reconduction chaque année.", 'auto-renewal', 'bad'],
    ['fr', "L'abonnement se renouvelle automatiquement chaque mois.", 'auto-renewal', 'bad'],
    ['fr', 'Certaines données sont hébergées aux États-Unis.', 'international-transfer', 'neutral'],
    ['fr', 'Nous transmettons ces informations aux autorités judiciaires sur réquisition.', 'law-enforcement', 'neutral'],
    ['fr', 'Vos messages ne sont jamais lus par nos employés.', 'human-review', 'good'],
    ['es', 'La suscripción se renueva de forma automática cada año.', 'auto-renewal', 'bad'],
    ['es', 'Algunos proveedores tratan datos en países terceros.', 'international-transfer', 'neutral'],
    ['es', 'Podemos facilitar sus datos a la policía si así lo exige una orden judicial.', 'law-enforcement', 'neutral'],
    ['es', 'Algunas grabaciones son escuchadas por revisores para mejorar el servicio.', 'human-review', 'bad'],
    ['it', "L'abbonamento si rinnova automaticamente ogni mese.", 'auto-renewal', 'bad'],
    ['it', 'I dati possono essere trasferiti negli Stati Uniti.', 'international-transfer', 'neutral'],
    ['it', 'Comunichiamo i dati alle forze dell’ordine solo se obbligati per legge.', 'law-enforcement', 'neutral'],
    ['it', 'Le conversazioni non vengono mai lette da dipendenti.', 'human-review', 'good'],
    ['fr', 'Vous vous engagez à nous indemniser de toute perte résultant de vos publications.', 'indemnification', 'bad'],
    ['fr', 'Nous ne collectons aucune donnée de santé.', 'sensitive-data', 'good'],
    ['es', 'Usted se compromete a mantener indemne a la empresa frente a cualquier reclamación.', 'indemnification', 'bad'],
    ['es', 'Tratamos datos biométricos para verificar su identidad.', 'sensitive-data', 'neutral'],
    ['it', "L'utente si impegna a manlevare il fornitore da ogni pretesa di terzi.", 'indemnification', 'bad'],
    ['it', 'Non trattiamo categorie particolari di dati.', 'sensitive-data', 'good'],
    ['fr', 'Nous pouvons vendre vos données à nos partenaires.', 'data-sale', 'bad'],
    ['fr', 'Les présentes conditions générales de vente s’appliquent à toute commande.', 'data-sale', null],
    ['fr', 'Nous n’utilisons jamais vos conversations pour entraîner nos modèles.', 'ai-training', 'good'],
    ['fr', 'Vos requêtes peuvent servir à entraîner nos modèles ; vous pouvez désactiver cette option dans les paramètres.', 'ai-training', 'bad'],
    ['fr', 'Nous nous réservons le droit de modifier ces conditions à tout moment.', 'unilateral-change', 'bad'],
    ['fr', 'Nous vous informerons de toute modification des présentes conditions au moins trente jours avant son entrée en vigueur.', 'unilateral-change', 'good'],
    ['fr', 'Vous pouvez modifier votre mot de passe à tout moment.', 'unilateral-change', null],
    ['fr', 'Nous pouvons suspendre votre compte sans préavis.', 'unilateral-termination', 'bad'],
    ['fr', 'Vous pouvez résilier votre abonnement à tout moment.', 'unilateral-termination', null],
    ['fr', 'Nous pouvons supprimer vos commentaires à notre seule discrétion.', 'content-removal', 'blocker'],
    ['fr', 'Le Service est fourni en l’état, sans aucune garantie.', 'liability-limitation', 'bad'],
    ['fr', 'Rien ne limite notre responsabilité en cas de faute lourde ou de dol.', 'liability-limitation', 'neutral'],
    ['fr', 'Tout litige relève de la compétence exclusive des tribunaux de Paris.', 'jurisdiction', 'bad'],
    ['fr', 'Vous pouvez saisir le tribunal du lieu de votre domicile.', 'jurisdiction', 'good'],
    ['fr', 'Vous nous concédez une licence mondiale, perpétuelle et irrévocable sur vos contenus.', 'content-license', 'bad'],
    ['fr', 'Nous conservons vos factures pendant dix ans, puis nous les supprimons.', 'data-retention', 'good'],
    ['fr', 'Nous conservons vos données indéfiniment.', 'data-retention', 'bad'],
    ['fr', 'Nous partageons vos données avec nos partenaires publicitaires.', 'third-party-sharing', 'bad'],
    ['fr', 'Nous ne communiquons jamais vos données à des tiers.', 'third-party-sharing', 'good'],
    ['fr', 'Vous disposez d’un droit d’accès et de rectification.', 'user-rights', 'good'],
    ['fr', 'Le Service n’est pas destiné aux enfants de moins de 15 ans.', 'children', 'neutral'],
    ['es', 'No vendemos sus datos personales.', 'data-sale', 'good'],
    ['es', 'Podemos vender sus datos a terceros.', 'data-sale', 'bad'],
    ['es', 'Estas condiciones generales de venta se aplican a todos los pedidos.', 'data-sale', null],
    ['es', 'Nunca utilizamos sus conversaciones para entrenar nuestros modelos.', 'ai-training', 'good'],
    ['es', 'Podemos utilizar sus consultas para entrenar nuestros modelos; puede desactivarlo en la configuración.', 'ai-training', 'bad'],
    ['es', 'Nos reservamos el derecho de modificar estos términos en cualquier momento.', 'unilateral-change', 'bad'],
    ['es', 'Le avisaremos de cualquier modificación de estos términos con treinta días de antelación.', 'unilateral-change', 'good'],
    ['es', 'Puede cambiar su contraseña en cualquier momento.', 'unilateral-change', null],
    ['es', 'Podemos suspender su cuenta sin previo aviso.', 'unilateral-termination', 'bad'],
    ['es', 'Usted puede cancelar su suscripción en cualquier momento.', 'unilateral-termination', null],
    ['es', 'Podemos eliminar sus comentarios a nuestra entera discreción.', 'content-removal', 'blocker'],
    ['es', 'El servicio se ofrece tal cual, sin garantías.', 'liability-limitation', 'bad'],
    ['es', 'Nada de lo aquí dispuesto limita nuestra responsabilidad por dolo o culpa grave.', 'liability-limitation', 'neutral'],
    ['es', 'Las partes se someten a los juzgados de Madrid.', 'jurisdiction', 'bad'],
    ['es', 'Podrá acudir a los tribunales de su domicilio.', 'jurisdiction', 'good'],
    ['es', 'Usted nos otorga una licencia mundial, perpetua e irrevocable sobre su contenido.', 'content-license', 'bad'],
    ['es', 'Conservamos sus datos indefinidamente.', 'data-retention', 'bad'],
    ['es', 'Compartimos sus datos con nuestros socios publicitarios.', 'third-party-sharing', 'bad'],
    ['es', 'Nunca cedemos sus datos a terceros.', 'third-party-sharing', 'good'],
    ['es', 'Usted tiene derecho de acceso y rectificación.', 'user-rights', 'good'],
    ['es', 'El servicio no está dirigido a menores de 14 años.', 'children', 'neutral'],
    ['it', 'Non vendiamo i suoi dati personali.', 'data-sale', 'good'],
    ['it', 'Possiamo vendere i suoi dati a terzi.', 'data-sale', 'bad'],
    ['it', 'Non utilizziamo mai le sue conversazioni per addestrare i nostri modelli.', 'ai-training', 'good'],
    ['it', 'Ci riserviamo il diritto di modificare questi termini in qualsiasi momento.', 'unilateral-change', 'bad'],
    ['it', 'Può modificare la sua password in qualsiasi momento.', 'unilateral-change', null],
    ['it', 'Possiamo sospendere il suo account senza preavviso.', 'unilateral-termination', 'bad'],
    ['it', 'Possiamo rimuovere i suoi commenti a nostra esclusiva discrezione.', 'content-removal', 'blocker'],
    ['it', 'Il servizio è fornito così com’è, senza alcuna garanzia.', 'liability-limitation', 'bad'],
    ['it', 'Nulla limita la nostra responsabilità in caso di dolo o colpa grave.', 'liability-limitation', 'neutral'],
    ['it', 'Per ogni controversia è competente il foro di Milano.', 'jurisdiction', 'bad'],
    ['it', 'Il consumatore può sempre rivolgersi al foro del consumatore.', 'jurisdiction', 'good'],
    ['it', 'Ci concede una licenza mondiale, perpetua e irrevocabile sui suoi contenuti.', 'content-license', 'bad'],
    ['it', 'Conserviamo i suoi dati a tempo indeterminato.', 'data-retention', 'bad'],
    ['it', 'Non comunichiamo mai i suoi dati a terzi.', 'third-party-sharing', 'good'],
    ['it', 'Lei ha diritto di accesso e di rettifica.', 'user-rights', 'good'],
    // Data rights, Italian terms, refunds and retention after an account closes, as unseen documents state them.
    ['de', 'Personenbezogene Daten erheben wir ausschließlich, wenn dies für den Vertrag notwendig ist.', 'data-collection', 'good'],
    ['de', 'Bestelldaten werden an den beauftragten Paketdienstleister übermittelt.', 'third-party-sharing', 'neutral'],
    ['de', 'Reichweitenmessung mit Analyse-Tools erfolgt nur mit Ihrer ausdrücklichen Einwilligung.', 'tracking', 'good'],
    ['de', 'Protokolle werden spätestens nach vierzehn Tagen gelöscht.', 'data-retention', 'good'],
    ['de', 'Eine Verarbeitung außerhalb der EU erfolgt nicht.', 'international-transfer', 'good'],
    ['de', 'Ihre Daten werden auch in den USA verarbeitet.', 'international-transfer', 'neutral'],
    ['es', 'Tienes derecho a borrar tu perfil y a oponerte al uso de tus datos con fines publicitarios.', 'user-rights', 'good'],
    ['es', 'Para ejercer cualquiera de estos derechos, escríbenos a privacidad@tienda.example.', 'user-rights', 'good'],
    ['es', 'Tienes derecho a recibir el pedido en el plazo indicado.', 'user-rights', null],
    ['it', 'Hai diritto di revocare in ogni momento il consenso prestato.', 'user-rights', 'good'],
    ['it', 'Per esercitare tali diritti può scrivere al titolare.', 'user-rights', 'good'],
    ['fr', 'Pour exercer ces droits, adressez-vous à notre délégué.', 'user-rights', 'good'],
    ['fr', 'Vous avez le droit de rectifier les informations inexactes.', 'user-rights', 'good'],
    ['de', 'Diese Rechte können Sie gegenüber unserem Datenschutzbeauftragten geltend machen.', 'user-rights', 'good'],
    ['de', 'Sie haben jederzeit das Recht, der Nutzung für Werbung zu widersprechen.', 'user-rights', 'good'],
    ['de', 'Wir behalten uns vor, Schadensersatz geltend zu machen.', 'user-rights', null],
    // Terms of a German AI assistant: a licence scoped to running the service, the reader's own account deletion,
    // a period counted from deletion, a venue for merchants only.
    ['de', 'Sie gewähren uns eine weltweite Lizenz an Ihren Texten, soweit dies für den Betrieb der App notwendig ist.', 'content-license', 'neutral'],
    ['de', 'Sie gewähren uns eine weltweite, unwiderrufliche Lizenz an Ihren Texten.', 'content-license', 'bad'],
    ['de', 'Sie können Ihr Nutzerkonto jederzeit selbst löschen.', 'unilateral-termination', null],
    ['de', 'Wir können Ihr Nutzerkonto jederzeit löschen.', 'unilateral-termination', 'bad'],
    ['de', 'Gelöschte Unterhaltungen werden sieben Tage nach dem Löschen endgültig entfernt.', 'data-retention', 'good'],
    ['de', 'Ausschließlicher Gerichtsstand ist Hamburg, sofern Sie Unternehmer sind.', 'jurisdiction', 'neutral'],
    ['de', 'Ausschließlicher Gerichtsstand ist Hamburg.', 'jurisdiction', 'bad'],
    // French terms of an AI assistant: changes announced ahead, the reader's own courts.
    ['fr', 'Nous vous préviendrons de tout changement important au moins trente jours avant son entrée en vigueur.', 'unilateral-change', 'good'],
    ['fr', "Vous pouvez saisir la juridiction du lieu de votre domicile.", 'jurisdiction', 'good'],
    ['fr', 'Nous vous informerons par courriel de la livraison de votre commande.', 'unilateral-change', null],
    ['es', 'Te avisaremos de cualquier cambio relevante al menos treinta días antes de su entrada en vigor.', 'unilateral-change', 'good'],
    ['es', 'Puedes acudir a los tribunales de tu lugar de residencia.', 'jurisdiction', 'good'],
    ['it', 'Ti avviseremo di ogni modifica rilevante almeno trenta giorni prima della sua entrata in vigore.', 'unilateral-change', 'good'],
    ['it', 'Puoi rivolgerti al tribunale del luogo in cui risiedi.', 'jurisdiction', 'good'],
    ['it', 'Il servizio è riservato a chi ha almeno 16 anni di età.', 'children', 'neutral'],
    ['it', 'Il fornitore vanta almeno 16 anni di attività nel settore.', 'children', null],
    ['it', 'I canoni versati non saranno in alcun caso rimborsabili.', 'auto-renewal', 'bad'],
    ['it', 'In ogni caso la responsabilità del fornitore non potrà eccedere il prezzo pagato.', 'liability-limitation', 'bad'],
    ['it', "L'utilizzo continuato della piattaforma comporta l'accettazione delle condizioni aggiornate.", 'contract-by-using', 'bad'],
    ['fr', 'Les montants prélevés ne seront pas remboursés.', 'auto-renewal', 'bad'],
    ['fr', 'Vos messages sont gardés cinq ans à compter de la clôture du compte.', 'data-retention', 'neutral'],
    ['fr', 'Vos messages sont supprimés dans un délai de trente jours.', 'data-retention', 'good'],
    // A French bank's privacy policy: a promise of no advertising cookies, location only with consent, a credit
    // decision made by software that a person can look at again.
    ['fr', "L'application n'utilise aucun cookie publicitaire.", 'tracking', 'good'],
    ['fr', "L'application utilise des cookies publicitaires.", 'tracking', 'bad'],
    // The same promise in the other languages: no advertising or profiling cookies.
    ['it', 'Sul sito non usiamo alcun cookie pubblicitario.', 'tracking', 'good'],
    ['es', 'En la web no empleamos ninguna cookie publicitaria.', 'tracking', 'good'],
    ['de', 'Auf dieser Website setzen wir keine Tracking-Cookies ein.', 'tracking', 'good'],
    // A German extension's privacy policy: nothing passed on (the verb before its negation), work done in the browser.
    ['de', 'Die App sendet Ihre Notizen weder an uns noch an andere Anbieter.', 'third-party-sharing', 'good'],
    ['de', 'Die App sendet Ihre Notizen an andere Anbieter.', 'third-party-sharing', 'neutral'],
    ['de', 'Die Auswertung erfolgt ausschließlich lokal auf Ihrem Gerät.', 'data-collection', 'good'],
    ['fr', 'Sous réserve de votre consentement, nous collectons votre position.', 'data-collection', 'good'],
    ['fr', 'Un algorithme automatisé décide de votre limite de paiement ; un conseiller peut revoir ce choix à votre demande.', 'automated-decisions', 'good'],
    ['es', 'Guardamos tu historial durante dos años tras la baja del servicio.', 'data-retention', 'neutral'],
    ['it', 'I dati sono conservati per cinque anni dopo la chiusura del profilo.', 'data-retention', 'neutral'],
    // French terms of a photo-sharing app: changes in force once posted and changes announced ahead, a closed account
    // whose content can still be taken out, a licence for promotion, the consumer's mandatory rules kept, removal of
    // content that breaks the rules without notice (bad, not the worst), the reader's own deletion.
    ['fr', 'Toute modification entre en vigueur dès sa mise en ligne.', 'unilateral-change', 'bad'],
    ['fr', 'Avant tout changement majeur, vous serez prévenu par courriel quinze jours à l’avance.', 'unilateral-change', 'good'],
    ['fr', 'Lorsque nous résilions votre abonnement, vous pouvez récupérer vos données pendant deux mois.', 'unilateral-termination', 'good'],
    ['fr', 'Vous nous concédez une licence gratuite sur vos vidéos, notamment à des fins publicitaires.', 'content-license', 'bad'],
    ['fr', 'Les tribunaux de Lyon sont compétents, sous réserve des dispositions d’ordre public protégeant les consommateurs.', 'jurisdiction', 'good'],
    ['fr', 'Nous pouvons supprimer sans préavis les commentaires qui violent la charte.', 'content-removal', 'bad'],
    ['fr', 'Nous pouvons supprimer vos commentaires sans préavis.', 'content-removal', 'blocker'],
    ['fr', 'Vous pourrez à tout moment exporter vos données depuis votre profil.', 'user-rights', 'good'],
    ['fr', "Nous n'enregistrons jamais vos coordonnées bancaires.", 'data-collection', 'good'],
    // The same kinds of clause in Italian terms of use.
    ['it', 'Ogni modifica entrerà in vigore al momento della pubblicazione sul sito.', 'unilateral-change', 'bad'],
    ['it', 'Le modifiche importanti ti saranno comunicate con quindici giorni di preavviso.', 'unilateral-change', 'good'],
    ['it', 'Qualora chiudiamo il tuo profilo o il tuo account, potrai esportare i tuoi dati per due mesi.', 'unilateral-termination', 'good'],
    ['it', 'Ci concedi una licenza gratuita sui tuoi video, anche per scopi pubblicitari.', 'content-license', 'bad'],
    ['it', 'L’utente rimane l’unico titolare dei contenuti caricati.', 'content-license', 'good'],
    ['it', 'È competente il Tribunale di Torino, fatte salve le disposizioni inderogabili del Codice del consumo.', 'jurisdiction', 'good'],
    ['it', 'Possiamo eliminare senza preavviso i commenti che violano le regole.', 'content-removal', 'bad'],
    ['it', 'Possiamo eliminare i tuoi commenti senza preavviso.', 'content-removal', 'blocker'],
    ['it', 'Potrai chiudere il tuo account dalla pagina del profilo.', 'user-rights', 'good'],
    // An Italian shop's conditions of sale: an order placed as acceptance, the seller changing these terms, a refund
    // promised, changes that bind only later purchases; the customer changing an order is no change of terms.
    ['it', 'Inviando un ordine, accetti queste condizioni.', 'contract-by-using', 'bad'],
    ['it', 'Il venditore potrà aggiornare i presenti termini in qualsiasi momento.', 'unilateral-change', 'bad'],
    ['it', "Rimborseremo l'importo pagato entro 14 giorni.", 'auto-renewal', 'good'],
    ['it', 'Ogni modifica varrà solo per gli acquisti conclusi dopo la sua pubblicazione.', 'unilateral-change', 'good'],
    ['it', 'Il cliente può modificare il proprio ordine prima della spedizione.', 'unilateral-change', null],
    // A French shop's conditions of sale, likewise: an order confirmed as acceptance, money paid back, the courts of
    // the consumer's home, the version in force on the day of the order; an account deleted after a warning is not
    // a retention period, data deleted after years without use is.
    ['fr', 'En validant votre commande, vous acceptez les présentes CGV.', 'contract-by-using', 'bad'],
    ['fr', 'Nous vous remboursons au plus tard quatorze jours après votre demande.', 'auto-renewal', 'good'],
    ['fr', 'Les litiges relèvent des tribunaux du domicile du consommateur.', 'jurisdiction', 'good'],
    ['fr', 'Chaque commande reste régie par les conditions en vigueur au jour de la commande.', 'unilateral-change', 'good'],
    ['fr', 'Nous pouvons supprimer un compte après avoir prévenu son titulaire.', 'data-retention', null],
    ['fr', "Vos données sont supprimées après trois ans d'inactivité.", 'data-retention', 'good'],
    // A Spanish shop's conditions of sale, likewise: the right of withdrawal (and its exclusion), money paid back,
    // returns refused, liability limited, a provider that may revise these terms, the version in force on the day of
    // the order; the customer changing an order is no change of terms.
    ['es', 'Al confirmar tu pedido, aceptas estas condiciones.', 'contract-by-using', 'bad'],
    ['es', 'El consumidor dispone de un plazo de catorce días naturales desde la recepción del producto para desistir del contrato sin necesidad de justificación.', 'auto-renewal', 'good'],
    ['es', 'El derecho de desistimiento no se aplica a los productos personalizados.', 'auto-renewal', 'bad'],
    ['es', 'Te reembolsaremos el importe en un plazo de 14 días.', 'auto-renewal', 'good'],
    ['es', 'Sin derecho a devolución en los productos rebajados.', 'auto-renewal', 'bad'],
    ['es', 'Nuestra responsabilidad se limita al precio pagado.', 'liability-limitation', 'bad'],
    ['es', 'Se aplicarán las condiciones en vigor en la fecha del pedido.', 'unilateral-change', 'good'],
    ['es', 'El cliente puede cambiar su pedido antes del envío.', 'unilateral-change', null],
    // German AI training only with the reader's consent or choice is an opt-in; compounds ("Modelltraining") name it.
    ['de', 'Wir trainieren KI-Modelle mit deinen Texten nur mit deiner vorherigen Zustimmung.', 'ai-training', 'good'],
    ['de', 'Ihre Sprachaufnahmen fließen nur in das Modelltraining ein, wenn Sie diese Option ausdrücklich erlauben.', 'ai-training', 'good'],
    // German recipients named in compounds: "Versanddienstleister", "Personaldienstleister".
    ['de', 'Wir senden deine Bestelldaten an Versanddienstleister.', 'third-party-sharing', 'neutral'],
    // And in Spanish and German terms of use (German addressing the reader as "du").
    ['es', 'Toda modificación entrará en vigor a partir de su publicación en la web.', 'unilateral-change', 'bad'],
    ['es', 'Cuando cancelamos tu suscripción, puedes recuperar tus datos durante dos meses.', 'unilateral-termination', 'good'],
    ['es', 'Nos concedes una licencia gratuita sobre tus vídeos, también con fines publicitarios.', 'content-license', 'bad'],
    ['es', 'Son competentes los juzgados de Sevilla, sin perjuicio de las normas imperativas aplicables.', 'jurisdiction', 'good'],
    ['es', 'Podemos borrar sin previo aviso los comentarios que infrinjan las normas.', 'content-removal', 'bad'],
    ['es', 'Podemos borrar tus comentarios sin previo aviso.', 'content-removal', 'blocker'],
    // A Spanish travel agency's privacy policy: the airline, the hotel or the insurer that provides what was booked.
    ['es', 'Facilitamos los datos de los pasajeros a la aerolínea y a la aseguradora del viaje.', 'third-party-sharing', 'neutral'],
    // An AI assistant's privacy policy: processors bound to instructions, a setting the reader can switch off.
    ['es', 'Los proveedores de pago solo pueden usar tus datos según nuestras instrucciones escritas.', 'third-party-sharing', 'good'],
    ['es', 'Puedes desactivar el historial de voz desde la aplicación.', 'user-rights', 'good'],
    ['fr', 'Nos prestataires ne traitent vos données que selon nos instructions écrites.', 'third-party-sharing', 'good'],
    ['fr', "Vous pouvez désactiver l'historique des conversations à tout moment.", 'user-rights', 'good'],
    ['fr', "Vous pouvez supprimer un article du panier avant de payer.", 'user-rights', null],
    ['it', 'I fornitori trattano i dati esclusivamente secondo le nostre istruzioni.', 'third-party-sharing', 'good'],
    ['it', 'Puoi disattivare la cronologia vocale dalle impostazioni.', 'user-rights', 'good'],
    ['it', 'Puoi eliminare un prodotto dal carrello prima del pagamento.', 'user-rights', null],
    ['de', 'Neue Fassungen treten mit der Veröffentlichung auf der Website in Kraft; über Änderungen informieren wir nicht gesondert.', 'unilateral-change', 'bad'],
    ['de', 'Über wichtige Änderungen informieren wir dich zwei Wochen im Voraus.', 'unilateral-change', 'good'],
    ['de', 'Falls wir deinen Account sperren, kannst du deine Daten noch zwei Monate lang exportieren.', 'unilateral-termination', 'good'],
    ['de', 'Du räumst uns ein kostenloses Nutzungsrecht an deinen Videos ein, auch für Marketingzwecke.', 'content-license', 'bad'],
    ['de', 'Du bleibst Urheber aller Bilder, die du hochlädst.', 'content-license', 'good'],
    ['de', 'Gerichtsstand ist Köln; zwingende Verbraucherschutzvorschriften bleiben unberührt.', 'jurisdiction', 'good'],
    ['de', 'Wir können Beiträge, die gegen geltendes Recht verstoßen, ohne vorherige Mitteilung löschen.', 'content-removal', 'bad'],
    ['de', 'Wir können deine Beiträge ohne vorherige Mitteilung löschen.', 'content-removal', 'blocker'],
    ['de', 'Du kannst dein Profil in der App jederzeit löschen.', 'user-rights', 'good'],
    ['de', 'Mit deiner Anmeldung erklärst du dich mit diesen Bedingungen einverstanden.', 'contract-by-using', 'bad'],
    // A German shop's privacy policy: the carrier and the payment provider receive data, a newsletter the reader can
    // leave (signing out of an account is not that), audience measurement only with consent.
    ['de', 'Für den Versand geben wir Ihre Adresse an einen externen Logistikpartner weiter.', 'third-party-sharing', 'neutral'],
    ['de', 'Ihre Kartendaten werden ausschließlich von unserem Zahlungsanbieter verarbeitet.', 'third-party-sharing', 'neutral'],
    ['de', 'Über den Link am Ende jedes Newsletters können Sie sich abmelden.', 'user-rights', 'good'],
    ['de', 'Sie können sich jederzeit von Ihrem Konto abmelden.', 'user-rights', null],
    ['de', 'Nur mit Ihrer Einwilligung setzen wir eine Reichweitenmessung ein.', 'tracking', 'good'],
    // An AI assistant's privacy notice: what is sent to it and written to log files is collected, processors bound to
    // instructions, chats removed some days after deletion, complaints to a regulator named in one word, cookies
    // named in compounds.
    ['de', 'Wir verarbeiten die Konversationen, die Sie mit dem Assistenten führen.', 'data-collection', 'neutral'],
    ['de', 'Beim Aufruf der App wird Ihre Geräteadresse protokolliert.', 'data-collection', 'neutral'],
    ['de', 'Unsere Dienstleister handeln weisungsgebunden.', 'third-party-sharing', 'good'],
    ['de', 'Nach 14 Tagen werden abgelaufene Entwürfe vernichtet.', 'data-retention', 'good'],
    // A German app's privacy notice: kept "so lange" as needed, the reader asked to check the notice again and again,
    // cookies the reader can have blocked.
    ['de', 'Ihre Fotos bleiben so lange gespeichert, wie Ihr Konto besteht.', 'data-retention', 'neutral'],
    ['de', 'Wir bitten Sie, sich regelmäßig über den aktuellen Stand dieser Hinweise zu informieren.', 'unilateral-change', 'bad'],
    ['de', 'Wir informieren Sie regelmäßig über neue Rezepte.', 'unilateral-change', null],
    ['de', 'Sie können in Ihrem Browser einstellen, dass Cookies abgelehnt werden.', 'tracking', 'good'],
    ['de', 'Wir dürfen bestimmte Daten in den unten beschriebenen Situationen offenlegen.', 'third-party-sharing', 'neutral'],
    ['de', 'Wir geben Ihre Daten niemals weiter.', 'third-party-sharing', 'good'],
    ['de', 'Die Angaben, die Sie uns beim Anlegen des Kontos übermitteln, nutzen wir für die Anmeldung.', 'data-collection', 'neutral'],
    // A French SaaS privacy notice: kept for the time needed, shared in listed cases, transferred outside the EEA,
    // what the reader provides.
    ['fr', 'Nous gardons vos factures le temps nécessaire au respect de nos obligations comptables.', 'data-retention', 'neutral'],
    ['fr', 'Nous pouvons partager certaines données dans les situations décrites ci-dessous.', 'third-party-sharing', 'neutral'],
    ['fr', 'Vous pouvez partager vos listes avec vos collègues.', 'third-party-sharing', null],
    ['fr', 'Vos fichiers peuvent être hébergés en dehors de l’Union européenne.', 'international-transfer', 'neutral'],
    ['fr', 'Les données que vous nous communiquez lors de l’inscription servent à créer votre compte.', 'data-collection', 'neutral'],
    ['es', 'Podemos compartir cierta información en las situaciones descritas a continuación.', 'third-party-sharing', 'neutral'],
    ['es', 'Puedes compartir tus listas con tus compañeros.', 'third-party-sharing', null],
    ['es', 'Los datos que nos facilitas al darte de alta sirven para crear tu cuenta.', 'data-collection', 'neutral'],
    ['it', 'Possiamo condividere alcuni dati nelle situazioni descritte di seguito.', 'third-party-sharing', 'neutral'],
    ['it', 'Puoi condividere le tue liste con i colleghi.', 'third-party-sharing', null],
    ['it', 'I dati che ci fornisci al momento dell’iscrizione servono a creare il tuo account.', 'data-collection', 'neutral'],
    ['de', 'Du kannst dich bei der Landesdatenschutzaufsichtsbehörde beschweren.', 'user-rights', 'good'],
    ['de', 'Marketingcookies setzen wir erst nach Ihrer Einwilligung.', 'tracking', 'good'],
    // Security, as in English: encryption and safeguards the provider takes are good, data left unencrypted is bad, a
    // figure ("cifra", "chiffre") is not encryption.
    ['it', 'Le chat vengono cifrate durante la trasmissione.', 'security', 'good'],
    ['it', 'I backup non sono cifrati.', 'security', 'bad'],
    ['it', 'La cifra dovuta è indicata nella fattura.', 'security', null],
    ['fr', 'Vos fichiers sont chiffrés sur nos serveurs.', 'security', 'good'],
    ['fr', 'Les messages ne sont pas chiffrés de bout en bout.', 'security', 'bad'],
    ['fr', "Notre chiffre d'affaires est publié chaque année.", 'security', null],
    ['es', 'Las copias de seguridad están cifradas.', 'security', 'good'],
    ['es', 'Los mensajes de voz no están cifrados.', 'security', 'bad'],
    ['es', 'La cifra final aparece en tu recibo.', 'security', null],
    ['de', 'Ihre Notizen werden verschlüsselt gespeichert.', 'security', 'good'],
    ['de', 'Sprachnachrichten werden unverschlüsselt übertragen.', 'security', 'bad'],
    // A processing agreement (AVV): processing only on documented instructions, further processors only with
    // approval, breaches reported.
    ['de', 'Der Dienstleister verarbeitet Kundendaten ausschließlich auf dokumentierte Weisung des Kunden.', 'third-party-sharing', 'good'],
    ['de', 'Weitere Auftragsverarbeiter setzt der Anbieter nur mit vorheriger Zustimmung des Kunden ein.', 'third-party-sharing', 'good'],
    ['de', 'Eine Datenpanne meldet der Anbieter dem Kunden binnen 48 Stunden.', 'security', 'good'],
    // An AI image app's terms: a post in a public gallery that the provider may use in its advertising (a bad licence),
    // content taken down with the reason told and a way to contest it (fair removal).
    ['es', 'Al compartir un dibujo en el muro, nos autorizas a mostrarlo en nuestras campañas publicitarias.', 'content-license', 'bad'],
    ['es', 'Si eliminamos una publicación, te indicaremos el motivo y podrás impugnar la decisión.', 'content-removal', 'good'],
    ['fr', 'En partageant une photo, vous nous autorisez à la diffuser dans nos campagnes de marketing.', 'content-license', 'bad'],
    ['fr', 'Si nous supprimons une publication, vous pourrez contester cette décision.', 'content-removal', 'good'],
    ['it', 'Condividendo un disegno, ci autorizzi a pubblicarlo nelle nostre campagne promozionali.', 'content-license', 'bad'],
    ['it', 'Se eliminiamo un tuo post, ti comunicheremo il motivo.', 'content-removal', 'good'],
    ['de', 'Teilen Sie ein Bild öffentlich, erlauben Sie uns, es für Werbung zu nutzen.', 'content-license', 'bad'],
    ['de', 'Wenn wir einen Beitrag sperren, teilen wir Ihnen die Gründe mit.', 'content-removal', 'good'],
    // A cookie policy: the reader may accept, refuse or block cookies (good, even advertising ones), refusing costs
    // nothing.
    ['fr', 'Vous pouvez refuser les cookies publicitaires de nos partenaires en un clic.', 'tracking', 'good'],
    ['fr', "Le refus des cookies d'audience n'affecte pas votre navigation.", 'tracking', 'good'],
    ['de', 'Sie können Werbecookies jederzeit in den Einstellungen ablehnen.', 'tracking', 'good'],
    ['es', 'Puedes rechazar las cookies de terceros desde el panel de configuración.', 'tracking', 'good'],
    ['it', 'Puoi rifiutare i cookie di profilazione dal banner.', 'tracking', 'good'],
    ['it', 'I cookie di profilazione dei nostri partner mostrano annunci mirati.', 'tracking', 'bad'],
    // A German fitness app's privacy notice: what is stored at sign-up and what a device records, data passed on to
    // no one or kept on another company's servers, what is public and what is private by default, hashed passwords,
    // sensitive data only with consent.
    ['de', 'Bei der Registrierung speichern wir deine Telefonnummer und dein Geburtsdatum.', 'data-collection', 'neutral'],
    ['de', 'Die Uhr misst deinen Puls und deine Schlafphasen.', 'data-collection', 'neutral'],
    ['de', 'Absturzstatistiken erheben wir nur in anonymisierter Form.', 'data-collection', 'neutral'],
    ['de', 'Eine Weitergabe an Werbenetzwerke erfolgt nicht.', 'third-party-sharing', 'good'],
    ['de', 'Die Daten liegen auf Servern eines Cloud-Anbieters in Irland.', 'third-party-sharing', 'neutral'],
    ['de', 'Fotos, die du öffentlich teilst, sind für jeden sichtbar.', 'third-party-sharing', 'neutral'],
    ['de', 'Deine Notizen sind standardmäßig privat.', 'third-party-sharing', 'good'],
    ['de', 'Kennwörter werden ausschließlich gehasht gespeichert.', 'security', 'good'],
    ['de', 'Biometrische Daten nutzen wir nur mit deiner ausdrücklichen Einwilligung.', 'sensitive-data', 'good'],
    // A French recipe app's privacy notice: a message sent to an AI provider, what the app measures, what is public
    // and what is private by default, hashed passwords.
    ['fr', 'Votre message est envoyé à notre fournisseur de traduction automatique.', 'third-party-sharing', 'neutral'],
    ['fr', 'La montre enregistre votre rythme cardiaque pendant la séance.', 'data-collection', 'neutral'],
    ['fr', 'Le site suit les recommandations de la CNIL.', 'data-collection', null],
    ['fr', 'Vos commentaires sont visibles par tous les membres du club.', 'third-party-sharing', 'neutral'],
    ['fr', 'Vos listes de courses sont privées par défaut.', 'third-party-sharing', 'good'],
    ['fr', 'Nous conservons les mots de passe uniquement sous forme hachée.', 'security', 'good'],
    // Spanish and Italian privacy notices of an app: what is stored at sign-up and what the app records, data on a
    // provider's servers, public and private by default, logs deleted after a time.
    ['es', 'Cuando creas una cuenta guardamos tu teléfono y tu ciudad.', 'data-collection', 'neutral'],
    ['es', 'El reloj mide tu pulso mientras entrenas.', 'data-collection', 'neutral'],
    ['es', 'Las fotos se almacenan en servidores de un proveedor externo en Francia.', 'third-party-sharing', 'neutral'],
    ['es', 'Tus listas son visibles para todos los miembros del grupo.', 'third-party-sharing', 'neutral'],
    ['es', 'Tus notas son privadas por defecto.', 'third-party-sharing', 'good'],
    ['es', 'Las copias de seguridad se borran a los 60 días.', 'data-retention', 'good'],
    ['it', 'Al momento della registrazione memorizziamo il tuo numero di telefono.', 'data-collection', 'neutral'],
    ['it', 'L’orologio rileva il battito durante l’allenamento.', 'data-collection', 'neutral'],
    ['it', 'Le foto sono conservate sui server di un fornitore esterno in Francia.', 'third-party-sharing', 'neutral'],
    ['it', 'Le tue liste sono visibili a tutti i membri del gruppo.', 'third-party-sharing', 'neutral'],
    ['it', 'Le tue note sono private per impostazione predefinita.', 'third-party-sharing', 'good'],
    // Small sites' terms: the terms as the subject of a change ("peuvent être modifiées"), a law named by its
    // country's adjective, whatever the country.
    ['fr', 'Les présentes conditions peuvent être modifiées à tout moment.', 'unilateral-change', 'bad'],
    ['fr', 'Le contrat est régi par le droit sénégalais.', 'choice-of-law', 'neutral'],
    ['fr', 'Vos données sont protégées conformément à la loi Informatique et Libertés.', 'choice-of-law', null],
    ['de', 'Die AGB können jederzeit geändert werden.', 'unilateral-change', 'bad'],
    ['es', 'Esta política puede ser actualizada sin previo aviso.', 'unilateral-change', 'bad'],
    ['es', 'El contrato se regirá por la legislación chilena.', 'choice-of-law', 'neutral'],
    ['es', 'Tus datos están sujetos a la ley de protección de datos.', 'choice-of-law', null],
    ['it', 'Questa informativa può essere aggiornata senza preavviso.', 'unilateral-change', 'bad'],
    ['it', 'Il contratto è regolato dalla legge francese.', 'choice-of-law', 'neutral'],
    ['fr', 'Le contrat est soumis aux lois canadiennes.', 'choice-of-law', 'neutral'],
    ['es', 'Estas condiciones se rigen por las leyes españolas.', 'choice-of-law', 'neutral'],
    ['it', 'Il contratto è soggetto alle leggi inglesi.', 'choice-of-law', 'neutral'],
    // Small sites' terms: the risk left with the reader (not a declaration made under one's own responsibility); no
    // tracker set without consent.
    ['fr', 'Le téléchargement des fichiers se fait à vos risques et périls.', 'liability-limitation', 'bad'],
    ['fr', 'Aucun traceur publicitaire n’est installé sans votre accord.', 'tracking', 'good'],
    ['fr', 'Des cookies publicitaires sont déposés sans votre consentement.', 'tracking', 'bad'],
    ['de', 'Das Herunterladen von Dateien geschieht auf eigene Gefahr.', 'liability-limitation', 'bad'],
    ['es', 'Descargas los archivos bajo tu propia responsabilidad.', 'liability-limitation', 'bad'],
    ['es', 'Declaras bajo tu responsabilidad que eres mayor de edad.', 'liability-limitation', null],
    ['it', 'Scarichi i file a tuo rischio.', 'liability-limitation', 'bad'],
    ['it', 'Dichiari sotto la tua responsabilità di avere almeno 18 anni.', 'liability-limitation', null],
  ])('reads %s: %s', (code, sentence, category, severity) => {
    expect(classifySentence(sentence, clausePackFor(code)).find((l) => l.category === category)?.severity ?? null).toBe(severity);
  });
});

describe('actions', () => {
  it('finds e-mails, settings paths, deadlines and action links', () => {
    const actions = findActions('To opt out, go to Settings > Data controls or write to privacy@example.com within 30 days.', [
      { text: 'opt-out form', href: 'https://example.com/privacy/opt-out' },
      { text: 'our blog', href: 'https://example.com/blog' },
    ]);
    expect(actions).toEqual([
      { kind: 'email', value: 'privacy@example.com' },
      { kind: 'settings', value: 'Settings > Data controls' },
      { kind: 'link', value: 'https://example.com/privacy/opt-out', label: 'opt-out form' },
      { kind: 'deadline', value: 'within 30 days' },
    ]);
  });
  it('takes addresses written out in the text, once, and only those that lead somewhere to act', () => {
    expect(findActions('To opt out, visit https://example.com/privacy/opt-out. Our news is at https://example.com/blog.')).toEqual([
      { kind: 'link', value: 'https://example.com/privacy/opt-out' },
    ]);
    expect(findActions('Use the form (https://example.com/request) or https://example.com/request.', [{ text: 'our request form', href: 'https://example.com/request' }])).toEqual([
      { kind: 'link', value: 'https://example.com/request', label: 'our request form' },
    ]);
    expect(findActions('Write to javascript:alert(1) or ftp://example.com/privacy.')).toEqual([]);
  });
  it('takes a link by its words, or by its address where the words run together, never by a word inside another', () => {
    const links = (...list: Array<[string, string]>) => findActions('See the links.', list.map(([text, href]) => ({ text, href }))).map((a) => a.label);
    expect(links(['Analytics', 'https://tools.example.com/dlpage/gaoptout'], ['ad industry site', 'https://www.youradchoices.example/'], ['My Activity', 'https://example.com/activitycontrols'])).toEqual(['Analytics', 'ad industry site', 'My Activity']);
    expect(links(['activity information', 'https://example.com/activity'], ['our platform', 'https://example.com/platform'], ['copyrights', 'https://example.com/legal'])).toEqual([]);
    expect(links(['erase', 'https://example.com/help/contact/123'], ['right to object', 'https://example.com/help/9'], ['Access your information', 'https://example.com/you'])).toEqual(['erase', 'right to object', 'Access your information']);
  });
  it('tells a link to another place of the same document (a footnote, a section) from one that leads away', () => {
    const page = 'https://example.com/privacy?hl=en';
    expect(withinDocument('#footnote-cookies', page)).toBe(true);
    expect(withinDocument('https://example.com/privacy?hl=de#footnote-cookies', page)).toBe(true);
    expect(withinDocument('/privacy#choices', page)).toBe(true);
    expect(withinDocument('https://example.com/privacy/choices', page)).toBe(false);
    expect(withinDocument('https://example.com/settings#privacy', page)).toBe(false);
    expect(withinDocument('https://example.com/privacy#x', null)).toBe(false);
    // A single-page app's routes lead elsewhere in the app.
    expect(withinDocument('#/settings/privacy', 'https://app.example.com/#/legal/privacy')).toBe(false);
    expect(withinDocument('https://app.example.com/#!/account/delete', 'https://app.example.com/#!/legal/privacy')).toBe(false);
  });
  it('finds deadlines written in words or as a range', () => {
    const deadlines = (text: string) => findActions(text).filter((a) => a.kind === 'deadline').map((a) => a.value);
    expect(deadlines('We will answer within one month of your request.')).toEqual(['within one month']);
    expect(deadlines('Refunds reach your card within 5-10 business days.')).toEqual(['within 5-10 business days']);
    expect(deadlines('Send the notice within a week.')).toEqual(['within a week']);
    expect(deadlines('After delivery, buyers have 30 days to return an item.')).toEqual(['30 days to return']);
    expect(deadlines('The warranty lasts 12 months from delivery.')).toEqual([]);
    expect(deadlines('You must be at least 18 years old, or at least thirteen (13) years of age with consent.')).toEqual([]);
  });
  it('finds a number to call only where the text says to call it', () => {
    expect(findActions('To cancel, call us toll-free at 1-800-555-0199.')).toEqual([{ kind: 'phone', value: '1-800-555-0199' }]);
    expect(findActions('Questions? Telephone +44 (0)20 7946 0958 on weekdays.')).toEqual([{ kind: 'phone', value: '+44 (0)20 7946 0958' }]);
    expect(findActions('Version 2.3.1 shipped on 12.03.2024 and costs $1,299.00 per year.')).toEqual([]);
  });
  it('follows a settings path to the switch it names in quotes', () => {
    expect(findActions('Turn it off under Settings → Data controls → “Improve the model for everyone”.')).toEqual([
      { kind: 'settings', value: 'Settings → Data controls → “Improve the model for everyone”' },
    ]);
  });
  it('writes a settings path told as steps as one path', () => {
    expect(findActions('Open the app, tap Profile, then Settings, then Privacy, and switch off Personalised ads.')).toEqual([{ kind: 'settings', value: 'Profile > Settings > Privacy' }]);
    expect(findActions('Click Accept, then continue reading.')).toEqual([]);
    expect(findActions('Go to Account, then Privacy, then Downloads to get a copy.')).toEqual([{ kind: 'settings', value: 'Account > Privacy > Downloads' }]);
  });
  it('follows a settings path written with slashes, and only one that starts at Settings or Preferences', () => {
    expect(findActions('Block them under Settings/Privacy and Security/Site cookies within the browser.')).toEqual([{ kind: 'settings', value: 'Settings/Privacy and Security/Site cookies' }]);
    expect(findActions('Open Preferences / Sharing to stop it.')).toEqual([{ kind: 'settings', value: 'Preferences / Sharing' }]);
    expect(findActions('You and/or Your Company may change these settings.')).toEqual([]);
  });
  it('leaves out the verb that leads to a path, and ends it at the switch named after it', () => {
    expect(findActions('Open Preferences › Sharing, and switch off “Share usage statistics”.')).toEqual([{ kind: 'settings', value: 'Preferences › Sharing > “Share usage statistics”' }]);
  });
  it('names settings pages', () => {
    expect(findActions('Choose No in your Privacy & Security settings.')).toEqual([{ kind: 'settings', value: 'Privacy & Security settings' }]);
    expect(findActions('Change this in settings.')).toEqual([]);
    expect(findActions('Those settings may keep saving data. These controls are in your browser.')).toEqual([]);
  });
});

describe('grade', () => {
  const grade = (entries: Array<[CategoryId, Severity]>) => gradeFor(new Map(entries));
  it('follows the documented formula', () => {
    expect(grade([])).toBe('A');
    expect(grade([['data-sale', 'good'], ['tracking', 'neutral']])).toBe('A');
    expect(grade([['tracking', 'bad']])).toBe('B');
    expect(grade([['tracking', 'bad'], ['arbitration', 'blocker']])).toBe('C');
    expect(grade([['tracking', 'bad'], ['arbitration', 'blocker'], ['ai-training', 'blocker']])).toBe('D');
    expect(grade([['tracking', 'bad'], ['arbitration', 'blocker'], ['ai-training', 'blocker'], ['content-license', 'blocker'], ['data-sale', 'blocker']])).toBe('E');
  });
  it('lets good clauses offset only neutral ones', () => {
    expect(grade([['tracking', 'bad'], ['data-sale', 'good'], ['user-rights', 'good']])).toBe('B');
  });
});

describe('rules and filter', () => {
  it('read a bare warranty disclaimer as a liability topic; the trained filter decides whether it is worth showing', () => {
    expect(ruleLabels('The service is provided "as is" without warranties of any kind.', enClauses).map((l) => [l.category, l.severity])).toEqual([['liability-limitation', 'bad']]);
  });
  it('find no clause in a policy announcing what it covers, and still read the sentences it announces', () => {
    for (const overview of [
      'This Privacy Notice describes the information we collect, how we use and share it, the security measures we take and the choices you have.',
      'Our privacy statement explains when we disclose personal information to third parties and how you can opt out.',
      'This Cookie Notice explains which cookies we set, how long they last and how you can refuse them.',
    ]) expect(ruleLabels(overview, enClauses)).toEqual([]);
    expect(ruleLabels('We disclose personal information to third parties, and you can opt out at any time.', enClauses).map((l) => l.category)).toEqual(expect.arrayContaining(['third-party-sharing', 'user-rights']));
  });
});

describe('the clause filter', () => {
  it('is the one `npm run train` fits from the corpus and the current rules (retrain after changing a rule)', () => {
    expect(JSON.parse(JSON.stringify(filterModel(trainingExamples())))).toEqual(shipped);
  });
});
