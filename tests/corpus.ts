// Access to the shared corpus (../shared/corpus beside the repository).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CategoryId } from '../lib/clauses/taxonomy.ts';
import type { DocumentType } from '../lib/detect/document-types.ts';

export const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

export interface PageEntry {
  file: string;
  legal: boolean;
  type: string | null;
  url: string | null;
}

export const pageIndex = (): PageEntry[] => JSON.parse(readFileSync(`${CORPUS}pages/index.json`, 'utf8'));

export const readPage = (file: string): string => readFileSync(`${CORPUS}pages/${file}`, 'utf8');

/** Pages are parsed as the command line parses them. */
export { parsePage } from '../cli/parse-page.ts';

export interface DocumentVersion {
  /** `<service>/<type>/<version>.md` below documents/. */
  file: string;
  path: string;
  /** The Open Terms Archive type the manifest gives (see CORPUS_TYPES). */
  type: string;
  newest: boolean;
}

/** Every version of every corpus document, oldest first, as each document's manifest lists them. */
export const documentVersions = (): DocumentVersion[] =>
  readdirSync(`${CORPUS}documents`).flatMap((service) =>
    readdirSync(`${CORPUS}documents/${service}`).flatMap((type) => {
      const dir = `${CORPUS}documents/${service}/${type}`;
      const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { type: string; versions: Array<{ file: string }> };
      return manifest.versions.map(({ file }, i) => ({ file: `${service}/${type}/${file}`, path: `${dir}/${file}`, type: manifest.type, newest: i === manifest.versions.length - 1 }));
    }),
  );

export function readJsonl<T>(name: string): T[] {
  return readFileSync(`${CORPUS}clauses/${name}`, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as T);
}

/** Open Terms Archive types, as the corpus labels pages, mapped onto Clausemark's document types. */
export const CORPUS_TYPES: Record<string, DocumentType> = {
  'Terms of Service': 'terms-of-service',
  'Privacy Policy': 'privacy-policy',
  'Business Privacy Policy': 'privacy-policy',
  'Trackers Policy': 'cookie-policy',
  'Acceptable Use Policy': 'acceptable-use-policy',
  'Commercial Terms': 'commercial-terms',
  'Data Processor Agreement': 'data-processing-agreement',
  'Developer Terms': 'developer-terms',
  'Copyright Claims Policy': 'copyright-policy',
  'In-App Purchases Policy': 'purchase-terms',
};

/** The categories each labelled set annotates (corpus README): for these, a missing label is a negative. */
export const CLAUDETTE_IDS: CategoryId[] = ['arbitration', 'unilateral-change', 'unilateral-termination', 'content-removal', 'liability-limitation', 'jurisdiction', 'choice-of-law', 'contract-by-using'];
export const OPP_IDS: CategoryId[] = ['unilateral-change', 'data-retention', 'third-party-sharing', 'user-rights', 'data-collection', 'tracking', 'security'];
export const AI_ZDR_IDS: CategoryId[] = ['ai-training', 'zero-data-retention', 'data-retention', 'user-rights', 'third-party-sharing', 'data-sale', 'content-license', 'data-collection', 'security', 'tracking', 'children', 'unilateral-change', 'arbitration', 'liability-limitation'];

