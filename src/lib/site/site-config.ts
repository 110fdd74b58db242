/**
 * The site's identity, public address and publisher (content/site.yaml), read through the content
 * layer (content-files.ts) and checked once: it is wanted before any collection exists. astro.config.mjs, the pages, the search indexer and the tests all read the same values. A release build (SITE_RELEASE=1, `npm run build:release`) also
 * refuses sample values, so a published site always names a real contact and address.
 */
import { z } from 'astro/zod';
import { parseYaml, readContentText } from '../content/content-files.ts';
import { SITE_CONFIG_FILE } from '../content/content-paths.ts';


const siteConfigSchema = z.object({
  name: z.string().min(10),
  shortName: z.string().min(5).max(40),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as en-GB'),
  url: z.url({ protocol: /^https?$/, error: 'must be the public address, e.g. https://www.example.gov.uk' }),
  publisher: z.object({
    name: z.string().min(2),
    email: z.email('must be an email address, e.g. web@example.gov.uk'),
    phone: z.string().regex(/^[0-9 +()]{7,20}$/, 'must be a phone number, e.g. 0121 569 2200').optional(),
    address: z.array(z.string().min(1)).min(1).optional(),
  }).strict(),
}).strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Reads and checks content/site.yaml; a bad value fails with a message naming the file, the field and the fix. */
export function readSiteConfig(root: string = process.cwd()): SiteConfig {
  let data: unknown;
  try {
    data = parseYaml(readContentText(root, SITE_CONFIG_FILE), SITE_CONFIG_FILE);
  } catch (error) {
    throw new Error(`${SITE_CONFIG_FILE} could not be read: ${(error as Error).message}`);
  }
  const result = siteConfigSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`${SITE_CONFIG_FILE} is not valid. Fix these fields:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Domains reserved for examples (RFC 2606): an address on one can never be the real one. */
const EXAMPLE_DOMAIN = /(^|[.@])example(\.(com|org|net))?$/i;

/** The fields still holding sample values (empty when the site is ready to publish). */
export function sampleFields(config: SiteConfig): string[] {
  const host = (address: string) => address.replace(/^https?:\/\//, '').replace(/[/:].*$/, '');
  const checks: [string, boolean][] = [
    ['url', EXAMPLE_DOMAIN.test(host(config.url))],
    ['publisher.name', /\bsample\b/i.test(config.publisher.name)],
    ['publisher.email', EXAMPLE_DOMAIN.test(config.publisher.email.split('@')[1] ?? '')],
  ];
  return checks.filter(([, sample]) => sample).map(([field]) => field);
}

/** Throws, naming the file and each sample field, unless the site is ready to publish. */
export function assertReadyToPublish(config: SiteConfig): void {
  const samples = sampleFields(config);
  if (samples.length > 0) {
    throw new Error(
      `A release build needs the real publisher and public address, but ${SITE_CONFIG_FILE} still has sample values in: ${samples.join(', ')}. ` +
        `Replace them with the publisher's name and contact email and the site's public URL, then run \`npm run build:release\` again.`,
    );
  }
}

/** Set by `npm run build:release`: the build refuses sample values and sources last seen too long ago. */
export const isReleaseBuild = (): boolean => process.env.SITE_RELEASE === '1';

/** The day the build counts from, "YYYY-MM-DD": SITE_BUILD_DATE when set (tests), otherwise today (UTC). */
export function buildDate(): string {
  return process.env.SITE_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

export const siteConfig: SiteConfig = readSiteConfig();

export const SITE_NAME = siteConfig.name;
/** Added after each page's own title, and shown as the site's name in the header on phones. */
export const SITE_SHORT_NAME = siteConfig.shortName;
/** The language of every page (<html lang>); the search index is built and loaded per language. */
export const SITE_LANGUAGE = siteConfig.language;

/** An absolute address on the public site, for links that leave the site (the open data files, emails). */
export function publicUrl(path: string): string {
  return new URL(path, siteConfig.url).href;
}

/**
 * "Report a problem with this page": an email to the publisher that already carries the page's
 * address, written into the page at build time so it needs no JavaScript. The not-found page is
 * served at any missing address, which only the reader knows (pagePath undefined): it asks for it.
 */
export function reportProblemHref(pagePath: string | undefined): string {
  const subject = 'Problem with a page';
  const page = pagePath === undefined ? '(please paste the address you tried)' : publicUrl(pagePath);
  const body = `Page: ${page}\n\nWhat went wrong:\n`;
  return `mailto:${siteConfig.publisher.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
