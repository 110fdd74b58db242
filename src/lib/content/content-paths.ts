/**
 * Where each kind of content lives: every path under content/ that code names, project-relative,
 * as loaders read them and error messages name them. The one home of these paths.
 */
export const REPORT_DIR = 'content/report';
export const YOUNG_PEOPLE_DIR = 'content/young-people';
export const RECOMMENDATIONS_DIR = 'content/recommendations';
export const REPORT_INFO_FILE = 'content/report.yaml';
export const GLOSSARY_FILE = 'content/glossary.yaml';
export const TOPICS_FILE = 'content/topics.yaml';
export const PARAGRAPH_TOPICS_FILE = 'content/paragraph-topics.yaml';
export const SEARCH_WORDS_FILE = 'content/search-words.yaml';
export const KEY_FIGURES_FILE = 'content/key-figures.yaml';
export const OUTSIDE_SOURCES_FILE = 'content/outside-sources.yaml';
export const LATER_EVENTS_FILE = 'content/since-2018.yaml';
export const LATER_FINDINGS_FILE = 'content/later-findings.yaml';
export const HELP_SERVICES_FILE = 'content/help-services.yaml';
export const PAGE_TEXT_FILE = 'content/page-text.yaml';
export const SITE_CONFIG_FILE = 'content/site.yaml';
/** The report as published (a PDF's text), kept for the fidelity tests: no page reads it. */
export const SOURCE_TEXT_FILE = 'content/source/sandwell-ofsted-2018.txt';

/** The MDX file of a report section. */
export function reportSectionFile(slug: string): string {
  return `${REPORT_DIR}/${slug}.mdx`;
}
