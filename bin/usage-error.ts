/** A mistake in how a command was called or configured: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
