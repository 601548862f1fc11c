/** The median of some measurements (the upper middle of an even count); NaN when there are none. */
export const median = (xs: number[]): number => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);
