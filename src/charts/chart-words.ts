/**
 * Every word a picture shows (legend, title, subtitle, notes, member names), in the answer's language. English
 * pictures keep the words they always had; other languages take them from the answer catalogues
 * (src/i18n/catalogue/) and from ICU (member names, dates). A vote the catalogues do not name keeps its English
 * title. Pictures are drawn with the bundled fonts: Inter for Latin and Cyrillic, Noto Sans Arabic and Noto Sans SC
 * for Arabic and Chinese (svg.ts), so every answer language is drawn in its own words.
 */
import { type Lang, langOfLocale } from '../i18n/lang.ts';
import { Messages } from '../i18n/messages.ts';
import { localCountry, positionLabel } from '../i18n/vote-words.ts';
import type { Knowledge, Vote } from '../knowledge/model.ts';
import type { Position } from '../knowledge/schema.ts';
import {
  type MapPosition,
  NO_SEAT_LEGEND,
  POSITION_LEGEND,
  positionPhrase,
  UNKNOWN_LEGEND,
} from './palette.ts';
import {
  bodyLabel,
  displaySymbol,
  isHistory,
  type KnownTally,
  longDate,
  outcomeLine,
  shortTitle,
} from './vote-facts.ts';

export interface ChartWords {
  readonly lang: Lang;
  legend(position: MapPosition, body: 'GA' | 'SC'): string;
  /** "12 of 51": how many of a partial record's tally it names. */
  partial(named: number, total: number): string;
  symbol(vote: Vote): string;
  title(vote: Vote): string;
  /** "UN General Assembly · 24 February 2025 · Adopted 93–18–65" */
  subtitle(vote: Vote, tally: KnownTally): string;
  member(name: string): string;
  circlesCouncil(): string;
  circlesSmall(count: number): string;
  highlighted(name: string, position: MapPosition, body: 'GA' | 'SC'): string;
  sources(vote: Vote): string;
  absentNotRecorded(): string;
  record: {
    vote: string;
    position: string;
    subtitle(years: string): string;
    footer: string;
    unknown(member: string): string;
    rowName(vote: Vote): string;
    rowDate(vote: Vote): string;
  };
}

/** The language a picture is drawn in: the answer's (English when it has none). */
export function drawnLang(lang: string | undefined): Lang {
  return langOfLocale(lang) ?? 'en';
}

const unconfirmed = (vote: Vote) => isHistory(vote) && vote.symbol === vote.id;

const ENGLISH: ChartWords = {
  lang: 'en',
  legend: (p, body) =>
    p === 'unknown' ? UNKNOWN_LEGEND : p === 'no_seat' ? NO_SEAT_LEGEND[body] : POSITION_LEGEND[p],
  partial: (named, total) => `${named} of ${total}`,
  symbol: displaySymbol,
  title: shortTitle,
  subtitle: (vote, tally) =>
    `${bodyLabel(vote)} \u00b7 ${longDate(vote.date)} \u00b7 ${outcomeLine(vote, tally)}`,
  member: (name) => name,
  circlesCouncil: () => 'Circles mark the smaller Council members',
  circlesSmall: (count) => `Circles mark ${count} states too small to see at this scale`,
  highlighted: (name, p, body) => `Highlighted: ${name} (${positionPhrase(p, body)})`,
  sources: (vote) =>
    isHistory(vote)
      ? `Sources: as cited in the answer${vote.listsComplete ? '' : ' (not known: not placed by them)'}`
      : 'Source: UN voting record',
  absentNotRecorded: () => 'The number that did not vote was not recorded',
  record: {
    vote: 'Vote',
    position: 'Position',
    subtitle: (years) => `UN votes on Ukraine, ${years} \u00b7 one row per vote, oldest first`,
    footer: 'Colours as on the vote maps \u00b7 Sources: as cited in the answer',
    unknown: (member) =>
      `Not known: the lists the sources give for that vote do not name ${member}; it is not a position`,
    rowName: (vote) => (unconfirmed(vote) ? 'Resolution, symbol not confirmed' : displaySymbol(vote)),
    rowDate: (vote) =>
      vote.body === 'SC' ? `${longDate(vote.date)} \u00b7 Security Council` : longDate(vote.date),
  },
};

