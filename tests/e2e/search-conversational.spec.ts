/**
 * The relevance report: questions and phrases as staff, councillors, young people and parents type
 * them, each with the paragraphs and pages that answer it, read from the report (content/report/*.mdx)
 * and the site's plain-language pages. A third hold words the report never uses (checked below).
 * All are run in one page through the search page's own code (typed into its field, as a reader
 * does), printed as a table, and at least RELEVANCE_GOAL of them must show an answer in the first
 * three results: the explanation above the results, then the results in order. If the score
 * falls, tune the ranking or the vocabulary, not this list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/reused-page.ts';
import { DIST } from '../../scripts/lib/built-site.ts';
import { FUNCTION_WORDS, LATER_WORDS } from '../../src/lib/search/search-ranking.ts';
import { matchWords } from '../../src/lib/search/search-vocabulary.ts';
import { REPORT_JSON_URL, SEARCH_URL, SINCE_2018_URL } from '../../src/lib/site/site-urls.ts';

const RELEVANCE_GOAL = 0.85;
const FIRST = 3;

type Reader = 'staff' | 'councillor' | 'young person' | 'parent';

interface Question {
  who: Reader;
  query: string;
  /** Acceptable answers: `p<N>` for paragraph N, or a page's path (with its #part where it has one). */
  accept: string[];
  /** The query holds words the report never uses (checked against the report's paragraphs). */
  everyday?: true;
}

const later = SINCE_2018_URL;
/** The report's own summaries, where they answer in one sentence ("children wait too long to move in with their adoptive family"). */
const summaries = ['/report/executive-summary/', '/report/summary-for-children-and-young-people/'];

