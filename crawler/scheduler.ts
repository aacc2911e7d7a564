// Local-mode scheduling: one node-cron task per source with a `schedule`. A source's crawl never
// overlaps itself: a tick that finds the previous crawl still running is skipped and logged.
// (node-cron's own `noOverlap` would skip too, but silently to us; the guard here names the source.)
import cron, { type ScheduledTask } from 'node-cron';
import { logger as rootLogger, type Logger } from '../common/logger.ts';
import type { SourceConfig } from './source-config.ts';

export interface SchedulerOptions {
  logger?: Logger;
  /** IANA time zone the cron expressions are read in. Default: the process's local time zone. */
  timezone?: string;
}

export interface Scheduler {
  /** Stops all schedules, signals running crawls to cancel, and waits for them to end. */
  stop(): Promise<void>;
}

/** What a scheduled run is given: `signal` aborts when the scheduler stops. */
export interface ScheduledRunContext {
  signal: AbortSignal;
}

export function startScheduler(
  sources: SourceConfig[],
  runCrawl: (source: SourceConfig, context: ScheduledRunContext) => Promise<unknown>,
  options: SchedulerOptions = {},
): Scheduler {
  const log = options.logger ?? rootLogger;
  const controller = new AbortController();
  const running = new Map<string, Promise<void>>();
  const tasks: ScheduledTask[] = [];
  let stopped = false;

  const tick = (source: SourceConfig, sourceLog: Logger) => {
    if (stopped) return;
    if (running.has(source.id)) {
      sourceLog.warn('previous crawl still running: this scheduled crawl is skipped', {
        schedule: source.schedule,
      });
      return;
    }
    sourceLog.info('scheduled crawl starting');
    const crawl = (async () => {
      try {
        await runCrawl(source, { signal: controller.signal });
      } catch (err) {
        sourceLog.error('scheduled crawl failed', {
          error: err instanceof Error ? err.message : String(err),
        });
      } finally {
        running.delete(source.id);
      }
    })();
    running.set(source.id, crawl);
  };

  try {
    for (const source of sources) {
      const sourceLog = log.child({ sourceId: source.id });
      if (source.schedule === undefined) {
        sourceLog.debug('no schedule: crawled only on demand');
        continue;
      }
      let task: ScheduledTask;
      try {
        task = cron.schedule(source.schedule, () => tick(source, sourceLog), {
          name: `crawl:${source.id}`,
          ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
          logger: cronLogger(sourceLog),
        });
      } catch (err) {
        throw new Error(
          `source ${source.id}: schedule "${source.schedule}" is not usable (${(err as Error).message}); use a cron expression such as "0 */6 * * *"`,
          { cause: err },
        );
      }
      tasks.push(task);
    }
  } catch (err) {
    // Do not leave the tasks already started running behind a failed start.
    for (const task of tasks) void task.destroy();
    throw err;
  }

  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all(tasks.map((task) => task.destroy()));
      controller.abort(new Error('scheduler stopped'));
      await Promise.all(running.values());
    },
  };
}

/** node-cron's own messages (missed ticks …) into our structured log instead of the console. */
function cronLogger(log: Logger) {
  return {
    info: (message: string) => log.info(message, { component: 'node-cron' }),
    warn: (message: string) => log.warn(message, { component: 'node-cron' }),
    error: (message: string | Error, err?: Error) =>
      log.error(String(message instanceof Error ? message.message : message), {
        component: 'node-cron',
        ...(err ? { error: err.message } : {}),
      }),
    debug: (message: string | Error) =>
      log.debug(String(message instanceof Error ? message.message : message), { component: 'node-cron' }),
  };
}
