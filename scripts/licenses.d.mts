// Types for the plain-JS bundle helper, so tests can import it type-checked.
export declare const REDISTRIBUTABLE: Set<string>;
export declare function packageDirOf(input: string): string | undefined;
export declare function thirdPartyNotices(metafile: { outputs: Record<string, { inputs: Record<string, unknown> }> }, root: string): string;
