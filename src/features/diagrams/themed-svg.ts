import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * One SVG for both themes. Mermaid renders a diagram once per theme; the two drawings are the
 * same but for their colours. This keeps one of them and turns every colour that differs into a
 * CSS custom property, set per theme in the SVG's own `<style>`: dark by default (as Starlight's
 * `:root` is), light under `:root[data-theme='light']` and in print. The theme picker changes the
 * colours without swapping any element, so nothing moves.
 */

/** A colour as Mermaid writes one: hex, or an `rgb()`, `rgba()`, `hsl()` or `hsla()` function. */
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)/gi;
const WHOLE_COLOUR = new RegExp(`^(?:${COLOUR.source})$`, 'i');

/** Presentation attributes that take a colour, as hast names them, with their CSS property. */
const COLOUR_ATTRIBUTES: Record<string, string> = {
	fill: 'fill',
	stroke: 'stroke',
	stopColor: 'stop-color',
	floodColor: 'flood-color',
	lightingColor: 'lighting-color',
	color: 'color',
};

/** Where the two renders of a diagram differ other than in colour. */
export class ThemeMismatchError extends Error {}

/** The custom properties one diagram's colours became, in order: [dark, light] per property. */
type Palette = Map<string, string>;

interface Merge {
	palette: Palette;
	/** `dark|light` → property name, so each pair of colours gets one property. */
	byPair: Map<string, string>;
	prefix: string;
}

function property(merge: Merge, dark: string, light: string): string {
	const pair = `${dark}|${light}`;
	let name = merge.byPair.get(pair);
	if (!name) {
		name = `--${merge.prefix}${merge.byPair.size}`;
		merge.byPair.set(pair, name);
		merge.palette.set(name, pair);
	}
	return `var(${name})`;
}

/** Merges two texts that may differ only in their colours (CSS, a style attribute). */
function mergeText(merge: Merge, light: string, dark: string, where: string): string {
	const lightParts = light.split(COLOUR);
	const darkParts = dark.split(COLOUR);
	const lightColours = light.match(COLOUR) ?? [];
	const darkColours = dark.match(COLOUR) ?? [];
	if (
		lightParts.length !== darkParts.length ||
		lightParts.some((part, index) => part !== darkParts[index])
	) {
		throw new ThemeMismatchError(
			`the light and dark drawings differ in ${where}, not only in colour`,
		);
	}
	return lightParts
		.map((part, index) => {
			const lightColour = lightColours[index];
			const darkColour = darkColours[index];
			if (lightColour === undefined || darkColour === undefined) return part;
			return (
				part +
				(lightColour.toLowerCase() === darkColour.toLowerCase()
					? lightColour
					: property(merge, darkColour, lightColour))
			);
		})
		.join('');
}

function mergeElement(merge: Merge, light: Element, dark: Element): Element {
	const where = `<${light.tagName}${light.properties['id'] ? ` id="${String(light.properties['id'])}"` : ''}>`;
	if (light.tagName !== dark.tagName) {
		throw new ThemeMismatchError(
			`the light and dark drawings differ: <${light.tagName}> against <${dark.tagName}>`,
		);
	}
	const names = new Set([...Object.keys(light.properties), ...Object.keys(dark.properties)]);
	const properties: Element['properties'] = {};
	const styles: string[] = [];
	for (const name of names) {
		const lightValue = light.properties[name];
		const darkValue = dark.properties[name];
		if (name === 'style' && typeof lightValue === 'string' && typeof darkValue === 'string') {
			properties[name] = mergeText(merge, lightValue, darkValue, `the style of ${where}`);
			continue;
		}
		if (JSON.stringify(lightValue) === JSON.stringify(darkValue)) {
			properties[name] = lightValue;
			continue;
		}
		const cssName = COLOUR_ATTRIBUTES[name];
		if (
			cssName &&
			typeof lightValue === 'string' &&
			typeof darkValue === 'string' &&
			WHOLE_COLOUR.test(lightValue) &&
			WHOLE_COLOUR.test(darkValue)
		) {
			// A presentation attribute cannot hold var(); the same declaration in `style` can.
			styles.push(`${cssName}: ${property(merge, darkValue, lightValue)}`);
			continue;
		}
		throw new ThemeMismatchError(`the light and dark drawings differ in the ${name} of ${where}`);
	}
	if (styles.length > 0) {
		const own = typeof properties['style'] === 'string' ? properties['style'].trim() : '';
		properties['style'] = [own.replace(/;$/, ''), ...styles].filter(Boolean).join('; ');
	}
	return {
		...light,
		properties,
		children: mergeChildren(merge, light.children, dark.children, where, light.tagName === 'style'),
	};
}

