/**
 * The listen controls' behaviour (ListenControl.astro): each reads its scope (the main content, or
 * the <section> around a part's control) block by block with speechSynthesis. One reading at a
 * time: starting a control stops any other.
 */

type State = 'idle' | 'speaking' | 'paused';

/** Each block is its own utterance: some browsers stop a long utterance part way through. */
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, caption, th, td';
/**
 * The site's words and the report's are read; the notes naming sources, the controls themselves
 * and the page's own links around them (jump links, "Back to the questions") stay on the page but
 * are not read.
 */
const NOT_READ = '.source-note, .part-sources, .listen, nav, .back-to-top';
/** What a device with speech synthesis but no voice shows instead of a silent "Pause". */
const NO_VOICE_MESSAGE = 'This device has no voice to read aloud with. You could try another browser or device.';
/** Voices can arrive a moment after the page loads: how long to wait for them before saying there are none. */
const VOICES_WAIT_MS = 1000;

function spokenText(block: HTMLElement): string {
  const copy = block.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(NOT_READ).forEach((note) => note.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function textToRead(scope: Element): string[] {
  return [...scope.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((el) => !el.closest(NOT_READ) && !el.querySelector(BLOCKS) && el.getClientRects().length > 0)
    .map(spokenText)
    .filter(Boolean);
}

function hasVoice(synth: SpeechSynthesis): Promise<boolean> {
  // A browser without getVoices() speaks with its default voice.
  if (typeof synth.getVoices !== 'function' || synth.getVoices().length > 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const check = () => resolve(synth.getVoices().length > 0);
    synth.addEventListener?.('voiceschanged', check, { once: true });
    setTimeout(check, VOICES_WAIT_MS);
  });
}

export function startListening(): void {
  if (!('speechSynthesis' in window && 'SpeechSynthesisUtterance' in window)) return;
  const synth = window.speechSynthesis;
  const main = document.querySelector('main');
  const controls = [...document.querySelectorAll<HTMLElement>('[data-listen]')].flatMap((root) => {
    const play = root.querySelector<HTMLButtonElement>('[data-listen-play]');
    const stop = root.querySelector<HTMLButtonElement>('[data-listen-stop]');
    const message = root.querySelector<HTMLElement>('.listen__message');
    const scope = root.dataset.listen === 'part' ? root.closest('section') : main;
    return play && stop && message && scope ? [{ root, play, stop, message, scope, idleLabel: play.textContent ?? '' }] : [];
  });
  type Control = (typeof controls)[number];
  let active: { control: Control; state: State } | undefined;

  const show = (control: Control, state: State) => {
    control.play.textContent = state === 'idle' ? control.idleLabel : state === 'speaking' ? 'Pause' : 'Carry on listening';
    control.stop.hidden = state === 'idle';
    active = state === 'idle' ? undefined : { control, state };
  };

  const start = async (control: Control) => {
    if (active) show(active.control, 'idle');
    synth.cancel();
    control.message.textContent = '';
    if (!(await hasVoice(synth))) {
      control.message.textContent = NO_VOICE_MESSAGE;
      return;
    }
    const blocks = textToRead(control.scope);
    blocks.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = document.documentElement.lang;
      if (index === blocks.length - 1) utterance.addEventListener('end', () => active?.control === control && show(control, 'idle'));
      synth.speak(utterance);
    });
    show(control, 'speaking');
  };

  for (const control of controls) {
    control.play.addEventListener('click', () => {
      if (active?.control !== control) void start(control);
      else if (active.state === 'speaking') {
        synth.pause();
        show(control, 'paused');
      } else {
        synth.resume();
        show(control, 'speaking');
      }
    });
    control.stop.addEventListener('click', () => {
      synth.cancel();
      show(control, 'idle');
      control.play.focus();
    });
    control.root.hidden = false;
  }
  // Some browsers keep talking after the reader has left the page.
  window.addEventListener('pagehide', () => synth.cancel());
}