const questions: Question[] = [
  { who: 'staff', query: 'are assessments updated when things change', accept: ['p24', 'p45', 'p3', '/recommendations/3/', '/findings/assessment-and-planning/'] },
  { who: 'staff', query: 'how many children are on child protection plans', accept: ['p27', 'p28'] },
  { who: 'staff', query: 'what did they say about supervision', accept: ['p25', 'p100', 'p1', '/recommendations/1/', '/findings/management-oversight/'] },
  { who: 'staff', query: 'do IROs challenge enough', accept: ['p26', 'p47'] },
  { who: 'staff', query: 'strategy meetings for domestic abuse', accept: ['p21'] },
  { who: 'staff', query: 'allegations against staff who work with children', accept: ['p31', 'p62'] },
  { who: 'staff', query: 'private fostering arrangements', accept: ['p32', '/findings/private-fostering/'] },
  { who: 'staff', query: 'pre-proceedings work', accept: ['p41', '/findings/legal-proceedings/'] },
  { who: 'staff', query: 'children placed with parents under a care order', accept: ['p44'] },
  { who: 'staff', query: 'section 20 voluntary arrangements', accept: ['p55'] },
  { who: 'staff', query: 'support for adopters after adoption', accept: ['p79', 'p75'] },
  { who: 'staff', query: 'how often do personal advisers see care leavers', accept: ['p84', 'p82', 'p83'] },
  { who: 'staff', query: 'training flats', accept: ['p87'] },
  { who: 'staff', query: 'cultural background in assessments', accept: ['p23'] },
  { who: 'staff', query: 'social worker workload', accept: ['p27', 'p47'], everyday: true },
  { who: 'staff', query: 'safeguarding hub', accept: ['p22', 'p98', '/findings/front-door/'], everyday: true },
  { who: 'staff', query: 'front door', accept: ['p22', 'p20', 'p98', '/findings/front-door/'], everyday: true },
  { who: 'staff', query: 'violence at home', accept: ['p21', 'p29', 'p34'], everyday: true },
  { who: 'councillor', query: 'why is there no children\'s partnership', accept: ['p95', 'p2', '/recommendations/2/'] },
  { who: 'councillor', query: 'when was the commissioner appointed', accept: ['p92'] },
  { who: 'councillor', query: 'what are councillors doing for children in care', accept: ['p109', 'p108'] },
  { who: 'councillor', query: 'has anything improved since 2015', accept: ['p91', 'p105', 'p107', 'p49'] },
  { who: 'councillor', query: 'how good is the MASH', accept: ['p22', 'p98', '/findings/front-door/'] },
  { who: 'councillor', query: 'performance data', accept: ['p94'] },
  { who: 'councillor', query: 'is commissioning of services working', accept: ['p96', 'p10', '/recommendations/10/'] },
  { who: 'councillor', query: 'staff turnover', accept: ['p68', 'p100', '/findings/workforce/'] },
  { who: 'councillor', query: 'why do adoptions take so long', accept: ['p67', 'p66', 'p70', '/findings/permanence-and-adoption/', ...summaries] },
  { who: 'councillor', query: 'complaints from children', accept: ['p17', 'p111', '/recommendations/17/', '/findings/complaints/'] },
  { who: 'councillor', query: 'do we have enough foster carers', accept: ['p57', 'p9', '/recommendations/9/', '/findings/fostering/'] },
  { who: 'councillor', query: 'care leavers in employment', accept: ['p90', 'p11', '/recommendations/11/'] },
  { who: 'councillor', query: 'who runs children\'s services now', accept: [later] },
  { who: 'councillor', query: 'is neglect still a problem', accept: [later, '/findings/child-protection/#since-2018'] },
  { who: 'councillor', query: 'missing children now', accept: [later, '/findings/missing-and-exploitation/#since-2018'] },
  { who: 'councillor', query: 'latest inspection adoption', accept: [later, '/findings/permanence-and-adoption/#since-2018'] },
  { who: 'councillor', query: 'money for care leavers', accept: ['p86'], everyday: true },
  { who: 'councillor', query: 'teenagers in hotels', accept: ['p13', '/recommendations/13/'], everyday: true },
  { who: 'young person', query: 'how do I complain', accept: ['/young-people/#have-your-say'] },
  { who: 'young person', query: 'who can I talk to', accept: ['/young-people/#have-your-say'] },
  { who: 'young person', query: 'what is Ofsted', accept: ['/young-people/#what-is-ofsted'] },
  { who: 'young person', query: 'can I stay with my foster carer when I am 18', accept: ['p88'] },
  { who: 'young person', query: 'help with college fees', accept: ['p86'] },
  { who: 'young person', query: 'where will I live when I leave care', accept: ['p89', 'p88', 'p87', '/recommendations/13/', '/findings/care-leavers/'] },
  { who: 'young person', query: 'my social worker keeps changing', accept: ['p68', '/findings/workforce/'] },
  { who: 'young person', query: 'being bullied at school', accept: ['p52'] },
  { who: 'young person', query: 'is it still like this now', accept: [later, '/young-people/#since-2018'] },
  { who: 'young person', query: 'understanding my life story', accept: ['p14', 'p63', '/recommendations/14/'] },
  { who: 'young person', query: 'kicked out of home', accept: ['p33', 'p7', '/findings/homeless-young-people/', '/recommendations/7/'], everyday: true },
  { who: 'young person', query: 'I ran away from my placement', accept: ['p36', 'p48', 'p103', 'p5', '/recommendations/5/', '/findings/missing-and-exploitation/'], everyday: true },
  { who: 'young person', query: 'someone older is grooming me', accept: ['p104', 'p36', 'p48', 'p102', '/findings/missing-and-exploitation/'], everyday: true },
  { who: 'young person', query: 'my nan looks after me', accept: ['p56'], everyday: true },
  { who: 'young person', query: 'teenage mums', accept: ['p85'], everyday: true },
  { who: 'young person', query: 'I need a dentist', accept: ['p49'], everyday: true },
  { who: 'young person', query: 'getting a job after care', accept: ['p90', 'p11', '/recommendations/11/'], everyday: true },
  { who: 'young person', query: 'deaf kids', accept: ['p46'], everyday: true },
  { who: 'young person', query: 'youngsters leaving care', accept: ['p81', 'p83', 'p84', 'p86', 'p87', 'p88', 'p89', 'p90', 'p107', '/findings/care-leavers/'], everyday: true },
  { who: 'young person', query: 'kids\' voices not heard', accept: ['p46', 'p72', 'p65', 'p108', '/findings/childrens-voice/'], everyday: true },
  { who: 'parent', query: 'schooling of kids in care', accept: ['p50', 'p51', 'p52', '/findings/education/'], everyday: true },
  { who: 'parent', query: 'my child goes missing from school', accept: ['p53', 'p38'] },
  { who: 'parent', query: 'we want to home school our children', accept: ['p39'] },
  { who: 'parent', query: 'family meetings to sort things out', accept: ['p37'] },
  { who: 'parent', query: 'how long does adoption take', accept: ['p67', 'p70', 'p66', ...summaries] },
  { who: 'parent', query: 'foster carers feel unsupported', accept: ['p60', 'p61', 'p59'] },
  { who: 'parent', query: 'help before things get worse', accept: ['p18', 'p97', '/findings/early-help/'] },
  { who: 'parent', query: 'grandparents looking after children', accept: ['p56'], everyday: true },
  { who: 'parent', query: 'who checks on children living far away', accept: ['p58', 'p64'], everyday: true },
  { who: 'parent', query: 'placed miles away from home', accept: ['p58', 'p64', 'p57'], everyday: true },
  { who: 'parent', query: 'kids waiting for adoption', accept: ['p67', 'p66', 'p70', '/findings/permanence-and-adoption/'], everyday: true },
  { who: 'parent', query: 'runaway children', accept: ['p36', 'p48', 'p103', 'p5', '/recommendations/5/', '/findings/missing-and-exploitation/'], everyday: true },
  { who: 'parent', query: 'foster parents', accept: ['p57', 'p59', 'p60', '/recommendations/9/', '/findings/fostering/'] },
  { who: 'parent', query: 'exam results of children in care', accept: ['p50'], everyday: true },
  { who: 'parent', query: 'teenagers who are homeless', accept: ['p33', 'p7', '/findings/homeless-young-people/', '/recommendations/7/'], everyday: true },
];

