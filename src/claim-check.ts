/**
 * "Fact-check with Plenary" on any platform: the claim a message makes, as the question the router reads as a
 * claim to check. "<claim>, is that right?" is that phrasing (router cue CHECK_A_CLAIM); "is it right that
 * <claim>" reads as a request for an opinion and gets the out-of-scope reply, so it is not used.
 */

/** The longest claim taken from a message; the rest is left out. */
export const MAX_CLAIM_CHARS = 400;

/** The claim-check question for a message's plain text (platform markup already removed); null without words. */
export function claimCheckQuestion(plainText: string | undefined): string | null {
  const words = (plainText ?? '').replace(/\s+/g, ' ').trim();
  const claim = Array.from(words)
    .slice(0, MAX_CLAIM_CHARS)
    .join('')
    .replace(/[\s.?!,;:]+$/, '');
  return /[\p{L}\p{N}]/u.test(claim) ? `${claim}, is that right?` : null;
}
