// Accounts of the review UI. Passwords are stored only as argon2id hashes.
import argon2 from 'argon2';
import type { Store } from '../storage/ports.ts';
import type { Role } from '../storage/records.ts';
import { ALL_ROLES } from './roles.ts';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
}

export interface CreateUserOptions {
  /** Replace an existing account of that name. Default false: an existing name is an error. */
  replace?: boolean;
}

/** Hashes the password with argon2id and stores the account. */
export async function createUserWithPassword(
  store: Store,
  input: NewUser,
  opts: CreateUserOptions = {},
): Promise<void> {
  if (input.username.trim() === '' || input.username !== input.username.trim()) {
    throw new Error(`username "${input.username}": give a non-empty name without leading or trailing spaces`);
  }
  if (input.password === '') throw new Error(`user "${input.username}": the password must not be empty`);
  if (!ALL_ROLES.includes(input.role)) {
    throw new Error(
      `user "${input.username}": unknown role "${input.role}"; use one of ${ALL_ROLES.join(', ')}`,
    );
  }
  const user = {
    username: input.username,
    passwordHash: await argon2.hash(input.password, { type: argon2.argon2id }),
    role: input.role,
    createdAt: new Date().toISOString(),
  };
  await (opts.replace ? store.upsertUser(user) : store.createUser(user));
}
