/**
 * content/outside-sources.yaml read with Node, for the release check in astro.config.mjs, which runs
 * before Astro's content layer: the same schema as the content collection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { outsideSourceSchema, type OutsideSource } from './content-schemas.ts';
import { OUTSIDE_SOURCES_FILE } from './outside-sources.ts';

export function readOutsideSources(root: string = process.cwd()): OutsideSource[] {
  const result = z.array(outsideSourceSchema).safeParse(parse(readFileSync(join(root, OUTSIDE_SOURCES_FILE), 'utf8')));
  if (!result.success) {
    throw new Error(`${OUTSIDE_SOURCES_FILE} is not valid:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return result.data;
}

/** The day the build counts from, "YYYY-MM-DD": SITE_BUILD_DATE when set (tests), otherwise today (UTC). */
export function buildDate(): string {
  return process.env.SITE_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}
