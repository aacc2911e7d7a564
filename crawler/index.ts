// The crawler's public API.
export { crawlSource, type AdvertOutcome, type CrawlDeps } from './crawl-source.ts';
export {
  startScheduler,
  type Scheduler,
  type SchedulerOptions,
  type ScheduledRunContext,
} from './scheduler.ts';
export {
  discoverAdverts,
  type DiscoverOptions,
  type DiscoveredAdvert,
  type DiscoveryPageKind,
  type DiscoveryResult,
  type PageFetcher,
} from './discover.ts';
export { httpFetch, parseRetryAfter, DEFAULT_MAX_BYTES, type HttpFetchOptions } from './http-fetch.ts';
export { BrowserFetcher, type BrowserFetchOptions, type BrowserFetcherOptions } from './browser-fetch.ts';
export {
  HostPacer,
  withHost,
  type AcquireOptions,
  type HostPacerOptions,
  type HostPacing,
  type ReleaseHost,
} from './host-pacer.ts';
export { RobotsChecker, type RobotsCheckerOptions } from './robots.ts';
export { captureSnapshot, type CaptureOptions, type CaptureResult } from './snapshot.ts';
export { decodeBody } from './decode-body.ts';
export type { FetchErrorKind, FetchFailure, FetchResult, FetchSuccess } from './fetch-result.ts';
export { CRAWLER_VERSION, ROBOTS_TOKEN, USER_AGENT } from './user-agent.ts';
export {
  loadSourceDir,
  loadSourceFile,
  parseSource,
  SourceConfigError,
  type Discovery,
  type LoadSourceOptions,
  type SelectorMap,
  type SourceConfig,
} from './source-config.ts';
