/** Why a picture cannot be drawn. `code` lets callers choose what to say; the message is for operators. */
export type ChartErrorCode = 'unknown_vote' | 'incomplete_record' | 'unknown_country';

export class ChartError extends Error {
  override readonly name = 'ChartError';
  constructor(
    readonly code: ChartErrorCode,
    message: string,
  ) {
    super(message);
  }
}
