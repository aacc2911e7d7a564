// A benchmark's whole-number option (--n 20000, --n 20_000), or an error naming the option.
export function positiveOption(name: string, raw: string, example = 10_000): number {
  const v = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(v) || v < 1)
    throw new Error(
      `--${name} must be a positive whole number, got "${raw}". Fix: e.g. --${name} ${example}`,
    );
  return v;
}
