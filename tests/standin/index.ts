/** The TMDB stand-in's public API, for Playwright specs, unit tests and benchmarks. */
export { createStandin, Standin, hostOf } from './standin';
export type { StandinOptions, RequestLike, ResponseLike } from './standin';
export { TEST_API_KEY, TEST_READ_TOKEN, SUSPENDED_API_KEY } from './credentials';
export type { FaultKind, FaultSpec } from './faults';
export type { LogEntry } from './request-log';
export { RequestLog } from './request-log';
export type { Paged, SearchKind } from './search';
export { PAGE_SIZE } from './search';
export { API_HOST, IMAGE_HOST } from './pipeline';
export { buildCatalog, defaultCatalog } from './catalog';
export type { Catalog } from './catalog';
export { words } from './text';
