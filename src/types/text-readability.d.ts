/** The parts of text-readability (which ships no types) that this project uses. */
declare module 'text-readability' {
  interface Readability {
    fleschReadingEase(text: string): number;
    fleschKincaidGrade(text: string): number;
    sentenceCount(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
    syllableCount(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
