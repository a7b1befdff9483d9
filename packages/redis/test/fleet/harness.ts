import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Starts `child.ts` in a new Node process (tsx), and resolves with its first message. */
export function startChild(
  mode: string,
  config: object,
): {
  pid: number;
  message: Promise<unknown>;
  kill(): void;
  signal(name: NodeJS.Signals): void;
  exited: Promise<void>;
} {
  const child = fork(
    fileURLToPath(new URL('./child.ts', import.meta.url)),
    [mode, JSON.stringify(config)],
    {
      execArgv: ['--import', 'tsx', '--conditions=source'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const message = new Promise<unknown>((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) =>
      reject(new Error(`child ${mode} exited with ${code} before answering`)),
    );
  });
  return {
    pid: child.pid ?? 0,
    message,
    kill: () => child.kill('SIGKILL'),
    signal: (name) => child.kill(name),
    exited,
  };
}
