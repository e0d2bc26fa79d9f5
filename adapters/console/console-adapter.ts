import { createInterface } from 'node:readline';
import type { Router } from '../../src/router/router.ts';
import { renderConsole } from './render.ts';

export interface ConsoleAdapterConfig {
  router: Router;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt, history and colour when a person is typing; one answer per line otherwise. */
  interactive: boolean;
}

export interface ConsoleAdapter {
  /** Resolves when the input ends (Ctrl-D, end of the pipe) or the person types `quit`. */
  run(): Promise<void>;
}

const GREETING =
  'Plenary: ask about the UN votes on Ukraine of 24 February 2025. Type "help" for examples, "quit" to leave.';

export function createConsoleAdapter(config: ConsoleAdapterConfig): ConsoleAdapter {
  const { router, input, output, interactive } = config;
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
        let first = true;
        rl.on('line', (line) => {
          const q = line.trim();
          if (interactive && (q === 'quit' || q === 'exit')) {
            rl.close();
            return;
          }
          if (q.length > 0 || !interactive) {
            if (!interactive && !first) write('');
            first = false;
            write(renderConsole(router.ask(line, { platform: 'console' }), interactive));
          }
          if (interactive) rl.prompt();
        });
        rl.on('close', () => {
          if (interactive) write('');
          resolve();
        });
      });
    },
  };
}
