// Keeps @fastify/session sessions in the Store, so logins survive a restart of the UI.
import type { Session } from 'fastify';
import type { Store } from '../storage/ports.ts';

type Callback = (err?: unknown) => void;
type SessionCallback = (err: unknown, session?: Session | null) => void;

export interface StoreSessionStoreOptions {
  /** Lifetime of a session that has no cookie expiry. Default 8 hours. */
  fallbackTtlMs?: number;
}

/** A @fastify/session store over `store.getSession/setSession/destroySession`. */
export class StoreSessionStore {
  readonly #store: Store;
  readonly #fallbackTtlMs: number;

  constructor(store: Store, options: StoreSessionStoreOptions = {}) {
    this.#store = store;
    this.#fallbackTtlMs = options.fallbackTtlMs ?? 8 * 60 * 60 * 1000;
  }

  set(sessionId: string, session: Session, callback: Callback): void {
    // JSON round trip: the session object carries a Cookie instance and symbol-keyed internals;
    // only its plain data is kept.
    const data = JSON.parse(JSON.stringify(session)) as Session;
    const expires = session.cookie.expires;
    const expiresAt =
      expires instanceof Date && !Number.isNaN(expires.getTime())
        ? expires.toISOString()
        : new Date(Date.now() + this.#fallbackTtlMs).toISOString();
    this.#store.setSession({ id: sessionId, data, expiresAt }).then(() => callback(), callback);
  }

  get(sessionId: string, callback: SessionCallback): void {
    this.#load(sessionId).then(
      (session) => callback(null, session),
      (err: unknown) => callback(err),
    );
  }

  destroy(sessionId: string, callback: Callback): void {
    this.#store.destroySession(sessionId).then(() => callback(), callback);
  }

  async #load(sessionId: string): Promise<Session | null> {
    const record = await this.#store.getSession(sessionId);
    if (!record) return null;
    if (!(Date.parse(record.expiresAt) > Date.now())) {
      await this.#store.destroySession(sessionId);
      return null;
    }
    return record.data as Session;
  }
}
