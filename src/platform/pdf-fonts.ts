import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Open Sans (from @expo-google-fonts/open-sans, SIL Open Font Licence), embedded in every PDF
 * Kindred makes (the genogram, the social connections map, the plan). Read once, at start:
 * reading the files for each document cost more time than drawing the document.
 */
const require = createRequire(import.meta.url);

export const OPEN_SANS_REGULAR = readFileSync(
  require.resolve('@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf'),
);
export const OPEN_SANS_BOLD = readFileSync(
  require.resolve('@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf'),
);

/**
 * The document's first font, for pdfkit's `font` option: its bytes, which pdfkit takes as it
 * takes a path (its types say only a path). Without it pdfkit starts with Helvetica, which is
 * not embedded.
 */
export const FIRST_FONT = OPEN_SANS_REGULAR as unknown as string;
