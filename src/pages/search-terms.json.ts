/** Route of the glossary names the search dialog fetches; the search feature builds them. */
export { GET } from '../features/search/search-terms.ts';
