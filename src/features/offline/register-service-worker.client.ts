import { Workbox } from 'workbox-window';
import { installTrustedTypesPolicy } from '../../lib/trusted-types.client.ts';

/**
 * Registers the site's service worker (built by offline.ts), which precaches the site for offline
 * reading. When a new deploy's worker has installed and waits, a notice offers to reload; the
 * page never changes under the reader on its own.
 */
export function registerServiceWorker(base: string): void {
	installTrustedTypesPolicy(base);
	const workbox = new Workbox(`${base}sw.js`, { scope: base });
	workbox.addEventListener('waiting', () =>
		showUpdateNotice(() => {
			workbox.addEventListener('controlling', () => location.reload());
			workbox.messageSkipWaiting();
		}),
	);
	// No worker (a private window that refuses one, a browser set to block them): the site stays
	// readable online, as without JavaScript.
	workbox.register({ immediate: true }).catch(() => undefined);
}

/** A small notice at the foot of the screen: "Updated", a Reload button and a Dismiss button. */
function showUpdateNotice(reload: () => void): void {
	if (document.querySelector('.asn-update')) return;
	const notice = document.createElement('div');
	notice.className = 'asn-update';
	notice.setAttribute('role', 'status');
	const text = document.createElement('p');
	const button = (label: string, onClick: () => void) => {
		const element = document.createElement('button');
		element.type = 'button';
		element.className = 'asn-button';
		element.textContent = label;
		element.addEventListener('click', onClick);
		return element;
	};
	const reloadButton = button('Reload', () => {
		reloadButton.disabled = true;
		reload();
	});
	reloadButton.classList.add('asn-update__reload');
	notice.append(
		text,
		reloadButton,
		button('Dismiss', () => notice.remove()),
	);
	document.body.append(notice);
	// Text added after the live region is in the page, so screen readers announce it.
	requestAnimationFrame(() => {
		text.textContent = 'Updated: these notes have a new version.';
	});
}
