import type { ForeignLang } from '../lang.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { Lexicon } from './types.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export type { Lexicon } from './types.ts';
export const LEXICONS: Record<ForeignLang, Lexicon> = { ar, zh, fr, ru, es, de, uk };
