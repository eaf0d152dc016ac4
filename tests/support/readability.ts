/**
 * Flesch reading ease of a page's words: 206.835 − 1.015 × (words per sentence) − 84.6 ×
 * (syllables per word). 60–70 is plain English; below 50 is hard for many readers. Syllables
 * are counted by the usual vowel-group rule, which is close enough to compare pages.
 */
function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 0;
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

export function fleschReadingEase(text: string): number {
  const sentences = text
    .split(/[.!?:;\n]+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[A-Za-z]/.test(sentence));
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  if (words.length === 0 || sentences.length === 0) return 100;
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  return (
    206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syllableCount / words.length)
  );
}

/** The words a person reads in a page's main content: no markup, scripts or hidden inputs. */
export function mainText(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(p|li|h[1-6]|label|legend|div|dt|dd|td|th|button|option)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/[ \t]+/g, ' ');
}
