import { RandomGenerator, unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * A seeded pseudo-random source (xoroshiro128+ from pure-rand): the same seed draws the same numbers on
 * every machine, so the demo year is reproducible to the cent. Each planner part forks its own stream
 * (`fork`), so adding a draw in one part does not shift the numbers of the others.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(readonly seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An independent stream for one part of the plan, named so that its numbers depend on the name only. */
  fork(name: string): Random {
    let h = this.seed | 0;
    for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
    return new Random(h);
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  /** true with a chance of `percent` in 100. */
  chance(percent: number): boolean {
    return this.int(1, 100) <= percent;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}
