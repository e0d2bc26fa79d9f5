import { createInterface } from 'node:readline';
import type { Router } from '../../src/router/router.ts';
import { renderConsole } from './render.ts';

export interface ConsoleAdapterConfig {
  /** The router, or a promise of it: the prompt shows at once and answers wait for the knowledge to load. */
  router: Router | Promise<Router>;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt, history and colour when a person is typing; one answer per line otherwise. */
  interactive: boolean;
}

export interface ConsoleAdapter {
  /** Resolves when the input ends (Ctrl-D, end of the pipe) or the person types `quit`, after the last answer. */
  run(): Promise<void>;
}

const GREETING =
  'Plenary: ask about the UN votes on Ukraine of 24 February 2025. Type "help" for examples, "quit" to leave.';

export function createConsoleAdapter(config: ConsoleAdapterConfig): ConsoleAdapter {
  const { input, output, interactive } = config;
  const router = Promise.resolve(config.router);
  const write = (s: string) => output.write(`${s}\n`);
  return {
    run() {
      return new Promise((resolve) => {
        const rl = createInterface({
          input,
          output: interactive ? output : undefined,
          terminal: interactive,
          historySize: interactive ? 200 : 0,
        });
        if (interactive) {
          write(GREETING);
          rl.setPrompt('plenary> ');
          rl.prompt();
        }
        // Answers are chained so they come out in input order even while the router is still loading.
        let queue: Promise<void> = Promise.resolve();
        let first = true;
        rl.on('line', (line) => {
          const q = line.trim();
          // "quit" ends the session, typed or piped: it is never answered as a question.
          if (/^(quit|exit)$/i.test(q)) {
            rl.close();
            return;
          }
          if (q.length === 0 && interactive) {
            rl.prompt();
            return;
          }
          queue = queue.then(async () => {
            const r = await router;
            if (!interactive && !first) write('');
            first = false;
            // One session is one conversation: "and France?" follows the question before it.
            write(renderConsole(r.ask(line, { platform: 'console', conversation: 'console' }), interactive));
            if (interactive) rl.prompt();
          });
        });
        rl.on('close', () => {
          queue.then(() => {
            if (interactive) write('');
            resolve();
          });
        });
      });
    },
  };
}
