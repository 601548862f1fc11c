import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { it } from './it.ts';
import { fr } from './fr.ts';
import type { LanguagePack } from './types.ts';

export const LANGUAGE_PACKS: LanguagePack[] = [en, de, fr, es, it];

/** The pack for a language code, falling back to English (the most complete pack). */
export const packFor = (code: string | null): LanguagePack => LANGUAGE_PACKS.find((p) => p.code === code) ?? en;
