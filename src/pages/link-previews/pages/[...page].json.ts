/** Routes of each page's link previews, which the popover fetches; the links feature builds them. */
export { getStaticPaths, GET } from '../../../features/links/link-previews-route.ts';
