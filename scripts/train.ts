// npm run train: fits the English clause filter on the corpus and writes lib/clauses/filter-en.json.
import { writeFileSync } from 'node:fs';
import { filterModel, trainingExamples } from './train/data.ts';

const started = performance.now();
const examples = trainingExamples();
const model = filterModel(examples);
const path = new URL('../lib/clauses/filter-en.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(model)}\n`);
console.log(`${examples.length} examples, ${Object.keys(model.weights).length} features, ${(JSON.stringify(model).length / 1024).toFixed(0)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.pathname}`);
