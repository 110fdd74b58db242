/**
 * Phone numbers of help services: one home (content/help-services.yaml), each checked against the
 * service's own pages, quoted in content/outside-sources.yaml. No page dials a number that is not there, and a number whose recorded
 * source does not show it fails the build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, pageDom } from '../../scripts/lib/built-site.ts';
import { problemsWith, projectContent } from '../support/changed-content.ts';

const FILE = 'content/help-services.yaml';
const services = [...projectContent().helpServices.values()];
const dialable = new Map<string, string>(services.flatMap(({ id, phone }) => (phone ? [[`tel:${phone.replace(/ /g, '')}`, id] as const] : [])));

test('every phone link on the built site dials a number from content/help-services.yaml', () => {
  const unchecked = builtPages().flatMap((url) =>
    pageDom(url).querySelectorAll('a[href^="tel:"]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => !dialable.has(href))
      .map((href) => `${url} ${href}`),
  );
  assert.deepEqual(unchecked, [], `phone links with no checked source in ${FILE}`);
});

test('/young-people/ gives children in care and care leavers Help at Hand, from the checked list', () => {
  const hrefs = pageDom('/young-people/').querySelectorAll('main section a[href^="tel:"]').map((a) => dialable.get(a.getAttribute('href')!));
  assert.deepEqual(hrefs, ['help-at-hand']);
});

test('a help service whose cited pages do not show its number fails, naming the file and the service', () => {
  const problems = problemsWith({ [FILE]: (text) => text.replace('phone: 116 123', 'phone: 116 124') });
  assert.deepEqual(problems, ['content/help-services.yaml, samaritans: no page it cites quotes the phone number 116 124. Check the number on the service\'s own page and quote the words that show it in content/outside-sources.yaml.']);
});
