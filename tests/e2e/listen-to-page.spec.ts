/**
 * "Listen to this page" with a stand-in speechSynthesis that records what it is asked to do:
 * it never starts by itself, it speaks the main content, pauses, carries on and stops, and it
 * is absent where the browser has no speech synthesis or JavaScript is off. "Listen to this part"
 * reads one part; a device with no voice (a stand-in voice list, empty) gets a plain message.
 */
import { test, expect, type Page } from '@playwright/test';
import { YOUNG_PEOPLE_URL } from '../../src/lib/site/site-urls.ts';

const URL = YOUNG_PEOPLE_URL;

declare global {
  interface Window {
    speechCalls: string[];
  }
}

async function stubSpeechSynthesis(page: Page, { voices = ['Stand-in voice'] }: { voices?: string[] } = {}) {
  await page.addInitScript((voiceNames) => {
    window.speechCalls = [];
    const record = (call: string) => window.speechCalls.push(call);
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const queue: Utterance[] = [];
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (u: Utterance) => {
          queue.push(u);
          record(`speak ${u.lang}: ${u.text}`);
        },
        pause: () => record('pause'),
        resume: () => record('resume'),
        cancel: () => record('cancel'),
        getVoices: () => voiceNames.map((name) => ({ name, lang: 'en-GB' })),
        addEventListener: () => undefined,
        // Test hook: the browser finishing every queued utterance.
        finishAll: () => queue.splice(0).forEach((u) => u.dispatchEvent(new Event('end'))),
      },
    });
  }, voices);
}

test('Listen to this page never starts by itself, then speaks the main content, pauses, carries on and stops', async ({ page }) => {
  await stubSpeechSynthesis(page);
  await page.goto(URL);
  const listen = page.getByRole('button', { name: 'Listen to this page' });
  await expect(listen).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  expect(await page.evaluate(() => window.speechCalls)).toEqual([]);

  await listen.click();
  const spoken = await page.evaluate(() => window.speechCalls);
  expect(spoken[0]).toBe('cancel');
  const texts = spoken.slice(1);
  expect(texts.every((t) => t.startsWith('speak en-GB: '))).toBe(true);
  expect(texts[0]).toBe('speak en-GB: What the inspectors found: for children and young people');
  expect(texts).toContain('speak en-GB: What is Ofsted?');
  expect(texts.some((t) => t.includes('The looked after young people\'s board (LAYPB) is influential'))).toBe(true);
  expect(texts.some((t) => t.includes('Listen to this page'))).toBe(false);

  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Carry on listening' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  expect((await page.evaluate(() => window.speechCalls)).slice(-3)).toEqual(['pause', 'resume', 'cancel']);
  await expect(listen).toBeFocused();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
});

test('Listen reads the site\'s words and the report\'s but not the notes naming their sources, which stay on the page for everyone else', async ({ page }) => {
  await stubSpeechSynthesis(page);
  await page.goto(URL);
  const notes = page.locator('main .source-note');
  expect(await notes.count()).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  const texts = (await page.evaluate(() => window.speechCalls)).slice(1).map((call) => call.replace(/^speak [^:]*: /, ''));
  expect(texts.filter((t) => /Where the report says this|general information, not from the report/.test(t))).toEqual([]);
  // A sentence of the site's own is read whole, without its note.
  expect(texts).toContain('Ofsted checks schools, nurseries and services for children in England. The people who do the checking are called inspectors.');
  // The report's own points for young people are read too.
  expect(texts.some((t) => t.includes('The looked after young people\'s board (LAYPB) is influential'))).toBe(true);
  expect(texts).not.toContain('Back to the questions');
  // The notes stay on the page, one press away in each part's "Where this comes from".
  const fold = page.locator('main details.part-sources').first();
  await fold.locator('summary').click();
  await expect(fold.locator('.source-note').first()).toBeVisible();
  expect(await fold.ariaSnapshot()).toContain('Where the report says this');
});

test('when the page has been read to the end, the control is ready to start again', async ({ page }) => {
  await stubSpeechSynthesis(page);
  await page.goto(URL);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.evaluate(() => (window.speechSynthesis as unknown as { finishAll(): void }).finishAll());
  await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
});

test('Listen to this page is absent where the browser has no speech synthesis', async ({ page }) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
  });
  await page.goto(URL);
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await expect(page.locator('main h2').first()).toBeVisible();
  // Within <main>: the header's search button is on every page.
  await expect(page.locator('main').getByRole('button')).toHaveCount(0);
});

test('"Listen to this part" reads that part alone, from its heading, and stops any other reading', async ({ page }) => {
  await stubSpeechSynthesis(page);
  await page.goto(URL);
  const part = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'What is Ofsted?' }) });
  await part.getByRole('button', { name: 'Listen to this part' }).click();
  const texts = (await page.evaluate(() => window.speechCalls)).slice(1).map((call) => call.replace(/^speak [^:]*: /, ''));
  expect(texts).toEqual([
    'What is Ofsted?',
    'Ofsted checks schools, nurseries and services for children in England. The people who do the checking are called inspectors.',
    'A check like this is called an inspection. Inspectors look at what is going well and what needs to get better. Then they write a report that anyone can read.',
  ]);
  await expect(part.getByRole('button', { name: 'Pause' })).toBeVisible();
  // The page's own control starts over and the part's is ready again.
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  await expect(part.getByRole('button', { name: 'Listen to this part' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(1);
});

test('on a device with no voice, pressing Listen says so in plain words and speaks nothing', async ({ page }) => {
  await stubSpeechSynthesis(page, { voices: [] });
  await page.goto(URL);
  const listen = page.getByRole('button', { name: 'Listen to this page' });
  await listen.click();
  await expect(page.getByRole('status').filter({ hasText: 'This device has no voice to read aloud with.' })).toBeVisible();
  await expect(listen).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  expect((await page.evaluate(() => window.speechCalls)).filter((call) => call.startsWith('speak'))).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('Listen to this page is absent', async ({ page }) => {
    await page.goto(URL);
    await expect(page.locator('main h2').first()).toBeVisible();
    await expect(page.locator('main').getByRole('button')).toHaveCount(0);
  });
});
