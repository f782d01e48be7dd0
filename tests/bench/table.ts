/** Formats a byte count as KiB with one decimal. */
export function formatKib(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Prints a titled Markdown table, each column as wide as its widest cell. */
export function printTable(title: string, head: string[], rows: string[][]): void {
	const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		`| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(`\n${title}\n`);
	console.log(line(head));
	console.log(line(widths.map((w) => '-'.repeat(w))));
	for (const row of rows) console.log(line(row));
}
