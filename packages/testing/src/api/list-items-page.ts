import type { SandboxItem } from './sandbox-items.js';

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 200;

function positiveInteger(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  return /^[1-9]\d*$/.test(raw) ? Number(raw) : null;
}

function pageLink(url: URL, page: number, rel: string): string {
  const target = new URL(url);
  target.searchParams.set('page', String(page));
  return `<${target.href}>; rel="${rel}"`;
}

/**
 * One page of items: `page` (1-based, default 1) and `per_page` (default 30, at most 200).
 * Past the last page the array is empty, as on Strava; `Link` (RFC 8288) carries next/prev/
 * first/last and `X-Total-Count` the total.
 */
export function listItemsPage(items: readonly SandboxItem[], url: URL): Response {
  const page = positiveInteger(url.searchParams.get('page'), 1);
  const perPage = positiveInteger(url.searchParams.get('per_page'), DEFAULT_PER_PAGE);
  if (page === null || perPage === null || perPage > MAX_PER_PAGE) {
    return Response.json(
      {
        error: 'invalid_request',
        error_description: `page must be >= 1 and per_page between 1 and ${MAX_PER_PAGE}`,
      },
      { status: 400 },
    );
  }
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const links = [pageLink(url, 1, 'first'), pageLink(url, lastPage, 'last')];
  if (page < lastPage) links.unshift(pageLink(url, page + 1, 'next'));
  if (page > 1) links.unshift(pageLink(url, Math.min(page - 1, lastPage), 'prev'));
  const start = (page - 1) * perPage;
  return Response.json(items.slice(start, start + perPage), {
    headers: { Link: links.join(', '), 'X-Total-Count': String(items.length) },
  });
}
