/** Route of the glossary terms' link previews, which the popover fetches; the links feature builds them. */
export { GET_TERMS as GET } from '../../features/links/link-previews-route.ts';
