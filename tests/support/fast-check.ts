import fc from 'fast-check';

// Put the assertion that failed in the report: by default fast-check only attaches it as the
// error's cause, which node's test reporter does not print.
fc.configureGlobal({ includeErrorInReport: true });

/** fast-check, set up for the property tests. */
export { fc };
