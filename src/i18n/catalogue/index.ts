import type { Lang } from '../lang.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { type Catalogue, en, type MessageKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export type { Catalogue, MessageKey };
/** One catalogue per answer language; `Partial` so that a missing key is a fallback to English, not a crash. */
export const CATALOGUES: Record<Lang, Partial<Catalogue>> = { en, ar, zh, fr, ru, es, de, uk };
export const REFERENCE: Catalogue = en;
