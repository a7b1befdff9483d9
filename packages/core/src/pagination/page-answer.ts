/**
 * A page as a paging strategy's `fetch` may return it when the API says itself whether another
 * page follows (Peloton's `show_next`, an API's `has_more`, Spotify's `next` being non-null).
 * A strategy's `fetch` may return this, or the items array alone, and the strategy guesses.
 *
 * @example
 * ```ts
 * fetch: async (page, limit, signal) => {
 *   const body = await getWorkouts({ page, limit, signal });
 *   return { items: body.data, more: body.show_next };
 * }
 * ```
 */
export interface PageAnswer<TItem> {
  /** The page's items. */
  items: TItem[];
  /**
   * Whether another page follows. It overrides the strategy's own end-of-list guess (an empty
   * page, a short page with `stopOnShortPage`); `undefined` leaves the guess to the strategy.
   * Where the strategy cannot move on (an empty page at an offset, no next token), the list
   * ends even when it is `true`.
   * @defaultValue the strategy's guess
   */
  more?: boolean | undefined;
}

/**
 * Reads what a page fetch returned: an items array (the strategy guesses the end) or a
 * {@link PageAnswer}.
 *
 * @param answer - The fetch's answer.
 */
export function readPageAnswer<TItem>(answer: TItem[] | PageAnswer<TItem>): {
  items: TItem[];
  more: boolean | undefined;
} {
  if (Array.isArray(answer)) return { items: answer, more: undefined };
  return { items: answer.items, more: answer.more };
}
