import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));

// src/render/escape.ts
var ZWJ = "\u200D";
var CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function wellFormed(text) {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
}
function stripControls(text) {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_RE, "\uFFFD");
}
function neutraliseMarkers(text) {
  return text.replace(/<!--/g, `<${ZWJ}!--`);
}
function foldLine(text) {
  return stripControls(text).replace(/\n/g, "\\n");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function neutraliseMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`);
}
function truncateText(text, max) {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut--;
  return `${text.slice(0, cut)}\u2026`;
}
var MD_PUNCT_RE = /[\\`*_[\]|~<>]/g;
function inlineText(text, max = 300) {
  const flat = truncateText(stripControls(text).replace(/[\n\t]+/g, " "), max);
  const escaped = flat.replace(/&/g, "&amp;").replace(MD_PUNCT_RE, (c) => c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`);
  return neutraliseMentions(escaped).replace(/\b(https?|ftp):(?=\/\/)/gi, `$1:${ZWJ}`).replace(/\bwww\./gi, `www${ZWJ}.`);
}
function htmlText(text, max = 300) {
  return neutraliseMentions(escapeHtml(truncateText(stripControls(text).replace(/[\n\t]+/g, " "), max)));
}
function longestRun(text, char) {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    if (c === char) {
      current++;
      if (current > longest) longest = current;
    } else current = 0;
  }
  return longest;
}
function inlineCode(text, opts = {}) {
  let body = neutraliseMarkers(truncateText(stripControls(text).replace(/[\n\t]+/g, " "), opts.max ?? 200));
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  if (body.length === 0) return "` `";
  const fence = "`".repeat(longestRun(body, "`") + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, lang = "") {
  const body = neutraliseMarkers(stripControls(text)).replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${fence}${lang}
${body}
${fence}`;
}

export {
  wellFormed,
  stripControls,
  neutraliseMarkers,
  foldLine,
  truncateText,
  inlineText,
  htmlText,
  inlineCode,
  codeBlock
};
