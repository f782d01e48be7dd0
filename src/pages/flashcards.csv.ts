/** Route of the flashcard deck as a CSV file for Anki; the flashcards feature builds it. */
export { GET } from '../features/flashcards/anki-export.ts';
