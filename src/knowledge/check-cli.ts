import { checkKnowledge } from './check.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from './load.ts';

const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
const problems = checkKnowledge(dir);
if (problems.length > 0) {
  console.error(`knowledge:check found ${problems.length} problem(s) in ${dir}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const k = loadKnowledge(dir);
console.log(
  `knowledge:check ok: ${k.votes.length} votes and amendments, ${k.members.length} members, ` +
    `${k.quotes.length} quotes, ${k.facts.length} facts, ${k.timeline.length} events, ${k.groups.length} groups, ${k.sources.size} sources (version ${k.version})`,
);
