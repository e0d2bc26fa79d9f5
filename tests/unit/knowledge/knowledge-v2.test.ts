import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../../src/knowledge/check.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../../src/knowledge/load.ts';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: edits of raw JSON in broken copies
type J = Record<string, any>;

/** A scratch copy of knowledge/ with one file edited. */
function copyWith(file: string, edit: (json: J) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-knowledge-v2-'));
  copies.push(dir);
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as J;
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

const vote = (h: J, id: string): J => h.votes.find((v: J) => v.id === id);
const statement = (s: J, id: string): J => s.statements.find((x: J) => x.id === id);
const doc = (t: J, id: string): J => t.documents.find((d: J) => d.id === id);

describe('the imported statements, texts and history', () => {
  it('loads them into the model with lookups by id, symbol and date', () => {
    const k = loadKnowledge();
    expect(k.statements.length).toBe(24);
    expect(k.texts.map((d) => d.id)).toContain('sc_2774');
    const es111 = k.historyByKey.get('A/RES/ES-11/1');
    expect(es111?.id).toBe('ga_es11_1');
    expect(k.historyByKey.get('2022-03-02')).toBe(es111);
    expect(es111?.listsComplete).toBe(true);
    expect(es111?.positions.size).toBe(193);
    const y2026 = k.historyByKey.get('ga_2026_02_24');
    expect(y2026?.symbol).toBe('ga_2026_02_24');
    expect(y2026?.symbolConfirmed).toBe(false);
    expect(y2026?.listComplete).toEqual({ yes: false, no: true, abstain: false, absent: false });
    expect(k.history.map((v) => v.date)).toEqual([...k.history.map((v) => v.date)].sort());
    expect(k.historyByYear.get(2022)?.map((v) => v.id)).toEqual([
      'ga_es11_1',
      'ga_es11_2',
      'ga_es11_3',
      'ga_es11_4',
      'ga_es11_5',
    ]);
    expect(k.historyByYear.get(2025)).toBeUndefined();
  });

  it('keeps every source id resolvable in sources.json', () => {
    const k = loadKnowledge();
    for (const s of k.statements) for (const id of s.sources) expect(k.sources.has(id)).toBe(true);
    for (const v of k.history) for (const id of v.sources) expect(k.sources.has(id)).toBe(true);
  });

  it('marks Panama’s fragments as Spanish and Shea’s Council fragments as Reuters’ rendering', () => {
    const k = loadKnowledge();
    const pan = k.statements.find((s) => s.id === 's_out_pan')!;
    expect(pan.fragments.every((f) => f.language === 'Spanish')).toBe(true);
    const shea = k.statements.find((s) => s.id === 's_sc_usa_after')!;
    expect(shea.fragments.every((f) => f.asQuotedBy === 'Reuters')).toBe(true);
  });

  it('holds no English fragment of the dropped Nebenzia remark', () => {
    const k = loadKnowledge();
    const all = k.statements.flatMap((s) => [s.paraphrase.text, s.notes, ...s.fragments.map((f) => f.text)]);
    expect(all.some((t) => /clinging to power/i.test(t))).toBe(false);
  });
});

describe('knowledge:check on a broken history.json', () => {
  it('given a list longer than its tally, it fails', () => {
    const dir = copyWith('history.json', (h) => {
      vote(h, 'ga_es11_2').lists.no.push('France');
    });
    expect(checkKnowledge(dir)).toContain('ga_es11_2: the no list has 6 names, more than its tally of 5');
  });

  it('given a complete list one name short, it fails', () => {
    const dir = copyWith('history.json', (h) => {
      vote(h, 'ga_es11_4').lists.abstain.pop();
    });
    expect(checkKnowledge(dir)).toContain(
      'ga_es11_4: the abstain list is marked complete with 34 names, its tally is 35',
    );
  });

  it('given a member listed twice in one vote, it names the member', () => {
    const dir = copyWith('history.json', (h) => {
      vote(h, 'ga_es11_6').lists.yes.push('Belarus');
    });
    expect(loadKnowledge().historyByKey.get('ga_es11_6')?.positions.get('Belarus')).toBe('no');
    expect(checkKnowledge(dir)).toContain('ga_es11_6: "Belarus" is listed twice');
  });

  it('given a name that is not a member, it names it', () => {
    const dir = copyWith('history.json', (h) => {
      const v = vote(h, 'ga_68_262');
      v.lists.yes[0] = 'Wakanda';
    });
    expect(checkKnowledge(dir)).toContain('ga_68_262: "Wakanda" is not a UN member');
  });

  it('given two members swapped between lists (tallies unchanged), the checksum catches it', () => {
    const dir = copyWith('history.json', (h) => {
      const v = vote(h, 'ga_es11_1');
      const [a, b] = [v.lists.yes.shift(), v.lists.abstain.shift()];
      v.lists.yes.push(b);
      v.lists.abstain.push(a);
    });
    const problems = checkKnowledge(dir);
    expect(problems.some((p) => p.includes('more than its tally'))).toBe(false);
    expect(problems).toContain('ga_es11_1: positions differ from the verified import (checksums.json)');
  });

  it('given a position change that the records do not show, it fails', () => {
    const dir = copyWith('history.json', (h) => {
      h.changes[0].moves['yes->no'].push('France');
    });
    expect(
      checkKnowledge(dir).some((p) => p.includes('France is listed as yes->no, the records differ')),
    ).toBe(true);
  });
});

describe('knowledge:check on a broken statements.json', () => {
  it('given a verbatim fragment not marked as such, it fails', () => {
    const dir = copyWith('statements.json', (s) => {
      statement(s, 's_ga_ukr').fragments[1].verbatim = false;
    });
    expect(checkKnowledge(dir)).toContain('s_ga_ukr: fragment 2 is not marked verbatim');
  });

  it('given a paraphrase in quotation marks, it fails', () => {
    const dir = copyWith('statements.json', (s) => {
      const st = statement(s, 's_ga_chn');
      st.paraphrase.text = `“${st.paraphrase.text}”`;
    });
    expect(checkKnowledge(dir)).toContain('s_ga_chn: the paraphrase is shown as a quote');
  });

  it('given words a check dropped held as a verbatim fragment, it fails', () => {
    const id = 's_ga_rus';
    const dir = copyWith('statements.json', (s) => {
      const st = statement(s, id);
      st.fragments.push({ ...st.fragments[0], text: st.dropped[0].text });
    });
    expect(checkKnowledge(dir).some((p: string) => p.startsWith(`${id}: the dropped words`))).toBe(true);
  });

  it('given a paraphrase copied in as a fragment, it fails', () => {
    const dir = copyWith('statements.json', (s) => {
      const st = statement(s, 's_sc_rus');
      st.fragments.push({ ...st.fragments[0], text: st.paraphrase.text });
    });
    expect(checkKnowledge(dir)).toContain('s_sc_rus: the paraphrase is shown as a quote');
  });

  it('given a paraphrase not labelled as one, it fails', () => {
    const dir = copyWith('statements.json', (s) => {
      statement(s, 's_sc_gbr').paraphrase.shownAs = 'unlabelled';
    });
    expect(checkKnowledge(dir)).toContain('s_sc_gbr: the paraphrase is not labelled as a paraphrase');
  });

  it('given a fragment without a source, it fails', () => {
    const dir = copyWith('statements.json', (s) => {
      statement(s, 's_sc_fra').fragments[0].sources = [];
    });
    expect(checkKnowledge(dir)).toContain('s_sc_fra: fragment 1 has no source');
  });
});

describe('knowledge:check on a broken texts.json', () => {
  it('given a paragraph without a source, it fails', () => {
    const dir = copyWith('texts.json', (t) => {
      doc(t, 'ga_es11_l11').paragraphs[3].sources = [];
    });
    expect(checkKnowledge(dir)).toContain('ga_es11_l11 OP1: paragraph without a source');
  });

  it('given a paragraph not marked verbatim, it fails', () => {
    const dir = copyWith('texts.json', (t) => {
      doc(t, 'ga_es11_7').paragraphs[0].verbatim = false;
    });
    expect(checkKnowledge(dir)).toContain('ga_es11_7 PP1: paragraph is not marked verbatim');
  });

  it('given a press fragment not marked verbatim or without a source, it fails', () => {
    const dir = copyWith('texts.json', (t) => {
      const d = doc(t, 'ga_es11_7');
      d.fragments[0].verbatim = false;
      d.fragments[1].sources = [];
    });
    const problems = checkKnowledge(dir);
    expect(problems).toContain('ga_es11_7 fragment 1: fragment is not marked verbatim');
    expect(problems).toContain('ga_es11_7 fragment 2: fragment without a source');
  });

  it('given a disputed paragraph with its variant removed, it fails', () => {
    const dir = copyWith('texts.json', (t) => {
      doc(t, 'sc_2774').paragraphs[1].variants = [];
    });
    expect(checkKnowledge(dir)).toContain('sc_2774 PP1: disputed but no variant is given');
  });
});
