import type { Answer } from './answer.ts';
import { answerToText } from './render-text.ts';

/** The fixed `ask --json` shape that other tools rely on. Do not rename fields. */
export interface AnswerJson {
  question: string;
  intent: string;
  confidence: number;
  text: string;
  positions: { vote: string; country: string; position: string }[];
  tallies: {
    vote: string;
    yes: number | null;
    no: number | null;
    abstain: number | null;
    absent: number | null;
  }[];
  quotes: { speaker: string; text: string; source: string }[];
  citations: { id: string; title: string; url: string | null }[];
  images?: { vote: string; path: string }[];
}

export function answerToJson(question: string, answer: Answer): AnswerJson {
  const json: AnswerJson = {
    question,
    intent: answer.intent,
    confidence: answer.confidence,
    text: answerToText(answer),
    positions: answer.positions.map(({ vote, country, position }) => ({ vote, country, position })),
    tallies: answer.tallies.map(({ vote, yes, no, abstain, absent }) => ({ vote, yes, no, abstain, absent })),
    quotes: answer.quotes.map(({ speaker, text, source }) => ({ speaker, text, source })),
    citations: answer.citations.map(({ id, title, url }) => ({ id, title, url })),
  };
  if (answer.images && answer.images.length > 0)
    json.images = answer.images.map(({ vote, path }) => ({ vote, path }));
  return json;
}
