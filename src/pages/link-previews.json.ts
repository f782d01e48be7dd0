/** Route of the link previews the popover fetches; the links feature builds them. */
export { GET } from '../features/links/link-previews-route.ts';
