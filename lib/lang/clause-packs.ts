import { deClauses } from './de-clauses.ts';
import { enClauses } from './en-clauses.ts';
import { esClauses } from './es-clauses.ts';
import { frClauses } from './fr-clauses.ts';
import { itClauses } from './it-clauses.ts';
import type { ClausePack } from './types.ts';

const CLAUSE_PACKS: ClausePack[] = [enClauses, deClauses, frClauses, esClauses, itClauses];

/** The clause rules for a language code, falling back to English (the most complete pack). */
export const clausePackFor = (code: string | null): ClausePack => CLAUSE_PACKS.find((p) => p.code === code) ?? enClauses;
