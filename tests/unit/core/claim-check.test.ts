import { describe, expect, it } from 'vitest';
import { claimCheckQuestion, MAX_CLAIM_CHARS } from '../../../src/claim-check.ts';
import { loadKnowledge } from '../../../src/knowledge/load.ts';
import { createRouter } from '../../../src/router/router.ts';

describe('claim-check question', () => {
  it('given a claim, asks it in the phrasing the router reads as a fact check, not as a request for an opinion', () => {
    const question = claimCheckQuestion('  France voted against ES-11/7. ');
    expect(question).toBe('France voted against ES-11/7, is that right?');
    const router = createRouter(loadKnowledge());
    expect(router.ask(question!).summary).toContain('France voted in favour of A/RES/ES-11/7');
    // "Is it right that …" asks whether the claim is correct, as people type a fact check (fifth session).
    expect(router.ask('is it right that France voted against ES-11/7').positions).toContainEqual({
      vote: 'A/RES/ES-11/7',
      country: 'France',
      position: 'yes',
    });
  });

  it('given no words, gives nothing to ask; given a long message, keeps its beginning', () => {
    expect(claimCheckQuestion('  ?! ')).toBeNull();
    expect(claimCheckQuestion(undefined)).toBeNull();
    const long = claimCheckQuestion('x'.repeat(MAX_CLAIM_CHARS * 2));
    expect(long).toBe(`${'x'.repeat(MAX_CLAIM_CHARS)}, is that right?`);
  });
});
