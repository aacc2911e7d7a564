// Per-host politeness: at most one request in flight per host, and at least `delayMs` between
// the starts of two requests to the same host. Different hosts proceed in parallel.
//
// The interface is one method so that a shared implementation (Redis, for several workers) can
// replace this in-process one without touching the callers.

/** Ends a request's turn. `backoffMs` holds the host back for that long from now (429, 503). */
export type ReleaseHost = (options?: { backoffMs?: number }) => void;

export interface AcquireOptions {
  /** Minimum time between two request starts to this host. Default: the pacer's `delayMs`. */
  delayMs?: number;
  /** Gives up waiting; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface HostPacing {
  /** Waits for the host's turn; call the returned function once the request is done. */
  acquire(host: string, options?: AcquireOptions): Promise<ReleaseHost>;
}

export interface HostPacerOptions {
  /** Default minimum time between request starts to one host. Default 2000 ms. */
  delayMs?: number;
}

interface HostState {
  /** Settles when the last holder or waiter in line is done; the next one chains on it. */
  tail: Promise<void>;
  /** Earliest time the next request may start (ms since epoch). */
  notBefore: number;
}

/** A pacer for one process. Hosts are compared as given: use `URL.host` (name and port). */
export class HostPacer implements HostPacing {
  readonly #delayMs: number;
  /** One small entry per host ever seen: a crawler process talks to a bounded set of hosts. */
  readonly #hosts = new Map<string, HostState>();

  constructor(options: HostPacerOptions = {}) {
    this.#delayMs = options.delayMs ?? 2000;
    if (!Number.isFinite(this.#delayMs) || this.#delayMs < 0) {
      throw new RangeError(`delayMs must be a number ≥ 0, got ${options.delayMs}`);
    }
  }

  async acquire(host: string, options: AcquireOptions = {}): Promise<ReleaseHost> {
    const delayMs = options.delayMs ?? this.#delayMs;
    const { signal } = options;
    signal?.throwIfAborted();

    const hostState = this.#hosts.get(host) ?? { tail: Promise.resolve(), notBefore: 0 };
    this.#hosts.set(host, hostState);
    const previous = hostState.tail;
    let leave!: () => void;
    hostState.tail = new Promise<void>((resolve) => (leave = resolve));

    try {
      await abortable(previous, signal);
      // A loop, because timers may fire a millisecond early and a release may push notBefore on.
      for (let wait = hostState.notBefore - Date.now(); wait > 0; wait = hostState.notBefore - Date.now()) {
        await sleep(wait, signal);
      }
    } catch (err) {
      // Our turn is passed on once the previous holder is done, so the queue order holds.
      void previous.then(leave);
      throw err;
    }

    const startedAt = Date.now();
    hostState.notBefore = startedAt + delayMs;
    let released = false;
    return ({ backoffMs } = {}) => {
      if (released) return;
      released = true;
      if (backoffMs !== undefined && backoffMs > 0) {
        hostState.notBefore = Math.max(hostState.notBefore, Date.now() + backoffMs);
      }
      leave();
    };
  }
}

/** Runs `fn` in the host's turn and releases it afterwards, whatever happens. */
export async function withHost<T>(
  pacer: HostPacing,
  host: string,
  fn: () => Promise<T>,
  options?: AcquireOptions,
): Promise<T> {
  const release = await pacer.acquire(host, options);
  try {
    return await fn();
  } finally {
    release();
  }
}

function abortable(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err as Error);
      },
    );
  });
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
