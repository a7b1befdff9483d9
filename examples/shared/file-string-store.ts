import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StringStore } from '@fitlink/core';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A `StringStore` in one JSON file: writes go to a temporary file renamed over the old one (a
 * crash never leaves half a file), and `lock` takes an exclusive lock file (`<file>.<key>.lock`,
 * created with O_EXCL) so several processes on one machine refresh a connection one at a time.
 * Wrap it in `EncryptedTokenStore`: the file then holds only ciphertext.
 */
export class FileStringStore implements StringStore {
  readonly #path: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.#path = path;
  }

  async #read(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.#path, 'utf8')) as Record<string, string>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
  }

  // Read-modify-write steps run one after another within this process.
  #update(change: (entries: Record<string, string>) => void): Promise<void> {
    const next = this.#queue.then(async () => {
      const entries = await this.#read();
      change(entries);
      await mkdir(dirname(this.#path), { recursive: true });
      const temporary = `${this.#path}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
      await rename(temporary, this.#path);
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async get(key: string): Promise<string | undefined> {
    await this.#queue;
    return (await this.#read())[key];
  }

  set(key: string, value: string): Promise<void> {
    return this.#update((entries) => {
      entries[key] = value;
    });
  }

  delete(key: string): Promise<void> {
    return this.#update((entries) => {
      delete entries[key];
    });
  }

  async lock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const lockPath = `${this.#path}.${encodeURIComponent(key)}.lock`;
    await mkdir(dirname(this.#path), { recursive: true });
    for (let attempt = 0; ; attempt += 1) {
      try {
        const handle = await open(lockPath, 'wx');
        await handle.close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 600) throw error;
        await sleep(50);
      }
    }
    try {
      return await task();
    } finally {
      await rm(lockPath, { force: true });
    }
  }
}
