import type { Role } from '../storage/records.ts';

/** Every role an account can have. */
export const ALL_ROLES: readonly Role[] = ['analyst', 'supervisor', 'inspector', 'researcher', 'admin'];

/** Roles that may open the review queue and advert pages. */
export const REVIEW_ROLES: readonly Role[] = ['analyst', 'supervisor', 'admin'];
