/** Child for crash-guard.test.ts: with the guard installed, a rejection and a throw, then a normal exit. */
import { guardProcess } from '../../../adapters/crash-guard.ts';
import { createLogger } from '../../../src/logger.ts';

guardProcess(createLogger({ level: 'info' }));
void Promise.reject(new Error('one request failed'));
setTimeout(() => {
  throw new TypeError("Cannot read properties of null (reading 'ssl_check')");
}, 10);
setTimeout(() => {
  process.stdout.write('still running\n');
}, 100);
