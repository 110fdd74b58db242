/** The recommendation files (content/recommendations/*.yaml) read as plain data, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'recommendations');

export interface RecommendationFile {
  file: string;
  number: number;
  title: string;
  area: string;
  whatThisMeans: string;
  evidence: number[];
}

export function readRecommendationFiles(): RecommendationFile[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: `content/recommendations/${name}`, ...parse(readFileSync(join(DIR, name), 'utf8')) }));
}
