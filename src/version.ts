// Replaced at bundle time; falls back to package.json when run from source.
declare const __TFA_VERSION__: string | undefined;

export const TOOL_NAME = 'twelve-factor-audit';
export const TOOL_VERSION: string = typeof __TFA_VERSION__ === 'string' ? __TFA_VERSION__ : '0.1.0';
