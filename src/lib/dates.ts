/** A `YYYY-MM-DD` day as the site writes dates: "2 December 2026" (UTC, so no day shifts). */
export function longDay(day: string): string {
	return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}
