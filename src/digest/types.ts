import type { Citation, StatedPosition, StatedQuote, StatedTally } from '../answer.ts';
import type { Lang } from '../i18n/lang.ts';

/** Per-channel memory the digest needs: which facts this channel has already been shown. */
export interface DigestState {
  shownFactIds: string[];
}

export const EMPTY_DIGEST_STATE: DigestState = { shownFactIds: [] };

export type MilestoneKind = 'votes_day' | 'anniversary' | 'monthly' | 'hundredth_day';

export interface Milestone {
  kind: MilestoneKind;
  /** Years for an anniversary, months for a monthly, the day number for a hundredth day. */
  count: number;
}

export type DigestItemKind = 'notice' | 'milestone' | 'recap_vote' | 'quote' | 'on_this_day' | 'fact';

/** One statement of the digest. `sources` are knowledge source ids; a notice states no fact and has none. */
export interface DigestItem {
  kind: DigestItemKind;
  text: string;
  sources: string[];
  /** The knowledge id the item comes from (vote, quote, event or fact id), when there is one. */
  ref?: string;
}

export interface Digest {
  date: string;
  /** The language it is written in (the subscription's); English unless one was asked for. */
  lang: Lang;
  title: string;
  /** The whole digest as plain text, with numbered citations. */
  text: string;
  items: DigestItem[];
  citations: Citation[];
  /** Days since 24 February 2025 (negative before it). */
  day: number;
  milestones: Milestone[];
  factId: string | null;
  /** The channel state to store once this digest has been delivered. */
  nextState: DigestState;
  tallies: StatedTally[];
  positions: StatedPosition[];
  quotes: StatedQuote[];
  /** Notes in the digest's language: the quotes' language, and that some sentences stayed in English. */
  notes: string[];
}

/** The fixed `npm run digest -- --json` shape; `lang` only when the digest is not in English. */
export interface DigestJson {
  date: string;
  lang?: Lang;
  title: string;
  text: string;
  items: { kind: DigestItemKind; text: string; sources: string[] }[];
  citations: Citation[];
}

export function digestToJson(d: Digest): DigestJson {
  return {
    date: d.date,
    ...(d.lang === 'en' ? {} : { lang: d.lang }),
    title: d.title,
    text: d.text,
    items: d.items.map(({ kind, text, sources }) => ({ kind, text, sources })),
    citations: d.citations,
  };
}
