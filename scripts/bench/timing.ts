/** Runs `fn` `warmup` times, then `runs` times: the wall time of each of the latter, in milliseconds. */
export async function sampleTimes(fn: () => Promise<unknown>, { runs = 40, warmup = 5 } = {}): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Runs `fn` `runs` times after `warmup` runs and returns p50/p95 in milliseconds. */
export async function timeIt(fn: () => Promise<unknown>, options: { runs?: number; warmup?: number } = {}) {
  const samples = await sampleTimes(fn, options);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)) };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
