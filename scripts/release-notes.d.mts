// Types for the plain-JS release helper, so tests can import it type-checked.
export declare function changelogEntry(changelog: string, version: string): { heading: string; body: string } | undefined;
export declare function releaseFor(tag: string, sources: { packageVersion: string; changelog: string }): { version: string; major: string; notes: string };