const capitalise = (s: string, lang: Lang) => s.charAt(0).toLocaleUpperCase(lang) + s.slice(1);

function localWords(k: Knowledge, lang: Lang): ChartWords {
  const m = new Messages(lang);
  const symbol = (vote: Vote) =>
    vote.kind === 'motion'
      ? m.t('chart.symbol.motion')
      : vote.kind === 'amendment'
        ? (vote.draftSymbol ?? m.t('chart.symbol.amendment'))
        : unconfirmed(vote)
          ? m.t('chart.symbol.unconfirmed')
          : vote.symbol;
  const legend = (p: MapPosition, body: 'GA' | 'SC') =>
    p === 'unknown'
      ? m.t('chart.legend.unknown')
      : p === 'no_seat'
        ? m.t(`chart.legend.noSeat.${body}`)
        : positionLabel(m, p as Position);
  return {
    lang,
    legend,
    partial: (named, total) => m.t('chart.partial', { named, total }),
    symbol,
    title(vote) {
      // The catalogue's name of the vote after its symbol ("A/RES/ES-11/7, la résolution présentée par…").
      const key = `vote.${vote.id}`;
      if (!m.has(key)) return shortTitle(vote);
      const name = m.t(key, { symbol: vote.symbol, title: shortTitle(vote) });
      const rest = name.startsWith(vote.symbol)
        ? name.slice(vote.symbol.length).replace(/^[,،，]\s*/, '')
        : name;
      return capitalise(rest, lang);
    },
    subtitle(vote, t) {
      const tally = `${t.yes}\u2013${t.no}\u2013${t.abstain}`;
      const outcome = capitalise(m.t(vote.adopted ? 'outcome.adopted' : 'outcome.rejected', { tally }), lang);
      return `${m.t(`chart.body.${vote.body}`)} \u00b7 ${m.date(vote.date)} \u00b7 ${outcome}`;
    },
    member: (name) => localCountry(k, m, name),
    circlesCouncil: () => m.t('chart.circles.council'),
    circlesSmall: (count) => m.t('chart.circles.small', { count }),
    highlighted: (name, p, body) =>
      m.t('chart.highlighted', { name: localCountry(k, m, name), position: legend(p, body) }),
    sources: (vote) =>
      isHistory(vote)
        ? m.t(vote.listsComplete ? 'chart.sources.history' : 'chart.sources.historyPartial')
        : m.t('chart.source'),
    absentNotRecorded: () => m.t('chart.absentNotRecorded'),
    record: {
      vote: m.t('chart.record.vote'),
      position: m.t('chart.record.position'),
      subtitle: (years) => m.t('chart.record.subtitle', { years }),
      footer: m.t('chart.record.footer'),
      unknown: (member) => m.t('chart.record.unknown', { member: localCountry(k, m, member) }),
      rowName: (vote) => (unconfirmed(vote) ? m.t('chart.record.unconfirmed') : symbol(vote)),
      rowDate: (vote) =>
        vote.body === 'SC' ? `${m.date(vote.date)} \u00b7 ${m.t('chart.record.council')}` : m.date(vote.date),
    },
  };
}

const cache = new WeakMap<Knowledge, Map<Lang, ChartWords>>();

/** The words of pictures drawn for an answer in `lang` (see drawnLang). */
export function chartWords(k: Knowledge, lang: string | undefined): ChartWords {
  const drawn = drawnLang(lang);
  if (drawn === 'en') return ENGLISH;
  let byLang = cache.get(k);
  if (!byLang) {
    byLang = new Map();
    cache.set(k, byLang);
  }
  let words = byLang.get(drawn);
  if (!words) {
    words = localWords(k, drawn);
    byLang.set(drawn, words);
  }
  return words;
}
