/**
 * `npm run digest -- [--date YYYY-MM-DD] [--lang fr] [--json]`: the digest for a date (default: today in UTC), in
 * a language (default English), as plain text or as one JSON object {date, title, text, items, citations} (with
 * `lang` after `date` when not English). Needs no database: it shows the digest a channel with no history would get.
 */
import { buildDigest, digestToAnswer, digestToJson, isIsoDate, utcDate } from '../../src/digest/index.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { languageChoices, parseLang } from '../../src/i18n/parse-lang.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { answerToText } from '../../src/render-text.ts';

const USAGE = `Usage:
  npm run digest                           today's digest (UTC date)
  npm run digest -- --date 2026-02-24      the digest for a date
  npm run digest -- --date 2026-02-24 --json   one JSON object {date, title, text, items, citations}
  npm run digest -- --date 2026-02-24 --lang fr   the digest a channel subscribed in French gets`;

interface Args {
  date: string;
  json: boolean;
  lang: Lang;
}

function parseArgs(argv: string[]): Args | string {
  let date = utcDate(new Date());
  let json = false;
  let lang: Lang = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      const parsed = value === undefined ? undefined : parseLang(value);
      if (!parsed)
        return `--lang needs one of ${languageChoices()} (got ${value === undefined ? 'nothing' : `"${value}"`}).`;
      lang = parsed;
    } else if (arg === '--date' || arg.startsWith('--date=')) {
      const value = arg === '--date' ? argv[++i] : arg.slice('--date='.length);
      if (value === undefined || !isIsoDate(value))
        return `--date needs a calendar date as YYYY-MM-DD, for example --date 2026-02-24 (got ${value === undefined ? 'nothing' : `"${value}"`}).`;
      date = value;
    } else return `Unknown argument "${arg}".\n${USAGE}`;
  }
  return { date, json, lang };
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const digest = buildDigest(loadKnowledge(), args.date, undefined, args.lang);
  const out = args.json
    ? JSON.stringify(digestToJson(digest))
    : answerToText(digestToAnswer(digest), { suggestions: false });
  process.stdout.write(`${out}\n`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (err) {
  console.error(`digest failed: ${(err as Error).message}`);
  process.exit(1);
}
