#!/usr/bin/env node
// The clausemark command line: `analyze` a saved page or document, `classify` sentences in bulk.
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { type Analysis, analyzeExtracted } from '../lib/analyze.ts';
import { classifyPassage } from '../lib/clauses/classify.ts';
import { CATEGORIES } from '../lib/clauses/taxonomy.ts';
import { DOCUMENT_TYPE_NAMES } from '../lib/detect/document-types.ts';
import { detectLanguage } from '../lib/detect/language.ts';
import { canonicalUrl, extractFromDocument } from '../lib/extract/dom-text.ts';
import { clausePackFor } from '../lib/lang/clause-packs.ts';
import { analyzeText } from '../lib/page.ts';

const MAX_BYTES = 10 * 1024 * 1024;
// A run of the command line tries every pattern on many sentences: each is compiled to machine code at once
// rather than interpreted first (V8's default, which pays off only for patterns run a few times).
setFlagsFromString('--no-regexp-tier-up');

const USAGE = `usage: clausemark analyze <file.html|file.md|file.txt> [--json]
       clausemark classify < sentences.jsonl`;

class UsageError extends Error {}

/**
 * A file's text: UTF-16 when it starts with that encoding's byte-order mark (what Windows calls "Unicode"), else
 * UTF-8 (its own mark dropped); null for a binary file.
 */
function decodeText(bytes: Uint8Array): string | null {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  return bytes.includes(0) ? null : new TextDecoder().decode(bytes);
}

async function readDocument(path: string): Promise<Analysis> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`);
  }
  if (size > MAX_BYTES) throw new UsageError(`${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  const source = decodeText(readFileSync(path));
  if (source === null) throw new UsageError(`${path} is a binary file, not a page or a text`);
  if (!source.trim()) throw new UsageError(`${path} is empty`);
  const fileUrl = pathToFileURL(path).href;
  const isHtml = /\.x?html?$/i.test(path) || /^\s*<(?:!doctype|html|head|body)\b/i.test(source);
  if (isHtml) {
    // Loaded only here: the HTML parsers take longer to load than `classify` takes to start.
    const { parsePage } = await import('./parse-page.ts');
    const doc = parsePage(source);
    return analyzeExtracted(extractFromDocument(doc, canonicalUrl(doc) ?? fileUrl));
  }
  return analyzeText(source, fileUrl);
}

function toJson(a: Analysis) {
  return {
    legal: a.legal,
    type: a.type,
    language: a.language,
    lastUpdated: a.lastUpdated,
    grade: a.grade,
    clauses: a.clauses.map((c) => ({ category: c.category, severity: c.severity, text: c.text, start: c.start, end: c.end, actions: c.actions })),
  };
}

const MARK = { good: '+', neutral: '·', bad: '!', blocker: '‼' } as const;

function toText(a: Analysis, path: string): string {
  const lines = [`${path}`];
  if (!a.legal) {
    lines.push(`  not a legal document${a.type ? ` (named ${DOCUMENT_TYPE_NAMES[a.type]}, but its text does not read like one)` : ''}`);
    return lines.join('\n');
  }
  lines.push(
    `  ${a.type ? DOCUMENT_TYPE_NAMES[a.type] : 'Legal document'} · language ${a.language ?? 'unknown'} · last updated ${a.lastUpdated ?? 'not stated'} · ${a.words} words`,
    a.grade
      ? `  grade ${a.grade} · ${a.summary.counts.blocker} blocker, ${a.summary.counts.bad} bad, ${a.summary.counts.neutral} neutral, ${a.summary.counts.good} good`
      : '  no grade: no clause found',
    '',
  );
  for (const c of a.clauses) {
    // A sentence read across broken lines is printed on one.
    const text = c.text.replaceAll('\n', ' ');
    lines.push(`${MARK[c.severity]} ${c.severity.padEnd(7)} ${CATEGORIES[c.category].title}`, `    ${text.length > 240 ? `${text.slice(0, 237)}…` : text}`);
    for (const action of c.actions) lines.push(`    → ${action.kind}: ${action.value}`);
  }
  if (a.truncated) lines.push('', '  (the page was too large; only its beginning was analysed)');
  return lines.join('\n');
}

/** A quick look for signs of another language, so that most lines skip the full language check. */
const mayNotBeEnglish = (text: string) => /[^\x00-\x7F‘’“”–—…•·©®™€£]|\b(?:der|die|und|nicht|wir|sie|ist|les|des|est|nous|vous|los|las|que|del|il|che|non)\b/i.test(text);

/** One answer line for one input line: the labels and severities, or an error object. */
function answer(line: string, n: number): string {
  if (!line.trim()) return JSON.stringify({ error: `line ${n}: empty line` });
  let text: unknown;
  try {
    text = (JSON.parse(line) as { text?: unknown }).text;
  } catch {
    return JSON.stringify({ error: `line ${n}: invalid JSON` });
  }
  if (typeof text !== 'string') return JSON.stringify({ error: `line ${n}: expected an object with a "text" string` });
  const labels = classifyPassage(text, clausePackFor(mayNotBeEnglish(text) ? detectLanguage(text, null) : 'en'));
  return JSON.stringify({ labels: labels.map((l) => l.category), severities: Object.fromEntries(labels.map((l) => [l.category, l.severity])) });
}

/** Every input line gets its output line, so that answers stay aligned with questions. Read and answered by chunk. */
async function classify(): Promise<void> {
  let n = 0;
  let rest = '';
  const answerAll = (lines: string[]) => {
    if (lines.length) process.stdout.write(`${lines.map((line) => answer(line.replace(/\r$/, ''), ++n)).join('\n')}\n`);
  };
  for await (const chunk of process.stdin.setEncoding('utf8')) {
    // A byte-order mark (files saved on Windows) is not part of the first line's JSON.
    const lines = (n === 0 && !rest ? chunk.replace(/^\uFEFF/, '') : rest + chunk).split('\n');
    rest = lines.pop()!;
    answerAll(lines);
  }
  answerAll(rest ? [rest] : []);
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'analyze') {
    const json = rest.includes('--json');
    const files = rest.filter((a) => a !== '--json');
    if (files.length !== 1) throw new UsageError(USAGE);
    const analysis = await readDocument(files[0]!);
    process.stdout.write(`${json ? JSON.stringify(toJson(analysis)) : toText(analysis, files[0]!)}\n`);
    return 0;
  }
  if (command === 'classify') {
    await classify();
    return 0;
  }
  throw new UsageError(USAGE);
}

// Exit codes are set, not forced with process.exit(), so that piped output is flushed in full.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`clausemark: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
