/** Made on first use: making one loads the locale's date data. */
let format: Intl.DateTimeFormat | undefined;

/** A `YYYY-MM-DD` day as the site writes dates: "2 December 2026" (UTC, so no day shifts). */
export function longDay(day: string): string {
	format ??= new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
	return format.format(new Date(`${day}T00:00:00Z`));
}
