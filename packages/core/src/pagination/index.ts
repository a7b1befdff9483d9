export type { PaginationControls } from './controls.js';
export { type OffsetCursor, type OffsetPagingOptions, offsetPaging } from './offset-paging.js';
export type { PageAnswer } from './page-answer.js';
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
  isPaginator,
  type TransformedItems,
  type TransformPagesOptions,
  transformPages,
} from './transform-pages.js';
export {
  type DateWindow,
  type DateWindowPagingOptions,
  dateWindowPaging,
  type WindowCursor,
  type WindowPage,
} from './window-paging.js';
