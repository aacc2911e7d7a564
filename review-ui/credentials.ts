// Checks a login. Unknown users cost the same argon2 work as known ones, so response time does
// not tell which user names exist.
import argon2 from 'argon2';
import type { Store } from '../storage/ports.ts';
import type { User } from '../storage/records.ts';

let decoyHash: Promise<string> | undefined;

/** The user when the password matches, otherwise undefined (whether the name or the password was wrong). */
export async function verifyCredentials(
  store: Store,
  username: string,
  password: string,
): Promise<User | undefined> {
  decoyHash ??= argon2.hash('decoy password for unknown users', { type: argon2.argon2id });
  const user = await store.getUser(username);
  const hash = user?.passwordHash ?? (await decoyHash);
  let matches: boolean;
  try {
    matches = await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash cannot match; treat it like a wrong password.
    matches = false;
  }
  return user && matches ? user : undefined;
}
