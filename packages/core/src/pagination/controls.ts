import { ErrorCodes, FitlinkError } from '../errors/index.js';

/** Options every paginator takes, whatever its paging scheme. */
export interface PaginationControls {
  /** Aborts the iteration: no page is fetched after it fires, and it is passed to each fetch. */
  signal?: AbortSignal;
  /**
   * The most pages this paginator fetches. When reached, iteration ends with `done` still
   * `false` and `cursor` at the next page, so a bounded run can be resumed later.
   * @defaultValue no limit
   */
  maxPages?: number;
}

/**
 * Copies the shared paging controls out of a strategy's options, leaving absent ones absent.
 *
 * @param options - A paging strategy's options.
 */
export function pickControls(options: PaginationControls): PaginationControls {
  const picked: PaginationControls = {};
  if (options.signal !== undefined) picked.signal = options.signal;
  if (options.maxPages !== undefined) picked.maxPages = options.maxPages;
  return picked;
}

/**
 * Builds the error for a bad paging option.
 *
 * @param message - What is wrong with the option.
 */
export function invalidPagingOption(message: string): FitlinkError {
  return new FitlinkError(message, { code: ErrorCodes.invalidArgument });
}
