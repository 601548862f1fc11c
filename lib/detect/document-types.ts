/** The kinds of legal document Clausemark recognises. */
export const DOCUMENT_TYPES = [
  'terms-of-service',
  'privacy-policy',
  'cookie-policy',
  'acceptable-use-policy',
  'data-processing-agreement',
  'commercial-terms',
  'developer-terms',
  'eula',
  'community-guidelines',
  'imprint',
  'copyright-policy',
  'purchase-terms',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_NAMES: Record<DocumentType, string> = {
  'terms-of-service': 'Terms of Service',
  'privacy-policy': 'Privacy Policy',
  'cookie-policy': 'Cookie Policy',
  'acceptable-use-policy': 'Acceptable Use Policy',
  'data-processing-agreement': 'Data Processing Agreement',
  'commercial-terms': 'Commercial Terms',
  'developer-terms': 'Developer Terms',
  eula: 'End-User Licence Agreement',
  'community-guidelines': 'Community Guidelines',
  imprint: 'Imprint',
  'copyright-policy': 'Copyright Policy',
  'purchase-terms': 'Purchase and Billing Terms',
};
