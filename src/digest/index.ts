/** The digest feature's public surface for adapters and the composition root. */
export { buildDigest, citationsFor, DigestDateError, milestonesOf } from './build-digest.ts';
export {
  type DigestCommand,
  type DigestCommandContext,
  handleDigestCommand,
  parseDigestCommand,
  runDigestCommand,
} from './commands.ts';
export { digestToAnswer, renderDigestText } from './digest-to-answer.ts';
export { pickFact } from './fact-rotation.ts';
export { DEFAULT_PACING, type PacingOptions, UNLIMITED_PACING } from './pacer.ts';
export { createPartPoster, PublishError, type PublishErrorKind, type Publisher } from './publisher.ts';
export {
  type Clock,
  createDigestScheduler,
  type DigestScheduler,
  type SchedulerOptions,
  StoreUnavailableError,
  systemClock,
  type TickReport,
} from './scheduler.ts';
export { type DigestAction, type DigestSyntax, textDigestSyntax } from './syntax.ts';
export * from './time.ts';
export * from './types.ts';
