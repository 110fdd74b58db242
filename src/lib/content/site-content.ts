/**
 * The content model of this build, the one module pages, components and the open data read
 * content through. Its first import (every page imports it, through BaseLayout at least) reads
 * every collection and builds the model once (content-model.ts), before any page renders; when the
 * content has problems, the build stops there, listing all of them.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { MDX_COLLECTIONS, YAML_COLLECTIONS } from './content-collections.ts';
import { checkedContentModel, type ContentCollections } from './content-model.ts';
import { buildDate, isReleaseBuild } from '../site/site-config.ts';
import { HELP_SERVICES_FILE, OUTSIDE_SOURCES_FILE, PAGE_TEXT_FILE } from './content-paths.ts';

const COLLECTIONS = [...Object.keys(MDX_COLLECTIONS), ...Object.keys(YAML_COLLECTIONS), 'contentFiles'] as CollectionKey[];

const collections = Object.fromEntries(await Promise.all(COLLECTIONS.map(async (name) => [name, await getCollection(name)]))) as ContentCollections;

/** Everything the site shows from content/, checked. */
export const content = checkedContentModel(collections, { release: isReleaseBuild(), buildDate: buildDate() });

/** A text of content/page-text.yaml by id; an id no entry has is a mistake in the page that asks. */
export function pageText(id: string, page: string) {
  const entry = content.pageText.get(id);
  if (!entry) throw new Error(`${PAGE_TEXT_FILE} has no entry "${id}", which ${page} shows. Add it, with its sources.`);
  return entry;
}

/** An outside source by id; the model has checked every id the content cites, so a miss is a mistake in the code that asks. */
export function outsideSource(id: string) {
  const source = content.outsideSources.get(id);
  if (!source) throw new Error(`"outside:${id}" is not in ${OUTSIDE_SOURCES_FILE}.`);
  return source;
}

/** A help service by id, for <HelpLine id="…" />: its number or website checked against the pages it cites. */
export function helpService(id: string) {
  const service = content.helpServices.get(id);
  if (!service) throw new Error(`<HelpLine id="${id}" />: ${HELP_SERVICES_FILE} has no service with the id "${id}". Add it there, citing the page that shows its number (or a page of its website).`);
  return service;
}
