/**
 * Once Plenary is running, an error that escapes one request's handling (an unhandled promise rejection, an
 * exception thrown from a callback) is logged and the process keeps serving everyone else. It is installed only
 * after start-up has finished, so a failure while starting still ends the process with exit 1 for the supervisor.
 * Only a summary is logged: library errors can carry request headers, tokens included.
 */
import type { Logger } from '../src/logger.ts';

export function errorFields(err: unknown): { name: string; message: string; code?: string; stack?: string } {
  if (!(err instanceof Error)) return { name: typeof err, message: String(err) };
  const code = (err as { code?: unknown }).code;
  return {
    name: err.name,
    message: err.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(err.stack ? { stack: err.stack.split('\n').slice(0, 6).join('\n') } : {}),
  };
}

/** Installs the handlers; returns a function that removes them. `onCrash` counts them (metrics). */
export function guardProcess(
  log: Logger,
  onCrash: (kind: 'rejection' | 'exception') => void = () => {},
): () => void {
  const onRejection = (reason: unknown) => {
    onCrash('rejection');
    log.error({ err: errorFields(reason) }, 'unhandled promise rejection; the process keeps running');
  };
  const onException = (err: unknown) => {
    onCrash('exception');
    log.error({ err: errorFields(err) }, 'uncaught exception; the process keeps running');
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
