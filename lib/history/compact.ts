import { applyPatch, createPatch } from 'diff';

/** Text stored compactly: gzip-compressed, either whole or as a patch against another (whole) version. */
export interface StoredText {
  kind: 'full' | 'patch';
  data: Uint8Array;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export const gzip = (text: string) => pipe(new TextEncoder().encode(text), new CompressionStream('gzip'));
export const gunzip = async (data: Uint8Array) => new TextDecoder().decode(await pipe(data, new DecompressionStream('gzip')));

// Patches work on lines: one line per block, as the extractor writes them.
const PATCH_NAME = 'document';

/**
 * Stores `text` as a patch against `base` (a version stored whole) when the patch is under half the size of the
 * whole text compressed; otherwise whole, and it becomes the base of the versions that follow. A long history
 * thus costs a few whole copies and many small patches, and no patch depends on another patch.
 */
export async function storeText(text: string, base: string | null): Promise<StoredText> {
  const full = await gzip(text);
  if (base === null) return { kind: 'full', data: full };
  const patch = await gzip(createPatch(PATCH_NAME, base, text, '', '', { context: 0 }));
  return patch.length * 2 < full.length ? { kind: 'patch', data: patch } : { kind: 'full', data: full };
}

export async function loadText(stored: StoredText, base: () => Promise<string>): Promise<string> {
  const unpacked = await gunzip(stored.data);
  if (stored.kind === 'full') return unpacked;
  const result = applyPatch(await base(), unpacked);
  if (result === false) throw new Error('a stored version could not be rebuilt from its patch');
  return result;
}
