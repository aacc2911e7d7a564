// Who the crawler says it is. Site operators read this in their logs: the URL tells them what
// recruitwatch is and how to reach the project.
import { readFileSync } from 'node:fs';

/** The crawler's version: the package version, so a snapshot can be traced to the code that took it. */
export const CRAWLER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'recruitwatch';

/** The User-Agent header sent with every request. */
export const USER_AGENT = `${ROBOTS_TOKEN}/${CRAWLER_VERSION} (+https://github.com/recruitwatch/recruitwatch)`;