function mergeChildren<Child extends ElementContent | RootContent>(
	merge: Merge,
	light: Child[],
	dark: Child[],
	where: string,
	isStyle: boolean,
): Child[] {
	if (light.length !== dark.length) {
		throw new ThemeMismatchError(`the light and dark drawings differ in what ${where} holds`);
	}
	return light.map((child, index) => {
		const other = dark[index]!;
		if (child.type === 'element' && other.type === 'element') {
			return mergeElement(merge, child, other) as Child;
		}
		if (child.type === 'text' && other.type === 'text') {
			const value = isStyle
				? mergeText(merge, child.value, other.value, `the <style> of ${where}`)
				: child.value;
			if (!isStyle && child.value !== other.value) {
				throw new ThemeMismatchError(`the light and dark drawings differ in the text of ${where}`);
			}
			return { ...child, value } as Child;
		}
		if (child.type !== other.type) {
			throw new ThemeMismatchError(`the light and dark drawings differ in what ${where} holds`);
		}
		return child;
	});
}

/** The rules that set a diagram's colour properties: dark by default, light by theme and in print. */
function paletteCss(id: string, palette: Palette): string {
	const declarations = (index: 0 | 1) =>
		[...palette].map(([name, pair]) => `${name}:${pair.split('|')[index]}`).join(';');
	const dark = declarations(0);
	const light = declarations(1);
	return `#${id}{${dark}}:root[data-theme='light'] #${id}{${light}}@media print{:root #${id}{${light}}}`;
}

/**
 * Merges the light and dark renders of one diagram (the same Mermaid source and DOM id prefix)
 * into one SVG whose colours follow the page's theme. Throws `ThemeMismatchError` when the two
 * differ in anything but colour, which would mean they are not the same drawing.
 */
export function themedSvg(light: string, dark: string): Element[] {
	const parse = (svg: string) =>
		fromHtml(svg, { fragment: true, space: 'svg' }).children.filter(
			(child) => child.type !== 'text' || child.value.trim() !== '',
		);
	const lightNodes = parse(light);
	const darkNodes = parse(dark);
	const root = lightNodes.find((node): node is Element => node.type === 'element');
	const id = root?.tagName === 'svg' ? String(root.properties['id'] ?? '') : '';
	if (!id)
		throw new ThemeMismatchError('the drawing has no <svg id="…"> root to scope its colours to');
	const merge: Merge = { palette: new Map(), byPair: new Map(), prefix: 'dc' };
	const merged: Root = {
		type: 'root',
		children: mergeChildren(merge, lightNodes, darkNodes, `<svg id="${id}">`, false),
	};
	const svg = merged.children.find((node): node is Element => node.type === 'element')!;
	const style = svg.children.find(
		(node): node is Element => node.type === 'element' && node.tagName === 'style',
	);
	const css = paletteCss(id, merge.palette);
	if (style) {
		style.children.unshift({ type: 'text', value: css });
	} else {
		svg.children.unshift({
			type: 'element',
			tagName: 'style',
			properties: {},
			children: [{ type: 'text', value: css }],
		});
	}
	return merged.children.filter((node): node is Element => node.type === 'element');
}