/** The words of the report's numbered paragraphs, as the built site's open data gives them. */
function reportWords(): Set<string> {
  const report = JSON.parse(readFileSync(join(DIST, REPORT_JSON_URL), 'utf8')) as { paragraphs: { text: string }[] };
  return new Set(report.paragraphs.flatMap((p) => matchWords(p.text)));
}

test('the conversational set is at least 60 queries from all four kinds of reader, a third in words the report never uses', () => {
  expect(questions.length).toBeGreaterThanOrEqual(60);
  for (const who of ['staff', 'councillor', 'young person', 'parent']) expect(questions.filter((q) => q.who === who).length).toBeGreaterThanOrEqual(10);
  expect(new Set(questions.map((q) => q.query)).size, 'no query is listed twice').toBe(questions.length);
  const words = reportWords();
  const everyday = questions.filter((q) => q.everyday);
  expect(everyday.length * 3).toBeGreaterThanOrEqual(questions.length);
  for (const { query } of everyday) {
    const own = matchWords(query).filter((w) => !FUNCTION_WORDS.has(w) && !LATER_WORDS.has(w) && !words.has(w));
    expect(own.length, `"${query}" is marked as in words the report never uses, but the report uses all of them`).toBeGreaterThan(0);
  }
});

test(`the relevance report: at least ${RELEVANCE_GOAL * 100}% of the conversational queries show an answer in the first ${FIRST} results`, async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(SEARCH_URL);
  const rows: { who: Reader; query: string; everyday: string; found: string; first: string }[] = [];
  for (const { who, query, accept, everyday } of questions) {
    await page.locator('#search-summary').evaluate((el) => (el.textContent = ''));
    await page.locator('#search-query').fill(query);
    await page.locator('#search-query').press('Enter');
    await expect(page.locator('#search-summary')).not.toBeEmpty();
    // The explanation above the results comes first, then the results in order.
    const shown = await page.locator('#search-explanation:not([hidden]) a, #search-results a.search-result__link').evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
    const first = shown.slice(0, FIRST).map((url) => url.replace(/^\/report\/[^#]*#para-(\d+)$/, 'p$1'));
    const hit = first.findIndex((url) => accept.includes(url));
    rows.push({ who, query, everyday: everyday ? 'yes' : '', found: hit < 0 ? 'NO' : `#${hit + 1}`, first: first.join(' ') });
  }
  console.table(rows);
  const answered = rows.filter((r) => r.found !== 'NO').length;
  console.log(`Relevance: ${answered} of ${rows.length} (${Math.round((100 * answered) / rows.length)}%) show an answer in the first ${FIRST}; everyday words: ${rows.filter((r) => r.everyday && r.found !== 'NO').length} of ${rows.filter((r) => r.everyday).length}.`);
  expect(answered / rows.length, rows.filter((r) => r.found === 'NO').map((r) => `"${r.query}": ${r.first}`).join('\n')).toBeGreaterThanOrEqual(RELEVANCE_GOAL);
});
