// Sentence classification throughput, in process and through the `clausemark classify` command.
import { spawnSync } from 'node:child_process';
import { classifyPassage } from '../../lib/clauses/classify.ts';
import { enClauses } from '../../lib/lang/en-clauses.ts';
import { readJsonl } from '../../tests/corpus.ts';

export function classifySpeed() {
  const sentences = readJsonl<{ text: string }>('unfair-tos.jsonl').map((r) => r.text);
  const lines = Array.from({ length: 20_000 }, (_, i) => sentences[i % sentences.length]!);
  // One pass to warm up (JIT), then the median of three.
  const passes = [0, 1, 2, 3].map(() => {
    const t0 = performance.now();
    for (const s of lines) classifyPassage(s, enClauses);
    return performance.now() - t0;
  });
  const inProcess = lines.length / (passes.slice(1).sort((a, b) => a - b)[1]! / 1000);

  const input = lines.map((text) => JSON.stringify({ text })).join('\n');
  const cli = new URL('../../cli/clausemark.ts', import.meta.url).pathname;
  const t1 = performance.now();
  const out = spawnSync(process.execPath, [cli, 'classify'], { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - t1) / 1000;
  if (out.status !== 0) throw new Error(out.stderr);
  return { sentences: lines.length, inProcessPerSecond: inProcess, commandPerSecond: lines.length / seconds, commandSeconds: seconds };
}
