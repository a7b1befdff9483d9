export type { PaginationControls } from './controls.js';
export { type OffsetCursor, type OffsetPagingOptions, offsetPaging } from './offset-paging.js';
export { type PageCursor, type PagePagingOptions, pagePaging } from './page-paging.js';
export {
  type CreatePaginatorOptions,
  createPaginator,
  type FetchedPage,
  type Page,
  type Paginator,
} from './paginator.js';
export {
  type TokenCursor,
  type TokenPage,
  type TokenPagingOptions,
  tokenPaging,
} from './token-paging.js';
export {
  type DateWindow,
  type DateWindowPagingOptions,
  dateWindowPaging,
  type WindowCursor,
} from './window-paging.js';
