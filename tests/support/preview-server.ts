import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

// The project's Astro, so that temporary copies of the site without node_modules can be served.
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** A running `astro preview`: where it answers, and how to stop it. */
export interface Preview {
	/** Origin and root path, such as `http://localhost:41234/`. */
	url: string;
	stop: () => void;
	/** Stops the server and resolves once it has exited, so its port refuses connections. */
	close: () => Promise<void>;
}

const isServing = async (url: string) => {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
};

/** A port nothing listens on now: other worktrees serve their own previews on this machine. */
export async function findFreePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * Starts `astro preview` of `siteDir`'s `dist/` on `port` (else a free one) and waits until it
 * answers. A fixed port serves a second build at the same origin, as a new deploy would be.
 */
export async function startPreview(siteDir: string, port?: number): Promise<Preview> {
	port ??= await findFreePort();
	const url = `http://localhost:${port}/`;
	// --ignore-lock: beside the suite's own preview of the same project, which Astro would refuse.
	const child = spawn(
		process.execPath,
		[astroBin, 'preview', '--port', String(port), '--ignore-lock'],
		{
			cwd: siteDir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'ignore', 'pipe'],
		},
	);
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
	const stop = () => void child.kill();
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const close = () => {
		stop();
		return exited;
	};
	// Loading astro.config.mjs indexes every page source, which takes minutes with 1,000 pages.
	const deadline = performance.now() + 5 * 60_000;
	while (performance.now() < deadline && child.exitCode === null) {
		if (await isServing(url)) return { url, stop, close };
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	stop();
	throw new Error(`astro preview of ${siteDir} did not start on port ${port}:\n${errors}`);
}
