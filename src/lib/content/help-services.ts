/**
 * The help services' phone numbers and websites (content/help-services.yaml), each checked against
 * the pages it cites in content/outside-sources.yaml: the build fails, naming the service and the
 * fix, when none of them quotes the number, or none is on the website.
 */
import { getCollection } from 'astro:content';
import { loadOnce } from './load-once.ts';
import { HELP_SERVICES_FILE } from './content-paths.ts';
import { helpNumberProblem } from './content-rules.ts';
import type { HelpService } from './content-schemas.ts';

const loadServices = loadOnce(async () => {
  const sources = (await getCollection('outsideSources')).map((e) => e.data);
  const services = (await getCollection('helpServices')).map((e) => e.data);
  const problems = services.map((s) => helpNumberProblem(s, sources)).filter((p) => p !== undefined);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return new Map(services.map((s) => [s.id, s]));
});

/** A checked help service by its id; throws, naming the file, for an id it does not list. */
export async function loadHelpService(id: string): Promise<HelpService> {
  const service = (await loadServices()).get(id);
  if (!service) throw new Error(`<HelpLine id="${id}" />: ${HELP_SERVICES_FILE} has no service with the id "${id}". Add it there, citing the page that shows its number (or a page of its website).`);
  return service;
}
