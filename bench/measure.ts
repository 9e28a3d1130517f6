/** The small measuring helpers every benchmark shares. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

/** One line of the report: what, then the figure, aligned. */
export const row = (what: string, figure: string) => console.log(`${what.padEnd(72)} ${figure}`);
