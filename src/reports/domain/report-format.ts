/**
 * Numbers and rates the way Vietnamese official reports write them (DOMAIN.md section 10): `95,65%`, `100%`,
 * `3.200`. Rates are rounded half up in integer arithmetic, so that 95.655 never becomes 95,65 through a
 * binary fraction.
 */

export interface FormattedRate {
  /** The rate in percent, rounded half up to `maxFractionDigits`; null when the total is zero. */
  rate: number | null;
  /** The same rate written the vi-VN way (`95,65%`); null when the total is zero. */
  rateText: string | null;
}

export interface PercentOptions {
  maxFractionDigits?: number;
}

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(maxFractionDigits: number): Intl.NumberFormat {
  let f = formatters.get(maxFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits });
    formatters.set(maxFractionDigits, f);
  }
  return f;
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, not ${value}`);
  }
}

/**
 * `x / y` in percent, rounded half up to at most `maxFractionDigits` decimals, trailing zeros dropped:
 * 22/23 -> 95.65 `95,65%`; 245/269 -> 91.08 `91,08%`; 1/1 -> 100 `100%`; 0/0 -> null.
 */
export function formatPercent(
  x: number,
  y: number,
  { maxFractionDigits = 2 }: PercentOptions = {},
): FormattedRate {
  assertCount(x, 'x');
  assertCount(y, 'y');
  if (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0 || maxFractionDigits > 6) {
    throw new RangeError(`maxFractionDigits must be an integer from 0 to 6, not ${maxFractionDigits}`);
  }
  if (y === 0) {
    return { rate: null, rateText: null };
  }
  // round(x * 10^(d+2) / y) half up == floor((2 * x * 10^(d+2) + y) / (2 * y)), exactly, in integers.
  const scale = 10n ** BigInt(maxFractionDigits);
  const scaled = (2n * BigInt(x) * 100n * scale + BigInt(y)) / (2n * BigInt(y));
  const rate = Number(scaled) / Number(scale);
  return { rate, rateText: `${formatter(maxFractionDigits).format(rate)}%` };
}

/** A count with vi-VN thousands separators: 3200 -> `3.200`. */
export function formatCount(n: number): string {
  return formatter(0).format(n);
}

/** The ratio line of a leader's report: `22/23 vụ đạt 95,65%` (without the rate when the total is zero). */
export function formatRatio(x: number, y: number, unit = 'vụ', options?: PercentOptions): string {
  const { rateText } = formatPercent(x, y, options);
  const ratio = `${formatCount(x)}/${formatCount(y)} ${unit}`;
  return rateText === null ? ratio : `${ratio} đạt ${rateText}`;
}
