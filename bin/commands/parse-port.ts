import { InvalidArgumentError } from 'commander';

/** Parses a --port style option: a whole number from 0 to 65535. */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new InvalidArgumentError(`"${value}" is not a port: give a whole number from 0 to 65535`);
  }
  return n;
}
