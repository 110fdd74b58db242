/**
 * Readability scores from a maintained library (text-readability, a port of Python's textstat),
 * shared by `npm run readability` and the readability tests.
 */
import readability from 'text-readability';

export interface ReadabilityScores {
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  wordsPerSentence: number;
}

export function scoreText(text: string): ReadabilityScores {
  const sentences = readability.sentenceCount(text);
  return {
    fleschReadingEase: readability.fleschReadingEase(text),
    fleschKincaidGrade: readability.fleschKincaidGrade(text),
    wordsPerSentence: sentences ? readability.lexiconCount(text) / sentences : 0,
  };
}
