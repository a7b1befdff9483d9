import { ErrorCodes, FitlinkError } from '@fitlink/core';

/** A Redis reply, as the clients decode it. */
export type RedisReply = string | number | null | RedisReply[];

/**
 * The two things the adapter asks of a Redis connection: send one command, and run a Lua script.
 * {@link redisCommands} builds it from the official `redis` client or from `ioredis`.
 */
export interface RedisCommands {
  /**
   * Sends one command.
   *
   * @param args - The command and its arguments.
   */
  command(args: readonly string[]): Promise<RedisReply>;
  /**
   * Runs a Lua script with `EVAL` (Redis caches it by its hash).
   *
   * @param script - The script.
   * @param keys - `KEYS`.
   * @param args - `ARGV`.
   */
  eval(script: string, keys: readonly string[], args: readonly string[]): Promise<RedisReply>;
}

/** The official `redis` client (node-redis 4 or 5), as far as the adapter uses it. */
export interface NodeRedisLike {
  /**
   * Sends a raw command.
   *
   * @param args - The command and its arguments.
   */
  sendCommand(args: string[]): Promise<unknown>;
}

/** An `ioredis` client (what BullMQ uses), as far as the adapter uses it. */
export interface IoredisLike {
  /**
   * Sends a raw command.
   *
   * @param command - The command.
   * @param args - Its arguments.
   */
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** A Redis connection the adapter accepts. */
export type RedisClientLike = NodeRedisLike | IoredisLike | RedisCommands;

/**
 * Adapts a Redis client: `ioredis` (recognised by `call`), the official `redis` client
 * (`sendCommand`), or a {@link RedisCommands} of your own (with neither of those methods).
 *
 * @param client - The app's connected client.
 * @throws `FitlinkError` with code `invalid_argument` for anything else.
 * @example
 * ```ts
 * const commands = redisCommands(new Redis(process.env.REDIS_URL));
 * ```
 */
export function redisCommands(client: RedisClientLike): RedisCommands {
  let send: (args: string[]) => Promise<unknown>;
  if ('call' in client && typeof client.call === 'function') {
    const io = client;
    send = ([command = '', ...rest]) => io.call(command, ...rest);
  } else if ('sendCommand' in client && typeof client.sendCommand === 'function') {
    const node = client;
    send = (args) => node.sendCommand(args);
  } else if ('eval' in client && typeof client.command === 'function') {
    return client;
  } else {
    throw new FitlinkError('Pass a connected `redis` or `ioredis` client', {
      code: ErrorCodes.invalidArgument,
    });
  }
  return {
    command: async (args) => (await send([...args])) as RedisReply,
    eval: async (script, keys, args) =>
      (await send(['EVAL', script, String(keys.length), ...keys, ...args])) as RedisReply,
  };
}
