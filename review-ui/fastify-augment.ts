// What this app adds to Fastify's types: session data, route config and the signed-in user.
import type { Role, User } from '../storage/records.ts';

declare module 'fastify' {
  interface Session {
    /** Set at login; the account is looked up again on every request so role changes apply at once. */
    username?: string;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, stylesheet). Default false. */
    public?: boolean;
    /** Roles allowed on the route; any signed-in user when absent. */
    roles?: readonly Role[];
  }
  interface FastifyRequest {
    /** The signed-in account, set by the access check; null on public routes. */
    user: User | null;
  }
}

export {};
