// The bundle replaces __TFA_VERSION__ with package.json's version (scripts/bundle.mjs);
// run from source (tests, tsx scripts) the tool is no released build and says so.
declare const __TFA_VERSION__: string | undefined;

export const TOOL_NAME = 'twelve-factor-audit';
export const TOOL_VERSION: string = typeof __TFA_VERSION__ === 'string' ? __TFA_VERSION__ : '0.0.0-source';
