/**
 * `npm run ask -- "question"`: the plain-text answer.
 * `npm run ask -- --json "question"`: one JSON object (the fixed shape in src/answer-json.ts).
 * `npm run ask -- --json` with no question: one JSON object per stdin line, in order.
 */
import { createInterface } from 'node:readline';
import { answerToJson } from '../../src/answer-json.ts';
import { answerToText } from '../../src/render-text.ts';
import { createCore } from '../core.ts';

const USAGE = `Usage:
  npm run ask -- "how did the US vote?"        plain-text answer
  npm run ask -- --json "how did the US vote?" one JSON object
  npm run ask -- --json < questions.txt        one JSON object per input line
  npm run ask -- --json --conversation < f     the lines as one conversation: follow-ups ("and France?")
                                               take what they leave out from the line before`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  // Lines are separate questions unless --conversation makes them one conversation.
  const conversation = argv.includes('--conversation') ? 'cli' : undefined;
  const question = argv.filter((a) => a !== '--json' && a !== '--conversation').join(' ');
  const { router } = createCore();
  const answerOne = (q: string) => {
    const answer = router.ask(q, conversation ? { platform: 'cli', conversation } : { platform: 'cli' });
    return json ? JSON.stringify(answerToJson(q, answer)) : answerToText(answer);
  };
  if (question.length > 0) {
    process.stdout.write(`${answerOne(question)}\n`);
    return 0;
  }
  if (process.stdin.isTTY) {
    console.error(USAGE);
    return 2;
  }
  const rl = createInterface({ input: process.stdin, terminal: false });
  let first = true;
  for await (const line of rl) {
    if (!json && !first) process.stdout.write('\n');
    first = false;
    process.stdout.write(`${answerOne(line)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`ask failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
