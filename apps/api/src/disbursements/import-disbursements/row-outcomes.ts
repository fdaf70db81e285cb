import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RowOutcome } from './import-report';

export interface RowPage { total: number; offset: number; limit: number; items: RowOutcome[] }

/**
 * A page of row outcomes from the import's outcomes file (one JSON line per row, in file order), filtered by
 * outcome. The file is streamed, so a 100,000-row import is paged without loading it.
 */
export async function readOutcomes(path: string, outcome: string | undefined, offset: number, limit: number): Promise<RowPage> {
  const items: RowOutcome[] = [];
  let total = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    // cheap prefilter on the serialised outcome before parsing
    if (outcome && !line.includes(`"outcome":"${outcome}"`)) continue;
    if (total >= offset && items.length < limit) items.push(JSON.parse(line) as RowOutcome);
    total++;
  }
  return { total, offset, limit, items };
}
