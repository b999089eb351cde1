import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  codeBlock,
  foldLine,
  htmlText,
  inlineCode,
  inlineText,
  neutraliseMarkers,
  truncateText,
  wellFormed
} from "./chunk-VJY47AXX.js";
import {
  baseName,
  collectionKey,
  commandText,
  composeBuild,
  dirOf,
  dockerfileOwner,
  fileAtRevision,
  finalStage,
  flowNestingOver,
  headCommit,
  isConfigOnlyImage,
  isDockerfileName,
  isInside,
  isWorkTree,
  joinPath,
  lastInStage,
  locateApp,
  normaliseAppPath,
  parseCompose,
  parseDockerfile,
  readerOf,
  realPathOf,
  require_dist,
  resolveArtifactsDir,
  resolveInWorkspace,
  rootComposeFiles,
  scanRepository,
  serviceKindOfImage,
  substitute
} from "./chunk-IME6DF32.js";
import {
  ENV_ON_LINE,
  SignalCollector,
  credentialValue,
  envDefaultOn,
  esc,
  isCredentialName,
  isEnvTemplateName,
  isNonRuntimePath,
  isUnder,
  languageOf,
  nonRuntimePathMemo,
  relativeTo,
  scanSecrets,
  scanText,
  userAndDatabaseNames
} from "./chunk-6GAO5BH4.js";
import {
  configHash,
  deriveReleaseId,
  envNamesOf,
  releaseDigest,
  verifyRelease
} from "./chunk-SYYQJGSP.js";
import {
  CLAIM_STANDINGS,
  FACTORS,
  REPORT_FILES,
  REPORT_SCHEMA_VERSION,
  Redactor,
  ReportSchema,
  STAGE_FILE_NAMES,
  STAGE_SCHEMA_VERSION,
  STATIC_SCHEMA_VERSION,
  StageFailedError,
  StageFileError,
  configValues,
  displayPath,
  factorById,
  factorBySlug,
  readStageFile,
  readStageFileIfPresent,
  stageFilePath,
  writeStageFile,
  writeTextAtomic
} from "./chunk-FVSJOJO2.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-K4MH3PTH.js";
import {
  ConfigSchema,
  FAIL_ON,
  MAX_DIFF_ENTRIES,
  defaultConfig,
  describeAnswers,
  readRegularFile
} from "./chunk-LLOD3PSE.js";
import {
  __toESM
} from "./chunk-Q2LVJHL6.js";

// src/entry/cli-main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path15 from "node:path";

// src/entry/cli-args.ts
import path14 from "node:path";
import { parseArgs } from "node:util";

// src/pipeline/commands.ts
import path13 from "node:path";

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";

// src/util/levenshtein.ts
function levenshtein(a, b) {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      prev[j] = Math.min(above + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length];
}
function nearest(word2, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = levenshtein(word2.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word2.length / 3)) ? best : void 0;
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".twelve-factor.yml", ".twelve-factor.yaml"];
var MAX_CONFIG_BYTES = 256 * 1024;
var ConfigError = class extends Error {
  constructor(problems) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
function loadConfig(dir, explicit) {
  if (explicit) {
    const file = resolveInWorkspace(dir, dir, explicit, "config");
    const text = readConfigFile(file, explicit);
    if (text === void 0) throw new ConfigError([{ file: explicit, line: 1, column: 1, message: "config file not found" }]);
    return { config: parseConfig(text, explicit), file };
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(dir, name);
    const text = readConfigFile(file, name);
    if (text !== void 0) return { config: parseConfig(text, name), file };
  }
  return { config: ConfigSchema.parse({}) };
}
function readConfigFile(abs, shown) {
  const read = readRegularFile(abs, MAX_CONFIG_BYTES);
  if (read.kind === "missing") return void 0;
  if (read.kind === "refused") throw new ConfigError([{ file: shown, line: 1, column: 1, message: `config file ${read.problem} (it resolves to ${realPathOf(abs)})` }]);
  return read.text;
}
function parseConfig(text, file = ".twelve-factor.yml") {
  if (text.length > MAX_CONFIG_BYTES) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `config is ${text.length} bytes; the limit is ${MAX_CONFIG_BYTES}` }]);
  }
  const deep = flowNestingOver(text);
  if (deep) throw new ConfigError([{ file, line: deep.line, column: deep.column, message: `invalid YAML: ${deep.message}` }]);
  const lineCounter = new import_yaml.LineCounter();
  let doc;
  let errors;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    errors = [...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message })), ...duplicateKeys(doc)].sort((a, b) => a.offset - b.offset);
  } catch (e) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `invalid YAML: ${e instanceof RangeError ? "nested too deeply" : firstLine(String(e.message))}` }]);
  }
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        const pos = lineCounter.linePos(e.offset);
        return { file, line: pos.line, column: pos.col, message: `invalid YAML: ${firstLine(e.message)}` };
      })
    );
  }
  const badKey = firstNonScalarKey(doc);
  if (badKey) {
    const pos = position(badKey, lineCounter) ?? { line: 1, column: 1 };
    throw new ConfigError([{ file, ...pos, message: "a key must be a plain name, not a list or mapping" }]);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `invalid YAML: ${firstLine(String(e.message))}` }]);
  }
  const result = ConfigSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => describeIssue(issue, doc, lineCounter, file)));
}
function describeIssue(issue, doc, lc, file) {
  const keyPath = issue.path.map((p) => typeof p === "symbol" ? String(p) : p);
  const where3 = keyPath.length > 0 ? keyPath.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    const parent = keyPath.length > 0 ? doc.getIn(keyPath, true) : doc.contents;
    const allowed = allowedKeysAt(keyPath);
    const key = issue.keys[0] ?? "";
    const keyNode = (0, import_yaml.isMap)(parent) ? parent.items.find((it) => (0, import_yaml.isScalar)(it.key) && it.key.value === key)?.key : void 0;
    const pos2 = position(keyNode, lc) ?? position(parent, lc);
    const suggestion = nearest(key, allowed);
    const scope = keyPath.length > 0 ? ` in "${where3}"` : "";
    const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed.length ? `; expected one of: ${allowed.join(", ")}` : "";
    return { file, ...pos2 ?? { line: 1, column: 1 }, message: `unknown key "${key}"${scope}${hint}` };
  }
  const node = doc.getIn(keyPath, true);
  const pos = position(node, lc) ?? position(doc.getIn(keyPath.slice(0, -1), true), lc);
  const missing = /expected (\w+), received undefined/.exec(issue.message);
  const message = missing ? `required key is missing (expected ${missing[1]})` : issue.message.replace(/^Invalid input: /, "");
  return { file, ...pos ?? { line: 1, column: 1 }, message: `${where3}: ${message}` };
}
function firstNonScalarKey(doc) {
  let found2;
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (pair.key !== null && pair.key !== void 0 && !(0, import_yaml.isScalar)(pair.key)) {
        found2 = pair.key;
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return found2;
}
function position(node, lc) {
  if (!node || !("range" in node) || !node.range) return void 0;
  const p = lc.linePos(node.range[0]);
  return { line: p.line, column: p.col };
}
function allowedKeysAt(keyPath) {
  let schema = ConfigSchema;
  for (const part of keyPath) {
    schema = unwrap(schema);
    const def2 = schema.def;
    if (def2.type === "object" && typeof part === "string" && def2.shape?.[part]) schema = def2.shape[part];
    else if (def2.type === "array" && typeof part === "number" && def2.element) schema = def2.element;
    else return [];
  }
  schema = unwrap(schema);
  const def = schema.def;
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
function unwrap(schema) {
  let s = schema;
  while (s.def.innerType) s = s.def.innerType;
  if (s.def.type === "union" && s.def.options) {
    const obj2 = s.def.options.find((o) => o.def.type === "object");
    if (obj2) return obj2;
  }
  return s;
}
function duplicateKeys(doc) {
  const found2 = [];
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const item of map.items) {
        if (!(0, import_yaml.isScalar)(item.key)) continue;
        if (seen.has(item.key.value)) found2.push({ offset: item.key.range?.[0] ?? 0, message: "Map keys must be unique" });
        seen.add(item.key.value);
      }
    }
  });
  return found2;
}
function firstLine(s) {
  return s.split("\n")[0] ?? s;
}

// src/pipeline/audit.ts
import path7 from "node:path";

// src/evidence/repo/app-model.ts
import path5 from "node:path";

// src/evidence/repo/app/compose-stacks.ts
import path2 from "node:path";

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches2 = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches2.push(allmatches);
    match = regex.exec(string);
  }
  return matches2;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches2 = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches2.length; i++) {
    if (matches2[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches2[i][2] + "' has no space in starting.", getPositionFromMatch(matches2[i]));
    } else if (matches2[i][3] !== void 0 && matches2[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches2[i][2] + "' is without value.", getPositionFromMatch(matches2[i]));
    } else if (matches2[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches2[i][2] + "' is not allowed.", getPositionFromMatch(matches2[i]));
    }
    const attrName = matches2[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches2[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches2[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base2) {
  const str = numStr.trim();
  if (base2 === 2 || base2 === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base2);
  else if (Number.parseInt) return Number.parseInt(numStr, base2);
  else if (window && window.parseInt) return window.parseInt(numStr, base2);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content2 = bracketMatch[2].slice(1, -1);
        if (content2) {
          bracketContent = content2;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path16 = this._matcher.path;
    return path16.length > 0 ? path16[path16.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path16 = this._matcher.path;
    return path16.length > 0 ? path16[path16.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path16 = this._matcher.path;
    if (path16.length === 0) return void 0;
    return path16[path16.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path16 = this._matcher.path;
    if (path16.length === 0) return false;
    const current = path16[path16.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path16 = this._matcher.path;
    if (path16.length === 0) return -1;
    return path16[path16.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path16 = this._matcher.path;
    if (path16.length === 0) return -1;
    return path16[path16.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position2 = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position: position2,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found2 = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found2 = true;
            break;
          }
        }
        if (!found2) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry2) => ({ ...entry2 }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry2) => ({ ...entry2 }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches2 = getAllMatches(attrStr, attrsRegx);
    const len = matches2.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches2[i][1]);
      const oldVal = attrValue(matches2[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches2[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches2[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj2) {
  const keys = Object.keys(obj2);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj2, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj2[atrrName] = [attrMap[atrrName]];
      } else {
        obj2[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj2, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj2).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj2[textNodeName] || typeof obj2[textNodeName] === "boolean" || obj2[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base2 = 10) {
  return base2 === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base2;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base2, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base2))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base2, startPtr);
}
function parseInteger(ctx, str, base2, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base2);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base2 === 10 ? BigInt(str) : BigInt((base2 === 2 ? "0b" : base2 === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta2, type) {
  let t = table;
  let m = meta2;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta2 = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta2;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta2,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/evidence/repo/parsers/manifests.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MANIFEST_NAMES = [
  "package.json",
  "requirements.txt",
  "pyproject.toml",
  "Pipfile",
  "setup.py",
  "go.mod",
  "Gemfile",
  "Cargo.toml",
  "composer.json",
  "pom.xml",
  "build.gradle",
  "build.gradle.kts",
  "mix.exs"
];
var PROJECT_FILE = /\.(?:cs|fs|vb)proj$/;
function isManifestName(name) {
  return MANIFEST_NAMES.includes(name) || PROJECT_FILE.test(name);
}
var LOCKFILE_NAMES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lockb",
  "bun.lock",
  "poetry.lock",
  "uv.lock",
  "pdm.lock",
  "Pipfile.lock",
  "go.sum",
  "Gemfile.lock",
  "Cargo.lock",
  "composer.lock",
  "gradle.lockfile",
  "packages.lock.json",
  "mix.lock"
]);
var lineIndex = (text) => text.split(/\r?\n/);
function findLine(lines, test, from = 0) {
  for (let i = from; i < lines.length; i++) if (test(lines[i])) return i + 1;
  return 1;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function jsonManifest(text, file, diagnostics) {
  try {
    const v = JSON.parse(text);
    if (v && typeof v === "object" && !Array.isArray(v)) return v;
    diagnostics.push({ severity: "warning", file, line: 1, message: "expected a JSON object" });
  } catch (e) {
    const pos = /position (\d+)/.exec(e.message);
    const line = pos ? text.slice(0, Number(pos[1])).split("\n").length : 1;
    diagnostics.push({ severity: "warning", file, line, message: `invalid JSON: ${e.message.split("\n")[0]}` });
  }
  return void 0;
}
function tomlManifest(text, file, diagnostics) {
  try {
    return parse(text);
  } catch (e) {
    const m = /line (\d+)/i.exec(e.message);
    diagnostics.push({ severity: "warning", file, line: m ? Number(m[1]) : 1, message: `invalid TOML: ${e.message.split("\n")[0]}` });
    return void 0;
  }
}
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function npmSource(spec) {
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)|^[\w-]+\/[\w.-]+(#.*)?$/.test(spec)) {
    return { source: "git", gitPinned: /#[0-9a-f]{7,40}$|#v?\d+\.\d+/.test(spec) };
  }
  if (/^(file:|link:|workspace:|portal:)/.test(spec)) return { source: "path" };
  if (/^https?:/.test(spec)) return { source: "url" };
  return {};
}
function parsePackageJson(text, file) {
  const diagnostics = [];
  const j = jsonManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  const deps = [];
  for (const [section, dev] of [["dependencies", false], ["devDependencies", true], ["optionalDependencies", false]]) {
    const secLine = findLine(lines, (l) => l.includes(`"${section}"`)) - 1;
    for (const [name, spec] of Object.entries(obj(j[section]))) {
      const s = typeof spec === "string" ? spec : "";
      deps.push({ name, spec: s, dev, line: findLine(lines, (l) => l.includes(`"${name}"`), secLine), ...npmSource(s) });
    }
  }
  const scriptsLine = findLine(lines, (l) => l.includes('"scripts"')) - 1;
  const scripts = Object.entries(obj(j.scripts)).filter(([, v]) => typeof v === "string").map(([name, command]) => ({ name, command, line: findLine(lines, (l) => new RegExp(`"${escapeRe(name)}"\\s*:`).test(l), scriptsLine) }));
  const pm = typeof j.packageManager === "string" ? j.packageManager.split("@")[0] : "npm";
  return {
    file,
    ecosystem: "node",
    tool: ["npm", "pnpm", "yarn", "bun"].includes(pm) ? pm : "npm",
    dependencies: deps,
    scripts,
    lockfiles: ["package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock", "bun.lockb"],
    workspaceRoot: j.workspaces !== void 0,
    diagnostics
  };
}
function pep508(req) {
  const t = req.split(";")[0].trim();
  const at = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(t);
  if (at) {
    const url = at[3];
    const git = url.startsWith("git+");
    return { name: at[1], spec: url, source: git ? "git" : url.startsWith("file:") ? "path" : "url", ...git ? { gitPinned: /@[0-9a-f]{7,40}(#|$)|@v?\d+\.\d+/.test(url.replace(/^git\+[a-z]+:\/\/[^@]*@/, "")) } : {} };
  }
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(t);
  if (!m) return void 0;
  return { name: m[1], spec: m[3].replace(/^\(|\)$/g, "").trim() };
}
function parseRequirements(text, file) {
  const diagnostics = [];
  const deps = [];
  const lines = lineIndex(text);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    const parts = [lines[i]];
    while (parts[parts.length - 1].trimEnd().endsWith("\\") && i + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1].trimEnd().slice(0, -1);
      parts.push(lines[++i]);
    }
    let l = parts.join(" ");
    l = l.replace(/(^|\s)#.*$/, "").trim();
    if (l === "") continue;
    const hashed = /--hash[=\s]/.test(l);
    l = l.replace(/\s--hash[=\s]\S+/g, "").trim();
    if (/^-(r|c|-requirement|-constraint)\b/.test(l) || /^--?(i|index-url|extra-index-url|find-links|f|trusted-host|no-binary|only-binary|pre|prefer-binary|require-hashes)\b/.test(l)) continue;
    if (/^-e\s|^--editable\s/.test(l)) {
      const target = l.replace(/^(-e|--editable)\s+/, "");
      const git = /^git\+/.test(target);
      deps.push({ name: /#egg=([\w.-]+)/.exec(target)?.[1] ?? target, spec: target, line: start + 1, dev: false, source: git ? "git" : "path", ...git ? { gitPinned: /@[0-9a-f]{7,40}(#|$)/.test(target) } : {} });
      continue;
    }
    if (/^(\.|\/)/.test(l)) {
      deps.push({ name: l, spec: l, line: start + 1, dev: false, source: "path" });
      continue;
    }
    const r = pep508(l);
    if (!r) {
      diagnostics.push({ severity: "warning", file, line: start + 1, message: `cannot read requirement "${l.slice(0, 80)}"` });
      continue;
    }
    deps.push({ name: r.name, spec: hashed && r.spec ? `${r.spec} (hashed)` : r.spec, line: start + 1, dev: false, ...r.source ? { source: r.source } : {}, ...r.gitPinned !== void 0 ? { gitPinned: r.gitPinned } : {} });
  }
  return { file, ecosystem: "python", tool: "pip", dependencies: deps, scripts: [], lockfiles: [], workspaceRoot: false, diagnostics };
}
function tomlDeps(table, lines, header, dev, skip2 = /* @__PURE__ */ new Set()) {
  const from = findLine(lines, (l) => header.test(l.trim())) - 1;
  return Object.entries(obj(table)).filter(([name]) => !skip2.has(name)).map(([name, v]) => {
    const t = obj(v);
    const spec = typeof v === "string" ? v : typeof t.version === "string" ? t.version : "";
    const git = typeof t.git === "string";
    return {
      name,
      spec,
      dev,
      line: findLine(lines, (l) => new RegExp(`^\\s*"?${escapeRe(name)}"?\\s*=`).test(l), Math.max(from, 0)),
      ...git ? { source: "git", gitPinned: typeof t.rev === "string" || typeof t.tag === "string" } : typeof t.path === "string" ? { source: "path" } : typeof t.url === "string" ? { source: "url" } : {}
    };
  });
}
function pep508List(list, lines, dev) {
  if (!Array.isArray(list)) return [];
  return list.flatMap((req) => {
    if (typeof req !== "string") return [];
    const r = pep508(req);
    if (!r) return [];
    return [{ name: r.name, spec: r.spec, dev, line: findLine(lines, (l) => l.includes(`"${req}`) || l.includes(`'${req}`) || l.includes(`"${r.name}`)), ...r.source ? { source: r.source } : {}, ...r.gitPinned !== void 0 ? { gitPinned: r.gitPinned } : {} }];
  });
}
function parsePyproject(text, file) {
  const diagnostics = [];
  const t = tomlManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  const tool = obj(t.tool);
  const project = obj(t.project);
  const deps = [...pep508List(project.dependencies, lines, false)];
  for (const list of Object.values(obj(project["optional-dependencies"]))) deps.push(...pep508List(list, lines, true));
  for (const list of Object.values(obj(t["dependency-groups"]))) deps.push(...pep508List(list, lines, true));
  const poetry = obj(tool.poetry);
  deps.push(...tomlDeps(poetry.dependencies, lines, /^\[tool\.poetry\.dependencies\]/, false, /* @__PURE__ */ new Set(["python"])));
  deps.push(...tomlDeps(poetry["dev-dependencies"], lines, /^\[tool\.poetry\.dev-dependencies\]/, true));
  for (const [g, group] of Object.entries(obj(poetry.group))) {
    deps.push(...tomlDeps(obj(group).dependencies, lines, new RegExp(`^\\[tool\\.poetry\\.group\\.${escapeRe(g)}\\.dependencies\\]`), true));
  }
  const toolName = tool.poetry ? "poetry" : tool.uv ? "uv" : tool.pdm ? "pdm" : tool.hatch ? "hatch" : "pip";
  const scripts = Object.entries({ ...obj(project.scripts), ...obj(poetry.scripts) }).map(([name, v]) => ({
    name,
    command: String(v),
    line: findLine(lines, (l) => new RegExp(`^\\s*"?${escapeRe(name)}"?\\s*=`).test(l))
  }));
  return {
    file,
    ecosystem: "python",
    tool: toolName,
    dependencies: deps,
    scripts,
    lockfiles: ["poetry.lock", "uv.lock", "pdm.lock", "pylock.toml"],
    workspaceRoot: obj(obj(tool.uv).workspace).members !== void 0,
    diagnostics
  };
}
function parsePipfile(text, file) {
  const diagnostics = [];
  const t = tomlManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  return {
    file,
    ecosystem: "python",
    tool: "pipenv",
    dependencies: [...tomlDeps(t.packages, lines, /^\[packages\]/, false), ...tomlDeps(t["dev-packages"], lines, /^\[dev-packages\]/, true)],
    scripts: Object.entries(obj(t.scripts)).map(([name, v]) => ({ name, command: String(v), line: findLine(lines, (l) => l.trim().startsWith(`${name} `) || l.trim().startsWith(`${name}=`)) })),
    lockfiles: ["Pipfile.lock"],
    workspaceRoot: false,
    diagnostics
  };
}
function parseSetupPy(text, file) {
  const lines = lineIndex(text);
  const deps = [];
  const block = /install_requires\s*=\s*\[([^\]]*)\]/.exec(text);
  if (block) {
    for (const m of block[1].matchAll(/['"]([^'"]+)['"]/g)) {
      const r = pep508(m[1]);
      if (r) deps.push({ name: r.name, spec: r.spec, dev: false, line: findLine(lines, (l) => l.includes(m[1])) });
    }
  }
  return { file, ecosystem: "python", tool: "pip", dependencies: deps, scripts: [], lockfiles: [], workspaceRoot: false, diagnostics: [] };
}
function parseGoMod(text, file) {
  const diagnostics = [];
  const deps = [];
  const lines = lineIndex(text);
  let inRequire = false;
  let sawModule = false;
  lines.forEach((raw, i) => {
    const l = raw.replace(/\/\/.*$/, "").trim();
    if (l === "") return;
    if (/^module\s+\S+/.test(l)) sawModule = true;
    if (/^require\s*\($/.test(l)) {
      inRequire = true;
      return;
    }
    if (inRequire && l === ")") {
      inRequire = false;
      return;
    }
    const m = inRequire ? /^(\S+)\s+(\S+)/.exec(l) : /^require\s+(\S+)\s+(\S+)/.exec(l);
    if (m) deps.push({ name: m[1], spec: m[2], dev: false, line: i + 1 });
    else if (inRequire) diagnostics.push({ severity: "warning", file, line: i + 1, message: 'expected "<module> <version>" in require block' });
  });
  if (!sawModule) diagnostics.push({ severity: "warning", file, line: 1, message: "go.mod has no module directive" });
  return { file, ecosystem: "go", tool: "go", dependencies: deps, scripts: [], lockfiles: ["go.sum"], workspaceRoot: false, diagnostics };
}
function parseGemfile(text, file) {
  const deps = [];
  let group = 0;
  let dev = false;
  lineIndex(text).forEach((raw, i) => {
    const l = raw.replace(/(^|\s)#.*$/, "").trim();
    if (/^group\b.*\b(development|test)\b.*\bdo\b/.test(l)) {
      group++;
      dev = true;
    } else if (/^group\b.*\bdo\b/.test(l)) group++;
    else if (l === "end" && group > 0) {
      group--;
      if (group === 0) dev = false;
    }
    const m = /^gem\s+['"]([^'"]+)['"]\s*(.*)$/.exec(l);
    if (!m) return;
    const rest = m[2];
    const specs = [...rest.matchAll(/^,?\s*['"]([~><=!\d][^'"]*)['"]|,\s*['"]([~><=!\d][^'"]*)['"]/g)].map((x) => x[1] ?? x[2]).filter(Boolean);
    const git = /\b(git|github):/.test(rest);
    deps.push({
      name: m[1],
      spec: specs.join(", "),
      dev: dev || /group:.*\b(development|test)\b/.test(rest),
      line: i + 1,
      ...git ? { source: "git", gitPinned: /\b(ref|tag):/.test(rest) } : /\bpath:/.test(rest) ? { source: "path" } : {}
    });
  });
  return { file, ecosystem: "ruby", tool: "bundler", dependencies: deps, scripts: [], lockfiles: ["Gemfile.lock"], workspaceRoot: false, diagnostics: [] };
}
function parseCargo(text, file) {
  const diagnostics = [];
  const t = tomlManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  return {
    file,
    ecosystem: "rust",
    tool: "cargo",
    dependencies: [...tomlDeps(t.dependencies, lines, /^\[dependencies\]/, false), ...tomlDeps(t["dev-dependencies"], lines, /^\[dev-dependencies\]/, true)],
    scripts: [],
    lockfiles: ["Cargo.lock"],
    workspaceRoot: t.workspace !== void 0 && t.package === void 0,
    diagnostics
  };
}
function parseComposer(text, file) {
  const diagnostics = [];
  const j = jsonManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  const deps = [];
  for (const [section, dev] of [["require", false], ["require-dev", true]]) {
    const from = findLine(lines, (l) => l.includes(`"${section}"`)) - 1;
    for (const [name, spec] of Object.entries(obj(j[section]))) {
      if (name === "php" || name.startsWith("ext-")) continue;
      deps.push({ name, spec: String(spec), dev, line: findLine(lines, (l) => l.includes(`"${name}"`), from) });
    }
  }
  const scripts = Object.entries(obj(j.scripts)).map(([name, v]) => ({ name, command: Array.isArray(v) ? v.join(" && ") : String(v), line: findLine(lines, (l) => l.includes(`"${name}"`)) }));
  return { file, ecosystem: "php", tool: "composer", dependencies: deps, scripts, lockfiles: ["composer.lock"], workspaceRoot: false, diagnostics };
}
var xml = new XMLParser({ ignoreAttributes: true, processEntities: false, isArray: (name) => ["dependency", "module", "plugin"].includes(name) });
function parsePom(text, file) {
  const diagnostics = [];
  const lines = lineIndex(text);
  let project = {};
  try {
    project = obj(obj(xml.parse(text)).project);
  } catch (e) {
    diagnostics.push({ severity: "warning", file, line: 1, message: `invalid XML: ${e.message.split("\n")[0]}` });
  }
  const props = Object.fromEntries(Object.entries(obj(project.properties)).map(([k, v]) => [k, String(v)]));
  const resolve = (v) => v.replace(/\$\{([^}]+)\}/g, (m, k) => props[k] ?? m);
  const deps = [];
  const list = (node) => Array.isArray(obj(node).dependency) ? obj(node).dependency : [];
  for (const d of list(project.dependencies)) {
    const dep = obj(d);
    const artifact = String(dep.artifactId ?? "");
    deps.push({
      name: `${String(dep.groupId ?? "")}:${artifact}`,
      spec: dep.version === void 0 ? "" : resolve(String(dep.version)),
      dev: dep.scope === "test",
      line: findLine(lines, (l) => l.includes(`<artifactId>${artifact}</artifactId>`))
    });
  }
  const modules = obj(project.modules).module;
  return {
    file,
    ecosystem: "jvm",
    tool: "maven",
    dependencies: deps,
    scripts: [],
    lockfiles: [],
    workspaceRoot: project.packaging === "pom" && Array.isArray(modules) && modules.length > 0,
    diagnostics
  };
}
function parseGradle(text, file) {
  const deps = [];
  const confs = "implementation|api|compile|runtime|runtimeOnly|compileOnly|annotationProcessor|kapt|ksp|developmentOnly|testImplementation|testRuntimeOnly|testCompile|androidTestImplementation";
  const re = new RegExp(`^\\s*(${confs})\\s*\\(?\\s*(?:platform\\()?\\s*['"]([^'"$]+(?:\\$[^'"]*)?)['"]`);
  lineIndex(text).forEach((l, i) => {
    const m = re.exec(l);
    if (!m) return;
    const parts = m[2].split(":");
    if (parts.length < 2) return;
    deps.push({ name: `${parts[0]}:${parts[1]}`, spec: parts[2] ?? "", dev: m[1].startsWith("test") || m[1].startsWith("androidTest"), line: i + 1 });
  });
  return {
    file,
    ecosystem: "jvm",
    tool: "gradle",
    dependencies: deps,
    scripts: [],
    lockfiles: ["gradle.lockfile"],
    workspaceRoot: false,
    selfLocked: /dependencyLocking\s*\{/.test(text),
    diagnostics: []
  };
}
function parseProject(text, file) {
  const deps = [];
  const lines = lineIndex(text);
  for (let i = 0; i < lines.length; i++) {
    const m = /<PackageReference\b([^>]{0,400})(\/?)>/.exec(lines[i]);
    if (!m) continue;
    const attrs = m[1];
    const name = /\bInclude\s*=\s*"([^"]{1,200})"/.exec(attrs)?.[1];
    if (!name) continue;
    let spec = /\bVersion\s*=\s*"([^"]{0,100})"/.exec(attrs)?.[1];
    if (spec === void 0 && m[2] !== "/") spec = /<Version>\s*([^<]{0,100})<\/Version>/.exec(lines.slice(i, i + 4).join("\n"))?.[1]?.trim();
    deps.push({ name, spec: spec ?? "", dev: /\bPrivateAssets\s*=\s*"all"/i.test(attrs), line: i + 1 });
  }
  return { file, ecosystem: "dotnet", tool: "nuget", dependencies: deps, scripts: [], lockfiles: ["packages.lock.json"], workspaceRoot: false, diagnostics: [] };
}
function parseMix(text, file) {
  const deps = [];
  lineIndex(text).forEach((raw, i) => {
    const l = raw.replace(/(^|\s)#.*$/, "");
    const m = /\{\s*:([a-z_][a-z0-9_]{0,60})\s*,\s*(?:"([^"]{0,60})"\s*)?([^}\n]{0,300})\}/.exec(l);
    if (!m || /\bdefp?\s/.test(l)) return;
    const rest = m[3];
    const only = /\bonly:\s*(\[[^\]]{0,60}\]|:\w+)/.exec(rest)?.[1];
    const git = /\b(?:git|github):/.test(rest);
    deps.push({
      name: m[1],
      spec: m[2] ?? "",
      dev: only !== void 0 && !/:prod\b/.test(only),
      line: i + 1,
      ...git ? { source: "git", gitPinned: /\b(?:ref|tag):/.test(rest) } : /\bpath:/.test(rest) ? { source: "path" } : {}
    });
  });
  return { file, ecosystem: "elixir", tool: "mix", dependencies: deps, scripts: [], lockfiles: ["mix.lock"], workspaceRoot: /\bapps_path:/.test(text), diagnostics: [] };
}
function parseManifest(name, text, file) {
  if (PROJECT_FILE.test(name)) return parseProject(text, file);
  switch (name) {
    case "package.json":
      return parsePackageJson(text, file);
    case "requirements.txt":
      return parseRequirements(text, file);
    case "pyproject.toml":
      return parsePyproject(text, file);
    case "Pipfile":
      return parsePipfile(text, file);
    case "setup.py":
      return parseSetupPy(text, file);
    case "go.mod":
      return parseGoMod(text, file);
    case "Gemfile":
      return parseGemfile(text, file);
    case "Cargo.toml":
      return parseCargo(text, file);
    case "composer.json":
      return parseComposer(text, file);
    case "pom.xml":
      return parsePom(text, file);
    case "build.gradle":
    case "build.gradle.kts":
      return parseGradle(text, file);
    case "mix.exs":
      return parseMix(text, file);
    default:
      return void 0;
  }
}
function validateLockfile(name, text, file) {
  const diagnostics = [];
  try {
    if (name.endsWith(".json") || name === "Pipfile.lock") JSON.parse(text);
    else if (name === "pnpm-lock.yaml") {
      const deep = flowNestingOver(text);
      if (deep) throw new Error(`line ${deep.line}: ${deep.message}`);
      const lines = new import_yaml2.LineCounter();
      for (const token of new import_yaml2.Parser(lines.addNewLine).parse(text)) {
        if (token.type === "error") throw new Error(`line ${lines.linePos(token.offset).line}: ${token.message}`);
      }
      const doc = (0, import_yaml2.parseDocument)(text, { prettyErrors: false, uniqueKeys: false });
      if (doc.errors[0]) throw doc.errors[0];
      if (collectionKey(doc)) throw new Error("a mapping key is a list or mapping");
      doc.toJS({ maxAliasCount: 100 });
    } else if (name.endsWith(".lock") && ["poetry.lock", "uv.lock", "pdm.lock", "Cargo.lock"].includes(name)) parse(text);
    else if (name === "go.sum") {
      const bad = lineIndex(text).findIndex((l) => l.trim() !== "" && !/^\S+ \S+ h1:\S+$/.test(l.trim()));
      if (bad >= 0) diagnostics.push({ severity: "warning", file, line: bad + 1, message: 'expected "<module> <version> h1:<hash>"' });
    }
  } catch (e) {
    diagnostics.push({ severity: "warning", file, line: 1, message: `cannot read lockfile: ${e.message.split("\n")[0]}` });
  }
  return diagnostics;
}
function floatingSpec(dep, ecosystem) {
  const s = dep.spec.trim();
  if (dep.source === "path") return void 0;
  if (dep.source === "git") return dep.gitPinned ? void 0 : "git dependency without a commit or tag";
  if (dep.source === "url") return void 0;
  switch (ecosystem) {
    case "node":
      if (s === "" || s === "*" || s === "x" || s === "latest" || s === "next") return `"${s || "(empty)"}" accepts any version`;
      if (/^>=?\s*[\d.]+$/.test(s)) return `"${s}" has no upper bound`;
      if (/^(workspace|npm|catalog):/.test(s)) return void 0;
      return /^[\d]+\.[\d]+\.[\d]+(-[\w.]+)?$/.test(s) ? void 0 : "range";
    case "python":
      if (s === "" || s === "*") return "no version";
      if (/^===?\s*[\w.!+-]+(\s*\(hashed\))?$/.test(s) && !s.includes("*")) return void 0;
      if (/^>=?[^,<]*$/.test(s)) return `"${s}" has no upper bound`;
      return "range";
    case "ruby":
      if (s === "") return "no version";
      return /^=?\s*\d[\w.]*$/.test(s) ? void 0 : "range";
    case "rust":
      if (s === "" || s === "*") return `"${s || "(empty)"}" accepts any version`;
      return s.startsWith("=") ? void 0 : "range";
    case "php":
      if (s === "*" || s === "" || /^dev-/.test(s)) return `"${s}" accepts any version or a moving branch`;
      if (/^>=?[^,<|]*$/.test(s)) return `"${s}" has no upper bound`;
      return /^v?\d+\.\d+\.\d+$/.test(s) ? void 0 : "range";
    case "jvm":
      if (/^(LATEST|RELEASE|latest\.\w+)$/.test(s) || s.includes("+")) return `dynamic version "${s}"`;
      if (/^[[(]/.test(s)) return `version range "${s}"`;
      if (/-SNAPSHOT$/.test(s)) return `snapshot version "${s}" changes without a version bump`;
      return void 0;
    case "elixir":
      if (s === "" || s === ">= 0.0.0") return `"${s || "(empty)"}" accepts any version`;
      return /^(?:==\s*)?\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(s) ? void 0 : "range";
    case "dotnet":
      if (s.includes("*")) return `floating version "${s}"`;
      if (/^[[(]/.test(s) && !/^\[[^,\]]+\]$/.test(s)) return `version range "${s}"`;
      return void 0;
    case "go":
      return void 0;
  }
}

// src/evidence/repo/app/compose-stacks.ts
var BASE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
var COMPOSE_NAME = /^(?:docker-)?compose(?:[.-][\w-]+)*\.ya?ml$/;
var PROD_WORD = /(?:^|[^a-z])(?:prod|production|deploy|release|live|staging)(?:[^a-z]|$)/i;
var DEV_WORD = /(?:^|[^a-z])(?:dev|develop|development|local|override|watch)(?:[^a-z]|$)/i;
var DEPLOY_SUBCOMMANDS = /* @__PURE__ */ new Set(["up", "deploy", "push", "pull", "create", "start", "build"]);
var CI_FILE = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.yml|azure-pipelines\.yml|bitbucket-pipelines\.yml|Jenkinsfile)$/;
var MAX_SCRIPT_BYTES = 256 * 1024;
function composeStacks(snapshot, dirs, otherDeployDescriptors) {
  const parsed = /* @__PURE__ */ new Map();
  const load = (file) => {
    if (!parsed.has(file)) {
      const text = snapshot.read(file);
      parsed.set(file, text === void 0 ? void 0 : parseCompose(text, file));
    }
    return parsed.get(file);
  };
  const invocations = composeInvocations(snapshot, dirs);
  const defaults = dirs.map((d) => defaultFiles(snapshot, d)).find((f) => f.length > 0) ?? [];
  const stackOf = (role, files, why) => {
    const loaded = files.map(load).filter((c) => c !== void 0);
    return loaded.length > 0 ? { role, files: loaded.map((c) => c.file), why, services: merge(loaded) } : void 0;
  };
  let deploy;
  const deployCall = invocations.find((i) => i.role === "deploy" && i.subcommand !== "build") ?? invocations.find((i) => i.role === "deploy");
  if (deployCall) deploy = stackOf("deploy", deployCall.files, `${deployCall.where} runs \`docker compose${deployCall.files.map((f) => ` -f ${f}`).join("")} ${deployCall.subcommand}\``);
  if (!deploy) {
    const prod = dirs.flatMap((d) => snapshot.files.filter((f) => dirOf(f.path) === d && COMPOSE_NAME.test(baseName(f.path)) && !BASE_NAMES.includes(baseName(f.path)) && PROD_WORD.test(variantOf(baseName(f.path)))).map((f) => f.path))[0];
    if (prod) {
      const base2 = defaultFiles(snapshot, dirOf(prod))[0];
      const overrides = base2 !== void 0 && isOverride(load(prod), load(base2));
      deploy = stackOf("deploy", overrides ? [base2, prod] : [prod], overrides ? `${prod} is layered over ${base2} (it only overrides that file's services)` : `${prod} is the deploy descriptor`);
    }
  }
  if (!deploy && !otherDeployDescriptors && defaults.length > 0) deploy = stackOf("deploy", defaults, `no other deploy descriptor: ${defaults.join(" with ")} is how the app is run`);
  let dev;
  const devCall = invocations.find((i) => i.role === "dev" && i.files.join() !== deploy?.files.join());
  if (devCall) dev = stackOf("dev", devCall.files, `${devCall.where} runs \`docker compose${devCall.files.map((f) => ` -f ${f}`).join("")} ${devCall.subcommand}\``);
  if (!dev && defaults.length > 0) {
    const base2 = defaults[0];
    const variant = snapshot.files.find((f) => dirOf(f.path) === dirOf(base2) && COMPOSE_NAME.test(baseName(f.path)) && !BASE_NAMES.includes(baseName(f.path)) && !/override/.test(baseName(f.path)) && DEV_WORD.test(variantOf(baseName(f.path))))?.path;
    const files = variant && isOverride(load(variant), load(base2)) ? [...defaults, variant] : defaults;
    if (files.join() !== deploy?.files.join()) dev = stackOf("dev", files, `${files.join(" with ")} is the development stack (what a plain \`docker compose up\` reads)`);
    else dev = deploy && { ...deploy, role: "dev" };
  }
  return { ...deploy ? { deploy } : {}, ...dev ? { dev } : {} };
}
function appServiceIn(stack, app, sameApp) {
  if (!stack) return void 0;
  const built = stack.services.filter((s) => s.build && buildsApp(s.build, app));
  let candidates = built.length > 0 || !sameApp ? built : stack.services.filter((s) => s.build && sameApp(s.build.dockerfile));
  if (candidates.length === 0) {
    const byImage = stack.services.filter((s) => s.image && !s.build && !serviceKindOfImage(s.image) && !STOCK_SERVER.test(s.image));
    const named = byImage.filter((s) => imageRepo(s.image) === baseName(app.root === "." ? "" : app.root) || s.name === baseName(app.root));
    candidates = named.length > 0 ? named : byImage.length === 1 ? byImage : [];
  }
  if (candidates.length <= 1) return candidates[0];
  const started = candidates.filter((s) => s.profiles.length === 0);
  if (started.length > 0) candidates = started;
  const longRunning = candidates.filter((s) => !ONE_OFF.test(`${s.command ?? ""} ${s.name}`));
  if (longRunning.length > 0) candidates = longRunning;
  return candidates.find((s) => s.ports.length > 0) ?? candidates.find((s) => /^(?:web|app|api|server|backend|frontend|site)$/.test(s.name)) ?? candidates[0];
}
function appProcessTypesIn(stack, app) {
  if (!stack) return [];
  const main = appServiceIn(stack, app);
  if (!main) return [];
  return stack.services.filter((s) => s === main || s.profiles.length === 0 && !ONE_OFF.test(`${s.command ?? ""} ${s.name}`) && (s.build && buildsApp(s.build, app) || main.image !== void 0 && s.image === main.image));
}
var ONE_OFF = /\b(?:migrate|migrations?|seed|prestart|init|setup|createsuperuser|collectstatic|test|tests|lint)\b/;
var STOCK_SERVER = /^(?:[\w.-]+\/)*(?:nginx|caddy|httpd|haproxy|traefik|envoy|varnish|prometheus|grafana|alertmanager|loki|promtail|fluentd|fluent-bit|logstash|jaeger|adminer|pgadmin4|phpmyadmin|mailhog|mailpit)(?::|@|$)/;
function buildsApp(build2, app) {
  if (build2.context !== app.context && build2.context !== app.root) return false;
  return !app.dockerfile || build2.dockerfile.toLowerCase() === app.dockerfile.toLowerCase();
}
function imageRepo(image) {
  return image.split("@")[0].replace(/:[^/:]*$/, "").split("/").pop() ?? "";
}
function variantOf(name) {
  return name.replace(/^(?:docker-)?compose[.-]?/, "").replace(/\.ya?ml$/, "");
}
function defaultFiles(snapshot, dir) {
  const base2 = BASE_NAMES.map((n) => joinPath(dir, n)).find((f) => snapshot.has(f));
  if (!base2) return [];
  const prefix = baseName(base2).startsWith("docker-") ? "docker-compose" : "compose";
  const override = ["yaml", "yml"].map((ext) => joinPath(dir, `${prefix}.override.${ext}`)).find((f) => snapshot.has(f));
  return override ? [base2, override] : [base2];
}
function isOverride(file, base2) {
  if (!file || !base2 || file.file === base2.file || file.services.length === 0) return false;
  return file.services.every((s) => s.image === void 0 && s.build === void 0 || base2.services.some((b) => b.name === s.name));
}
function merge(files) {
  const out = /* @__PURE__ */ new Map();
  for (const c of files) {
    for (const s of c.services) {
      const at = (line) => ({ file: c.file, line });
      const prev = out.get(s.name);
      const next = prev ? { ...prev } : { name: s.name, at: at(s.line), environment: [], ports: [], volumes: [], profiles: [], healthcheck: false, dependsOn: [] };
      if (s.image !== void 0) {
        next.image = s.image;
        next.imageAt = at(s.imageLine ?? s.line);
      }
      const build2 = buildOf(c, s);
      if (build2) next.build = build2;
      if (s.command !== void 0) {
        next.command = s.command;
        if (s.commandWords) next.commandWords = s.commandWords;
        else delete next.commandWords;
        next.commandAt = at(s.commandLine ?? s.line);
      }
      if (s.entrypoint !== void 0) next.entrypoint = s.entrypoint;
      const env = new Map(next.environment.map((e) => [e.name, e]));
      for (const e of s.environment) env.set(e.name, { name: e.name, ...e.value !== void 0 ? { value: e.value } : {}, at: at(e.line) });
      next.environment = [...env.values()];
      const vols = new Map(next.volumes.map((v) => [mountTarget(v.text), v]));
      for (const v of s.volumes) vols.set(mountTarget(v.text), { text: v.text, at: at(v.line) });
      next.volumes = [...vols.values()];
      next.ports = [.../* @__PURE__ */ new Set([...next.ports, ...s.ports])];
      if (s.profiles.length > 0) next.profiles = s.profiles;
      if (s.replicas) next.replicas = { value: s.replicas.value, at: at(s.replicas.line) };
      next.healthcheck = next.healthcheck || s.healthcheck;
      next.dependsOn = [.../* @__PURE__ */ new Set([...next.dependsOn, ...s.dependsOn])];
      out.set(s.name, next);
    }
  }
  return [...out.values()];
}
function buildOf(c, s) {
  if (s.build === void 0) return void 0;
  const context = normaliseAppPath(path2.posix.join(dirOf(c.file), s.build));
  return { context, dockerfile: normaliseAppPath(path2.posix.join(context, s.dockerfile ?? "Dockerfile")) };
}
function mountTarget(text) {
  const parts = text.split(":");
  return parts.length >= 2 ? parts[1] : parts[0];
}
function composeInvocations(snapshot, dirs) {
  const out = [];
  for (const d of /* @__PURE__ */ new Set([...dirs, "."])) {
    const file = joinPath(d, "package.json");
    const text = snapshot.read(file);
    const m = text === void 0 ? void 0 : parseManifest("package.json", text, file);
    for (const s of m?.scripts ?? []) {
      for (const call of callsIn(s.command, d)) {
        const role = PROD_WORD.test(s.name) ? "deploy" : DEV_WORD.test(s.name) ? "dev" : "other";
        out.push({ ...call, role, at: { file, line: s.line }, where: `package.json script ${s.name}` });
      }
    }
  }
  for (const f of snapshot.files) {
    const name = baseName(f.path);
    const ci = CI_FILE.test(f.path);
    const script = /\.(?:sh|bash)$/.test(name) || name === "Makefile" || name === "Justfile";
    if (!(ci || script) || f.size > MAX_SCRIPT_BYTES) continue;
    const text = snapshot.read(f.path);
    if (!text || !/docker[- ]compose/.test(text)) continue;
    const lines = text.split("\n");
    const ciDeploy = ci && isDeployWorkflow(f.path, text);
    lines.forEach((l, i) => {
      for (const call of callsIn(l, ci ? "." : dirOf(f.path))) {
        let role;
        if (ci) role = ciDeploy && DEPLOY_SUBCOMMANDS.has(call.subcommand) ? "deploy" : "other";
        else {
          const target = name === "Makefile" || name === "Justfile" ? lines.slice(0, i + 1).reverse().find((x) => /^[\w.-]+:/.test(x))?.split(":")[0] ?? "" : name;
          role = PROD_WORD.test(target) ? "deploy" : DEV_WORD.test(target) ? "dev" : "other";
        }
        if (call.files.some((x) => PROD_WORD.test(variantOf(baseName(x))))) role = "deploy";
        out.push({ ...call, role, at: { file: f.path, line: i + 1 }, where: ci ? `CI workflow ${f.path}` : `${f.path}${role === "other" ? "" : ` (${name})`}` });
      }
    });
  }
  return out.filter((i) => i.files.length > 0 && i.subcommand !== "");
  function callsIn(text, dir) {
    const calls = [];
    for (const m of text.matchAll(/\bdocker(?:-compose|\s+compose)\b([^\n;&|]*)/g)) {
      const words2 = m[1].trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ""));
      const files = [];
      let subcommand = "";
      for (let k = 0; k < words2.length && !subcommand; k++) {
        const w = words2[k];
        if (w === "-f" || w === "--file") files.push(words2[++k] ?? "");
        else if (w.startsWith("--file=")) files.push(w.slice(7));
        else if (/^(?:-p|--project-name|--env-file|--profile|--project-directory|--ansi|--progress|--parallel)$/.test(w)) k++;
        else if (!w.startsWith("-")) subcommand = w;
      }
      const resolved = files.filter((f) => f && !f.includes("$")).map((f) => normaliseAppPath(path2.posix.join(dir, f)));
      calls.push({ files: files.length > 0 ? resolved : defaultFiles(snapshot, dir), subcommand });
    }
    return calls;
  }
}
function isDeployWorkflow(file, text) {
  return /(?:^|[^a-z])(?:deploy|release|publish|production|prod|cd)(?:[^a-z]|$)/i.test(baseName(file).replace(/\.ya?ml$/, "")) || /^\s*release:\s*$|^\s*tags:\s*\[?\s*["']?v?\*|^\s*environment:\s*["']?(?:production|prod|live)\b|runs-on:.*\b(?:production|prod)\b/m.test(text);
}

// src/evidence/repo/app/deploy.ts
var import_yaml3 = __toESM(require_dist(), 1);
var COMPOSE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
var PROD_COMPOSE = /^(?:docker-)?compose[.-](?:prod|production|release|deploy)[\w.-]*\.ya?ml$/;
var PLATFORM = /^(?:fly\.toml|render\.ya?ml|app\.json|app\.ya?ml|railway\.(?:json|toml)|heroku\.yml|vercel\.json|netlify\.toml|\.platform\.app\.yaml|manifest\.ya?ml|Procfile)$/;
var DEV_TOOL = /^(?:skaffold\.ya?ml|Tiltfile|devfile\.ya?ml|\.gitpod\.yml)$/;
var K8S_HEAD = /^(?:apiVersion|kind):\s*\S/m;
var CI_FILE2 = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.yml|azure-pipelines\.yml|bitbucket-pipelines\.yml|Jenkinsfile|cloudbuild\.ya?ml)$/;
var PUBLISH = /\bdocker\s+push\b|docker\/build-push-action|\bpush:\s*true\b|\bkubectl\s+(?:apply|set\s+image)\b|\bhelm\s+(?:upgrade|install)\b|\bflyctl\s+deploy\b|\bfly\s+deploy\b|\bgcloud\s+run\s+deploy\b|\bheroku\s+container:push\b|\bcf\s+push\b/;
function deployLayout(snapshot) {
  const descriptors = [];
  const dev = [];
  const charts = snapshot.files.filter((f) => baseName(f.path) === "Chart.yaml").map((f) => dirOf(f.path));
  for (const f of snapshot.files) {
    const name = baseName(f.path);
    if (f.path.startsWith(".devcontainer/") || name === "devcontainer.json") {
      if (name === "devcontainer.json") dev.push({ file: f.path, kind: "devcontainer" });
      continue;
    }
    if (COMPOSE.test(name)) {
      if (PROD_COMPOSE.test(name)) descriptors.push({ file: f.path, kind: "compose-prod" });
      else dev.push({ file: f.path, kind: "compose" });
      continue;
    }
    if (isEnvTemplateName(name)) {
      dev.push({ file: f.path, kind: "env-template" });
      continue;
    }
    if (DEV_TOOL.test(name)) {
      dev.push({ file: f.path, kind: "dev-tool" });
      continue;
    }
    if (name === "Procfile") {
      descriptors.push({ file: f.path, kind: "procfile" });
      continue;
    }
    if (PLATFORM.test(name) && !f.path.includes("node_modules/")) {
      if (name === "manifest.yml" || name === "manifest.yaml" || name === "app.yaml" || name === "app.yml") {
        const text = snapshot.read(f.path);
        if (!text || !/^\s*(?:applications|runtime|env|instances):/m.test(text)) continue;
      }
      descriptors.push({ file: f.path, kind: "platform" });
      continue;
    }
    if (charts.some((c) => f.path.startsWith(`${joinPath(c, "templates")}/`))) {
      descriptors.push({ file: f.path, kind: "helm" });
      continue;
    }
    if (/\.ya?ml$/.test(name) && !CI_FILE2.test(f.path) && f.size < 512 * 1024) {
      const text = snapshot.read(f.path);
      if (text && /^services:/m.test(text) && /^\s+(?:instance_count|dockerfile_path|source_dir|environment_slug):/m.test(text) && /^\s+(?:github|gitlab|git|image|dockerfile_path):/m.test(text)) {
        descriptors.push({ file: f.path, kind: "platform" });
        continue;
      }
      if (text && K8S_HEAD.test(text) && /^kind:\s*(?:Deployment|StatefulSet|DaemonSet|Job|CronJob|Service|Pod|ReplicaSet|Ingress|ConfigMap|Secret|Kustomization|Rollout|KnativeService)\b/m.test(text) && /^apiVersion:/m.test(text)) {
        descriptors.push({ file: f.path, kind: "kubernetes" });
      }
      continue;
    }
    if (CI_FILE2.test(f.path)) {
      const text = snapshot.read(f.path);
      if (text && PUBLISH.test(text)) descriptors.push({ file: f.path, kind: "ci-deploy" });
    }
  }
  const composeIsDeploy = descriptors.filter((d) => d.kind !== "ci-deploy").length === 0 && dev.some((d) => d.kind === "compose");
  return { descriptors, dev, composeIsDeploy, charts };
}
function chartValues(snapshot, chart) {
  if (chart === void 0) return void 0;
  const text = snapshot.read(joinPath(chart, "values.yaml"));
  if (text === void 0 || flowNestingOver(text)) return void 0;
  try {
    return (0, import_yaml3.parse)(text, { maxAliasCount: 50 });
  } catch {
    return void 0;
  }
}
function valueAt(values, key) {
  let v = values;
  for (const k of key.split(".")) v = v !== null && typeof v === "object" ? v[k] : void 0;
  return typeof v === "string" || typeof v === "number" ? String(v) : void 0;
}
function publishedTags(snapshot, layout) {
  const out = [];
  for (const d of layout.descriptors) {
    if (d.kind !== "ci-deploy" && d.kind !== "kubernetes" && d.kind !== "helm" && d.kind !== "compose-prod") continue;
    const text = snapshot.read(d.file);
    if (!text) continue;
    const values = d.kind === "helm" ? chartValues(snapshot, layout.charts.find((c) => d.file.startsWith(`${c}/`))) : void 0;
    text.split("\n").forEach((raw, i) => {
      const l = values ? raw.replace(/\{\{-?\s*\.Values\.([\w.]+)\s*-?\}\}/g, (m, key) => valueAt(values, key) ?? m) : raw;
      const image = d.kind === "ci-deploy" ? /(?:docker\s+(?:push|tag|build\b[^\n]*?\s-t)\s+|\s-t\s+|tags?:\s*|image:\s*)["']?([\w.-]+(?::\d+)?(?:\/[\w.-]+)+|[\w-]+):(\S.*)$/.exec(l) : /^\s*-?\s*image:\s*["']?([\w.-]+(?::\d+)?(?:\/[\w.-]+)+|[\w-]+)(?:([:@])(\S.*?))?["']?\s*$/.exec(l);
      if (!image || serviceKindOfImage(image[1]) || STOCK_SERVER.test(image[1])) return;
      const rest = d.kind === "ci-deploy" ? image[2] : image[3] === void 0 ? "latest" : image[2] === "@" ? `@${image[3]}` : image[3];
      const tag = rest.startsWith("{{") || rest.startsWith("${{") ? rest.slice(0, rest.indexOf("}}") + 2 || rest.length) : /^[^\s"',&;]+/.exec(rest)?.[0] ?? rest;
      out.push({ file: d.file, line: i + 1, image: image[1], tag: tag.trim() });
    });
  }
  return out;
}

// src/evidence/repo/app/image-contents.ts
import path3 from "node:path";
var BUILD_OUTPUT = /^(?:target|build|out|dist|bin|publish|obj)(?:\/|$)|(?:^|\/)(?:target|build|publish)\/[^/]*\.(?:jar|war|dll)$|\.(?:jar|war)$/;
var COMPILED_SOURCE = /^(?:src\/main\/|src\/[\w.-]+\/(?!bin\/|obj\/)|priv\/)|\.(?:cs|fs|vb|csproj|java|kt|scala|go|rs|ex|exs|erl)$/;
function unquote(s) {
  return s.replace(/^["']|["']$/g, "");
}
function argsOf(instr, env) {
  let parts;
  const body = instr.body.trim();
  if (body.startsWith("[")) {
    try {
      const arr = JSON.parse(body);
      parts = Array.isArray(arr) ? arr.map(String) : [];
    } catch {
      parts = body.split(/\s+/);
    }
  } else {
    parts = body.split(/\s+/).filter((p) => !p.startsWith("<<"));
  }
  return parts.map((p) => substitute(unquote(p), env).value).filter(Boolean);
}
function normaliseSource(src2) {
  const n = path3.posix.normalize(src2.replace(/\\/g, "/")).replace(/^(?:\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  return n === "." || n === "" ? "." : n;
}
function workdirAt(stage, upTo, inherited) {
  let wd = inherited;
  for (const i of stage.instructions) {
    if (i === upTo) break;
    if (i.keyword === "WORKDIR") wd = path3.posix.resolve(wd, substitute(i.body.trim(), stage.env).value || ".");
  }
  return wd;
}
function stageByRef(df, ref, before) {
  if (/^\d+$/.test(ref)) return df.stages[Number(ref)];
  return df.stages.find((s) => s.index < before && s.name?.toLowerCase() === ref.toLowerCase());
}
function parentOf(df, stage) {
  return stage.from.fromStage ? df.stages.find((s) => s.index < stage.index && s.name?.toLowerCase() === stage.from.image.toLowerCase()) : void 0;
}
function rulesOf(df, stage) {
  const parent = parentOf(df, stage);
  const inherited = parent ? rulesOf(df, parent) : [];
  const baseWd = "/";
  const own = [];
  for (const i of stage.instructions) {
    if (i.keyword !== "COPY" && i.keyword !== "ADD") continue;
    const args = argsOf(i, stage.env);
    if (args.length < 2) continue;
    const destRaw = args[args.length - 1];
    const dest = path3.posix.resolve(workdirAt(stage, i, baseWd), destRaw);
    const sources = args.slice(0, -1).filter((s) => !/^[a-z]+:\/\//i.test(s));
    const from = i.flags.from;
    const fromStage = from ? stageByRef(df, from, stage.index) : void 0;
    if (from && !fromStage) continue;
    own.push({ instr: i, sources: fromStage ? sources.map((s) => path3.posix.resolve("/", s)) : sources.map(normaliseSource), dest, ...fromStage ? { fromStage } : {} });
  }
  return [...inherited, ...own];
}
var GLOBS = /* @__PURE__ */ new Map();
function globToRegExp(glob) {
  let compiled = GLOBS.get(glob);
  if (!compiled) {
    compiled = compileGlob(glob);
    GLOBS.set(glob, compiled);
  }
  return compiled;
}
function compileGlob(glob) {
  let re = "";
  for (let k = 0; k < glob.length; k++) {
    const c = glob[k];
    if (c === "*") {
      if (glob[k + 1] === "*") {
        re += ".*";
        k++;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", k);
      if (end < 0) re += "\\[";
      else {
        re += glob.slice(k, end + 1);
        k = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function sourceMatches(source, file) {
  if (source === ".") return true;
  if (/[*?[]/.test(source)) {
    const re = globToRegExp(source);
    const parts = file.split("/");
    for (let n = 1; n <= parts.length; n++) if (re.test(parts.slice(0, n).join("/"))) return true;
    return false;
  }
  return isUnder(file, source);
}
function contextFilesUnder(df, stage, imagePath, file, depth) {
  if (depth > 8) return void 0;
  for (const rule of rulesOf(df, stage)) {
    const overlaps = isUnder(rule.dest, imagePath) || isUnder(imagePath, rule.dest);
    if (!overlaps) continue;
    if (rule.fromStage) {
      for (const s of rule.sources) {
        const hit = contextFilesUnder(df, rule.fromStage, s, file, depth + 1);
        if (hit) return hit;
      }
    } else if (rule.sources.some((s) => sourceMatches(s, file))) return rule.instr;
  }
  return void 0;
}
function imageContents(df, context, opts) {
  const final = finalStage(df, opts.target);
  const rules = final ? rulesOf(df, final) : [];
  const cache = /* @__PURE__ */ new Map();
  const copiedBy = (file) => {
    if (!isUnder(file, context)) return void 0;
    const rel = context === "." ? file : relativeTo(file, context);
    if (rel === "") return void 0;
    const hit = cache.get(rel);
    if (hit !== void 0) return hit ?? void 0;
    const ignored = opts.ignored(rel);
    let found2;
    for (const rule of rules) {
      if (ignored) {
        if (!rule.fromStage && COMPILED_SOURCE.test(rel) && rule.sources.some((s) => BUILD_OUTPUT.test(s))) found2 = rule.instr;
      } else if (rule.fromStage) {
        for (const s of rule.sources) {
          found2 = contextFilesUnder(df, rule.fromStage, s, rel, 0);
          if (found2) break;
        }
        if (!found2 && COMPILED_SOURCE.test(rel) && rulesOf(df, rule.fromStage).some((r) => !r.fromStage && r.sources.some((s) => sourceMatches(s, rel)))) found2 = rule.instr;
      } else if (rule.sources.some((s) => sourceMatches(s, rel))) {
        found2 = rule.instr;
      } else if (COMPILED_SOURCE.test(rel) && rule.sources.some((s) => BUILD_OUTPUT.test(s))) {
        found2 = rule.instr;
      }
      if (found2) break;
    }
    cache.set(rel, found2 ?? null);
    return found2;
  };
  return {
    ships: (file) => copiedBy(file) !== void 0,
    copiedBy,
    imagePathOf(imagePath) {
      for (const rule of [...rules].reverse()) {
        if (rule.fromStage) continue;
        for (const s of rule.sources) {
          if (/[*?[]/.test(s)) continue;
          const asFile = joinContext(context, s === "." ? "" : s);
          const intoFolder = rule.dest.endsWith("/") || rule.sources.length > 1 || s === "." || !opts.exists(asFile);
          if (!intoFolder && imagePath === rule.dest) return asFile;
          const dest = rule.dest.replace(/\/+$/, "") || "/";
          if (opts.exists(asFile) && path3.posix.join(dest, path3.posix.basename(s)) === imagePath) return asFile;
          if (dest === "/" ? imagePath.startsWith("/") : imagePath.startsWith(`${dest}/`)) {
            const tail2 = imagePath.slice(dest === "/" ? 1 : dest.length + 1);
            const candidate = joinContext(context, s === "." ? tail2 : `${s}/${tail2}`);
            if (opts.exists(candidate)) return candidate;
          }
        }
      }
      return void 0;
    }
  };
}
function joinContext(context, rel) {
  return context === "." ? rel : rel === "" ? context : `${context}/${rel}`;
}

// src/evidence/repo/app/migration-commands.ts
var GAP = "\\s(?:[^|;&\\n]{0,200}\\s)?";
var MIGRATION_COMMANDS = [
  ["Django", `(?:manage\\.py|django-admin)\\s+migrate`],
  ["Flask-Migrate", `flask${GAP}db\\s+upgrade`],
  ["Alembic", `alembic${GAP}upgrade`],
  ["Tortoise aerich", `aerich${GAP}upgrade`],
  ["Piccolo", `piccolo\\s+migrations\\s+forwards`],
  ["yoyo", `yoyo(?:-migrate)?\\s+apply`],
  ["Rails", `(?:rails|rake)${GAP}db:(?:migrate|prepare|setup|schema:load)|db:migrate|db:prepare|db:setup`],
  ["Prisma", `prisma\\s+migrate\\s+deploy|prisma\\s+db\\s+push`],
  ["Knex", `knex${GAP}migrate(?::latest|:up)?`],
  ["Sequelize", `sequelize(?:-cli)?${GAP}db:migrate`],
  ["TypeORM", `typeorm(?:-ts-node-(?:commonjs|esm))?${GAP}migration:run`],
  ["node-pg-migrate, db-migrate", `(?:node-pg-migrate|db-migrate)${GAP}up`],
  ["goose", `goose${GAP}up(?:-by-one|-to)?`],
  ["golang-migrate", `migrate${GAP}up`],
  ["dbmate", `dbmate${GAP}(?:up|migrate)`],
  ["Atlas", `atlas\\s+(?:migrate|schema)\\s+apply`],
  ["Diesel", `diesel\\s+migration\\s+run`],
  ["SQLx", `sqlx\\s+migrate\\s+run`],
  ["SeaORM", `sea-orm-cli\\s+migrate`],
  ["Entity Framework", `dotnet\\s+ef\\s+database\\s+update|efbundle`],
  ["Flyway", `flyway${GAP}migrate|flyway:migrate|flywayMigrate`],
  ["Liquibase", `liquibase${GAP}update|liquibase:update|\\bupdate\\s+--changelog-file`],
  ["Ecto", `(?:mix\\s+)?ecto\\.migrate`],
  ["Laravel, Symfony, any `migrate` task", `migrate(?::latest|:up|\\s+up|\\s+deploy|\\s+--noinput)?`],
  ["Sqitch", `sqitch${GAP}deploy`]
];
var MIGRATE_AT_START = new RegExp(`\\b(?:${MIGRATION_COMMANDS.map(([, p]) => p).join("|")})\\b`);

// src/evidence/repo/app/start-contract.ts
import path4 from "node:path";
var INIT = /^(?:tini|tini-static|dumb-init|catatonit|s6-svscan-not)$/;
var SHELLS = /^(?:sh|bash|ash|dash|zsh)$/;
var NODE_RUNNERS = /^(?:npm|yarn|pnpm|bun)$/;
var SUPERVISORS = /^(?:honcho|foreman|overmind|hivemind)$/;
var MAX_DEPTH = 6;
var MAX_STEPS = 200;
function shellWords(text) {
  const out = [];
  let cur = "";
  let quote;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = void 0;
      else if (c === "\\" && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      any = true;
    } else if (/\s/.test(c)) {
      if (cur || any) out.push(cur);
      cur = "";
      any = false;
    } else if (c === "\\" && i + 1 < text.length) cur += text[++i];
    else cur += c;
  }
  if (cur || any) out.push(cur);
  return out;
}
function shellCommands(text) {
  const out = [];
  let cur = "";
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = void 0;
      cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ";" || c === "\n" || (c === "&" || c === "|") && text[i + 1] === c) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
      if (c !== ";" && c !== "\n") i++;
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
var base = (word2) => path4.posix.basename(word2);
function stripAssignments(words2) {
  let k = 0;
  while (k < words2.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[k])) k++;
  if (words2[k] === "env") {
    k++;
    while (k < words2.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[k]) || words2[k].startsWith("-"))) k++;
  }
  return words2.slice(k);
}
var LAUNCHERS = { uv: "run", poetry: "run", pipenv: "run", pdm: "run", hatch: "run", rye: "run", bundle: "exec", "ddtrace-run": void 0, "opentelemetry-instrument": void 0 };
var SERVING_CLIS = [
  [/^fastapi$/, /^run$/, "uvicorn"],
  [/^litestar$/, /^run$/, "uvicorn"],
  [/^rails$/, /^(?:s|server)$/, "puma"]
];
function serverProgram(text) {
  let words2 = stripAssignments(shellWords(text));
  for (let depth = 0; depth < 4 && words2.length > 0; depth++) {
    const name2 = base(words2[0]);
    if (/^python[\d.]*$/.test(name2) && words2[1] === "-m" && words2[2]) {
      words2 = words2.slice(2);
      continue;
    }
    if (name2 in LAUNCHERS) {
      const sub2 = LAUNCHERS[name2];
      if (sub2 !== void 0 && words2[1] !== sub2) break;
      const rest = words2.slice(sub2 === void 0 ? 1 : 2);
      const k = rest.findIndex((w) => !w.startsWith("-"));
      if (k < 0) break;
      words2 = rest.slice(k);
      continue;
    }
    break;
  }
  const name = base(words2[0] ?? "");
  const sub = words2.slice(1).find((w) => !w.startsWith("-"));
  return SERVING_CLIS.find(([cli, verb]) => cli.test(name) && verb.test(sub ?? ""))?.[2] ?? name;
}
function makeTarget(text, target) {
  const lines = text.split("\n");
  let name = target;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z0-9_./-]+)\s*:(?!=)/.exec(lines[i]);
    if (!m || m[1].startsWith(".")) continue;
    if (name === void 0 || m[1] === name) {
      name = m[1];
      start = i;
      break;
    }
  }
  if (start < 0 || !name) return void 0;
  const recipe = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l.startsWith("	")) {
      if (l.trim() === "" || l.trim().startsWith("#")) continue;
      break;
    }
    const t = l.trim().replace(/^[@-]+/, "");
    if (t && !t.startsWith("#")) recipe.push({ text: t, line: i + 1 });
  }
  return { target: name, lines: recipe };
}
function scriptLines(text) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t || t.startsWith("#") || /^set\s+[-+]/.test(t) || /^(?:then|else|fi|do|done|esac|;;|\{|\})$/.test(t)) continue;
    out.push({ text: t, line: i + 1 });
  }
  return out;
}
function isScriptPath(word2) {
  return /\.(?:sh|bash)$/.test(word2) || /(?:^|\/)(?:docker-)?entrypoint(?:\.\w+)?$/.test(word2) || /^\.\/[\w.-]+$/.test(word2);
}
function resolveStart(entry2, src2) {
  const contract = { steps: [], supervised: [] };
  const setSignal = (p, step2) => {
    if (contract.signalPath === void 0) {
      contract.signalPath = p;
      contract.signalStep = step2;
    }
  };
  const push = (step2) => {
    if (contract.steps.length < MAX_STEPS) contract.steps.push(step2);
  };
  const findFile = (names) => {
    for (const n of names) {
      const inImage = src2.imageFile(path4.posix.resolve(src2.workdir, n));
      if (inImage && src2.read(inImage) !== void 0) return inImage;
      for (const dir of [src2.appRoot, "."]) {
        const f = joinPath2(dir, n);
        if (src2.read(f) !== void 0) return f;
      }
    }
    return void 0;
  };
  const scriptFile = (word2) => {
    const abs = word2.startsWith("/") ? word2 : path4.posix.resolve(src2.workdir, word2);
    const inImage = src2.imageFile(abs);
    if (inImage && src2.read(inImage) !== void 0) return inImage;
    return findFile([word2.replace(/^\.\//, ""), path4.posix.basename(word2)]);
  };
  const follow = (raw, at, pid1, args, last, depth) => {
    const words2 = stripAssignments(raw);
    if (words2.length === 0 || depth > MAX_DEPTH) return;
    const first = words2[0];
    const name = base(first);
    const step2 = { ...at, text: words2.join(" ") };
    if (name === "exec") {
      follow(words2.slice(1), at, pid1, args, last, depth + 1);
      return;
    }
    if (INIT.test(name)) {
      if (pid1) setSignal("init", step2);
      let k = 1;
      while (k < words2.length && words2[k].startsWith("-")) if (words2[k++] === "--") break;
      follow([...words2.slice(k), ...args], at, false, [], last, depth + 1);
      return;
    }
    if (SHELLS.test(name)) {
      const c = words2.indexOf("-c");
      if (c >= 0 && words2[c + 1] !== void 0) {
        followText(words2[c + 1], at, pid1, args, last, depth + 1);
        return;
      }
      const script = words2.slice(1).find((w) => !w.startsWith("-"));
      if (script) {
        followScript(script, at, pid1, [...words2.slice(words2.indexOf(script) + 1), ...args], last, depth + 1);
        return;
      }
      return;
    }
    if (isScriptPath(first) && scriptFile(first)) {
      followScript(first, at, pid1, [...words2.slice(1), ...args], last, depth + 1);
      return;
    }
    if (name === "make" || name === "gmake") {
      if (pid1) setSignal("wrapper", step2);
      const target = words2.slice(1).find((w) => !w.startsWith("-") && !w.includes("="));
      const makefile = findFile(["Makefile", "makefile", "GNUmakefile"]);
      const text = makefile ? src2.read(makefile) : void 0;
      const t = text !== void 0 ? makeTarget(text, target) : void 0;
      if (!makefile || !t) {
        markServer(step2, last);
        return;
      }
      t.lines.forEach((l, i) => {
        followText(l.text, { origin: `make ${t.target}`, file: makefile, line: l.line, text: l.text }, false, [], last && i === t.lines.length - 1, depth + 1);
      });
      return;
    }
    if (NODE_RUNNERS.test(name)) {
      const sub = words2[1];
      const scriptName = sub === "run" || sub === "run-script" ? words2[2] : sub === void 0 || sub === "start" ? "start" : name === "npm" ? void 0 : sub;
      const nodeManifests = src2.manifests.filter((m) => m.ecosystem === "node" && path4.posix.basename(m.file) === "package.json");
      const pkg = nodeManifests.find((m) => m.file === joinPath2(src2.appRoot, "package.json")) ?? (nodeManifests.length === 1 ? nodeManifests[0] : void 0);
      const script = pkg?.scripts.find((s) => s.name === scriptName);
      if (pid1) setSignal("wrapper", step2);
      if (!pkg || !script) {
        markServer(step2, last);
        return;
      }
      const origin = `${name} ${scriptName === "start" ? "start" : `run ${scriptName}`}`;
      followText(script.command, { origin, file: pkg.file, line: script.line, text: script.command }, false, [], last, depth + 1);
      return;
    }
    if (SUPERVISORS.test(name) && /^(?:start|run)?$/.test(words2[1] ?? "")) {
      setSignal("supervisor", step2);
      contract.supervisor ??= step2;
      const procs = (src2.procfile?.processes ?? []).filter((p) => p.name !== "release");
      contract.supervised = procs.map((p) => p.name);
      for (const p of procs) push({ origin: `Procfile ${p.name}`, file: src2.procfile.file, line: p.line, text: p.command });
      markServer(step2, last, false);
      return;
    }
    if (/^(?:supervisord|s6-svscan|runsvdir|circusd)$/.test(name) || name === "pm2-runtime" && words2.some((w) => w === "-i" || w === "--instances")) {
      setSignal("supervisor", step2);
      contract.supervisor ??= step2;
      markServer(step2, last);
      return;
    }
    const whole = { ...at, text: [...words2, ...args].join(" ") };
    if (pid1 && last) setSignal("app", whole);
    markServer(whole, last);
  };
  const markServer = (step2, last, record = true) => {
    if (record) push(step2);
    if (last) contract.server = step2;
  };
  const followText = (text, at, pid1, args, last, depth) => {
    const cmds = shellCommands(text);
    cmds.forEach((cmd, i) => {
      const words2 = shellWords(cmd);
      const isLast = i === cmds.length - 1;
      if (pid1 && isLast) setSignal(stripAssignments(words2)[0] === "exec" ? "exec" : "shell", { ...at, text });
      follow(words2, { ...at, text: cmd }, false, isLast ? args : [], last && isLast, depth);
    });
  };
  const followScript = (word2, at, pid1, args, last, depth) => {
    const file = scriptFile(word2);
    const text = file ? src2.read(file) : void 0;
    if (!file || text === void 0) {
      if (pid1) setSignal("shell", { ...at, text: word2 });
      markServer({ ...at, text: [word2, ...args].join(" ") }, last);
      return;
    }
    const lines = scriptLines(text);
    const execIndex = lines.findLastIndex((l) => /^exec\s/.test(l.text));
    const final = execIndex >= 0 ? lines[execIndex] : lines[lines.length - 1];
    if (pid1) setSignal(execIndex >= 0 ? "exec" : "shell", { origin: "entrypoint script", file, line: final?.line ?? 1, text: final?.text ?? word2 });
    lines.forEach((l, i) => {
      const s = { origin: "entrypoint script", file, line: l.line, text: l.text };
      const isFinal = l === final;
      if (isFinal && i === execIndex) {
        const words2 = shellWords(l.text).slice(1);
        if (words2.length === 1 && /^\$[@*]$/.test(words2[0])) {
          if (args.length > 0) follow(args, argsAt ?? at, false, [], last, depth + 1);
          return;
        }
        follow(words2, s, false, args, last, depth + 1);
        return;
      }
      followText(l.text, s, false, isFinal ? args : [], last && isFinal, depth + 1);
    });
  };
  let argsAt;
  if (entry2 && (entry2.entrypoint || entry2.cmd)) {
    const main = entry2.entrypoint ?? entry2.cmd;
    const shellForm = !main.exec;
    const text = main.exec ? main.exec.join(" ") : main.body;
    const mainFile = main.from?.file ?? entry2.file;
    contract.entry = { keyword: main.keyword, file: mainFile, line: main.line, text, shellForm };
    const at = { origin: main.from?.origin ?? `Dockerfile ${main.keyword}`, file: mainFile, line: main.line, text };
    const c = entry2.entrypoint?.exec ? entry2.cmd : void 0;
    const args = c ? c.exec ?? ["/bin/sh", "-c", c.body] : [];
    if (c) argsAt = { origin: c.from?.origin ?? "Dockerfile CMD", file: c.from?.file ?? entry2.file, line: c.line, text: c.exec ? c.exec.join(" ") : c.body };
    if (shellForm) followText(main.body, at, true, [], true, 0);
    else follow(main.exec, at, true, args, true, 0);
  } else if (src2.procfile) {
    const web = src2.procfile.processes.find((p) => p.name === "web") ?? src2.procfile.processes.find((p) => p.name !== "release");
    if (web) followText(web.command, { origin: `Procfile ${web.name}`, file: src2.procfile.file, line: web.line, text: web.command }, false, [], true, 0);
  }
  return contract;
}
function joinPath2(dir, f) {
  return dir === "." || dir === "" ? f : `${dir}/${f}`;
}

// src/evidence/repo/parsers/dotenv.ts
function parseDotenv(text, file = ".env") {
  const entries = [];
  const diagnostics = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "" || raw.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(raw);
    if (!m) {
      diagnostics.push({ severity: "warning", file, line: i + 1, message: "expected KEY=value" });
      continue;
    }
    const line = i + 1;
    let value = m[2];
    const q = value[0];
    if (q === '"' || q === "'" || q === "`") {
      let body = value.slice(1);
      let end = body.indexOf(q);
      while (end < 0 && i + 1 < lines.length && i - line < 200) {
        i++;
        body += `
${lines[i]}`;
        end = body.indexOf(q);
      }
      if (end < 0) {
        diagnostics.push({ severity: "warning", file, line, message: `unterminated ${q}-quoted value` });
        value = body;
      } else value = body.slice(0, end);
      if (q === '"') value = value.replace(/\\n/g, "\n");
    } else {
      const comment = value.search(/\s#/);
      value = (comment >= 0 ? value.slice(0, comment) : value).trim();
    }
    entries.push({ name: m[1], value, line });
  }
  return { file, entries, diagnostics };
}

// src/evidence/repo/parsers/procfile.ts
function parseProcfile(text, file = "Procfile") {
  const processes = [];
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m = /^([A-Za-z0-9_-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      diagnostics.push({ severity: "warning", file, line: i + 1, message: 'expected "<process type>: <command>"' });
      return;
    }
    const name = m[1];
    if (!m[2]) {
      diagnostics.push({ severity: "warning", file, line: i + 1, message: `process type "${name}" has no command` });
      return;
    }
    if (seen.has(name)) diagnostics.push({ severity: "warning", file, line: i + 1, message: `process type "${name}" is declared twice; the last one wins` });
    seen.add(name);
    processes.push({ name, command: m[2], line: i + 1 });
  });
  return { file, processes, diagnostics };
}

// src/evidence/repo/content.ts
var MIN_SHARED_JOBS = 512;
var GENERATED = /\.(?:svg|min\.js|map)$/;
function contentJobs(snapshot) {
  const jobs = [];
  const nonRuntime = nonRuntimePathMemo();
  const charts = snapshot.appFiles.filter((f) => baseName(f.path) === "Chart.yaml").map((f) => f.path.slice(0, -"Chart.yaml".length));
  for (const f of snapshot.appFiles) {
    const secrets2 = !LOCKFILE_NAMES.has(baseName(f.path)) && !GENERATED.test(f.path);
    const rel = relativeTo(f.path, snapshot.appPath);
    let lang = languageOf(rel);
    if (lang && nonRuntime(rel)) lang = void 0;
    if (lang === "config" && charts.length > 0 && charts.some((c) => f.path.startsWith(c))) lang = void 0;
    if (!secrets2 && !lang) continue;
    jobs.push(lang ? { path: f.path, secrets: secrets2, lang } : { path: f.path, secrets: secrets2 });
  }
  return jobs;
}
function scanContent(snapshot) {
  const reader = readerOf(snapshot);
  const jobs = contentJobs(snapshot);
  let results;
  if (reader) {
    const scanHere = (job) => scanText(job, reader.read(job.path));
    try {
      results = reader.helpers && jobs.length >= MIN_SHARED_JOBS ? reader.helpers.scan(jobs, reader.rootPrefix, scanHere) : jobs.map(scanHere);
    } finally {
      reader.helpers?.stop();
    }
  } else {
    const sizes = new Map(snapshot.appFiles.map((f) => [f.path, f]));
    results = jobs.map((job) => {
      const text = snapshot.read(job.path);
      const read = text === void 0 ? { kind: "failed" } : { kind: "text", text, truncated: false, size: sizes.get(job.path)?.size ?? 0 };
      return scanText(job, read);
    });
  }
  const collector = new SignalCollector();
  const secrets2 = [];
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    const r = results[i];
    reader?.note(job.path, r.read);
    if (job.lang) collector.source(job.path, job.lang);
    if (r.session) collector.sessionsWithoutStore.push(r.session);
    if (r.scanned) collector.scannedFiles++;
    collector.add(r.signals);
    for (const h of r.hits) secrets2.push(h);
  }
  return { secrets: secrets2, signals: collector.index() };
}

// src/evidence/repo/artifacts.ts
var memo = /* @__PURE__ */ new WeakMap();
function once(snapshot, key, compute) {
  let m = memo.get(snapshot);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    memo.set(snapshot, m);
  }
  if (!m.has(key)) m.set(key, compute());
  return m.get(key);
}
var DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|^[\w.-]+\.(?:Dockerfile|dockerfile)$/;
var isDockerfileName2 = (name) => DOCKERFILE_NAME.test(name);
var COMPOSE_NAME2 = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
function mainDockerfile(snapshot, config) {
  return once(snapshot, `dockerfile:${config.dockerfile}`, () => {
    let file = joinPath(snapshot.appPath, config.dockerfile);
    if (!snapshot.has(file) && config.dockerfile === "Dockerfile" && snapshot.has(joinPath(snapshot.appPath, "Containerfile"))) file = joinPath(snapshot.appPath, "Containerfile");
    const text = snapshot.read(file);
    if (text === void 0) return void 0;
    const df = parseDockerfile(text, file);
    snapshot.diagnostics.push(...df.diagnostics);
    return df;
  });
}
function appDockerfiles(snapshot) {
  return once(
    snapshot,
    "dockerfiles",
    () => snapshot.appFiles.filter((f) => isDockerfileName2(baseName(f.path)) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath))).map((f) => f.path)
  );
}
function procfile(snapshot) {
  return once(snapshot, "procfile", () => {
    const file = joinPath(snapshot.appPath, "Procfile");
    const text = snapshot.read(file);
    if (text === void 0) return void 0;
    const p = parseProcfile(text, file);
    snapshot.diagnostics.push(...p.diagnostics);
    return p;
  });
}
function composeFiles(snapshot) {
  return once(snapshot, "compose", () => {
    const dirs = snapshot.appPath === "." ? ["."] : [snapshot.appPath, "."];
    const out = [];
    for (const d of dirs) {
      for (const f of snapshot.files) {
        if (dirOf(f.path) !== d || !COMPOSE_NAME2.test(baseName(f.path))) continue;
        const text = snapshot.read(f.path);
        if (text === void 0) continue;
        const c = parseCompose(text, f.path);
        snapshot.diagnostics.push(...c.diagnostics);
        out.push(c);
      }
    }
    return out;
  });
}
function manifests(snapshot) {
  return once(snapshot, "manifests", () => {
    const out = [];
    for (const f of snapshot.appFiles) {
      const name = baseName(f.path);
      if (!isManifestName(name)) continue;
      const rel = relativeTo(f.path, snapshot.appPath);
      if (rel !== name && isNonRuntimePath(rel)) continue;
      const text = snapshot.read(f.path);
      if (text === void 0) continue;
      const m = parseManifest(name, text, f.path);
      if (!m) continue;
      snapshot.diagnostics.push(...m.diagnostics);
      out.push(m);
    }
    return out;
  });
}
function lockfileFor(snapshot, m) {
  return once(snapshot, `lock:${m.file}`, () => {
    for (let dir = dirOf(m.file); ; dir = dirOf(dir)) {
      for (const l of m.lockfiles) {
        const p = joinPath(dir, l);
        if (snapshot.has(p)) {
          const text = snapshot.read(p);
          if (text !== void 0) snapshot.diagnostics.push(...validateLockfile(l, text, p));
          return p;
        }
      }
      if (m.tool === "gradle") {
        const locks = joinPath(dir, "gradle/dependency-locks");
        const lock = snapshot.hasDir(locks) ? snapshot.appFiles.find((f) => dirOf(f.path) === locks && f.path.endsWith(".lockfile")) : void 0;
        if (lock) return lock.path;
      }
      if (dir === "." || !["node", "rust", "python", "elixir"].includes(m.ecosystem)) return void 0;
    }
  });
}
function content(snapshot) {
  return once(snapshot, "content", () => scanContent(snapshot));
}
function signals(snapshot) {
  return content(snapshot).signals;
}
function secrets(snapshot) {
  return content(snapshot).secrets;
}
var ECOSYSTEM_OF_LANG = { js: "node", py: "python", go: "go", jvm: "jvm", ruby: "ruby", php: "php", rust: "rust", cs: "dotnet", elixir: "elixir" };
function ecosystems(snapshot) {
  return once(snapshot, "ecosystems", () => {
    const set = new Set(manifests(snapshot).map((m) => m.ecosystem));
    for (const lang of signals(snapshot).sourceFiles.keys()) {
      const e = ECOSYSTEM_OF_LANG[lang];
      if (e) set.add(e);
    }
    return [...set].sort();
  });
}
function startCommands(snapshot, config) {
  return once(snapshot, `start:${config.dockerfile}`, () => {
    const out = [];
    const df = mainDockerfile(snapshot, config);
    const stage = df ? finalStage(df, config.build.target) : void 0;
    if (df && stage) {
      for (const kw of ["ENTRYPOINT", "CMD"]) {
        const instr = lastInStage(df, stage, kw);
        if (!instr) continue;
        out.push({ origin: `Dockerfile ${kw}`, file: df.file, line: instr.line, text: commandText(instr) });
        for (const word2 of (instr.exec ?? instr.body.split(/\s+/)).slice(0, 3)) {
          const m = /^(?:\.\/|\/app\/|\/usr\/src\/app\/|\/srv\/|\/usr\/local\/bin\/)?([\w./-]+\.sh)$/.exec(word2);
          if (!m) continue;
          const candidates = [joinPath(snapshot.appPath, m[1]), ...snapshot.appFiles.filter((f) => f.path.endsWith(`/${baseName(m[1])}`)).map((f) => f.path)];
          const script = candidates.find((c) => snapshot.has(c));
          const text = script ? snapshot.read(script) : void 0;
          if (script && text !== void 0) {
            text.split("\n").forEach((l, i) => {
              if (l.trim() && !l.trim().startsWith("#")) out.push({ origin: "entrypoint script", file: script, line: i + 1, text: l.trim() });
            });
          }
        }
      }
    }
    for (const p of procfile(snapshot)?.processes ?? []) {
      if (p.name === "release") continue;
      out.push({ origin: `Procfile ${p.name}`, file: joinPath(snapshot.appPath, "Procfile"), line: p.line, text: p.command });
    }
    for (const c of composeFiles(snapshot)) {
      for (const s of c.services) {
        if (s.build === void 0) continue;
        if (s.command) out.push({ origin: `compose ${s.name}`, file: c.file, line: s.line, text: s.command });
        if (s.entrypoint) out.push({ origin: `compose ${s.name}`, file: c.file, line: s.line, text: s.entrypoint });
      }
    }
    const rootPkg = manifests(snapshot).find((m) => m.file === joinPath(snapshot.appPath, "package.json"));
    const start = rootPkg?.scripts.find((s) => s.name === "start");
    if (rootPkg && start) out.push({ origin: "package.json start", file: rootPkg.file, line: start.line, text: start.command });
    return out;
  });
}

// src/evidence/repo/app-model.ts
var WEB_SERVERS = /^(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve|granian|puma|unicorn|thin|passenger|rails|rackup|nginx|httpd|apache2|apache2-foreground|httpd-foreground|caddy|traefik|php-fpm|php-fpm\d[\d.]*|next|nuxt|serve|http-server|frankenphp|uwsgi)$/;
var WEB_DEPS = /^(?:express|fastify|koa|@hapi\/hapi|hapi|next|nuxt|@nestjs\/core|@nestjs\/platform-express|restify|polka|hono|@remix-run\/serve|flask|django|fastapi|starlette|aiohttp|tornado|sanic|falcon|bottle|pyramid|litestar|quart|github\.com\/gin-gonic\/gin|github\.com\/labstack\/echo(?:\/v\d)?|github\.com\/gofiber\/fiber(?:\/v\d)?|github\.com\/go-chi\/chi(?:\/v\d)?|github\.com\/gorilla\/mux|rails|sinatra|hanami|roda|grape|org\.springframework\.boot:spring-boot-starter-(?:web|webflux)|io\.quarkus:quarkus-(?:resteasy|rest|vertx-http|undertow|reactive-routes)[\w-]*|io\.micronaut:micronaut-http-server[\w-]*|io\.vertx:vertx-web|io\.ktor:ktor-server[\w-]*|io\.javalin:javalin|com\.sparkjava:spark-core|io\.dropwizard:dropwizard-core|laravel\/framework|symfony\/http-kernel|slim\/slim|actix-web|axum|rocket|warp|hyper|poem|tide|phoenix|plug_cowboy|bandit)$/;
var WORKER_WORDS = /\b(?:worker|celery|sidekiq|resque|rq|dramatiq|huey|clock|scheduler|cron|consumer|queue:work|jobs:work|beat)\b/i;
var FRAMEWORK_PORT_VARS = [
  [/^org\.springframework\.boot:spring-boot-starter/, "SERVER_PORT"],
  [/^io\.quarkus:/, "QUARKUS_HTTP_PORT"],
  [/^io\.micronaut:/, "MICRONAUT_SERVER_PORT"],
  [/^rocket$/, "ROCKET_PORT"]
];
var SERVICE_PORT_VAR = /(?:DB|DATABASE|REDIS|POSTGRES|PG|MYSQL|MONGO|AMQP|RABBIT|KAFKA|SMTP|MAIL|ELASTIC|MEMCACHE|CACHE|BROKER|QUEUE|NATS|S3|MINIO|GRPC_CLIENT|METRICS|DEBUG|ADMIN)_?PORT$/;
function readProcfile(snapshot, dirs) {
  for (const d of dirs) {
    const file = joinPath(d, "Procfile");
    const text = snapshot.read(file);
    if (text === void 0) continue;
    const p = parseProcfile(text, file);
    snapshot.diagnostics.push(...p.diagnostics);
    return p;
  }
  return void 0;
}
function nestedApps(repo, loc) {
  const own = /* @__PURE__ */ new Set([loc.root, ...loc.dockerfile ? [dirOf(loc.dockerfile)] : []]);
  const out = /* @__PURE__ */ new Set();
  for (const f of repo.files) {
    if (!isUnder(f.path, loc.root)) continue;
    const dir = dirOf(f.path);
    if (own.has(dir) || dir === loc.root) continue;
    const name = baseName(f.path);
    if (!(name === "Procfile" || isDockerfileName(name))) continue;
    if (isNonRuntimePath(loc.root === "." ? f.path : relativeTo(f.path, loc.root))) continue;
    const appDir = name === "Procfile" ? dir : isConfigOnlyImage(repo, f.path) ? dir : dockerfileOwner(repo, f.path);
    if (appDir === void 0 || appDir === loc.root || own.has(appDir) || !isUnder(appDir, loc.root)) continue;
    out.add(appDir);
  }
  return [...out].filter((d) => ![...out].some((o) => o !== d && isUnder(d, o)));
}
function toolingOnly(m) {
  return m.ecosystem === "node" && m.dependencies.every((d) => d.dev) && !m.scripts.some((s) => s.name === "start" || s.name === "serve");
}
var memo2 = /* @__PURE__ */ new WeakMap();
function resolveApp(repo, config) {
  const key = `${config.path}\0${config.dockerfile}\0${config.context}\0${config.build.target ?? ""}\0${config.run.web ?? ""}`;
  let m = memo2.get(repo);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    memo2.set(repo, m);
  }
  const hit = m.get(key);
  if (hit) return hit;
  const model = build(repo, config);
  m.set(key, model);
  return model;
}
function build(repo, config) {
  const loc = locateApp(repo.at("."), config);
  const snapshot = repo.at(loc.root, nestedApps(repo.at("."), loc));
  let dockerfile;
  if (loc.dockerfile) {
    const text = snapshot.read(loc.dockerfile);
    if (text !== void 0) {
      dockerfile = parseDockerfile(text, loc.dockerfile);
      snapshot.diagnostics.push(...dockerfile.diagnostics);
    }
  }
  const stage = dockerfile ? finalStage(dockerfile, config.build.target) : void 0;
  const image = dockerfile ? imageContents(dockerfile, loc.context, { ...config.build.target ? { target: config.build.target } : {}, ignored: (rel) => snapshot.dockerIgnored(loc.context, joinPath(loc.context, rel)), exists: (f) => snapshot.has(f) }) : void 0;
  const procfile2 = readProcfile(snapshot, loc.root === loc.context ? [loc.root] : [loc.root, loc.context]);
  const all2 = manifests(snapshot);
  const imageUsesNode = dockerfile ? dockerfile.instructions.some((i) => /\b(?:npm|npx|yarn|pnpm|bun|node)\b|FROM\s+\S*node/i.test(`${i.keyword} ${i.body}`)) : true;
  const otherLanguage = all2.some((o) => o.ecosystem !== "node") || [...signals(snapshot).sourceFiles.keys()].some((l) => l !== "js");
  const appManifests = all2.filter((mf) => !(toolingOnly(mf) && otherLanguage && (!imageUsesNode || all2.some((o) => o !== mf && o.ecosystem !== "node"))));
  const workdir = stage ? workdirOf(dockerfile, stage) : "/";
  const compose = rootComposeFiles(repo.at("."), loc.root === "." ? ["."] : [loc.root, "."]);
  const layout = deployLayout(repo.at("."));
  const composeDirs = loc.root === "." ? ["."] : [loc.root, "."];
  const startSources = {
    read: (f) => snapshot.read(f),
    imageFile: (p) => image?.imagePathOf(p),
    workdir,
    appRoot: loc.root,
    manifests: appManifests,
    ...procfile2 ? { procfile: procfile2 } : {}
  };
  const imageStart = resolveStart(startEntry(dockerfile, stage, void 0), startSources);
  const consumed = imageStart.supervisor && procfile2 ? procfile2.file : void 0;
  const descriptors = layout.descriptors.filter((d) => d.file !== consumed);
  const stacks = composeStacks(repo.at("."), composeDirs, descriptors.some((d) => d.kind !== "compose-prod"));
  const appRef = { root: loc.root, context: loc.context, ...loc.dockerfile ? { dockerfile: loc.dockerfile } : {} };
  const sameApp = (df) => dockerfileOwner(repo.at("."), df) === loc.root;
  const runService = appServiceIn(stacks.deploy, appRef, sameApp);
  const devService = appServiceIn(stacks.dev, appRef, sameApp);
  const composeProcessTypes = appProcessTypesIn(stacks.deploy ?? stacks.dev, appRef);
  const overridden = runService && (runService.command !== void 0 || runService.entrypoint !== void 0);
  const start = overridden ? resolveStart(startEntry(dockerfile, stage, runService), startSources) : imageStart;
  const procfileWeb = procfile2 && !consumed && start.entry ? procfile2.processes.find((p) => p.name === "web") : void 0;
  const platformStart = procfileWeb ? resolveStart(void 0, { ...startSources, procfile: { ...procfile2, processes: [procfileWeb] } }) : void 0;
  const platformStartSteps = platformStart ? platformStart.steps.filter((s) => s !== platformStart.server) : [];
  const deploy = { ...layout, descriptors, composeIsDeploy: stacks.deploy !== void 0 };
  const idx = signals(snapshot);
  const ships = (file) => image ? image.ships(file) : isUnder(file, loc.root);
  const portVariables = portVariablesOf(idx, appManifests, snapshot);
  const kindOf = appKind(config, start, procfile2, idx, appManifests, dockerfile, stage);
  const port = kindOf.kind === "web" || kindOf.kind === "unknown" ? portFact(start, procfile2, idx, appManifests, { vars: stage?.env ?? {}, ...dockerfile ? { file: dockerfile.file, instructions: dockerfile.instructions } : {} }, () => serverConfigPort(snapshot, ships), () => readsPortKey(snapshot)) : void 0;
  const model = {
    root: loc.root,
    found: loc.found,
    snapshot,
    ...dockerfile ? { dockerfile } : {},
    ...stage ? { finalStage: stage } : {},
    context: loc.context,
    ...image ? { image } : {},
    ships,
    start,
    platformStartSteps,
    kind: kindOf.kind,
    kindReason: kindOf.reason,
    ...kindOf.step ? { kindStep: kindOf.step } : {},
    ...procfile2 ? { procfile: procfile2 } : {},
    compose,
    stacks,
    ...runService ? { runService } : {},
    ...devService ? { devService } : {},
    composeProcessTypes,
    deploy,
    portVariables,
    ...port ? { port } : {},
    manifests: appManifests,
    facts: () => ({
      root: loc.root,
      found: loc.found,
      ...dockerfile ? { dockerfile: dockerfile.file } : {},
      context: loc.context,
      kind: kindOf.kind,
      kindReason: kindOf.reason,
      portVariables,
      ...port ? { port } : {},
      // What the booted container runs: the image's start chain, not a platform descriptor's.
      startInstalls: start.steps.some((s) => INSTALL_AT_START.test(s.text)),
      startMigrates: start.steps.some((s) => MIGRATE_AT_START.test(s.text))
    })
  };
  return model;
}
function everyStartStep(app) {
  return app.platformStartSteps.length === 0 ? app.start.steps : [...app.start.steps, ...app.platformStartSteps];
}
var INSTALL_AT_START = /\b(?:npm\s+(?:install|i|ci)|yarn\s+install|pnpm\s+(?:install|i)|bun\s+install|pip3?\s+install|poetry\s+install|pipenv\s+install|uv\s+(?:sync|pip\s+install)|go\s+(?:build|install|mod\s+download)|cargo\s+(?:build|install)|bundle\s+install|gem\s+install|composer\s+(?:install|update|require)|apt-get\s+install|apk\s+add|mvnw?\s+[^|;&]{0,80}\b(?:package|install|compile)|gradlew?\s+[^|;&]{0,80}\b(?:build|assemble|installDist)|(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build|tsc\b(?!-)|webpack\b|next\s+build|vite\s+build|dotnet\s+(?:build|publish|restore))\b/;
var DEV_RUNNER = /\b(?:nodemon|ts-node-dev|tsx\s+watch|node\s+--watch|webpack-dev-server|next\s+dev|vite(?:\s+(?:dev|preview))?\s*$|nuxt\s+dev|ng\s+serve|(?:npm|yarn|pnpm)\s+(?:run\s+)?dev\b|flask\s+run\b|manage\.py\s+runserver|rails\s+s(?:erver)?\b[^\n]{0,200}?-e\s+development|air\b|reflex\b|cargo\s+watch|dotnet\s+watch|mix\s+phx\.server)|(?:^|\s)--reload\b/;
function lastEntry(df, stage) {
  const entrypoint = lastInStage(df, stage, "ENTRYPOINT");
  const cmd = lastInStage(df, stage, "CMD");
  return { ...entrypoint ? { entrypoint } : {}, ...cmd ? { cmd } : {} };
}
function workdirOf(df, stage) {
  let wd = "/";
  const chain = [];
  for (let s = stage; s; ) {
    chain.unshift(s);
    const cur = s;
    s = cur.from.fromStage ? df.stages.find((p) => p.index < cur.index && p.name?.toLowerCase() === cur.from.image.toLowerCase()) : void 0;
  }
  for (const s of chain) for (const i of s.instructions) if (i.keyword === "WORKDIR") wd = path5.posix.resolve(wd, substitute(i.body.trim(), s.env).value || ".");
  return wd;
}
function startEntry(df, stage, svc) {
  const own = df && stage ? { file: df.file, ...lastEntry(df, stage) } : void 0;
  if (!svc || svc.command === void 0 && svc.entrypoint === void 0) return own;
  const synth = (keyword, text, words2, at) => {
    const exec = words2 ?? shellWords(text);
    const ins = { keyword, args: text, body: text, flags: {}, line: at.line, endLine: at.line, exec, heredocs: [], stage: stage?.index ?? 0 };
    return { ...ins, from: { file: at.file, origin: `compose ${svc.name} ${keyword === "CMD" ? "command" : "entrypoint"}` } };
  };
  const file = own?.file ?? svc.at.file;
  if (svc.entrypoint !== void 0) {
    const entrypoint = synth("ENTRYPOINT", svc.entrypoint, void 0, svc.at);
    return { file, entrypoint, ...svc.command !== void 0 ? { cmd: synth("CMD", svc.command, svc.commandWords, svc.commandAt ?? svc.at) } : {} };
  }
  return { file, ...own?.entrypoint ? { entrypoint: own.entrypoint } : {}, cmd: synth("CMD", svc.command, svc.commandWords, svc.commandAt ?? svc.at) };
}
function portVariablesOf(idx, deps, snapshot) {
  const vars = /* @__PURE__ */ new Set(["PORT"]);
  for (const mf of deps) for (const d of mf.dependencies) for (const [re, v] of FRAMEWORK_PORT_VARS) if (!d.dev && re.test(d.name)) vars.add(v);
  if (snapshot.appFiles.some((f) => /\.csproj$/.test(f.path) && /Microsoft\.NET\.Sdk\.Web/.test(snapshot.read(f.path) ?? ""))) vars.add("ASPNETCORE_URLS");
  for (const s of idx.of("port-from-env")) {
    for (const m of s.snippet.matchAll(/["'`{]([A-Z][A-Z0-9_]*PORT)["'`}]/g)) if (!SERVICE_PORT_VAR.test(m[1])) vars.add(m[1]);
    if (/ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS/.test(s.snippet)) vars.add("ASPNETCORE_URLS");
  }
  return [...vars];
}
function appKind(config, start, procfile2, idx, deps, df, stage) {
  if (config.run.web === false) return { kind: "worker", reason: "configured as a worker (run.web: false)" };
  if (config.run.web === true) return { kind: "web", reason: "configured as a web process (run.web: true)" };
  const server = start.server;
  const serverName = server ? serverProgram(server.text) : "";
  if (server && WEB_SERVERS.test(serverName)) return { kind: "web", reason: `${server.origin} runs ${serverName}, a web server`, step: server };
  if (server && /\brunserver\b|\bflask\s+run\b|\bphp\s+-S\b|\brails\s+s(?:erver)?\b/.test(server.text)) return { kind: "web", reason: `${server.origin} runs a development web server`, step: server };
  const web = procfile2?.processes.find((p) => p.name === "web");
  if (web) return { kind: "web", reason: `${procfile2.file} declares a web process`, step: { origin: "Procfile web", file: procfile2.file, line: web.line, text: web.command } };
  const serves = [...idx.of("server"), ...idx.of("port-from-env"), ...idx.of("hardcoded-port")].filter((s) => s.lang !== "config" && s.lang !== "shell");
  if (serves.length > 0) return { kind: "web", reason: `the code serves a port (${serves[0].file}:${serves[0].line})` };
  const dep = deps.flatMap((mf) => mf.dependencies.filter((d) => !d.dev && WEB_DEPS.test(d.name)).map((d) => ({ mf, d })))[0];
  if (dep && !(server && WORKER_WORDS.test(server.text))) return { kind: "web", reason: `${dep.d.name} is a web framework (${dep.mf.file})` };
  const expose = stage && df ? lastInStage(df, stage, "EXPOSE") : void 0;
  if (procfile2 && procfile2.processes.length > 0 && procfile2.processes.every((p) => p.name !== "web")) {
    return { kind: "worker", reason: `${procfile2.file} declares only ${procfile2.processes.map((p) => p.name).join(", ")}`, ...server ? { step: server } : {} };
  }
  if (server && WORKER_WORDS.test(server.text)) return { kind: "worker", reason: `${server.origin} starts a worker (${server.text.slice(0, 80)})`, step: server };
  if (idx.of("long-running").length > 0) return { kind: "worker", reason: `the code runs a loop with no port (${idx.of("long-running")[0].file}:${idx.of("long-running")[0].line})`, ...server ? { step: server } : {} };
  if (expose) return { kind: "web", reason: `${df.file} EXPOSEs ${expose.body.trim()}`, step: { origin: "Dockerfile EXPOSE", file: df.file, line: expose.line, text: `EXPOSE ${expose.body.trim()}` } };
  if (server && start.entry && (start.entry.keyword === "ENTRYPOINT" || idx.of("cli-parser").length > 0)) {
    return { kind: "one-off", reason: `${server.origin} runs a command that serves no port and runs to completion (${server.text.slice(0, 80)})`, step: server };
  }
  if (server && idx.sourceFiles.size > 0) return { kind: "one-off", reason: `nothing in the start command or code serves a port (${server.text.slice(0, 80)})`, step: server };
  return { kind: "unknown", reason: server ? `cannot tell whether ${server.text.slice(0, 60)} serves a port` : "no start command found" };
}
var PORT_FLAG = /(?:--port[= ]|(?:^|\s)-p\s+|--bind[= ](?:[\w.[\]:]+)?:|(?:^|\s)-b\s+(?:[\w.[\]:]+)?:|--listen[= ](?:[\w.]+)?:|--http-port[= ]|--server\.port=|-Dserver\.port=|-Dquarkus\.http\.port=|runserver\s+(?:[\w.]+:)?|\s-S\s+[\w.]+:|--urls[= ](?:https?:\/\/)?[\w.*+]+:)(\$\{?\w+\}?|\$\{\w+:-\d+\}|\d{2,5})/;
function portFact(start, procfile2, idx, deps, image, fromServerConfig, namesPortKey) {
  const cut = (t) => t.slice(0, 200);
  const commands = [...start.server ? [start.server] : [], ...start.steps, ...procfile2?.processes.filter((p) => p.name === "web").map((p) => ({ origin: "Procfile web", file: procfile2.file, line: p.line, text: p.command })) ?? []];
  for (const c of commands) {
    const text = c.text.includes("$") ? substitute(c.text, withPortsUnresolved(image.vars, c.text)).value : c.text;
    const m = PORT_FLAG.exec(text) ?? PORT_FLAG.exec(c.text);
    if (!m) continue;
    const loopback = /(?:127\.0\.0\.1|localhost):\d/.test(text);
    if (m[1].startsWith("$")) return { source: "env", loopback, file: c.file, line: c.line, text: cut(c.text) };
    return { source: "start-command", port: Number(m[1]), loopback, file: c.file, line: c.line, text: cut(c.text) };
  }
  for (const [name, value] of Object.entries(image.vars)) {
    if (!/^(?:JAVA_TOOL_OPTIONS|JAVA_OPTS|JAVA_OPTIONS|JDK_JAVA_OPTIONS)$/.test(name)) continue;
    const m = /-D(?:quarkus\.http|server|micronaut\.server)\.port=(\d{2,5})\b/.exec(value);
    if (!m) continue;
    const at = image.instructions?.findLast((i) => i.keyword === "ENV" && i.body.includes(name));
    return { source: "start-command", port: Number(m[1]), loopback: false, ...image.file && at ? { file: image.file, line: at.line } : {}, text: `ENV ${name} sets ${m[0]}` };
  }
  const fromEnv = idx.of("port-from-env").filter((s) => s.lang !== "shell");
  const hard = idx.of("hardcoded-port");
  const loopbackHit = [...hard, ...idx.of("server")].find((s) => /(?:127\.0\.0\.1|localhost)[:"']/.test(s.snippet) && s.lang !== "config");
  if (loopbackHit) return { source: "code", loopback: true, file: loopbackHit.file, line: loopbackHit.line, text: loopbackHit.snippet, ...portIn(loopbackHit.snippet) ? { port: portIn(loopbackHit.snippet) } : {} };
  if (fromEnv.length > 0) return { source: "env", loopback: false, file: fromEnv[0].file, line: fromEnv[0].line, text: fromEnv[0].snippet };
  const argv = idx.of("port-from-argv")[0];
  const serverConfig = serverConfigFiles(commands);
  const inCode2 = hard.filter((s) => s.lang !== "config" && !serverConfig(s.file));
  if (inCode2.length > 0) return { source: "code", loopback: false, file: inCode2[0].file, line: inCode2[0].line, text: inCode2[0].snippet, ...portIn(inCode2[0].snippet) ? { port: portIn(inCode2[0].snippet) } : {} };
  const overlay = envOverlayOf(idx, deps);
  const inServerConfig = hard.find((s) => s.lang !== "config" && serverConfig(s.file));
  if (inServerConfig) {
    const s = inServerConfig;
    return { source: "config-file", loopback: false, file: s.file, line: s.line, text: s.snippet, ...portIn(s.snippet) ? { port: portIn(s.snippet) } : {} };
  }
  const inConfig = hard.filter((s) => s.lang === "config");
  if (inConfig.length > 0) {
    const s = inConfig[0];
    return { source: overlay ? "env" : "config-file", loopback: false, file: s.file, line: s.line, text: s.snippet, ...portIn(s.snippet) ? { port: portIn(s.snippet) } : {} };
  }
  if (overlay && (!/pydantic|viper|Elixir/.test(overlay) || namesPortKey())) return { source: "env", loopback: false, text: `${overlay} reads the port from the environment` };
  if (argv) return { source: "unknown", loopback: false, file: argv.file, line: argv.line, text: argv.snippet };
  const serverWords = start.server ? shellWords(start.server.text) : [];
  const server = path5.posix.basename(serverWords[0] ?? "");
  const runner = serverWords.map((w) => path5.posix.basename(w)).find((w) => w in SERVER_DEFAULT_PORT || w === "gunicorn");
  if (runner === "gunicorn") return { source: "env", loopback: false, file: start.server.file, line: start.server.line, text: `gunicorn binds 0.0.0.0:$PORT when PORT is set: ${cut(start.server.text)}` };
  if (runner && !(runner === "uvicorn" && fromEnvVar(idx, "UVICORN_PORT"))) {
    const loopback = !/--host[= ]|(?:^|\s)-b\s|--bind[= ]|runserver\s+[\d.]+|\bfastapi\s+run\b/.test(start.server.text) && !fromEnvVar(idx, `${runner.toUpperCase()}_HOST`);
    return { source: "start-command", port: SERVER_DEFAULT_PORT[runner], loopback, file: start.server.file, line: start.server.line, text: `${runner} listens on its default port ${SERVER_DEFAULT_PORT[runner]} and reads no PORT: ${cut(start.server.text)}` };
  }
  const configured = fromServerConfig();
  if (configured) return configured;
  if (/^(?:nginx|httpd|apache2|apache2-foreground|httpd-foreground|caddy|php-fpm[\d.]*)$/.test(server)) {
    return { source: "base-image", loopback: false, file: start.server.file, line: start.server.line, text: cut(start.server.text) };
  }
  return void 0;
}
function withPortsUnresolved(vars, text) {
  const out = {};
  for (const [k, v] of Object.entries(vars)) out[k] = /PORT|URLS$/i.test(k) ? `$${k}` : v;
  for (const m of text.matchAll(/\$\{?(\w*(?:PORT|URLS)\w*)/gi)) out[m[1]] = `$${m[1]}`;
  return out;
}
function readsPortKey(snapshot) {
  return snapshot.appFiles.some((f) => {
    if (!/\.(?:go|py|ex|exs)$/.test(f.path) || f.size > 256 * 1024) return false;
    const text = snapshot.read(f.path) ?? "";
    return [...text.matchAll(/\bGet(?:String|Int\d*)\(\s*"([\w.]*port)"\s*\)|^\s*(\w*port\w*)\s*:\s*(?:int|str)\b/gim)].some((m) => !SERVICE_PORT_VAR.test((m[1] ?? m[2]).toUpperCase().replace(/\./g, "_")));
  });
}
function serverConfigPort(snapshot, ships) {
  for (const f of snapshot.appFiles) {
    if (!/^(?:Caddyfile(?:\.[\w-]+)?|[\w.-]+\.conf\.template|[\w.-]+\.template)$/.test(baseName(f.path)) || f.size > 64 * 1024 || !ships(f.path)) continue;
    const lines = (snapshot.read(f.path) ?? "").split("\n");
    const i = lines.findIndex((l) => /^\s*(?:listen\s+)?[\w.[\]]*:?\{\$PORT(?::\d+)?\}|^\s*listen\s+(?:[\w.[\]]+:)?\$\{?PORT\}?/.test(l));
    if (i >= 0) return { source: "env", loopback: false, file: f.path, line: i + 1, text: lines[i].trim().slice(0, 200) };
  }
  return void 0;
}
var SERVER_CONFIG_NAME = /^(?:puma\.rb|unicorn\.rb|gunicorn[._-]?conf(?:ig)?\.py|gunicorn\.py|hypercorn\.toml|uwsgi\.ini|passenger\.rb)$/;
var CONFIG_FLAG = /(?:^|\s)(?:-C|-c|--config)(?:=|\s+)(?:python:)?([^\s;&|'"]{1,200})/g;
function serverConfigFiles(commands) {
  const loaded = /* @__PURE__ */ new Set();
  for (const c of commands) for (const m of c.text.matchAll(CONFIG_FLAG)) loaded.add(path5.posix.normalize(m[1]).replace(/^\.\//, ""));
  return (file) => SERVER_CONFIG_NAME.test(baseName(file)) || file.startsWith("config/puma/") && file.endsWith(".rb") || [...loaded].some((l) => file === l || file.endsWith(`/${l}`));
}
var SERVER_DEFAULT_PORT = { uvicorn: 8e3, hypercorn: 8e3, daphne: 8e3, runserver: 8e3, granian: 8e3, fastapi: 8e3 };
function fromEnvVar(idx, name) {
  return idx.of("port-from-env").some((s) => s.snippet.includes(name));
}
function portIn(text) {
  const m = /(?::|\(|\s|=)(\d{2,5})\b/.exec(text);
  return m ? Number(m[1]) : void 0;
}
function envOverlayOf(idx, deps) {
  if (idx.of("env-overlay").length > 0) return idx.of("env-overlay")[0].snippet.includes("AutomaticEnv") ? "viper AutomaticEnv" : overlayName(idx.of("env-overlay")[0]);
  for (const mf of deps) {
    for (const d of mf.dependencies) {
      if (d.dev) continue;
      if (/^org\.springframework\.boot:spring-boot/.test(d.name)) return "Spring Boot's environment binding";
      if (/^io\.quarkus:/.test(d.name)) return "Quarkus's MicroProfile Config";
      if (/^io\.micronaut:/.test(d.name)) return "Micronaut's environment binding";
      if (/^(?:rocket|figment)$/.test(d.name)) return "Rocket's figment (ROCKET_ variables)";
      if (/^(?:pydantic-settings)$/.test(d.name)) return "pydantic BaseSettings";
    }
  }
  return void 0;
}
function overlayName(s) {
  if (/AutomaticEnv/.test(s.snippet)) return "viper AutomaticEnv";
  if (/BaseSettings/.test(s.snippet)) return "pydantic BaseSettings";
  if (/AddEnvironmentVariables|CreateDefaultBuilder|CreateBuilder/.test(s.snippet)) return "ASP.NET Core's environment configuration";
  if (/System\.get_env|runtime\.exs/.test(s.snippet)) return "Elixir runtime config";
  return "an environment overlay";
}
var DOTENV = /^\.env(?:\.[\w-]+)?$/;
function isDotenvName(name) {
  return DOTENV.test(name) && !isEnvTemplateName(name);
}
function fileRole(app, file) {
  const name = baseName(file);
  if (app.deploy.dev.some((d) => d.file === file)) return "dev-stack";
  if (app.deploy.descriptors.some((d) => d.file === file)) return "deploy";
  if (isDotenvName(name)) return isNonRuntimePath(file) ? "not-app" : "dotenv";
  const inside = isUnder(file, app.root);
  const rel = inside ? relativeTo(file, app.root) : file;
  if (isNonRuntimePath(rel)) return "not-app";
  const lang = languageOf(file);
  const isCode = lang !== void 0 && lang !== "config" && lang !== "shell";
  if (app.image) {
    if (app.image.ships(file)) return isCode ? "code" : "shipped";
    return inside ? "unshipped" : "not-app";
  }
  if (!inside) return "not-app";
  return isCode ? "code" : "shipped";
}

// src/evidence/repo/apps.ts
var APP_MANIFESTS = /* @__PURE__ */ new Set(["package.json", "pyproject.toml", "requirements.txt", "Pipfile", "go.mod", "Gemfile", "Cargo.toml", "composer.json", "pom.xml", "build.gradle", "build.gradle.kts"]);
var ECOSYSTEM_OF_MANIFEST = {
  "package.json": "node",
  "pyproject.toml": "python",
  "requirements.txt": "python",
  Pipfile: "python",
  "go.mod": "go",
  Gemfile: "ruby",
  "Cargo.toml": "rust",
  "composer.json": "php",
  "pom.xml": "jvm",
  "build.gradle": "jvm",
  "build.gradle.kts": "jvm"
};
function detectApps(repoRoot, snapshot, app) {
  if (!snapshot) return findApps(scanRepository(repoRoot, "."), false);
  const snap = app ? snapshot.at(app.root) : snapshot;
  let apps = APPS.get(snap);
  if (!apps) {
    apps = findApps(snap, true, app);
    APPS.set(snap, apps);
  }
  return apps.map((a) => ({ ...a, ecosystems: [...a.ecosystems], processTypes: [...a.processTypes] }));
}
var APPS = /* @__PURE__ */ new WeakMap();
function findApps(snap, given, model) {
  const audited = snap.appPath;
  const byDir = /* @__PURE__ */ new Map();
  const at = (dir2) => {
    let c = byDir.get(dir2);
    if (!c) {
      c = { dir: dir2, dockerfile: false, procfile: false, manifests: [] };
      byDir.set(dir2, c);
    }
    return c;
  };
  const excludedDir = /* @__PURE__ */ new Map();
  let dir = ".";
  let excluded = false;
  for (const f of snap.files) {
    const p = f.path;
    const slash = p.lastIndexOf("/");
    if (!(slash < 0 ? dir === "." : slash === dir.length && p.startsWith(dir))) {
      dir = dirOf(p);
      let known = excludedDir.get(dir);
      if (known === void 0) {
        known = dir !== audited && dir !== "." && isNonRuntimePath(`${dir}/x`);
        excludedDir.set(dir, known);
      }
      excluded = known;
    }
    if (excluded) continue;
    const name = p.slice(slash + 1);
    if (isDockerfileName(name)) {
      const owner = model?.dockerfile?.file === p ? audited : dockerfileOwner(snap, p);
      if (owner === void 0) continue;
      at(owner).dockerfile = true;
    } else if (name === "Procfile") at(dir).procfile = true;
    else if (APP_MANIFESTS.has(name)) at(dir).manifests.push(name);
  }
  const isWorkspaceRoot = (c) => c.manifests.some((name) => {
    const file = c.dir === "." ? name : `${c.dir}/${name}`;
    const text = snap.read(file);
    return text !== void 0 && (parseManifest(name, text, file)?.workspaceRoot ?? false);
  }) || snap.has(c.dir === "." ? "go.work" : `${c.dir}/go.work`) || snap.has(c.dir === "." ? "settings.gradle" : `${c.dir}/settings.gradle`) || snap.has(c.dir === "." ? "settings.gradle.kts" : `${c.dir}/settings.gradle.kts`) || snap.has(c.dir === "." ? "pnpm-workspace.yaml" : `${c.dir}/pnpm-workspace.yaml`);
  const dirs = [...byDir.values()].sort((a, b) => a.dir.split("/").length - b.dir.split("/").length || a.dir.localeCompare(b.dir));
  const apps = [];
  const within = (dir2, parent) => parent === "." || dir2.startsWith(`${parent}/`);
  for (const c of dirs) {
    const deployable = c.dockerfile || c.procfile;
    if (!deployable && c.manifests.length === 0) continue;
    if (!deployable && c.dir !== audited) {
      if (apps.some((a) => within(c.dir, a.dir) && !isWorkspaceRoot(a))) continue;
      if (isWorkspaceRoot(c) && dirs.some((o) => o !== c && within(o.dir, c.dir) && (o.manifests.length > 0 || o.dockerfile))) continue;
    }
    apps.push(c);
  }
  const final = apps.filter((a) => a.dockerfile || a.procfile || a.dir === audited || !(isWorkspaceRoot(a) && apps.some((o) => o !== a && within(o.dir, a.dir))));
  if (!final.some((a) => a.dir === audited)) final.push({ dir: audited, dockerfile: false, procfile: false, manifests: [] });
  return final.sort((a, b) => a.dir.localeCompare(b.dir)).map((a) => {
    const isAudited = a.dir === audited;
    const eco = isAudited && given ? ecosystems(snap) : [...new Set(a.manifests.map((m) => ECOSYSTEM_OF_MANIFEST[m]))].sort();
    return {
      path: a.dir,
      kind: a.dockerfile ? "container" : a.procfile ? "procfile" : a.manifests.length > 0 ? "package" : "unknown",
      ecosystems: eco,
      processTypes: isAudited && given ? processTypesOf(snap, model) : processTypesAt(snap, a),
      audited: isAudited
    };
  });
}
function processTypesAt(snap, a) {
  if (a.procfile) {
    const file = a.dir === "." ? "Procfile" : `${a.dir}/Procfile`;
    const text = snap.read(file);
    if (text !== void 0) return parseProcfile(text, file).processes.map((p) => p.name);
  }
  return a.dockerfile ? ["web"] : [];
}
function processTypesOf(snapshot, model) {
  const types = /* @__PURE__ */ new Set();
  if (model) {
    for (const p of model.procfile?.processes ?? []) if (p.name !== "release") types.add(p.name);
    for (const s of model.composeProcessTypes) types.add(s.name);
    if (types.size === 0 && model.start.server) types.add(model.kind === "web" ? "web" : model.kind);
    return [...types].sort();
  }
  for (const p of procfile(snapshot)?.processes ?? []) types.add(p.name);
  for (const c of composeFiles(snapshot)) for (const s of c.services) if (s.build !== void 0) types.add(s.name);
  if (types.size === 0 && startCommands(snapshot, defaultConfig()).some((c) => c.origin.startsWith("Dockerfile"))) types.add("web");
  return [...types].sort();
}

// src/evidence/repo/claims/paths.ts
var MAX_PATHS_PER_LINE = 5;
var MAX_PATH = 200;
var COMMITTED_EXT = new Set(
  "js mjs cjs ts mts cts tsx jsx py rb go rs java kt kts scala groovy php cs fs vb ex exs erl clj swift c h cc cpp hpp m sh bash zsh ps1 bat cmd yml yaml json jsonc json5 toml ini cfg conf xml properties md markdown rst txt adoc sql gradle lock mod sum tf tfvars hcl proto graphql gql html htm css scss vue svelte dockerfile nix cue jsonnet env-example example sample template dist tpl".split(" ")
);
var COMMITTED_NAMES = /^(?:dockerfile|containerfile|procfile|makefile|gnumakefile|gemfile|rakefile|vagrantfile|justfile|taskfile|brewfile|pipfile|jenkinsfile|tiltfile|caddyfile|license|licence|readme|changelog|\.dockerignore|\.gitignore|\.gitattributes|\.editorconfig|\.nvmrc|\.node-version|\.python-version|\.ruby-version|\.tool-versions|\.env\.(?:example|sample|template|dist|defaults)|\.(?:eslintrc|prettierrc|babelrc)(?:\.\w+)?)$/i;
var PRODUCT = /^(?:node|next|nuxt|vue|react|angular|ember|backbone|express|socket|d3|chart|three|moment|day|p5|hapi|koa|nest|deno|bun|asp|ado|vb|solid|alpine|svelte|ember|meteor|electron|mocha|jest|vite|web3|ethers|pixi|phaser|leaflet|handlebars|require|underscore|lodash)\.(?:js|ts|io|net|sh|land)$/i;
var NOT_COMMITTED_DIR = /^(?:dist|build|out|target|coverage|node_modules|\.next|\.nuxt|\.cache|cache|tmp|temp|logs?|data|uploads?|storage|var|run|sessions?|\.venv|venv|__pycache__|bin|obj)$/i;
var NOT_AN_EXISTENCE_CLAIM = /\b(?:no|not|never|without|instead|rather|avoid\w*|nothing|none|don'?t|doesn'?t|isn'?t|aren'?t|won'?t|remov\w*|delet\w*|deprecat\w*|ignor\w*|gitignor\w*|exclud\w*|untracked|creat\w*|generat\w*|produc\w*|writ\w*|written|output\w*|cop(?:y|ies|ied|ying)|renam\w*|download\w*|mount\w*|compil\w*|emit\w*|sav(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|upload\w*|cach(?:e|es|ed|ing)|if|optional(?:ly)?|e\.g|example|such as|like|repo|repos|repository|repositories|submodules?|external(?:ly)?|separate(?:ly)?|elsewhere)\b/i;
var CODE_SPAN = /`([^`\n]{1,200})`/g;
var LINK = /\[[^\]\n]{0,200}\]\(\s*<?([^)\s>]{1,300})>?(?:\s+"[^"\n]{0,100}")?\s*\)/g;
var BARE = /(?<![\w./@:$~-])((?:\.{0,2}\/)?[A-Za-z0-9_.-]{1,80}(?:\/[A-Za-z0-9_.-]{1,80}){0,8}\/?)(?![\w/@:-])/g;
function extOf(name) {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : void 0;
}
function asNamedPath(token, opts) {
  let t = token.trim().replace(/[#?].*$/, "");
  if (t.length < 2 || t.length > MAX_PATH) return void 0;
  if (/^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith("www.") || /[\s@<>{}$*?|=:,;'"()[\]\\!%^&]/.test(t)) return void 0;
  if (t.startsWith("/") || t.startsWith("~")) return void 0;
  t = t.replace(/^(?:\.\/)+/, "");
  const folder = t.endsWith("/");
  t = t.replace(/\/+$/, "");
  const segments = t.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return void 0;
  if (NOT_COMMITTED_DIR.test(segments[0]) && segments.length > (folder ? 0 : 1)) return void 0;
  if (segments.length > 1 && /\.(?:com|org|io|net|dev|in|co|sh|land|app)$/i.test(segments[0])) return void 0;
  const name = segments[segments.length - 1];
  if (/^\.env(?:\.(?!(?:example|sample|template|dist|defaults)$)[\w-]+)?$/i.test(name)) return void 0;
  if (folder) return segments.length >= 1 && /[a-z]/i.test(t) && !NOT_COMMITTED_DIR.test(name) ? { path: t, kind: "folder" } : void 0;
  if (COMMITTED_NAMES.test(name)) return opts.quoted || segments.length > 1 ? { path: t, kind: "file" } : void 0;
  const ext = extOf(name);
  if (!ext || !COMMITTED_EXT.has(ext) || PRODUCT.test(name)) return void 0;
  if (segments.length === 1 && !opts.quoted && !/^[a-z0-9_.-]+$/.test(name)) return void 0;
  if (/^\d+(?:\.\d+)+$/.test(name)) return void 0;
  return { path: t, kind: "file" };
}
function namedPaths(raw) {
  const text = raw.length > 2e3 ? raw.slice(0, 2e3) : raw;
  const prose = text.replace(CODE_SPAN, " ").replace(LINK, " ");
  if (NOT_AN_EXISTENCE_CLAIM.test(prose)) return [];
  const out = [];
  const add = (p) => {
    if (p && out.length < MAX_PATHS_PER_LINE && !out.some((x) => x.path === p.path)) out.push({ ...p, checked: false });
  };
  for (const m of text.matchAll(LINK)) add(asNamedPath(decodeLink(m[1]), { quoted: true }));
  for (const m of text.matchAll(CODE_SPAN)) add(asNamedPath(m[1], { quoted: true }));
  for (const m of prose.matchAll(BARE)) {
    const token = m[1].replace(/\.$/, "");
    if (token.includes("/") || extOf(token)) add(asNamedPath(token, { quoted: false }));
  }
  return out;
}
function decodeLink(target) {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

// src/evidence/repo/claims/app-mentions.ts
var FIRST_PERSON = /\b(?:we|our|us|this (?:app|application|project|service|repo|repository|codebase|api|server|binary|image))\b/i;
var GENERIC_NAME = /^(?:app|apps|api|web|www|site|server|service|services|main|backend|frontend|worker|demo|example|sample|src|cmd|bin|test|tests|project|application|core|lib|common)$/i;
var NAME_NOUN = "(?:binary|service|app|application|image|server|api|process|processes|container|cli|command|module|package|daemon)";
var CODE_SPAN2 = /`([^`\n]{1,200})`/g;
var BARE_TOKEN = /(?<![\w./@:$~-])((?:\.{0,2}\/)?[A-Za-z0-9_.-]{1,80}(?:\/[A-Za-z0-9_.-]{1,80}){0,8}\/?)(?![\w/@:-])/g;
var VARIABLE = /\$?\{?\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\b/g;
var ENV_SIGNALS = ["env-read", "port-from-env", "service-url-from-env"];
var MAX_LOOKUPS = 300;
var MAX_MANIFEST_CHARS = 256 * 1024;
function appMentions(snapshot) {
  let names;
  let variables;
  let lookups = 0;
  const exists = (token, quoted, document) => {
    const p = asNamedPath(token, { quoted });
    if (!p || lookups >= MAX_LOOKUPS) return false;
    lookups++;
    const near = [joinPath(dirOf(document), p.path), joinPath(snapshot.appPath, p.path), p.path];
    return near.some((c) => p.kind === "folder" ? snapshot.hasDir(c) : snapshot.has(c) || snapshot.hasDir(c));
  };
  return (text, document) => {
    if (FIRST_PERSON.test(text)) return true;
    names ??= appNames(snapshot).map((n) => new RegExp(`\`${esc(n)}\`|\\b${esc(n)}\\s+${NAME_NOUN}\\b`));
    if (names.some((re) => re.test(text))) return true;
    for (const m of text.matchAll(CODE_SPAN2)) if (exists(m[1], true, document)) return true;
    const prose = text.replace(CODE_SPAN2, " ");
    for (const m of prose.matchAll(BARE_TOKEN)) {
      const token = m[1].replace(/\.$/, "");
      if ((token.includes("/") || token.includes(".")) && exists(token, false, document)) return true;
    }
    variables ??= readVariables(snapshot);
    for (const m of text.matchAll(VARIABLE)) if (variables.has(m[1])) return true;
    return false;
  };
}
function readVariables(snapshot) {
  const out = /* @__PURE__ */ new Set();
  const idx = signals(snapshot);
  for (const kind of ENV_SIGNALS) {
    for (const s of idx.of(kind)) {
      if (s.lang === "shell" || s.lang === "config") continue;
      if (s.variable) out.add(s.variable);
      for (const m of s.snippet.matchAll(/['"`:]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?:,[\w,]*)?['"`]/g)) out.add(m[1]);
    }
  }
  return out;
}
function appNames(snapshot) {
  const out = /* @__PURE__ */ new Set();
  const add = (raw) => {
    const name = raw?.trim().replace(/^@[^/]+\//, "");
    if (name && name.length >= 3 && name.length <= 60 && /^[\w.-]+$/.test(name) && !GENERIC_NAME.test(name)) out.add(name);
  };
  const read = (file) => {
    const text = snapshot.read(joinPath(snapshot.appPath, file));
    return text && text.length <= MAX_MANIFEST_CHARS ? text : void 0;
  };
  const goMod = read("go.mod");
  if (goMod) add(/^module\s+(\S+)/m.exec(goMod)?.[1]?.split("/").filter((s) => !/^v\d+$/.test(s)).pop());
  const pkg = read("package.json");
  if (pkg) add(/"name"\s*:\s*"([^"\n]{1,100})"/.exec(pkg)?.[1]);
  for (const file of ["pyproject.toml", "Cargo.toml"]) {
    const toml = read(file);
    if (toml) add(/^\[(?:project|package|tool\.poetry)\][^[]*?^name\s*=\s*["']([^"'\n]{1,100})["']/ms.exec(toml)?.[1]);
  }
  const pom = read("pom.xml");
  if (pom) add(/<artifactId>([^<]{1,100})<\/artifactId>/.exec(pom.replace(/<parent>[\s\S]*?<\/parent>/g, ""))?.[1]);
  for (const f of snapshot.appFiles) {
    const name = baseName(f.path);
    if (/^(?:Dockerfile|Containerfile)(?:[.-][\w.-]+)?$/i.test(name) || /\.(?:dockerfile|containerfile)$/i.test(name)) {
      const text = snapshot.read(f.path);
      for (const m of (text ?? "").slice(0, MAX_MANIFEST_CHARS).matchAll(/\s-o\s+["']?([\w./-]{1,200})/g)) add(baseName(m[1]));
    }
    const cmd = /(?:^|\/)cmd\/([\w.-]+)\/[^/]+\.go$/.exec(f.path);
    if (cmd && dirOf(f.path).endsWith(`cmd/${cmd[1]}`)) add(cmd[1]);
  }
  return [...out];
}

// src/evidence/repo/claims/documents.ts
var MAX_DOCUMENTS = 100;
var TEXT_EXT = /\.(?:md|markdown|mdown|mkd|mdx|txt|text|rst|adoc|asciidoc)$/i;
var README = /^readme(?:[._-][\w-]+)*$/i;
var NAMED2 = /(?:twelve|12)[\s._-]?factors?|12factor/i;
var SKIP_DIR = /(?:^|\/)(?:node_modules|vendor|third[_-]?party|bower_components|\.git|dist|build|target|coverage|site-packages|\.?venv|env|fixtures?|__fixtures__|testdata|test-data|\.twelve-factor|\.cache|out|tmp)\//i;
function basename(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function stem(name) {
  return name.replace(TEXT_EXT, "");
}
function isMarkdown(path16) {
  return /\.(?:md|markdown|mdown|mkd|mdx)$/i.test(path16);
}
function classify(path16) {
  if (SKIP_DIR.test(path16)) return void 0;
  const name = basename(path16);
  const textual = TEXT_EXT.test(name) || !name.includes(".");
  if (!textual) return void 0;
  if (README.test(stem(name))) return "readme";
  if (NAMED2.test(name)) return "named";
  if (/(?:^|\/)docs?\//i.test(path16) && TEXT_EXT.test(name)) return "docs";
  return void 0;
}
function claimDocuments(files, appPath = ".", withRoot = false) {
  const base2 = appPath === "." || appPath === "" ? "" : `${appPath.replace(/\/+$/, "")}/`;
  const ranked = [];
  for (const f of files) {
    const own = !base2 || f.path.startsWith(base2);
    const rootDoc = !own && withRoot && (!f.path.includes("/") || /^docs?\//i.test(f.path));
    if (!own && !rootDoc) continue;
    const rel = own ? f.path.slice(base2.length) : f.path;
    const role = classify(rel);
    if (!role) continue;
    const depth = rel.split("/").length;
    const rank = (role === "readme" ? depth === 1 ? 0 : 3 : role === "named" ? 1 : 2) + (own ? 0 : 4);
    ranked.push({ doc: { path: f.path, role, markdown: isMarkdown(f.path) }, rank, depth });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.depth - b.depth || a.doc.path.localeCompare(b.doc.path));
  return ranked.slice(0, MAX_DOCUMENTS).map((r) => r.doc);
}
function isNamedForMethodology(path16) {
  return NAMED2.test(basename(path16));
}

// src/evidence/repo/claims/factor-names.ts
var ALIASES = {
  I: ["codebase", "code base", "codebases", "one codebase", "single codebase"],
  II: ["dependencies", "dependency", "dependency management", "dependency isolation", "explicit dependencies"],
  III: ["config", "configuration", "configs", "configurations", "config management", "configuration management", "environment configuration", "environment config"],
  IV: ["backing services", "backing service", "backing resources", "attached resources"],
  V: ["build release run", "build release and run", "build and release and run", "build release run stages", "build release deploy run", "build release deploy", "build and run"],
  VI: ["processes", "stateless processes", "stateless process", "stateless", "process"],
  VII: ["port binding", "port bindings", "port bind", "portbinding"],
  VIII: ["concurrency", "scale out", "scaling"],
  IX: ["disposability", "disposable", "disposable processes"],
  X: [
    "dev prod parity",
    "dev production parity",
    "development production parity",
    "dev staging prod parity",
    "dev stage prod parity",
    "development staging production parity",
    "environment parity",
    "devprod parity",
    "dev prod",
    "parity"
  ],
  XI: ["logs", "logging", "log streams", "logs as event streams"],
  XII: ["admin processes", "admin process", "admin tasks", "administrative processes", "admin management processes", "management processes", "one off processes", "admin"]
};
var TAGLINES = {
  I: "One codebase tracked in revision control, many deploys",
  II: "Explicitly declare and isolate dependencies",
  III: "Store config in the environment",
  IV: "Treat backing services as attached resources",
  V: "Strictly separate build and run stages",
  VI: "Execute the app as one or more stateless processes",
  VII: "Export services via port binding",
  VIII: "Scale out via the process model",
  IX: "Maximize robustness with fast startup and graceful shutdown",
  X: "Keep development, staging, and production as similar as possible",
  XI: "Treat logs as event streams",
  XII: "Run admin/management tasks as one-off processes"
};
var ROMAN = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
var ALIAS_LIST = Object.entries(ALIASES).flatMap(([factor, names]) => names.map((n) => ({ factor, words: n.split(" ") }))).sort((a, b) => b.words.length - a.words.length);
function words(text, limit) {
  const out = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m = re.exec(text);
  while (m && out.length < limit) {
    out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    m = re.exec(text);
  }
  return out;
}
function numeralValue(w) {
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return ROMAN[w];
}
var CHECKBOX = /^\s*(?:[-*+]\s+)?\[[ xX✓✔~-]?\]\s*/;
var ONLY_MARKUP = /^[^\p{L}\p{N}]*$/u;
var NAME_GAP = /^[\s/,&+\-–*_`]{1,4}$/;
function parseFactorRef(input) {
  const text = input.length > 400 ? input.slice(0, 400) : input;
  const box = CHECKBOX.exec(text);
  const offset = box ? box[0].length : 0;
  const ws = words(text.slice(offset), 12).map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
  if (ws.length === 0) return void 0;
  if (!ONLY_MARKUP.test(text.slice(offset, ws[0].start))) return void 0;
  let i = 0;
  let factorWord = false;
  let numeral;
  if (ws[i]?.w === "factor" || ws[i]?.w === "faktor") {
    factorWord = true;
    i++;
  }
  const n = ws[i] ? numeralValue(ws[i].w) : void 0;
  if (n !== void 0 && n >= 1 && n <= 12 && ws[i + 1] && /[.):\-–—#|]|\s[-–—]\s/.test(text.slice(ws[i].end, ws[i + 1].start) + (text[ws[i].start - 1] === "#" ? "#" : ""))) {
    numeral = n;
    i++;
  } else if (n !== void 0 && factorWord && ws[i + 1]) {
    numeral = n;
    i++;
  }
  if (!factorWord && (ws[i]?.w === "factor" || ws[i]?.w === "faktor")) {
    factorWord = true;
    i++;
  }
  for (const alias of ALIAS_LIST) {
    if (!matches(alias.words, ws, i, text)) continue;
    const last = ws[i + alias.words.length - 1];
    const factor = FACTORS.find((f) => f.id === alias.factor);
    const tail2 = text.slice(last.end);
    const boldName = /^\s*(?:\*\*|__)/.test(tail2) || /(?:\*\*|__)\s*$/.test(text.slice(0, ws[i].start));
    const rest = cleanRest(tail2);
    const separated = rest.length === 0 || /^[\s*_`\]]{0,8}(?:\([^)]{0,300}\))?[\s*_`]{0,8}[:：\-–—|(/.,[&+]/.test(tail2);
    return {
      factor: alias.factor,
      strong: factorWord || numeral === factor.number,
      labelled: boldName || separated,
      numbered: numeral !== void 0,
      rest
    };
  }
  return void 0;
}
function matches(alias, ws, at, text) {
  if (at + alias.length > ws.length) return false;
  for (let k = 0; k < alias.length; k++) {
    if (ws[at + k].w !== alias[k]) return false;
    if (k > 0 && !NAME_GAP.test(text.slice(ws[at + k - 1].end, ws[at + k].start))) return false;
  }
  return true;
}
function cleanRest(tail2) {
  return tail2.replace(/^[\s*_`~]*\]?(?:\([^)\s]{0,300}\))?[\s*_`~]*/, "").replace(/^[:：\-–—|.,\s]+/, "").replace(/^[\s*_`~]+/, "").trim();
}
var STOP = new Set(
  "a an the and or of to in on for with by via as is are be its it each all from into per should must can any more one".split(" ")
);
var GENERIC = /* @__PURE__ */ new Set();
for (const f of FACTORS) {
  for (const w of `${TAGLINES[f.id]} ${f.title}`.toLowerCase().split(/[^a-z0-9]+/)) if (w) GENERIC.add(stem2(w));
}
for (const w of ["app", "application", "apps", "factor", "principle", "variable", "env", "store", "separation", "strict", "declared", "declaration", "isolated", "isolation", "explicit", "service", "resource", "treat", "stream", "environment", "process", "stage", "deploy", "version", "repo", "vcs", "tracked", "control", "management", "task", "off"]) {
  GENERIC.add(stem2(w));
}
function stem2(w) {
  return w.replace(/(?:ing|ed|es|s)$/, "") || w;
}
function isGenericText(text) {
  const ws = text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP.has(w));
  if (ws.length === 0) return true;
  const hits = ws.filter((w) => GENERIC.has(stem2(w))).length;
  return hits / ws.length >= 0.75;
}

// src/evidence/repo/claims/lines.ts
var MAX_LINE = 1e4;
var MAX_LINES = 5e4;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
var SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
var BULLET = /^([-*+•▪◦‣●○])[ \t]+(.*)$/;
var ORDERED = /^(\(?(?:\d{1,3}|[ivxIVX]{1,5})[.)])[ \t]+(.*)$/;
var TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
var THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
function indentOf(raw) {
  let n = 0;
  for (const ch of raw) {
    if (ch === " ") n++;
    else if (ch === "	") n += 4 - n % 4;
    else break;
  }
  return n;
}
function atxText(rest) {
  const s = rest.trim();
  let k = s.length;
  while (k > 0 && s[k - 1] === "#") k--;
  if (k === 0) return "";
  if (k < s.length && (s[k - 1] === " " || s[k - 1] === "	")) return s.slice(0, k).trim();
  return s;
}
function splitCells(row) {
  let inner = row.trim();
  if (inner.startsWith("|")) inner = inner.slice(1);
  if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.slice(0, -1);
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}
function splitLines(text, markdown) {
  const raws = text.split(/\r\n|\r|\n/, MAX_LINES);
  const out = [];
  let fence;
  let htmlComment = false;
  let frontMatter = markdown && raws[0]?.trim() === "---";
  for (let idx = 0; idx < raws.length; idx++) {
    const raw0 = raws[idx];
    const no = idx + 1;
    const raw = raw0.length > MAX_LINE ? "" : raw0;
    const indent = indentOf(raw);
    const trimmed = raw.trim();
    const push = (kind, text2 = trimmed, level = 0, cells) => out.push({ no, kind, indent, level, text: text2, ...cells ? { cells } : {} });
    if (frontMatter) {
      push("code");
      if (idx > 0 && trimmed === "---") frontMatter = false;
      continue;
    }
    if (markdown) {
      if (fence !== void 0) {
        push("code");
        if (trimmed.startsWith(fence) && /^[`~]+$/.test(trimmed)) fence = void 0;
        continue;
      }
      const f = FENCE.exec(raw);
      if (f) {
        fence = f[1];
        push("code");
        continue;
      }
      if (htmlComment) {
        push("code");
        if (trimmed.includes("-->")) htmlComment = false;
        continue;
      }
      if (trimmed.startsWith("<!--") && !trimmed.includes("-->")) {
        htmlComment = true;
        push("code");
        continue;
      }
    }
    if (trimmed === "") {
      push("blank", "");
      continue;
    }
    const prev = out[out.length - 1];
    const setext = SETEXT.exec(raw);
    if (setext && prev && prev.kind === "text" && prev.indent < 4) {
      prev.kind = "heading";
      prev.level = setext[1].startsWith("=") ? 1 : 2;
      push("rule");
      continue;
    }
    if (!markdown && /^[~^*]{3,}\s*$/.test(trimmed) && prev && prev.kind === "text") {
      prev.kind = "heading";
      prev.level = 2;
      push("rule");
      continue;
    }
    if (THEMATIC.test(raw)) {
      push("rule");
      continue;
    }
    const atx = markdown || trimmed.startsWith("#") ? ATX.exec(raw) : null;
    if (atx) {
      push("heading", atxText(raw.slice(atx[0].length)), atx[1].length);
      continue;
    }
    if (trimmed.startsWith("|") && trimmed.indexOf("|", 1) > 0) {
      if (TABLE_SEPARATOR.test(trimmed)) {
        if (prev && prev.kind === "table") prev.kind = "text";
        push("rule");
        continue;
      }
      push("table", trimmed, 0, splitCells(trimmed));
      continue;
    }
    const bullet = BULLET.exec(trimmed);
    if (bullet) {
      push("list", bullet[2].trim());
      continue;
    }
    if (ORDERED.test(trimmed)) {
      push("list", trimmed);
      continue;
    }
    if (!markdown && trimmed.length <= 80 && new RegExp("\\p{Lu}{3}", "u").test(trimmed) && !new RegExp("\\p{Ll}", "u").test(trimmed) && indent === 0) {
      push("heading", trimmed, 2);
      continue;
    }
    push("text");
  }
  return out;
}

// src/evidence/repo/claims/mojibake.ts
var CP1252_SPECIALS = [
  [8364, 128],
  [8218, 130],
  [402, 131],
  [8222, 132],
  [8230, 133],
  [8224, 134],
  [8225, 135],
  [710, 136],
  [8240, 137],
  [352, 138],
  [8249, 139],
  [338, 140],
  [381, 142],
  [8216, 145],
  [8217, 146],
  [8220, 147],
  [8221, 148],
  [8226, 149],
  [8211, 150],
  [8212, 151],
  [732, 152],
  [8482, 153],
  [353, 154],
  [8250, 155],
  [339, 156],
  [382, 158],
  [376, 159]
];
var CP1254_LETTERS = [[286, 208], [304, 221], [350, 222], [287, 240], [305, 253], [351, 254]];
var WESTERN = /* @__PURE__ */ new Map();
for (let b = 128; b <= 255; b++) WESTERN.set(b, b);
for (const [cp, b] of CP1252_SPECIALS) WESTERN.set(cp, b);
for (const [cp, b] of CP1254_LETTERS) WESTERN.set(cp, b);
var MAC_ROMAN_HIGH = "\xC4\xC5\xC7\xC9\xD1\xD6\xDC\xE1\xE0\xE2\xE4\xE3\xE5\xE7\xE9\xE8\xEA\xEB\xED\xEC\xEE\xEF\xF1\xF3\xF2\xF4\xF6\xF5\xFA\xF9\xFB\xFC\u2020\xB0\xA2\xA3\xA7\u2022\xB6\xDF\xAE\xA9\u2122\xB4\xA8\u2260\xC6\xD8\u221E\xB1\u2264\u2265\xA5\xB5\u2202\u2211\u220F\u03C0\u222B\xAA\xBA\u03A9\xE6\xF8\xBF\xA1\xAC\u221A\u0192\u2248\u2206\xAB\xBB\u2026\xA0\xC0\xC3\xD5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\xF7\u25CA\xFF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02\u2021\xB7\u201A\u201E\u2030\xC2\xCA\xC1\xCB\xC8\xCD\xCE\xCF\xCC\xD3\xD4\uF8FF\xD2\xDA\xDB\xD9\u0131\u02C6\u02DC\xAF\u02D8\u02D9\u02DA\xB8\u02DD\u02DB\u02C7";
var MAC_ROMAN = /* @__PURE__ */ new Map();
for (let i = 0; i < MAC_ROMAN_HIGH.length; i++) MAC_ROMAN.set(MAC_ROMAN_HIGH.codePointAt(i), 128 + i);
var LIKELY = /* @__PURE__ */ new Set(["\u2705", "\u274C", "\u23F3", "\u2B50", "\u{1F504}", "\u{1F50D}", "\u{1F6A7}", "\u26A0", "\u{1F534}", "\u{1F7E1}", "\u{1F7E2}", "\u{1F4CB}", "\u{1F3AF}", "\u{1F680}"]);
var LOST_BYTES = [129, 141, 143, 144, 157];
var WESTERN_SIGNATURE = /[âðÃÂÅ][\ufffd\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|ğŸ|Ã[\u0080-\u00bf]/;
var MAC_SIGNATURE = /‚[úùÄö]|ü[îìèöòéíõôú§ò]|‚è[≥∞]/;
var DROPPED_BYTE_FORMS = [
  ["\xE2\u0152", "\u274C"],
  ["\xE2\xB3", "\u23F3"],
  ["\xE2\xAD", "\u2B50"],
  ["\xE2\u0161 \xEF\xB8", "\u26A0\uFE0F"],
  ["\xE2\u0161\xA0\xEF\xB8", "\u26A0\uFE0F"]
];
function codePointOf(b) {
  const x = b[0];
  const n = b.length - 1;
  let lo = 128;
  let hi = 191;
  let cp;
  if (n === 1 && x >= 194 && x <= 223) cp = x & 31;
  else if (n === 2 && x >= 224 && x <= 239) {
    cp = x & 15;
    if (x === 224) lo = 160;
    if (x === 237) hi = 159;
  } else if (n === 3 && x >= 240 && x <= 244) {
    cp = x & 7;
    if (x === 240) lo = 144;
    if (x === 244) hi = 143;
  } else return void 0;
  for (let k = 1; k <= n; k++) {
    const c = b[k];
    if (c < (k === 1 ? lo : 128) || c > (k === 1 ? hi : 191)) return void 0;
    cp = cp << 6 | c & 63;
  }
  return cp;
}
function sequenceLength(lead) {
  if (lead >= 240 && lead <= 244) return 4;
  if (lead >= 224 && lead <= 239) return 3;
  if (lead >= 194 && lead <= 223) return 2;
  return 0;
}
function decodeSequence(cps, at, len, table, prefix) {
  const bytes = prefix === void 0 ? [] : [prefix];
  const holes = [];
  for (let k = at; k < at + len; k++) {
    const cp = cps[k];
    if (cp === 65533) {
      holes.push(bytes.length);
      bytes.push(0);
      continue;
    }
    const b = table.get(cp);
    if (b === void 0) return void 0;
    bytes.push(b);
  }
  if (holes.length === 0) {
    const cp = codePointOf(bytes);
    return cp === void 0 ? void 0 : String.fromCodePoint(cp);
  }
  if (holes.length > 2) return void 0;
  let first;
  for (const a of LOST_BYTES) {
    for (const b of holes.length === 2 ? LOST_BYTES : [0]) {
      bytes[holes[0]] = a;
      if (holes.length === 2) bytes[holes[1]] = b;
      const cp = codePointOf(bytes);
      if (cp === void 0) continue;
      const ch = String.fromCodePoint(cp);
      if (LIKELY.has(ch)) return ch;
      first ??= ch;
    }
  }
  return first;
}
function repairWith(text, table, dropsEmojiLead = false) {
  const cps = Array.from(text, (ch) => ch.codePointAt(0));
  const out = [];
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i];
    const lead = cp >= 128 ? table.get(cp) : void 0;
    if (lead !== void 0) {
      const len = sequenceLength(lead);
      const decoded = len > 0 && i + len <= cps.length ? decodeSequence(cps, i, len, table) : void 0;
      if (decoded !== void 0) {
        out.push(decoded);
        i += len;
        continue;
      }
      if (dropsEmojiLead && lead === 159 && i + 3 <= cps.length) {
        const emoji = decodeSequence(cps, i, 3, table, 240);
        if (emoji !== void 0) {
          out.push(emoji);
          i += 3;
          continue;
        }
      }
    }
    out.push(String.fromCodePoint(cp));
    i++;
  }
  return out.join("");
}
function repairMojibake(text) {
  let out = text;
  if (WESTERN_SIGNATURE.test(out)) out = repairWith(out, WESTERN);
  if (MAC_SIGNATURE.test(out)) out = repairWith(out, MAC_ROMAN, true);
  for (const [bad, good] of DROPPED_BYTE_FORMS) {
    if (out.includes(bad)) out = out.split(bad).join(good);
  }
  return { text: out, repaired: out !== text };
}

// src/evidence/repo/claims/properties.ts
var PROPERTIES = [
  {
    id: "graceful-shutdown",
    label: "graceful shutdown",
    patterns: [
      /\bgraceful(?:ly)?[\s-]+(?:shut[\s-]?downs?|stop|stops|termination|exits?)\b/i,
      /\bsigterm\b/i,
      /\bsignal[\s-]+handl/i,
      /\bdrain(?:s|ing)?\b[^.\n]{0,30}\b(?:connections|requests)\b/i,
      /\bclean(?:ly)?[\s-]+shut[\s-]?downs?\b/i,
      /\bshuts?[\s-]+down[\s-]+(?:gracefully|cleanly)\b/i
    ]
  },
  {
    id: "exec-form-entry",
    label: "the app as PID 1 through an exec-form entry",
    patterns: [/\bexec[\s-]+form\b/i, /\bPID[\s-]?1\b/, /\b(?:tini|dumb-init)\b/i]
  },
  {
    id: "fast-startup",
    label: "fast startup",
    patterns: [
      /\bfast[\s-]+(?:start[\s-]?up|boot|starts?)\b/i,
      /\bstarts?[\s-]+(?:up[\s-]+)?(?:quickly|fast|in[\s-]+(?:under[\s-]+)?\d)/i,
      /\bquick[\s-]+(?:start[\s-]?up|boot)\b/i,
      /\bstart[\s-]?up[\s-]+time\b/i
    ]
  },
  {
    id: "logs-to-stdout",
    label: "logs to stdout",
    patterns: [
      /\bstdout\b/i,
      /\bstderr\b/i,
      /\bstandard[\s-]+(?:output|out|error)\b/i,
      /\bevent[\s-]+streams?\b/i,
      /\blog(?:s|ging)?\b[^.\n]{0,30}\bconsole\b/i,
      /\bno[\s-]+(?:local[\s-]+)?log[\s-]+files\b/i,
      /\b(?:never|not|no)[\s-]+(?:write|writes|writing|written)[\s-]+(?:to[\s-]+)?(?:log[\s-]+)?files\b/i
    ]
  },
  {
    // Factor VII's own promise: the app is its own server and exports it on a port. Where the port number comes from is the next property.
    id: "port-binding",
    label: "a self-contained server bound to a port",
    patterns: [
      /\bport[\s-]+binding\b/i,
      /\b(?:binds?|binding|bound)[\s-]+(?:to[\s-]+)?(?:a[\s-]+|the[\s-]+|its[\s-]+(?:own[\s-]+)?)?(?:\w{1,20}[\s-]+)?[$`{]{0,3}port\b/i,
      /\blisten(?:s|ing)?[\s-]+on\b/i,
      /\bself[\s-]+contained\b/i,
      /\bembedded[\s-]+(?:web[\s-]+|http[\s-]+)?server\b/i,
      /\bexports?[\s-]+(?:http|services?)\b/i,
      /\bexpos(?:e|es|ed|ing)\b[^.\n]{0,30}\b(?:port|http)\b/i
    ]
  },
  {
    id: "port-from-env",
    label: "the port from the environment (PORT)",
    patterns: [
      /\$\{?PORT\b/,
      /\bport[\s-]+(?:(?:is|number)[\s-]+)?(?:(?:read|taken|set|given|provided|supplied|configured|defined|injected|comes)[\s-]+)?(?:from|via|by|through|in)[\s-]+(?:the[\s-]+|an?[\s-]+)?(?:env\b|environment\b|PORT\b)/i,
      /\b(?:configurable|assigned)[\s-]+port\b/i,
      /\b(?:binds?|binding|bound|listen(?:s|ing)?|serves?|port)\b[^.\n]{0,40}\bPORT\b/,
      /\bPORT\b[\s`'"]{0,3}(?:env(?:ironment)?[\s-]+var(?:iable)?|variable)\b/
    ]
  },
  {
    id: "multi-stage-dockerfile",
    label: "a multi-stage Dockerfile",
    patterns: [/\bmulti[\s-]?stage\b/i]
  },
  {
    id: "container-build",
    label: "a container image built from a Dockerfile",
    patterns: [/\bdocker(?:file|[\s-]+images?|i[sz]ed)?\b(?![\s-]*compose)/i, /\bcontaineri[sz](?:ed|ation)\b/i, /\bcontainer[\s-]+images?\b/i, /\bbuildpacks?\b/i]
  },
  {
    id: "separate-stages",
    label: "separate build, release and run stages",
    patterns: [
      /\bci\s*\/\s*cd\b/i,
      /\bpipelines?\b/i,
      /\bseparate[ds]?[\s-]+(?:build|stages)\b/i,
      /\brelease[\s-]+(?:stage|step)\b/i,
      /\bbuild[\s-]+once\b/i,
      /\bbuilds?[\s-]+(?:the[\s-]+)?image[\s-]+once\b/i
    ]
  },
  {
    id: "release-identified",
    label: "uniquely identified releases",
    patterns: [
      /\bimmutable[\s-]+(?:releases?|images?|artifacts?|builds?)\b/i,
      /\brelease[\s-]+(?:ids?|tags?|versions?|numbers?)\b/i,
      /\btagged[\s-]+(?:with[\s-]+)?(?:the[\s-]+|a[\s-]+)?(?:git[\s-]+)?(?:sha|commit|version|semver|release)\b/i,
      /\bunique(?:ly)?[\s-]+(?:identified|release|id)\b/i
    ]
  },
  {
    id: "lockfile",
    label: "lockfile/pinned versions",
    patterns: [
      /\block[\s-]?files?\b/i,
      /\b(?:package-lock|npm-shrinkwrap)\.json\b/i,
      /\b(?:yarn|gemfile|cargo|composer|poetry|uv|pdm|pipfile|bun)\.lockb?\b/i,
      /\bpnpm-lock\.yaml\b/i,
      /\bgo\.sum\b/i,
      /\bpinned\b(?![\s-]+base)/i,
      /\bpin(?:s|ning)?[\s-]+(?:exact[\s-]+)?(?:versions?|dependencies)\b/i,
      /\bexact[\s-]+versions?\b/i,
      /\blocked[\s-]+(?:versions?|dependencies)\b/i
    ]
  },
  {
    id: "reproducible-install",
    label: "installs from the lockfile",
    patterns: [/\bnpm[\s-]+ci\b/i, /--frozen-lockfile\b/i, /\bfrozen[\s-]+lock[\s-]?file\b/i, /\breproducible[\s-]+(?:builds?|installs?)\b/i, /\b--immutable\b/i]
  },
  {
    id: "base-image-pinned",
    label: "a pinned base image",
    patterns: [/\bpinned[\s-]+base[\s-]+images?\b/i, /\bbase[\s-]+images?\b[^.\n]{0,20}\b(?:pinned|tagged|digest)\b/i, /\bimage[\s-]+digests?\b/i]
  },
  {
    id: "dependency-manifest",
    label: "dependencies declared in a manifest",
    patterns: [
      /\bpackage\.json\b(?![\s-]+scripts?\b)/i,
      /\brequirements(?:\.txt|\.in)\b/i,
      /\bpyproject\.toml\b/i,
      /\bgo\.mod\b/i,
      /\bgemfile\b/i,
      /\bpom\.xml\b/i,
      /\bbuild\.gradle(?:\.kts)?\b/i,
      /\bcargo\.toml\b/i,
      /\bcomposer\.json\b(?![\s-]+scripts?\b)/i,
      /\b(?:maven|gradle|pip|poetry|bundler|go[\s-]+modules)\b/i,
      /\bnpm\b(?![\s-]+(?:run|ci|scripts?)\b)/i,
      /\bexplicitly[\s-]+declared\b/i
    ]
  },
  {
    id: "update-automation",
    label: "Dependabot/Renovate",
    patterns: [/\bdependabot\b/i, /\brenovate(?:bot)?\b/i]
  },
  {
    id: "no-local-state",
    label: "no local state",
    patterns: [
      /\bstateless\b/i,
      /\bno[\s-]+(?:local[\s-]+)?(?:state|sessions?|sticky[\s-]+sessions?|disk[\s-]+state)\b/i,
      /\bshared?[\s-]?nothing\b/i,
      /\bsessions?[\s-]+(?:are[\s-]+)?(?:stored[\s-]+|kept[\s-]+)?in[\s-]+(?:redis|memcached|the[\s-]+database|a[\s-]+database)\b/i,
      /\bno[\s-]+(?:local[\s-]+)?(?:file[\s-]?system|disk)[\s-]+writes?\b/i,
      /\bexternali[sz]ed[\s-]+(?:state|storage|sessions?)\b/i,
      /\bnothing[\s-]+is[\s-]+(?:kept|stored|written)[\s-]+(?:on|to)[\s-]+(?:the[\s-]+)?(?:local[\s-]+)?(?:disk|file[\s-]?system)\b/i
    ]
  },
  {
    id: "config-from-env",
    label: "configuration from environment variables",
    patterns: [
      /\benv(?:ironment)?[\s-]+var(?:iable)?s?\b/i,
      /(?:^|[\s(`'"])\.env\b/i,
      /\bprocess\.env\b/i,
      /\bos\.(?:environ|getenv)\b/i,
      /\bgetenv\b/i,
      /\bdotenv\b/i,
      /\bconfig(?:uration)?[\s-]+(?:is[\s-]+)?(?:read[\s-]+|loaded[\s-]+|stored[\s-]+|comes[\s-]+)?(?:from|in|via|through)[\s-]+(?:the[\s-]+)?env/i
    ]
  },
  {
    id: "no-committed-secrets",
    label: "no secrets in the code",
    patterns: [
      /\bno[\s-]+(?:hard[\s-]?coded[\s-]+)?(?:secrets|credentials|passwords|api[\s-]+keys)\b/i,
      /\bsecrets?[\s-]+(?:are[\s-]+)?(?:never|not)[\s-]+(?:committed|stored|checked|in)\b/i,
      /\bexternali[sz]ed[\s-]+(?:config(?:uration)?|secrets)\b/i,
      /\bsecrets?[\s-]+manag/i
    ]
  },
  {
    id: "env-validation",
    label: "validated configuration",
    patterns: [
      /\bvalidat(?:e|es|ed|ion|ing)\b[^.\n]{0,40}\b(?:env|config|configuration|environment|settings)\b/i,
      /\b(?:zod|pydantic[\s-]?settings|envconfig|envalid|convict|joi)\b/i
    ]
  },
  {
    id: "backing-services-by-url",
    label: "backing services located by URL from the environment",
    patterns: [
      /\b[A-Z][A-Z0-9]*_(?:URL|URI|DSN)\b/,
      /\bconnection[\s-]+strings?\b/i,
      /\b(?:postgres(?:ql)?|redis|mysql|mariadb|mongo(?:db)?|rabbitmq|amqp|kafka|memcached|elasticsearch|s3|smtp|database|db)\b[^.\n]{0,40}\b(?:urls?|uris?|env(?:ironment)?|configured|attached|swappable|resources?)\b/i,
      /\battached[\s-]+resources?\b/i
    ]
  },
  {
    id: "compose-for-dev",
    label: "Docker Compose for development",
    patterns: [/\bdocker[\s-]?compose\b/i, /\bcompose\.ya?ml\b/i]
  },
  {
    id: "same-services-everywhere",
    label: "the same backing services in development and production",
    patterns: [
      /\bsame[\s-]+(?:database|db|backing[\s-]+services?|services|stack|containers?)\b/i,
      /\bidentical[\s-]+(?:environments?|stacks?)\b/i
    ]
  },
  {
    id: "one-image",
    label: "one image for every environment",
    patterns: [/\bone[\s-]+(?:dockerfile|image)[\s-]+(?:for|across)\b/i, /\bsame[\s-]+(?:image|dockerfile)\b/i, /\bidentical[\s-]+images?\b/i]
  },
  {
    id: "admin-tasks",
    label: "admin tasks run as one-off processes",
    patterns: [
      /\bmakefile\b/i,
      /\bmake[\s-]+[a-z][\w:-]*/,
      /\bone[\s-]?off\b/i,
      /\bmigrations?\b/i,
      /\bmanage\.py\b/i,
      /\brake[\s-]+[a-z]/i,
      /\bartisan\b/i,
      /\bnpm[\s-]+run[\s-]+[a-z]/i,
      /\b(?:npm|package\.json|composer|yarn|pnpm)[\s-]+scripts?\b/i,
      /\badmin[\s-]+(?:tasks?|commands?|scripts?|processes)\b/i,
      /\brelease[\s-]+phase\b/i
    ]
  },
  {
    id: "process-types",
    label: "declared process types",
    patterns: [/\bprocfile\b/i, /\bprocess[\s-]+(?:types?|model|formation)\b/i]
  },
  {
    id: "scale-out",
    label: "scales out by running more processes",
    patterns: [
      /\bhorizontal(?:ly)?[\s-]+scal/i,
      /\bscal(?:e|es|ed|ing)[\s-]+(?:out|horizontally)\b/i,
      /\breplicas?\b/i,
      /\bmultiple[\s-]+(?:instances|processes|replicas)\b/i,
      /\bmore[\s-]+(?:instances|processes|replicas|containers)\b/i
    ]
  },
  {
    id: "one-codebase",
    label: "one codebase in version control",
    patterns: [
      /\bgit\b/i,
      /\b(?:single|one)[\s-]+(?:codebase|repo|repository)\b/i,
      /\bmono[\s-]?repo\b/i,
      /\bversion[\s-]+control(?:led)?\b/i,
      /\brevision[\s-]+control\b/i
    ]
  },
  {
    id: "health-check",
    label: "a health check",
    patterns: [/\bhealth[\s-]?checks?\b/i, /\/healthz?\b/i, /\breadiness\b/i, /\bliveness\b/i]
  }
];
var byId = new Map(PROPERTIES.map((p) => [p.id, p]));
function propertyById(id) {
  return byId.get(id);
}
var ENV_NAME = /\b(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PORT|HOST|DEBUG|ENV|HOSTNAME)\b/g;
var BINDING = /\b(?:binds?|binding|bound|listen(?:s|ing)?)\b/i;
var PORT_PROPERTIES = /* @__PURE__ */ new Set(["port-binding", "port-from-env"]);
function isNameList(text) {
  const names = new Set(text.slice(0, 1e3).match(ENV_NAME) ?? []);
  return names.size >= 2 && !BINDING.test(text);
}
function propertiesOf(text) {
  const t = text.length > 1e3 ? text.slice(0, 1e3) : text;
  const found2 = PROPERTIES.filter((p) => p.patterns.some((re) => re.test(t)));
  if (!isNameList(t)) return found2;
  const kept = found2.filter((p) => !PORT_PROPERTIES.has(p.id));
  return kept.length > 0 ? kept : [byId.get("config-from-env")];
}

// src/evidence/repo/claims/status.ts
var MARKS = [
  ["\u2705", "claimed"],
  ["\u2714", "claimed"],
  ["\u2611", "claimed"],
  ["\u2713", "claimed"],
  ["\u{1F7E2}", "claimed"],
  ["\u{1F49A}", "claimed"],
  ["\u{1F504}", "in-progress"],
  ["\u{1F6A7}", "in-progress"],
  ["\u{1F7E1}", "in-progress"],
  ["\u{1F7E0}", "in-progress"],
  ["\u{1F536}", "in-progress"],
  ["\u26A0", "in-progress"],
  ["\u{1F528}", "in-progress"],
  ["\u23F3", "planned"],
  ["\u231B", "planned"],
  ["\u{1F51C}", "planned"],
  ["\u{1F5D3}", "planned"],
  ["\u{1F4C5}", "planned"],
  ["\u2B1C", "planned"],
  ["\u{1F532}", "planned"],
  ["\u2610", "planned"],
  ["\u274C", "not-claimed"],
  ["\u2717", "not-claimed"],
  ["\u2718", "not-claimed"],
  ["\u2716", "not-claimed"],
  ["\u274E", "not-claimed"],
  ["\u{1F534}", "not-claimed"],
  ["\u26D4", "not-claimed"],
  ["\u{1F6AB}", "not-claimed"]
];
var CHECKBOX2 = /\[([ xX])\]/;
function markStatus(text) {
  let best;
  for (const [mark, status] of MARKS) {
    const at = text.indexOf(mark);
    if (at >= 0 && (!best || at < best.at)) best = { at, status };
  }
  const box = CHECKBOX2.exec(text);
  if (box && (!best || box.index < best.at)) best = { at: box.index, status: box[1] === " " ? "planned" : "claimed" };
  return best?.status;
}
var PHRASES = [
  ["not yet implemented", "planned", "strong"],
  ["to be implemented", "planned", "strong"],
  ["not started", "planned", "strong"],
  ["not yet", "planned", "strong"],
  ["coming soon", "planned", "strong"],
  ["pending", "planned", "strong"],
  ["planned", "planned", "strong"],
  ["planning", "planned", "weak"],
  ["todo", "planned", "strong"],
  ["to do", "planned", "strong"],
  ["future", "planned", "weak"],
  ["backlog", "planned", "strong"],
  ["upcoming", "planned", "strong"],
  ["roadmap", "planned", "weak"],
  ["scheduled", "planned", "weak"],
  ["next", "planned", "weak"],
  ["non compliant", "not-claimed", "strong"],
  ["noncompliant", "not-claimed", "strong"],
  ["not compliant", "not-claimed", "strong"],
  ["not implemented", "not-claimed", "strong"],
  ["not supported", "not-claimed", "strong"],
  ["not applicable", "not-claimed", "strong"],
  ["not met", "not-claimed", "strong"],
  ["n a", "not-claimed", "weak"],
  ["missing", "not-claimed", "weak"],
  ["violation", "not-claimed", "weak"],
  ["violated", "not-claimed", "weak"],
  ["failing", "not-claimed", "weak"],
  ["failed", "not-claimed", "weak"],
  ["fail", "not-claimed", "weak"],
  ["none", "not-claimed", "weak"],
  ["weak", "not-claimed", "weak"],
  ["no", "not-claimed", "weak"],
  ["work in progress", "in-progress", "strong"],
  ["partially compliant", "in-progress", "strong"],
  ["partially implemented", "in-progress", "strong"],
  ["partially", "in-progress", "strong"],
  ["partial", "in-progress", "strong"],
  ["in progress", "in-progress", "strong"],
  ["wip", "in-progress", "strong"],
  ["ongoing", "in-progress", "strong"],
  ["underway", "in-progress", "strong"],
  ["started", "in-progress", "weak"],
  ["needs work", "in-progress", "weak"],
  ["needs improvement", "in-progress", "weak"],
  ["fully compliant", "claimed", "strong"],
  ["mostly compliant", "claimed", "strong"],
  ["compliant", "claimed", "strong"],
  ["completed", "claimed", "strong"],
  ["complete", "claimed", "strong"],
  ["done", "claimed", "strong"],
  ["implemented", "claimed", "strong"],
  ["achieved", "claimed", "strong"],
  ["fulfilled", "claimed", "strong"],
  ["in place", "claimed", "weak"],
  ["satisfied", "claimed", "weak"],
  ["supported", "claimed", "weak"],
  ["verified", "claimed", "weak"],
  ["full", "claimed", "weak"],
  ["fully", "claimed", "weak"],
  ["yes", "claimed", "weak"],
  ["pass", "claimed", "weak"],
  ["passed", "claimed", "weak"],
  ["passing", "claimed", "weak"],
  ["met", "claimed", "weak"],
  ["strong", "claimed", "weak"],
  ["good", "claimed", "weak"],
  ["ready", "claimed", "weak"]
].sort((a, b) => b[0].length - a[0].length);
function normalise2(text) {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;
}
function wordStatus(text, mode) {
  const n = normalise2(text.length > 200 ? text.slice(0, 200) : text);
  if (n.trim() === "") return void 0;
  for (const [phrase, status, strength] of PHRASES) {
    if (mode === "inline" && strength === "weak") continue;
    const p = ` ${phrase} `;
    if (mode === "cell" && strength === "weak") {
      if (n === p) return status;
    } else if (n.startsWith(p)) {
      return status;
    }
  }
  return void 0;
}
var FILLER = /\b(?:factors?|features?|items?|twelve|12|the|app|apps|status|overview|summary|list|so far|already|currently|yet to|still|with|of)\b/g;
function groupStatus(label) {
  const n = normalise2(label).replace(FILLER, " ").replace(/\b\d+\b/g, " ").replace(/\s+/g, " ").trim();
  if (n === "" || n.split(" ").length > 4) return void 0;
  const groups = [
    [/^(?:non compliant|not compliant|not implemented|not supported|not applicable|missing|gaps?|violations?|failing|not met)$/, "not-claimed"],
    [/^(?:planned|pending|todo|to do|not started|roadmap|future(?: work| improvements| plans)?|next steps?|upcoming|backlog|coming soon|to be implemented|remaining|not yet implemented|planned improvements)$/, "planned"],
    [/^(?:in progress|work in progress|wip|partial(?:ly)?(?: compliant| implemented| compliance)?|ongoing|underway|being implemented|under development|started)$/, "in-progress"],
    [/^(?:implemented|completed?|done|compliant|fully compliant|full compliance|achieved|supported|in place|met|satisfied|what s (?:done|implemented)|fulfilled)$/, "claimed"]
  ];
  for (const [re, status] of groups) if (re.test(n)) return status;
  return void 0;
}
var STATUS_FIELD = /^[\s*_+-]{0,12}(?:current |implementation |compliance )?(?:status|state|compliance|progress)[\s*_]{0,8}[:：][\s*_]{0,8}(.*)$/i;
function fieldStatus(line) {
  if (line.length > 2e3) return void 0;
  const m = STATUS_FIELD.exec(line);
  if (!m) return void 0;
  const rest = m[1] ?? "";
  return markStatus(rest) ?? wordStatus(rest, "field");
}
function inlineStatus(text) {
  const mark = markStatus(text);
  if (mark) return mark;
  const segments = [];
  for (const re of [/\[([^\]\n]{1,60})\]/g, /\(([^)\n]{1,60})\)/g, /\*\*([^*\n]{1,60})\*\*/g, /\b([A-Z][A-Z -]{2,40}[A-Z])\b/g]) {
    for (const m of text.matchAll(re)) segments.push(m[1]);
  }
  const dash = /\s[-–—|]\s+([^-–—|]{1,40})$/.exec(text);
  if (dash) segments.push(dash[1]);
  for (const s of segments) {
    const st = wordStatus(s, "inline");
    if (st) return st;
  }
  return void 0;
}
var PLAN_SENTENCE = [
  [/\b(?:is|are|still|currently|work)\s+in[\s-]+progress\b|\bin[\s-]+progress\s*(?:[.)!;]|$)|^\W{0,6}in[\s-]+progress\s*(?:[:.)!;,—–-]|$)|\bwork[\s-]+in[\s-]+progress\b|\bwip\b/i, "in-progress"],
  [
    /\bwill\s+(?:be\s+)?(?:implemented|added|introduced|migrated|moved|set\s+up|supported|enabled|created|built|written|done|addressed|completed|replaced|extracted|split|containeri[sz]ed|dockeri[sz]ed|implement|add|introduce|migrate|move|support|enable|create|build|write|complete|replace|switch|adopt|use)\b|\b(?:is|are|still|currently)\s+pending\b|\bpending\s*(?:[.)!;]|$)|^\W{0,6}pending\s*(?:[:.)!;,—–-]|$)|\bnot\s+yet\b|\bto\s+be\s+(?:implemented|added|done|introduced|decided)\b|\bcoming\s+soon\b|\b(?:is|are)\s+planned\b|\bplanned\s+for\b|\bon\s+the\s+roadmap\b/i,
    "planned"
  ],
  // Capitals only: a "todo app" is not a plan.
  [/\bTODO\b|\bTBD\b/, "planned"]
];
function sentenceStatus(text) {
  const t = text.length > 1e3 ? text.slice(0, 1e3) : text;
  for (const [re, status] of PLAN_SENTENCE) if (re.test(t)) return status;
  return void 0;
}
var NORMATIVE = /\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|(?:is|are)\s+expected\s+to|it\s+is\s+recommended|shall)\b/i;
function isNormative(text) {
  return NORMATIVE.test(text.length > 1e3 ? text.slice(0, 1e3) : text);
}

// src/evidence/repo/claims/parse.ts
var MENTION = /(?<![.\w/-])(?:(?:twelve|12)[\s_-]*factors?\b|12factor|xii[\s-]+factors?\b|twelve\b[^.\n]{0,10}\bfactors?\b)/i;
var CLAIM_CONTEXT = /\b(?:complian(?:ce|t)|conform(?:s|ance|ing)?|adher(?:e|es|ence|ing)|follows|following the|implements|implemented|implementation|we|our|this (?:app|application|project|service|repo|repository|codebase|template|api|server|tool|system|bot|library|platform|stack|boilerplate|starter|microservice)|built (?:with|on|to|according|following)|designed (?:to|with|according|around)|status|checklist|audit|scorecard|assessment|fulfils|fulfills|satisfies|respects|meets)\b/i;
var DESCRIPTION_CONTEXT = /\b(?:notes?|methodology|introduction|what is|what are|overview|principles?|cheat ?sheet|reference|explained|learn(?:ing)?|tutorial|definitions?)\b|\bthe (?:twelve|12|xii)\b[^.\n]{0,8}\bfactors\b/i;
var FIRST_PERSON2 = /\b(?:we|our|us|this (?:app|application|project|service|repo|repository|codebase|template|api|server|tool|system|bot|library|platform|stack|boilerplate|starter|microservice))\b/i;
var SKIP_LABEL = /^(?:issues?(?: found)?|known issues|gaps?|problems?|limitations?|caveats?|missing|risks?|anti[\s-]?patterns?|anti|avoid|don'?t|do not|violations?|recommendations?|remediation|next steps?|todo|to do|improvements?|suggestions?|explanation|description|why|principle|definition|checks?|how to check|what it means|meaning|rationale|notes?|planned|future|pending)$/i;
var MAX_BODY_LINES = 200;
var MAX_GROUP_DEPTH = 16;
var MAX_CELLS = 8;
var MAX_PIECES = 60;
var MAX_ITEMS = 1e3;
var MAX_ANCHORS = 200;
var MAX_SUBCLAIMS = 40;
var MAX_TEXT = 300;
function plain(s) {
  const t = s.replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, "$1").replace(/\*\*|__|`/g, "").replace(/<[^>\n]{1,100}>/g, "").replace(/\s+/g, " ").trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}\u2026` : t;
}
function basename2(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function groupLabel(text) {
  if (text.length > 60) return void 0;
  return groupStatus(text.replace(/[:：]\s*$/, ""));
}
function isBoldStart(text) {
  return /^[^\p{L}\p{N}]{0,6}(?:\*\*|__)/u.test(text);
}
function tableRef(cells) {
  for (let k = 0; k < Math.min(cells.length, 3); k++) {
    const ref = parseFactorRef(cells[k]);
    if (!ref) continue;
    if (ref.rest.length === 0 || ref.strong) return { ref, at: k };
  }
  return void 0;
}
function findCandidates(lines) {
  const out = [];
  const headings = [];
  let paraGroup;
  const listGroups = [];
  const currentGroup = (indent) => {
    for (let k = listGroups.length - 1; k >= 0; k--) if (listGroups[k].indent < indent) return listGroups[k].status;
    if (paraGroup) return paraGroup;
    for (let k = headings.length - 1; k >= 0; k--) if (headings[k].group) return headings[k].group;
    return void 0;
  };
  const add = (idx, line, kind, ref, group, otherCells) => out.push({ idx, line, kind, ref, group, ancestry: headings.map((h) => h.text), ...otherCells ? { otherCells } : {}, accepted: false });
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx];
    switch (line.kind) {
      case "heading": {
        while (headings.length > 0 && headings[headings.length - 1].level >= line.level) headings.pop();
        paraGroup = void 0;
        listGroups.length = 0;
        const ref = parseFactorRef(line.text);
        if (ref) add(idx, line, "heading", ref, currentGroup(0));
        const group = ref ? void 0 : groupLabel(line.text);
        headings.push({ level: line.level, text: line.text, ...group ? { group } : {} });
        continue;
      }
      case "list": {
        while (listGroups.length > 0 && listGroups[listGroups.length - 1].indent >= line.indent) listGroups.pop();
        const ref = parseFactorRef(line.text);
        if (ref && (ref.labelled || ref.strong)) {
          add(idx, line, "list", ref, currentGroup(line.indent));
          continue;
        }
        const group = groupLabel(line.text);
        if (group && listGroups.length < MAX_GROUP_DEPTH) listGroups.push({ indent: line.indent, status: group });
        continue;
      }
      case "text": {
        while (listGroups.length > 0 && listGroups[listGroups.length - 1].indent >= line.indent) listGroups.pop();
        const group = groupLabel(line.text);
        if (group) {
          paraGroup = group;
          continue;
        }
        const ref = parseFactorRef(line.text);
        if (ref && (ref.strong || isBoldStart(line.text) && ref.labelled || ref.numbered && ref.labelled)) {
          add(idx, line, "text", ref, currentGroup(line.indent));
        }
        continue;
      }
      case "table": {
        const cells = line.cells ?? [];
        const found2 = tableRef(cells);
        if (found2) add(idx, line, "table", found2.ref, currentGroup(0), cells.filter((_, k) => k !== found2.at));
        continue;
      }
      default:
        continue;
    }
  }
  return out;
}
function accept(lines, cands, named) {
  if (cands.length === 0) return;
  if (named) {
    for (const c of cands) c.accepted = true;
    return;
  }
  const anchors = [];
  for (let i = 0; i < lines.length && anchors.length < MAX_ANCHORS; i++) {
    const l = lines[i];
    if (l.kind !== "code" && l.kind !== "blank" && l.kind !== "rule" && MENTION.test(l.text)) anchors.push(i);
  }
  const strongFactors = new Set(cands.filter((c) => c.ref.strong).map((c) => c.ref.factor));
  if (anchors.length === 0) {
    if (strongFactors.size >= 6) {
      for (const c of cands) {
        if (c.ref.strong) {
          c.accepted = true;
          c.unanchored = true;
        }
      }
    }
    return;
  }
  const firstHeading = lines.findIndex((l) => l.kind === "heading");
  const scopes = [];
  let titleAnchored = false;
  for (const a of anchors) {
    const l = lines[a];
    if (l.kind === "heading") {
      if (a === firstHeading && l.level === 1) {
        titleAnchored = true;
        continue;
      }
      let end = a + 1;
      while (end < lines.length && !(lines[end].kind === "heading" && lines[end].level <= l.level)) end++;
      scopes.push([a, end]);
    } else if (l.kind === "list") {
      let end = a + 1;
      while (end < lines.length && (lines[end].kind === "blank" || lines[end].kind !== "heading" && lines[end].indent > l.indent)) end++;
      scopes.push([a, end]);
    } else {
      let end = a + 1;
      while (end < lines.length && lines[end].kind !== "heading") end++;
      scopes.push([a, end]);
    }
  }
  const cover = new Int32Array(lines.length + 1);
  for (const [s, e] of scopes) {
    cover[s + 1] += 1;
    cover[Math.min(e, lines.length)] -= 1;
  }
  for (let i = 1; i <= lines.length; i++) cover[i] += cover[i - 1];
  const inScope = (i) => cover[i] > 0;
  const firstAnchor = anchors[0];
  for (const c of cands) if (inScope(c.idx)) c.accepted = true;
  const headingAt = new Map(cands.filter((c) => c.kind === "heading").map((c) => [c.idx, c]));
  let run = [];
  const flush = () => {
    if (new Set(run.map((c) => c.ref.factor)).size >= 3 && (titleAnchored || run[0].idx > firstAnchor)) {
      for (const c of run) c.accepted = true;
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== "heading") continue;
    const c = headingAt.get(i);
    if (c && (run.length === 0 || run[0].line.level === l.level)) run.push(c);
    else if (c) {
      if (l.level < run[0].line.level) {
        flush();
        run.push(c);
      }
    } else if (run.length > 0 && l.level <= run[0].line.level) flush();
  }
  flush();
  const section = new Int32Array(lines.length);
  for (let i = 1; i < lines.length; i++) section[i] = lines[i].kind === "heading" ? i : section[i - 1];
  const groups = /* @__PURE__ */ new Map();
  for (const c of cands) {
    if (c.kind === "heading") continue;
    const key = `${section[c.idx]}:${c.kind === "table" ? "t" : c.line.indent}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const g of groups.values()) {
    if (new Set(g.map((c) => c.ref.factor)).size >= 4 && (titleAnchored || g[0].idx > firstAnchor)) for (const c of g) c.accepted = true;
  }
  for (const c of cands) {
    if (!c.accepted && c.ref.strong) {
      c.accepted = true;
      c.unanchored = true;
    }
  }
}
function bodyEnd(lines, c, nextCandidate) {
  const limit = Math.min(lines.length, nextCandidate, c.idx + 1 + MAX_BODY_LINES);
  if (c.kind === "table") return c.idx + 1;
  let j = c.idx + 1;
  if (c.kind === "heading") {
    while (j < limit && !(lines[j].kind === "heading" && lines[j].level <= c.line.level)) j++;
    return j;
  }
  if (c.kind === "text") {
    while (j < limit && lines[j].kind !== "heading") j++;
    return j;
  }
  let blanks = 0;
  let prevBlank = false;
  while (j < limit) {
    const l = lines[j];
    if (l.kind === "heading") break;
    if (l.kind === "blank") {
      blanks++;
      if (blanks >= 2) break;
      prevBlank = true;
      j++;
      continue;
    }
    blanks = 0;
    const lazy = !prevBlank && l.kind === "text";
    if (l.indent <= c.line.indent && !lazy && l.kind !== "code") break;
    prevBlank = false;
    j++;
  }
  return j;
}
var LABEL = /^[^\p{L}\p{N}]{0,6}(?:\*\*|__)?([\p{L}][\p{L}\p{N}' /&-]{0,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/u;
function readBody(lines, from, to, initial, wraps) {
  const pieces = [...initial];
  let lastLine = pieces.length > 0 && wraps ? from - 1 : -1;
  let status;
  let labelStatus;
  const content2 = [];
  for (let j = from; j < to; j++) {
    const l = lines[j];
    if (l.kind === "blank" || l.kind === "code" || l.kind === "rule") continue;
    const fs = fieldStatus(l.kind === "list" ? `- ${l.text}` : l.text);
    if (fs) {
      status ??= fs;
      continue;
    }
    const text = l.kind === "list" ? l.text.replace(/^\(?(?:\d{1,3}|[a-zA-Z])[.)]\s+/, "") : l.text;
    const label = LABEL.exec(text);
    if (l.kind === "heading" || label && label[1].trim().split(/\s+/).length <= 5 && !/\s[-–—]\s/.test(label[1])) {
      const name = (l.kind === "heading" ? text : label[1]).replace(/[^\p{L}\p{N}' /&-]/gu, "").trim();
      const rest = l.kind === "heading" ? "" : label[2].trim();
      const group = groupStatus(name);
      const scoped = SKIP_LABEL.test(name) ? "skip" : group;
      if (rest === "") {
        labelStatus = scoped;
        continue;
      }
      if (scoped === "skip") continue;
      content2.push(rest);
      pieces.push({ text, line: l.no, ...scoped ? { status: scoped } : {} });
      if (l.kind === "text") lastLine = j;
      continue;
    }
    if (labelStatus === "skip") continue;
    content2.push(text);
    if (l.kind === "text" && lastLine === j - 1 && pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      last.text = `${last.text} ${text}`;
      lastLine = j;
      continue;
    }
    lastLine = j;
    if (pieces.length >= MAX_PIECES) continue;
    const own = markStatus(text);
    const st = own ?? labelStatus;
    pieces.push({ text, line: l.no, ...st ? { status: st } : {} });
  }
  return { ...status ? { status } : {}, pieces, content: content2.join("\n") };
}
function landmarks(lines, cands) {
  const anchorAt = new Int32Array(lines.length).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const here = l.kind !== "code" && l.kind !== "blank" && MENTION.test(l.text);
    anchorAt[i] = here ? i : i > 0 ? anchorAt[i - 1] : -1;
  }
  const nextItem = new Int32Array(lines.length + 1).fill(lines.length);
  const accepted = new Set(cands.filter((c) => c.accepted).map((c) => c.idx));
  for (let i = lines.length - 1; i >= 0; i--) nextItem[i] = accepted.has(i + 1) ? i + 1 : nextItem[i + 1];
  return { anchorAt, nextItem };
}
function contextText(path16, lines, c, marks) {
  const parts = [basename2(path16), ...c.ancestry];
  const anchor = marks.anchorAt[c.idx];
  if (anchor >= 0) {
    parts.push(lines[anchor].text);
    const firstItem = Math.min(marks.nextItem[anchor], c.idx);
    let taken = 0;
    for (let i = anchor + 1; i < firstItem && taken < 5; i++) {
      if (lines[i].kind === "text") {
        parts.push(lines[i].text);
        taken++;
      }
    }
  }
  return parts.join("\n");
}
function itemText(c) {
  if (c.kind === "table") return plain((c.line.cells ?? []).filter((x) => x !== "").join(" | "));
  return plain(c.line.text);
}
function explicitStatus(c) {
  if (c.kind !== "table") return inlineStatus(c.line.text) ?? (/^[\p{L} ]{2,20}(?:[:：\-–—,.]|$)/u.test(c.ref.rest) ? wordStatus(c.ref.rest, "inline") : void 0);
  const cells = (c.otherCells ?? []).slice(0, MAX_CELLS);
  for (const cell of cells) {
    const m = markStatus(cell);
    if (m) return m;
  }
  for (const cell of cells) {
    const w = wordStatus(cell, "cell");
    if (w) return w;
  }
  return void 0;
}
function subClaimsOf(pieces, fallback) {
  const out = [];
  for (const p of pieces) {
    const text = plain(p.text);
    if (text === "" || wordStatus(text, "field") && text.split(" ").length <= 2) continue;
    const properties = propertiesOf(text);
    const status = p.status ?? (fallback === "described" ? void 0 : sentenceStatus(text)) ?? fallback;
    const paths = namedPaths(p.text);
    const withPaths = paths.length > 0 ? { paths } : {};
    if (properties.length === 0) {
      if (paths.length > 0 || !isGenericText(text)) out.push({ text, line: p.line, status, ...withPaths });
      continue;
    }
    out.push(...properties.map((property, k) => ({ text, topic: property.id, line: p.line, status, ...k === 0 ? withPaths : {} })));
  }
  return out;
}
function occurrence(path16, lines, c, marks, end) {
  const descPieces = [];
  if (c.kind === "table") {
    for (const cell of (c.otherCells ?? []).slice(0, MAX_CELLS)) {
      if (cell && !markStatus(cell) && !wordStatus(cell, "cell") && !/^(?:[ivx]{1,4}|\d{1,2})\.?$/i.test(cell)) {
        descPieces.push({ text: cell, line: c.line.no });
      }
    }
  } else if (c.ref.rest) {
    descPieces.push({ text: c.ref.rest, line: c.line.no });
  }
  const body = readBody(lines, c.idx + 1, end, descPieces, c.kind === "list" || c.kind === "text");
  const explicit = body.status ?? explicitStatus(c);
  const content2 = [c.ref.rest, body.content].join("\n");
  const planned = sentenceStatus(c.ref.rest) ?? (body.pieces.length > 0 && body.pieces.every((p) => sentenceStatus(p.text)) ? sentenceStatus(body.pieces[0].text) : void 0);
  let status;
  let rank;
  let normative = false;
  if (explicit) {
    status = explicit;
    rank = 3;
  } else if (c.group) {
    status = c.group;
    rank = 2;
  } else if (planned) {
    status = planned;
    rank = 2;
  } else {
    normative = isNormative(content2);
    rank = 1;
    const ctx = contextText(path16, lines, c, marks);
    if (CLAIM_CONTEXT.test(ctx) || FIRST_PERSON2.test(content2)) status = "claimed";
    else if (c.unanchored || DESCRIPTION_CONTEXT.test(ctx) || isGenericText(content2.replace(/[✅✔☑✓]/g, ""))) status = "described";
    else status = "claimed";
  }
  return { factor: c.ref.factor, line: c.line.no, text: itemText(c), status, rank, normative, pieces: body.pieces, content: content2, anchor: marks.anchorAt[c.idx], unanchored: c.unanchored ?? false };
}
var GUIDE_MIN_ITEMS = 3;
function isGuide(occurrences) {
  const contextual = occurrences.filter((o) => o.rank === 1);
  const normative = contextual.filter((o) => o.normative).length;
  return normative >= GUIDE_MIN_ITEMS && normative * 2 >= contextual.length;
}
function claimBlocksAboutTheApp(path16, occurrences, mentionsApp) {
  const fromContext = occurrences.filter((o) => o.rank === 1 && o.anchor >= 0 && !o.unanchored);
  const aboutApp = /* @__PURE__ */ new Set();
  for (const o of fromContext) if (!aboutApp.has(o.anchor) && mentionsApp(o.content, path16)) aboutApp.add(o.anchor);
  for (const o of fromContext) {
    if (o.status === "described" && aboutApp.has(o.anchor) && !isGenericText(o.content.replace(/[✅✔☑✓]/g, ""))) o.status = "claimed";
  }
}
function parseClaimDocument(path16, text, opts) {
  const lines = splitLines(repairMojibake(text).text, opts.markdown);
  const cands = findCandidates(lines);
  accept(lines, cands, opts.named);
  const accepted = cands.filter((c) => c.accepted).slice(0, MAX_ITEMS);
  const marks = landmarks(lines, cands);
  const occurrences = accepted.map((c, k) => occurrence(path16, lines, c, marks, bodyEnd(lines, c, accepted[k + 1]?.idx ?? lines.length)));
  if (isGuide(occurrences)) {
    for (const o of occurrences) if (o.rank === 1) o.status = "described";
  } else if (opts.mentionsApp) claimBlocksAboutTheApp(path16, occurrences, opts.mentionsApp);
  const byFactor = /* @__PURE__ */ new Map();
  const subs = /* @__PURE__ */ new Map();
  for (const occ of occurrences) {
    const prev = byFactor.get(occ.factor);
    if (!prev || occ.rank >= prev.rank) byFactor.set(occ.factor, occ);
    const list = subs.get(occ.factor) ?? [];
    for (const s of subClaimsOf(occ.pieces, occ.status)) {
      if (list.length >= MAX_SUBCLAIMS) break;
      if (!list.some((x) => x.text === s.text && x.topic === s.topic)) list.push(s);
    }
    subs.set(occ.factor, list);
  }
  return [...byFactor.values()].map((o) => ({
    factor: o.factor,
    status: o.status,
    source: { file: path16, line: o.line },
    text: o.text,
    subClaims: subs.get(o.factor) ?? []
  }));
}

// src/evidence/repo/claims/index.ts
var MAX_TOTAL_CHARS = 8 * 1024 * 1024;
var MAX_PATH_LOOKUPS = 500;
function findClaims(snapshot, options = {}) {
  const claims = [];
  let budget = MAX_TOTAL_CHARS;
  const mentionsApp = appMentions(snapshot);
  for (const doc of claimDocuments(snapshot.files, snapshot.appPath, options.withRepositoryRoot ?? false)) {
    if (budget <= 0) break;
    try {
      const text = snapshot.read(doc.path);
      if (text === void 0) continue;
      budget -= text.length;
      claims.push(...sortByFactor(parseClaimDocument(doc.path, text, { markdown: doc.markdown, named: isNamedForMethodology(doc.path), mentionsApp })));
    } catch {
    }
  }
  return resolvePaths(claims, snapshot);
}
var ORDER = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
function sortByFactor(claims) {
  return claims.sort((a, b) => ORDER.indexOf(a.factor) - ORDER.indexOf(b.factor));
}
var SAME_KIND = [
  [/^(?:dockerfile|containerfile)$/i, /^(?:(?:dockerfile|containerfile)(?:[.-][\w.-]+)?|[\w.-]+\.(?:dockerfile|containerfile))$/i],
  [/^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i, /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i]
];
function resolvePaths(claims, snapshot) {
  let lookups = 0;
  let index;
  return claims.map((claim) => {
    if (!claim.subClaims.some((s) => s.paths && s.paths.length > 0)) return claim;
    const subClaims = claim.subClaims.map((sub) => {
      if (!sub.paths || sub.paths.length === 0) return sub;
      const paths = sub.paths.map((p) => {
        if (lookups >= MAX_PATH_LOOKUPS) return p;
        lookups++;
        index ??= indexOf(snapshot);
        const at = locate(p, claim.source.file, snapshot, index);
        return { path: p.path, kind: p.kind, ...at ? { at } : {}, checked: true };
      });
      return { ...sub, paths };
    });
    return { ...claim, subClaims };
  });
}
var fold = (p) => p.toLowerCase().replace(/\.yaml$/, ".yml");
function indexOf(snapshot) {
  const original = snapshot.files.map((f) => f.path);
  const folders = /* @__PURE__ */ new Map();
  for (const f of original) {
    for (let d = dirOf(f); d !== "." && !folders.has(d.toLowerCase()); d = dirOf(d)) folders.set(d.toLowerCase(), d);
  }
  return { files: original.map(fold), original, folders };
}
function locate(p, document, snapshot, index) {
  const near = [joinPath(dirOf(document), p.path), joinPath(snapshot.appPath, p.path), p.path];
  if (p.kind === "folder") {
    const want2 = p.path.toLowerCase();
    const hit = near.find((c) => index.folders.has(c.toLowerCase()));
    if (hit) return index.folders.get(hit.toLowerCase());
    for (const [d, spelt] of index.folders) if (d === want2 || d.endsWith(`/${want2}`)) return spelt;
    return void 0;
  }
  for (const c of near) if (snapshot.has(c)) return c;
  const want = fold(p.path);
  const sameKind = SAME_KIND.find(([named]) => named.test(baseName(p.path)))?.[1];
  for (let i = 0; i < index.files.length; i++) {
    const f = index.files[i];
    if (f === want || f.endsWith(`/${want}`)) return index.original[i];
    if (sameKind && !p.path.includes("/") && sameKind.test(baseName(index.original[i]))) return index.original[i];
  }
  return void 0;
}

// src/judge/rubric.ts
var RUBRIC_COLUMNS = ["pass", "warn", "fail", "n/a"];
var RUBRIC = {
  I: {
    question: "Is the app one codebase, tracked in version control, deployed many times?",
    cells: {
      pass: { "one-app-tracked": "one app per repository under version control" },
      warn: { "monorepo": "several apps in one repository, cleanly separated (monorepo)" },
      fail: { "unrelated-apps": "several unrelated apps or snapshots in one repository with no separation" },
      "n/a": {}
    }
  },
  II: {
    question: "Are all dependencies declared and pinned exactly?",
    cells: {
      pass: {
        locked: "manifest plus lockfile (or ecosystem-exact pins: go.sum, Gemfile.lock, composer.lock, pip-compile output, exact Maven/NuGet versions)",
        "base-tagged": "a version-tagged base image"
      },
      warn: {
        "floating-base": "lockfile present but a floating, `latest` or untagged base image",
        "top-level-pins": "top-level pins only",
        "installed-outside": "dependencies installed outside the image"
      },
      fail: {
        "unlocked-ranges": "no lockfile and unpinned ranges",
        undeclared: "undeclared or implicit dependencies"
      },
      "n/a": {}
    }
  },
  III: {
    question: "Is config that varies between deploys kept in the environment, with no committed secret?",
    cells: {
      pass: {
        "from-env": "config from the environment (or env-overridable)",
        "no-secret": "no committed secret that the app or its deploy consumes"
      },
      warn: {
        "hardcoded-config": "env-driven, but non-secret config hardcoded in code with no env override",
        "dev-placeholder": "placeholder credentials in the dev stack (a local compose file, `.env.example`)",
        "per-environment": "config grouped into named per-environment files"
      },
      fail: {
        "committed-secret": "a committed secret or credential that the app or its deploy uses by default: a config file baked into the image, a code default, a committed `.env`, a Kubernetes Secret, a private key"
      },
      "n/a": {}
    }
  },
  IV: {
    question: "Are backing services attached resources, located by config and swappable without a code change?",
    cells: {
      pass: { "located-by-config": "located by URL/DSN/config from the environment, swappable without a code change (an env value with a local default counts)" },
      warn: { "hardcoded-http": "hardcoded endpoints of third-party APIs or sibling services" },
      fail: { "hardcoded-store": "the address or credentials of a data store, cache, queue, mail or object store hardcoded with no override" },
      "n/a": { "no-service": "the app uses no backing service" }
    }
  },
  V: {
    question: "Are build, release and run strictly separate stages?",
    cells: {
      pass: {
        "baked-at-build": "code and dependencies baked at build",
        "start-only-runs": "the start command only runs",
        "releases-identified": "releases uniquely identified"
      },
      warn: {
        "fixed-tags": "builds, but only `latest` or fixed tags",
        "start-runs-admin": "migrations or dev runners in the start command",
        "built-outside": "artefacts built outside the build"
      },
      fail: {
        "source-mounted": "source bind-mounted over the image at run",
        "build-at-start": "dependencies installed or code built at container start",
        "not-release-artefact": "the image is not the release artefact",
        "no-build": "the image does not build from the repository (a broken Dockerfile; an unreachable registry is an error, not this)"
      },
      "n/a": {}
    }
  },
  VI: {
    question: "Are processes stateless, with anything persistent in a backing service?",
    cells: {
      pass: { stateless: "no local persistent state" },
      warn: { "local-fallback": "a local fallback that breaks when replicated (SQLite fallback, per-process session secret)" },
      fail: { "local-state": "sessions, uploads, caches or the app's data on local disk or in process memory as the configured default" },
      "n/a": {}
    }
  },
  VII: {
    question: "Is the app self-contained and does it bind the port the platform gives it?",
    cells: {
      pass: { "port-from-env": "self-contained server, binds 0.0.0.0, port from the environment (or config with an env override)" },
      warn: {
        "fixed-port": "port fixed in the start command, Procfile or a config file with no env override",
        "opaque-server": "server supplied by an opaque base image"
      },
      fail: {
        "hardcoded-port": "port hardcoded in app code with no override",
        loopback: "binds loopback inside the container",
        "never-binds": "(measured) never binds the port it is given (rule 5: its startup is then not measured)"
      },
      "n/a": { "no-port": "the app serves no port (worker, one-off command)" }
    }
  },
  VIII: {
    question: "Does the app scale out through a declared formation of stateless processes?",
    cells: {
      pass: { formation: "a formation is declared (Procfile, Deployment replicas, compose scale, several process types of one build) and its processes are stateless" },
      warn: { impeded: "a formation is declared but impeded (all types under one supervisor, a hardcoded upstream set)" },
      fail: { singleton: "the app daemonises or needs a singleton" },
      "n/a": { "no-formation": "no formation artefact at all" }
    }
  },
  IX: {
    question: "Does the process start fast and shut down gracefully on SIGTERM?",
    cells: {
      pass: {
        "exec-entry": "exec-form entry",
        "handles-sigterm": "the app or its framework/server handles SIGTERM",
        "light-startup": "light startup"
      },
      warn: {
        "dev-server": "dev server as PID 1",
        "blocking-startup": "startup blocked on network calls",
        "hidden-handling": "signal handling hidden in a base image",
        "runtime-ignores-sigterm": "(static reading) an exec-form runtime that ignores SIGTERM as PID 1 (node, python) with no handler found",
        "dies-on-signal": "(measured) killed by the stop signal's default action or exits non-zero: in-flight work is dropped"
      },
      fail: {
        "shell-pid1": "PID 1 is a shell or wrapper (`sh -c`, `npm start`, `make`) that neither execs the app nor forwards SIGTERM",
        "heavy-startup": "heavy work (migrations, installers) at every start",
        "sigkill-needed": "(measured) SIGKILL needed after the grace period"
      },
      "n/a": { "one-off": "the entry runs to completion and serves no port (a one-off command)" }
    }
  },
  X: {
    question: "Are development and production as similar as possible?",
    cells: {
      pass: { same: "dev and deploy use the same image and the same kinds and versions of backing services" },
      warn: {
        "version-drift": "version drift (floating or different tags)",
        "dev-only-runtime": "dev-only runtimes",
        "stock-dev-image": "a dev service running a stock runtime image with bind-mounted source instead of the release image",
        "sqlite-vs-server": "SQLite-vs-Postgres defaults"
      },
      fail: { "different-tools": "dev and release use different tools for the same concern (one migration tool in dev, another or none in the image; a different web server in dev and in the image)" },
      "n/a": { "no-dev-stack": "nothing to compare: no dev stack at all" }
    }
  },
  XI: {
    question: "Does the app treat logs as an event stream written to stdout?",
    cells: {
      pass: { stdout: "writes to stdout/stderr only" },
      warn: { redirected: "writes a file that the container setup redirects to stdout, or similar mitigation" },
      fail: { "file-sink": "the app or its server writes log files as the default sink" },
      "n/a": {}
    }
  },
  XII: {
    question: "Do admin tasks run as one-off processes from the same release?",
    cells: {
      pass: { "shipped-one-off": "admin tasks shipped with the code and run as one-off processes from the same release" },
      warn: { coupled: "admin tasks coupled to web start, ad-hoc SQL or interactive shells, stubs" },
      fail: { "not-shipped": "admin tasks impossible from the release (migrations not shipped in the image)" },
      "n/a": { "no-admin": "no admin tasks and no persistent data" }
    }
  }
};
function rubricColumn(factor, key) {
  const row = RUBRIC[factor];
  return RUBRIC_COLUMNS.find((c) => Object.hasOwn(row.cells[c], key));
}

// src/checks/support.ts
var MAX_EVIDENCE = 10;
var fileEv = (file, line, snippet) => ({
  kind: "file",
  file,
  ...line !== void 0 && line > 0 ? { line } : {},
  ...snippet ? { snippet: snippet.slice(0, 400) } : {}
});
var measured = (name, value, unit, threshold) => ({
  kind: "measurement",
  name,
  value,
  unit,
  ...threshold !== void 0 ? { threshold } : {}
});
var signalEv = (s) => fileEv(s.file, s.line, s.snippet);
function placesOf(signals2) {
  const evidence = signals2.slice(0, MAX_EVIDENCE).map(signalEv);
  const rest = signals2.length - evidence.length;
  return { evidence, more: rest > 0 ? ` (and ${rest} more)` : "" };
}
function found(condition, message, evidence = [], details) {
  return { condition, message, evidence, ...details && details.length > 0 ? { details } : {} };
}
var skip = (message) => [{ outcome: "skip", message }];
var error = (message) => [{ outcome: "error", message }];
var REVISION_LABEL = "org.opencontainers.image.revision";
function needRuntime(ctx, what) {
  if (!ctx.runtime) {
    const run = ctx.stages?.find((s) => s.stage === "run" && s.status === "failed");
    if (run && ctx.build?.status !== "failed") return error(`${what} not measured: the run stage could not run (${run.reason ?? "no reason recorded"})`);
    const why = ctx.build?.status === "failed" ? "the image did not build" : "runtime not run: the run stage did not happen";
    return skip(`${what} not measured: ${why}`);
  }
  return ctx.runtime;
}
function webOnly(rt, what) {
  if (!rt.web) return skip(`${what}: the app has no web process (run.web is false or the Procfile has no web)`);
  if (rt.cancelled && rt.boot.outcome === "error") return skip(`${what}: cancelled before the app booted`);
  return void 0;
}
function notRun(rt, probe, what) {
  const st = rt.probes?.[probe];
  if (!st || st.status === "done") return void 0;
  if (st.status === "cancelled") return skip(`${what}: cancelled`);
  if (st.status === "not-tried") return skip(`${what}: not tried: ${st.why ?? "no reason recorded"}`);
  return error(`${what}: the probe failed${st.why ? `: ${st.why}` : ""}`);
}
function unservedExercise(rt) {
  const e = rt.exercise;
  if (!e || e.requests === 0 || e.served === void 0 || e.served > 0) return void 0;
  return `none of the ${e.requests} requests to ${e.path} was served (${describeAnswers(e)}), so the app was not exercised; set run.http-path to a path it serves`;
}
function givenPorts(rt) {
  const b = rt.boot;
  return /* @__PURE__ */ new Set([...Object.values(b.ports ?? {}), ...b.port !== null ? [b.port] : []]);
}
function tail(lines, n = 10) {
  return (lines ?? []).slice(-n);
}

// src/checks/admin-processes/admin-commands.ts
var adminCommands = {
  id: "admin-processes/admin-commands",
  factor: "admin-processes",
  kind: "runtime",
  role: "core",
  title: "Admin commands run as one-off processes from the release",
  rationale: "Factor XII: admin and maintenance tasks run as one-off processes in an identical environment: the same image, code and config as the app, so a migration tests what ships.",
  remediation: "Ship admin scripts in the image and make them exit 0 on success; list them under `admin:` in .twelve-factor.yml.",
  conditions: {
    ran: { rubric: "shipped-one-off", when: "the command ran from the released image and exited 0" },
    failed: { rubric: "not-shipped", when: "the command failed or did not finish when run from the release" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "admin commands");
    if (Array.isArray(rt)) return rt;
    if (ctx.config.admin.length === 0) return skip("no admin commands configured (`admin:` in .twelve-factor.yml)");
    if (rt.admin.length === 0) {
      if (rt.cancelled) return skip("admin commands: cancelled before they ran");
      const err = rt.errors.find((e) => e.probe === "admin");
      return error(`admin commands did not run${err ? `: ${err.message}` : ""}`);
    }
    const cancelled = rt.probes?.admin?.status === "cancelled" ? ctx.config.admin.length - rt.admin.length : 0;
    const rest = cancelled > 0 ? skip(`${cancelled} more admin command${cancelled === 1 ? "" : "s"}: cancelled`) : [];
    const measuredRuns = rt.admin.map((a) => {
      const cmd = a.command.join(" ");
      const ev = [measured("exit code", a.exitCode ?? -1, "code", 0), measured("duration", a.durationMs, "ms")];
      if (a.imageId !== rt.imageId) return { outcome: "error", message: `\`${cmd}\` ran from ${a.imageId}, not the app's image ${rt.imageId}: the harness ran the wrong image` };
      if (a.timedOut) return found("failed", `\`${cmd}\` did not finish in time`, ev, a.outputTail.slice(-10));
      if (a.exitCode === 0) return found("ran", `\`${cmd}\` exited 0 in ${a.durationMs} ms from the released image`, ev);
      return found("failed", `\`${cmd}\` exited with code ${a.exitCode}`, ev, a.outputTail.slice(-10));
    });
    return [...measuredRuns, ...rest];
  }
};

// src/checks/admin-processes/declared-tasks.ts
var MIGRATION_DIR = /(?:^|\/)(?:migrations?|db\/migrate|alembic|prisma\/migrations|db\/migrations|src\/main\/resources\/db\/(?:migration|changelog)|database\/migrations|priv\/repo\/migrations|Migrations)\//;
var ADMIN_FILES = /^(?:manage\.py|alembic\.ini|bin\/rails|Rakefile|artisan|knexfile\.[jt]s|\.sequelizerc|flyway\.conf|liquibase\.properties|diesel\.toml|atlas\.hcl|bin\/console)$/;
var ADMIN_SCRIPT = /migrat|seed|\bdb:|console|\badmin\b|\bshell\b/i;
var SUBCOMMAND = /(?:os\.Args\[1\]|sys\.argv\[1\]|process\.argv\[2\]|args\[0\])\s*={2,3}\s*["'](?:migrate|seed|console|shell|admin|upgrade|init-db|createsuperuser)["']|\.command\(\s*["'](?:migrate|seed|db:\w+)["']|@(?:app|cli)\.command\(\s*["']?(?:migrate|seed|init[-_]db)|Use:\s*"(?:migrate|seed)/;
var EMBEDS_MIGRATIONS = /\bsqlx::migrate!\(\s*(?:"([^"\n]{1,200})")?\s*\)|\bembed_migrations!\(\s*(?:"([^"\n]{1,200})")?\s*\)|^\s*\/\/go:embed\s+([^\s*]{0,200}?)\/?(?:\*[^\s]{0,40})?\s*$/gm;
var DATA_DEPS = /^(?:pg|postgres|mysql2?|mongodb|mongoose|sequelize|typeorm|prisma|@prisma\/client|knex|psycopg2?(?:-binary)?|psycopg|asyncpg|sqlalchemy|django|pymysql|pymongo|github\.com\/lib\/pq|github\.com\/jackc\/pgx\S*|gorm\.io\/gorm|org\.postgresql:postgresql|org\.springframework\.boot:spring-boot-starter-data-\w+|org\.flywaydb:\S+|org\.liquibase:\S+|activerecord|rails|sequel|doctrine\/orm|laravel\/framework|diesel|sqlx|ecto_sql|Npgsql\S*|Microsoft\.EntityFrameworkCore\S*)$/i;
var declaredTasks = {
  id: "admin-processes/declared-tasks",
  factor: "admin-processes",
  kind: "static",
  role: "core",
  subject: true,
  title: "Admin tasks ship with the release",
  rationale: "Factor XII: admin and management tasks (migrations, consoles, one-time scripts) ship with the app code and run as one-off processes of the same release, never as ad-hoc commands typed on a server. Migrations that never reach the image cannot be run from the release.",
  remediation: "Keep migrations and admin scripts in the repository and make the image ship them (COPY them, or keep them in the resources the build packages); list the commands under `admin` in .twelve-factor.yml so the runtime harness runs them.",
  conditions: {
    shipped: { rubric: "shipped-one-off", when: "admin tasks are in the codebase and reach the image" },
    "not-shipped": { rubric: "not-shipped", when: "admin tasks (migrations) are in the repository but the image does not ship them" },
    none: { rubric: "no-admin", when: "no admin task and no persistent data" }
  },
  run({ app, config }) {
    const snapshot = app.snapshot;
    const repo = snapshot.at(".");
    const tasks = [];
    const release = app.procfile?.processes.find((p) => p.name === "release");
    if (release) tasks.push({ what: "Procfile release", file: app.procfile.file, line: release.line, snippet: `release: ${release.command}` });
    const candidates = app.root === app.context ? snapshot.appFiles : repo.files.filter((f) => f.path.startsWith(app.context === "." ? "" : `${app.context}/`));
    const migrations = candidates.filter((f) => MIGRATION_DIR.test(f.path) && !isNonRuntimePath(app.root === "." || !f.path.startsWith(`${app.root}/`) ? f.path : relativeTo(f.path, app.root)));
    for (const f of migrations.slice(0, 50)) tasks.push({ what: "migrations", file: f.path });
    for (const f of snapshot.appFiles) if (ADMIN_FILES.test(relativeTo(f.path, snapshot.appPath))) tasks.push({ what: relativeTo(f.path, snapshot.appPath), file: f.path });
    for (const m of app.manifests) for (const s of m.scripts) if (ADMIN_SCRIPT.test(s.name)) tasks.push({ what: `script ${s.name}`, file: m.file, line: s.line, snippet: `${s.name}: ${s.command}`.slice(0, 200) });
    const idx = signals(snapshot);
    const embedded = [];
    for (const file of [...idx.sourceFiles.values()].flat().slice(0, 2e3)) {
      const text = snapshot.read(file) ?? "";
      const lines = text.split("\n");
      const i = lines.findIndex((l) => SUBCOMMAND.test(l));
      if (i >= 0) tasks.push({ what: "an admin subcommand of the app", file, line: i + 1, snippet: lines[i].trim().slice(0, 160) });
      if (app.image && app.ships(file)) for (const e of text.matchAll(EMBEDS_MIGRATIONS)) embedded.push(embeddedFolder(e, file, app.root));
    }
    if (tasks.length === 0 && config.admin.length === 0) {
      const data = [...idx.of("service-url-from-env"), ...idx.of("hardcoded-service-host"), ...idx.of("sqlite")].filter((s) => /DATABASE|DB_|POSTGRES|MYSQL|MONGO|sqlite|jdbc|postgres|mysql/i.test(s.snippet));
      const dep = app.manifests.flatMap((m) => m.dependencies.filter((d) => !d.dev && DATA_DEPS.test(d.name)).map((d) => ({ m, d })))[0];
      if (data.length === 0 && !dep) return [{ condition: "none", message: "no admin task and no persistent data: nothing to run as a one-off" }];
      const where3 = data[0] ? `${data[0].file}:${data[0].line}` : `${dep.d.name} in ${dep.m.file}`;
      return skip(`the app keeps data (${where3}) but declares no admin task (migrations, a console, a release command): how its schema changes is not in the repository`);
    }
    const ev = (list) => list.slice(0, MAX_EVIDENCE).map((t) => fileEv(t.file, t.line, t.snippet));
    const unshipped = app.image ? tasks.filter((t) => t.what === "migrations" && !app.ships(t.file) && !embedded.some((d) => isUnder(t.file, d))) : [];
    if (unshipped.length > 0 && unshipped.length === tasks.filter((t) => t.what === "migrations").length) {
      return [found("not-shipped", `migrations in ${unshipped[0].file.split("/").slice(0, -1).join("/")} never reach the image (${app.dockerfile.file} does not copy them)`, ev(unshipped))];
    }
    const what = [...new Set(tasks.map((t) => t.what))];
    if (config.admin.length > 0) what.push(`${config.admin.length} configured admin command(s)`);
    return [found("shipped", `admin tasks ship with the code: ${what.slice(0, 5).join(", ")}`, tasks.length > 0 ? ev(tasks) : [fileEv(".twelve-factor.yml")])];
  }
};
function embeddedFolder(m, file, root) {
  const clean = (p) => p.replace(/^\.\//, "").replace(/\/+$/, "");
  if (m[3] !== void 0) return m[3] === "" || m[3] === "." ? dirOf(file) : joinPath(dirOf(file), clean(m[3]));
  return joinPath(root, clean(m[1] ?? m[2] ?? "migrations"));
}

// src/evidence/repo/migrations-at-start.ts
var GUARD = /\bargs\s*\[|\bargs\.(?:Length|length|Contains|includes|nth|first|get)\b|\bargv\s*\[|\bARGV\s*\[|\bos\.Args\s*\[|std::env::args\(\)|\bsys\.argv\b|\bprocess\.argv\b|['"]--?migrate['"]/;
var GUARD_LINES = 12;
var ADMIN_FILE = /(?:^|\/)(?:scripts?|bin|tasks?|admin|management\/commands|commands|cli|cmd\/[\w-]*migrat[\w-]*)\/|(?:^|\/)[\w-]*(?:migrat|seed|init_?db|release)[\w-]*\.\w+$|(?:^|\/)manage\.py$|(?:^|\/)alembic\//i;
var ALWAYS_AT_START = /migrationsRun:\s*true|synchronize:\s*true|migrate-at-start|Ecto\.Migrator/;
var SPRING = /^org\.springframework\.boot:spring-boot-starter/;
var SPRING_MIGRATORS = [
  [/^org\.flywaydb:flyway-(?:core|database-[\w-]+|mysql|sqlserver)$/, "flyway"],
  [/^org\.liquibase:liquibase-core$/, "liquibase"]
];
function guarded(text, line) {
  const lines = text.split("\n");
  return lines.slice(Math.max(0, line - 1 - GUARD_LINES), line - 1).some((l) => GUARD.test(l));
}
function inCode(app, s, serving) {
  if (ALWAYS_AT_START.test(s.snippet)) return true;
  const rel = relativeTo(s.file, app.root);
  if (ADMIN_FILE.test(rel)) return false;
  const text = app.snapshot.read(s.file);
  if (text === void 0 || guarded(text, s.line)) return false;
  if (serving.has(s.file)) return true;
  if (s.lang === "py") return !/^\s/.test(text.split("\n")[s.line - 1] ?? " ");
  return false;
}
function springDisabled(app, tool) {
  for (const f of app.snapshot.appFiles) {
    if (!/(?:^|\/)application(?:-[\w-]+)?\.(?:ya?ml|properties)$/.test(f.path)) continue;
    const lines = (app.snapshot.read(f.path) ?? "").split("\n");
    if (lines.some((l) => new RegExp(`^\\s*spring\\.${tool}\\.enabled\\s*[=:]\\s*false\\b`).test(l))) return true;
    for (let i = 0; i < lines.length; i++) {
      const head = new RegExp(`^(\\s*)${tool}:\\s*$`).exec(lines[i]);
      if (!head) continue;
      for (let k = i + 1; k < Math.min(lines.length, i + 12); k++) {
        const l = lines[k];
        if (l.trim() === "" || l.trim().startsWith("#")) continue;
        if (/^\s*/.exec(l)[0].length <= head[1].length) break;
        if (/^\s*enabled:\s*false\b/.test(l)) return true;
      }
    }
  }
  return false;
}
function migrationsInCodeAtStart(app) {
  if (app.kind === "one-off") return [];
  const idx = signals(app.snapshot);
  const serving = new Set(idx.of("server").filter((s) => s.lang !== "config").map((s) => s.file));
  const out = idx.of("migrate-in-code").filter((s) => inCode(app, s, serving)).map((s) => ({ origin: s.lang === "config" ? "the app's config" : "the app's code", file: s.file, line: s.line, text: s.snippet }));
  const spring = app.manifests.some((m) => m.dependencies.some((d) => !d.dev && SPRING.test(d.name)));
  if (spring) {
    for (const m of app.manifests) {
      for (const d of m.dependencies) {
        const tool = SPRING_MIGRATORS.find(([re]) => re.test(d.name))?.[1];
        if (d.dev || !tool || springDisabled(app, tool)) continue;
        out.push({ origin: `Spring Boot's ${tool} auto-configuration`, file: m.file, line: d.line, text: `${d.name}: Spring Boot runs ${tool} migrations when the app starts (spring.${tool}.enabled is not false)` });
        break;
      }
    }
  }
  return out;
}

// src/checks/admin-processes/no-migrate-on-start.ts
var noMigrateOnStart = {
  id: "admin-processes/no-migrate-on-start",
  factor: "admin-processes",
  kind: "static",
  role: "core",
  title: "Migrations run once per release, not with every start",
  rationale: "Factor XII runs admin tasks as one-off processes. Migrating in the start command couples the task to the web process: it runs in every replica at every restart, racing the others.",
  remediation: "Run migrations as a release-phase process (Procfile `release:`, a Kubernetes Job, a pre-deploy step) from the same image, and start the web process without them.",
  conditions: {
    coupled: { rubric: "coupled", when: "the start command, or the app's code or framework as it starts, runs migrations" }
  },
  run({ app }) {
    return [...everyStartStep(app).filter((s) => MIGRATE_AT_START.test(s.text)), ...migrationsInCodeAtStart(app)].slice(0, 5).map((s) => found("coupled", `${s.origin} migrates at every start (${s.file}:${s.line}: ${s.text.slice(0, 80)})`, [fileEv(s.file, s.line, s.text.slice(0, 200))]));
  }
};

// src/checks/backing-services/services-reachable.ts
var servicesReachable = {
  id: "backing-services/services-reachable",
  factor: "backing-services",
  kind: "runtime",
  role: "core",
  question: "service-location",
  title: "The app connects to backing services given by URL",
  rationale: "Factor IV: backing services are attached resources located by config. The app booted with service URLs in its environment and nothing else and connected to them: swapping a service means changing a URL, not the code.",
  remediation: "Read each service location from one env variable (DATABASE_URL, REDIS_URL \u2026) and connect at startup; do not hardcode hosts.",
  conditions: {
    connected: { rubric: "located-by-config", when: "the booted app connected to the service at the address given in its environment" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "backing services");
    if (Array.isArray(rt)) return rt;
    if (ctx.config.services.length === 0) return skip("no backing services configured (`services:` in .twelve-factor.yml)");
    if (rt.services.length === 0) return rt.cancelled ? skip("backing services: cancelled before they started") : error("backing services were configured but none was started");
    return rt.services.map((s) => {
      if (!s.ready) return { outcome: "error", message: `service ${s.name} (${s.image}) was not ready: ${s.message ?? "unknown reason"}` };
      const booted = ["ready", "other-port", "unhealthy"].includes(rt.boot.outcome) || !rt.web && rt.boot.outcome === "not-applicable";
      const ev = [measured(`connections to ${s.name}`, s.connections ?? 0, "connections"), measured(`${s.name} ready`, s.readyMs ?? 0, "ms")];
      if (!booted) return { outcome: "skip", message: `not measured: the app did not boot (${rt.boot.outcome}), so whether it uses ${s.name} from ${s.env.join(", ") || "its environment"} is unknown` };
      if (s.used === true) return found("connected", `booted and connected to ${s.name} at ${s.host}:${s.port} given in ${s.env.join(", ")}`, ev);
      return { outcome: "skip", message: `booted with ${s.name} in ${s.env.join(", ") || "its environment"}, but no connection was seen while it ran (it may connect on first use)` };
    });
  }
};

// src/evidence/repo/relaxed-binding.ts
function envNameOfKey(key, style) {
  const k = key.trim();
  if (style === "spring") return k.replace(/-/g, "").replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
  if (style === "dotnet") return k.replace(/:/g, "__").replace(/[^A-Za-z0-9_]/g, "_").toUpperCase();
  return k.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
}
function bindingStyleOf(overlay) {
  if (/Spring/.test(overlay)) return "spring";
  if (/MicroProfile|Micronaut/.test(overlay)) return "microprofile";
  if (/ASP\.NET/.test(overlay)) return "dotnet";
  return void 0;
}
function placeholderKeys(line) {
  return [...line.slice(0, 4e3).matchAll(/\$\{([a-z][\w-]{0,60}(?:\.[\w-]{1,60}){0,8})(?::[^}\s]{0,80})?\}/g)].map((m) => m[1]);
}

// src/checks/backing-services/urls-from-env.ts
var IN_MESSAGE = /\b(?:Error|Exception|raise|panic|Errorf|log(?:ger)?\.\w+|console\.\w+|print(?:ln|f)?|puts|warn|echo|fmt\.Print\w*|throw)\b[^'"`]{0,40}['"`][^'"`]*(?:e\.g\.|example|Example|for instance|such as|like)?/;
var ANNOTATED_FIELD = /^\w+\s*:\s*[\w.[\]| ]{1,80}=/;
var NOT_A_SERVICE_VAR = /^(?:PUBLIC|BASE|SITE|APP|FRONTEND|CALLBACK|REDIRECT|ROOT|ASSET|CDN|HOME|ORIGIN|CORS)_?(?:URL|URI|HOST)$/;
var PRINTS = /\b(?:console\.\w+|process\.std(?:out|err)\.write|print(?:ln|f)?|puts|logg?(?:er|ing)?\.\w+|fmt\.(?:Print|Fprint|Sprint)\w*|echo|warn)\b|^\s*(?:\/\/|#)/;
function discarded(snapshot, idx, s) {
  const m = /^\s*(?:(?:const|let|var|final|val|private|static|readonly|string|String)\s+)*([A-Za-z_]\w*)\s*(?::\s*[\w<>[\]|. ]{1,40})?\s*(?:=|:=)/.exec(s.snippet);
  if (!m) return false;
  const name = m[1];
  const word2 = new RegExp(`\\b${name}\\b`);
  const shared = /^[A-Z][A-Z0-9_]*$/.test(name) || /\bexport\b|module\.exports|\bpublic\b|\bpub\b/.test(s.snippet);
  if (/^[A-Z][A-Z0-9_]*$/.test(name) && idx.of("service-client").some((c) => c.lang === s.lang)) return false;
  const files = shared ? idx.sourceFiles.get(s.lang) ?? [] : [s.file];
  for (const file of files.slice(0, 2e3)) {
    const text = snapshot.read(file);
    if (!text || !word2.test(text)) continue;
    const lines = text.split("\n");
    if (lines.some((l, i) => word2.test(l) && !(file === s.file && i + 1 === s.line) && !PRINTS.test(l))) return false;
  }
  return true;
}
var urlsFromEnv = {
  id: "backing-services/urls-from-env",
  factor: "backing-services",
  kind: "static",
  role: "core",
  subject: true,
  question: "service-location",
  title: "Backing services are located by config from the environment",
  rationale: "Factor IV treats databases, caches, queues and other services as attached resources: a deploy swaps a local Postgres for a managed one by changing a URL in the environment, with no code change. A local default the environment overrides still counts; an address written into the code does not.",
  remediation: "Read each service location from one variable (DATABASE_URL, REDIS_URL, AMQP_URL, PAYMENTS_API_URL \u2026) and pass the value from the platform.",
  conditions: {
    "from-env": { rubric: "located-by-config", when: "every service the app connects to is located by a variable from the environment (a local default counts)" },
    overlay: { rubric: "located-by-config", when: "service addresses are in config files that an environment overlay (viper AutomaticEnv, Spring binding) overrides" },
    "hardcoded-http": { rubric: "hardcoded-http", when: "a third-party API or sibling service endpoint is written into the code" },
    "hardcoded-store": { rubric: "hardcoded-store", when: "a data store, cache or queue address is written into the code or a shipped config file with no override" },
    "no-service": { rubric: "no-service", when: "nothing in the code connects to a backing service" }
  },
  run({ app }) {
    const snapshot = app.snapshot;
    const idx = signals(snapshot);
    const settingsFiles = new Set(idx.of("env-overlay").filter((s) => s.lang === "py").map((s) => s.file));
    const fromEnv = idx.of("service-url-from-env").filter((s) => {
      const v = s.variable ?? /[[("'{]([A-Z][A-Z0-9_]*)\b/.exec(s.snippet.replace(/process\.env\./, "("))?.[1];
      return !(v && NOT_A_SERVICE_VAR.test(v)) && (s.variable !== void 0 || !discarded(snapshot, idx, s));
    });
    const fallbacks = idx.of("service-host-fallback").filter((s) => !discarded(snapshot, idx, s));
    const written = idx.of("hardcoded-service-host").filter((s) => !IN_MESSAGE.test(s.snippet));
    const envDefaults = written.filter((s) => s.lang !== "config" && envDefaultOn((snapshot.read(s.file) ?? "").split("\n"), s.line) !== void 0);
    const hosts = written.filter((s) => !envDefaults.includes(s));
    fallbacks.push(...envDefaults);
    const settingsDefaults = hosts.filter((s) => settingsFiles.has(s.file) && ANNOTATED_FIELD.test(s.snippet));
    const overlay = envOverlayOf(idx, app.manifests);
    const overridden = overlay ? hosts.filter((s) => s.lang === "config" && !settingsDefaults.includes(s)) : [];
    const hard = hosts.filter((s) => !settingsDefaults.includes(s) && !overridden.includes(s));
    const style = overlay ? bindingStyleOf(overlay) : void 0;
    const placeholders = idx.of("service-url-placeholder");
    const bound = style ? placeholders : [];
    const clients = idx.of("service-client");
    const clientFromEnv = clients.filter((s) => ENV_ON_LINE.test(s.snippet) && !fromEnv.some((f) => f.file === s.file && f.line === s.line));
    const http = idx.of("http-endpoint").filter((s) => !IN_MESSAGE.test(s.snippet) && !/(?:github\.com|schema\.org|w3\.org|json-schema\.org|example\.(?:com|org))/.test(s.snippet));
    const out = [];
    if (hard.length > 0) {
      const { evidence, more } = placesOf(hard);
      out.push(found("hardcoded-store", `a data store or queue address is written into the app with no override: ${hard[0].file}:${hard[0].line}${more}`, evidence));
    }
    if (http.length > 0) {
      const { evidence, more } = placesOf(http);
      out.push(found("hardcoded-http", `an HTTP endpoint is written into the code: ${http[0].file}:${http[0].line}${more}`, evidence));
    }
    const located = [...fromEnv, ...clientFromEnv, ...fallbacks, ...settingsDefaults];
    if (located.length > 0) out.push(found("from-env", `service locations are read from the environment (${located.length} place(s), first ${located[0].file}:${located[0].line})`, placesOf(located).evidence));
    if (overridden.length > 0 || bound.length > 0) {
      const keys = [...new Set(bound.flatMap((s) => placeholderKeys(s.snippet)))].slice(0, 3).map((k) => `\${${k}} \u2190 ${envNameOfKey(k, style)}`);
      out.push(found("overlay", `service addresses in config files are overridden from the environment by ${overlay}${keys.length > 0 ? ` (${keys.join(", ")})` : ""}`, placesOf([...bound, ...overridden]).evidence));
    }
    if (out.length > 0) return out;
    const unlocated = [...clients, ...placeholders];
    if (unlocated.length > 0) {
      const s = unlocated[0];
      return skip(`the app connects to a backing service (${s.file}:${s.line}: ${s.snippet.slice(0, 80)}) but where its location comes from was not found`);
    }
    if (idx.scannedFiles === 0) return [{ outcome: "skip", message: "no source or config the tool reads in the audited app: its backing services are unknown" }];
    return [{ condition: "no-service", message: `no backing service: nothing in ${idx.scannedFiles} scanned files connects to a database, cache, queue or API` }];
  }
};

// src/checks/build-release-run/build-definition.ts
var buildDefinition = {
  id: "build-release-run/build-definition",
  factor: "build-release-run",
  kind: "static",
  role: "core",
  title: "The build is defined in the repository",
  rationale: "Factor V separates build from release and run. A Dockerfile or a buildpack definition makes the build a reproducible step that bakes the code and its dependencies into an artifact, instead of something done by hand on a server.",
  remediation: "Add a Dockerfile (or a buildpack setup: project.toml, or a Procfile plus a manifest the buildpack detects) for the app.",
  conditions: {
    defined: { rubric: "baked-at-build", when: "a Dockerfile or buildpack definition builds the app" },
    "built-outside": { rubric: "built-outside", when: "the image copies a build output (a jar, target/, dist/) that the repository does not hold and no stage builds" }
  },
  run({ app }) {
    if (app.dockerfile) {
      const defined = found("defined", `built from ${app.dockerfile.file} (context ${app.context === "." ? "the repository root" : app.context})`, [fileEv(app.dockerfile.file, app.dockerfile.stages[0]?.from.line)]);
      const outside = builtOutside(app);
      return outside ? [defined, found("built-outside", `${app.dockerfile.file}:${outside.line} copies ${outside.source}, built outside the image build (the repository does not hold it and no stage builds it): what ships depends on whatever was on disk when the image was built`, [fileEv(app.dockerfile.file, outside.line, outside.text)])] : [defined];
    }
    const projectToml = joinPath(app.root, "project.toml");
    if (app.snapshot.has(projectToml)) return [found("defined", "built with Cloud Native Buildpacks (project.toml)", [fileEv(projectToml)])];
    if (app.procfile && app.manifests.length > 0) return [found("defined", `built by a buildpack from ${app.manifests[0].file}, run by ${app.procfile.file}`, [fileEv(app.procfile.file), fileEv(app.manifests[0].file)])];
    return skip(`no Dockerfile or buildpack definition for the app at "${app.root}": how it is built is not in the repository`);
  }
};
var BUILD_OUTPUT2 = /^(?:target|build|dist|out|bin|publish|artifacts?)(?:\/|$)|\.(?:jar|war|ear)$/;
function builtOutside(app) {
  const stage = app.finalStage;
  if (!stage) return void 0;
  for (const i of stage.instructions) {
    if (i.keyword !== "COPY" && i.keyword !== "ADD" || i.flags.from) continue;
    const sources = (i.exec ?? i.body.trim().split(/\s+/)).slice(0, -1).map((w) => w.replace(/^["']|["']$/g, "").replace(/^\.\//, ""));
    for (const src2 of sources) {
      if (!BUILD_OUTPUT2.test(src2) || src2.includes("$")) continue;
      const prefix = joinPath(app.context, src2.split("*")[0].replace(/\/+$/, ""));
      const glob = src2.includes("*");
      if (!app.snapshot.at(".").files.some((f) => f.path === prefix || f.path.startsWith(`${prefix}/`) || glob && f.path.startsWith(prefix))) return { line: i.line, source: src2, text: `${i.keyword} ${i.body}`.slice(0, 200) };
    }
  }
  return void 0;
}

// src/checks/build-release-run/dockerignore.ts
var dockerignore = {
  id: "build-release-run/dockerignore",
  factor: "build-release-run",
  kind: "static",
  role: "advice",
  title: "A .dockerignore keeps the build context clean",
  rationale: "Without .dockerignore a `COPY . .` carries .git, local .env files, node_modules and build output into the image: slower builds, leaked local config, and images that differ by whose laptop built them. A build that copies named files only needs none.",
  remediation: "Add a .dockerignore next to the build context listing at least .git, .env*, node_modules (or your dependency folder) and local build output.",
  conditions: {
    clean: { outcome: "pass", when: "the context is filtered, or the build copies named files only" },
    unfiltered: { outcome: "warn", when: "the build copies the whole context with no .dockerignore, or .dockerignore lets a .env through" }
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip("no Dockerfile");
    const file = joinPath(app.context, ".dockerignore");
    const copiesAll = df.instructions.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && !i.flags.from && /(?:^|\s|\[")\.\/?(?:\s|",)/.test(`${i.body} `));
    const snapshot = app.snapshot;
    if (!snapshot.has(file)) {
      if (!copiesAll) return [found("clean", `${df.file} copies named files only`, [fileEv(df.file)])];
      return [found("unfiltered", `${df.file} copies the whole context "${app.context}" and there is no .dockerignore`, [fileEv(df.file)])];
    }
    const leaks = snapshot.filesUnder(app.context).filter((f) => /(?:^|\/)\.env(?:\.[\w-]+)?$/.test(f.path) && !/\.(?:example|sample|template)$/.test(f.path) && !snapshot.dockerIgnored(app.context, f.path) && app.ships(f.path));
    if (leaks.length > 0) return [found("unfiltered", `${file} does not exclude ${leaks.map((l) => l.path).join(", ")}`, [fileEv(file), ...leaks.slice(0, 5).map((l) => fileEv(l.path))])];
    return [found("clean", `${file} filters the build context`, [fileEv(file)])];
  }
};

// src/checks/build-release-run/multi-stage.ts
var BUILD_IN_STAGE = /\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build\b|\btsc\b|\bgo\s+build\b|\bmvnw?\b[^|;&]{0,80}\bpackage\b|\bgradlew?\b[^|;&]{0,80}\b(?:build|assemble|bootJar|installDist)\b|\bcargo\s+build\b|\bnext\s+build\b|\bvite\s+build\b|\bdotnet\s+publish\b|\bgcc\b|\bmake\b/;
var multiStage = {
  id: "build-release-run/multi-stage",
  factor: "build-release-run",
  kind: "static",
  role: "advice",
  title: "Build tools stay out of the runtime image",
  rationale: "A multi-stage Dockerfile compiles in one stage and copies only the result into the runtime stage, so the released image holds no compilers, dev dependencies or sources it does not run.",
  remediation: "Split the Dockerfile: `FROM \u2026 AS build` runs the compile step, and the final `FROM` copies the result with `COPY --from=build`.",
  conditions: {
    separated: { outcome: "pass", when: "the runtime stage holds no compile step" },
    "compiles-in-runtime": { outcome: "warn", when: "the runtime stage compiles, so build tools ship" },
    "single-stage": { outcome: "pass", when: "one stage with no compile step: nothing to keep out, and nothing multi-stage about it" }
  },
  run({ app }) {
    const df = app.dockerfile;
    const last = app.finalStage;
    if (!df || !last) return skip("no Dockerfile");
    if (df.stages.length > 1 && (last.from.fromStage || last.instructions.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && i.flags.from !== void 0))) {
      return [found("separated", `${df.stages.length} stages; the final stage copies from an earlier one`, [fileEv(df.file, last.from.line, `FROM ${last.from.raw}`)])];
    }
    const build2 = last.instructions.find((i) => i.keyword === "RUN" && BUILD_IN_STAGE.test(commandText(i)));
    if (build2) return [found("compiles-in-runtime", `the runtime stage compiles (${df.file}:${build2.line}); compilers and sources ship in the image`, [fileEv(df.file, build2.line, build2.args.slice(0, 200))])];
    return [found(df.stages.length > 1 ? "separated" : "single-stage", `${df.stages.length > 1 ? `${df.stages.length} stages` : "single stage"} with no compile step in the final one`, [fileEv(df.file, last.from.line)])];
  }
};

// src/checks/build-release-run/no-build-at-start.ts
var step = (s) => fileEv(s.file, s.line, s.text.slice(0, 200));
var noBuildAtStart = {
  id: "build-release-run/no-build-at-start",
  factor: "build-release-run",
  kind: "static",
  role: "core",
  title: "The start command only runs the release",
  rationale: "Factor V: the run stage only runs the release. Installing packages or compiling when the container starts makes every boot slow, network-dependent and able to run code the build never produced; migrations and dev runners in the start command tie one-off work and development tools to every start.",
  remediation: 'Move installs and compiles into Dockerfile RUN steps (or the buildpack build); run migrations as a release-phase one-off; make the start command exec the built artifact, e.g. CMD ["node", "dist/server.js"].',
  conditions: {
    "only-runs": { rubric: "start-only-runs", when: "every command that runs at start only starts the app" },
    "admin-at-start": { rubric: "start-runs-admin", when: "migrations or a development runner run as part of the start command (or migrations as the app's code starts)" },
    "build-at-start": { rubric: "build-at-start", when: "dependencies are installed or code is built when the container starts" }
  },
  run({ app }) {
    const steps = everyStartStep(app);
    if (steps.length === 0) return skip("no start command found (Dockerfile CMD/ENTRYPOINT, Procfile or compose command)");
    const out = [];
    for (const s of steps) {
      if (INSTALL_AT_START.test(s.text)) out.push(found("build-at-start", `${s.origin} installs or builds at every start (${s.file}:${s.line}: ${s.text.slice(0, 80)})`, [step(s)]));
      else if (MIGRATE_AT_START.test(s.text)) out.push(found("admin-at-start", `${s.origin} runs migrations at every start (${s.file}:${s.line})`, [step(s)]));
      else if (DEV_RUNNER.test(s.text)) out.push(found("admin-at-start", `${s.origin} runs a development server (${s.file}:${s.line}: ${s.text.slice(0, 80)})`, [step(s)]));
    }
    for (const s of migrationsInCodeAtStart(app)) out.push(found("admin-at-start", `${s.origin} runs migrations at every start (${s.file}:${s.line})`, [step(s)]));
    if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
    return [found("only-runs", `${steps.length === 1 ? "the start command only runs" : `${steps.length} start steps only run`} the built app (${steps[steps.length - 1].text.slice(0, 80)})`, steps.slice(0, MAX_EVIDENCE).map(step))];
  }
};

// src/checks/build-release-run/release-tags.ts
var UNIQUE = /^@sha256:|\$\{\{|\$\{?[A-Z_]*(?:SHA|SHORT|VERSION|TAG|REF_NAME|RUN_NUMBER|BUILD|COMMIT|CI_COMMIT)[A-Z_]*\}?|\{\{[^}]*\}\}|^v?\d+\.\d+|^[0-9a-f]{7,40}$|\$\(git\s/i;
var releaseTags = {
  id: "build-release-run/release-tags",
  factor: "build-release-run",
  kind: "static",
  role: "core",
  title: "Every release is uniquely identified",
  rationale: "Factor V: every release has a unique id (a version, a timestamp, a commit), so a deploy can be named, compared and rolled back. An image published only as `latest` (or another moving tag) cannot be told apart from the one before it.",
  remediation: `Tag published images with the commit or a version (\`ghcr.io/acme/app:\${{ github.sha }}\`, \`:1.4.2\`) and deploy that tag; \`latest\` may be added beside it.`,
  conditions: {
    identified: { rubric: "releases-identified", when: "the published image tags name a commit, version or build" },
    "fixed-tags": { rubric: "fixed-tags", when: "images are only ever published as `latest` or another fixed tag" }
  },
  run({ app }) {
    const tags = publishedTags(app.snapshot.at("."), app.deploy);
    const svc = app.runService;
    if (svc?.image && svc.imageAt && !tags.some((t) => t.file === svc.imageAt.file)) {
      const [name, digest] = svc.image.split("@");
      const colon = name.indexOf(":", name.lastIndexOf("/") + 1);
      const tag = digest ? `@${digest}` : colon >= 0 ? name.slice(colon + 1) : "latest";
      tags.push({ file: svc.imageAt.file, line: svc.imageAt.line, image: colon >= 0 ? name.slice(0, colon) : name, tag });
    }
    if (tags.length === 0) return [];
    const unique = tags.filter((t) => UNIQUE.test(t.tag));
    if (unique.length > 0) return [found("identified", `published images are tagged per release (${unique[0].image}:${unique[0].tag}, ${unique[0].file}:${unique[0].line})`, unique.slice(0, MAX_EVIDENCE).map((t) => fileEv(t.file, t.line, `${t.image}:${t.tag}`)))];
    return [found("fixed-tags", `images are published only with fixed tags (${[...new Set(tags.map((t) => t.tag))].slice(0, 4).join(", ")}): releases cannot be told apart`, tags.slice(0, MAX_EVIDENCE).map((t) => fileEv(t.file, t.line, `${t.image}:${t.tag}`)))];
  }
};

// src/checks/build-release-run/released-image.ts
var releasedImage = {
  id: "build-release-run/released-image",
  factor: "build-release-run",
  kind: "runtime",
  role: "advice",
  title: "The run used the released image",
  rationale: "Build, release and run are strictly separate; the run stage executes exactly the release it is given. This checks the audit's own stages held to that (a mismatch means stage files were mixed up, not that the app is wrong).",
  remediation: "Run the image id recorded in release.json (the run stage checks it); do not rebuild between release and run.",
  conditions: {
    "same-image": { outcome: "pass", when: "the run used the image the release names" }
  },
  judge(ctx) {
    const rt = ctx.runtime;
    if (!rt) return skip("released image not checked: the run stage did not happen");
    if (!ctx.release) return skip("released image not checked: no release.json (stages ran together without a release)");
    const built = ctx.build?.imageId;
    if (ctx.release.imageId !== rt.imageId) return error(`ran image ${rt.imageId.slice(7, 19)}, but release ${ctx.release.releaseId} is image ${ctx.release.imageId.slice(7, 19)}: the stage files do not belong together`);
    if (built && built !== ctx.release.imageId) return error(`release ${ctx.release.releaseId} points at ${ctx.release.imageId.slice(7, 19)}, not the built image ${built.slice(7, 19)}: the stage files do not belong together`);
    return [found("same-image", `ran image ${rt.imageId.slice(7, 19)} of release ${ctx.release.releaseId}`, [measured("run image matches release", 1, "boolean", 1)])];
  }
};

// src/checks/build-release-run/source-mounted.ts
import path6 from "node:path";
var sourceMounted = {
  id: "build-release-run/source-mounted",
  factor: "build-release-run",
  kind: "static",
  role: "core",
  title: "The release runs the image, not source mounted over it",
  rationale: "Factor V: the run stage executes the release built from a commit. When the compose files the deploy runs (its `-f` files, a prod file layered over the base, or the only compose file when nothing else deploys) bind-mount the working tree over the code in the image, what runs is whatever is on disk, not the release.",
  remediation: "Drop the source bind mount from the service that runs the app (keep it in a compose.override.yml or a dev profile), so the image built from the commit is what runs.",
  conditions: {
    mounted: { rubric: "source-mounted", when: "the compose file that runs the app bind-mounts source over the image's code" }
  },
  run({ app }) {
    const svc = app.runService;
    const stack = app.stacks.deploy;
    if (!svc || !stack) return [];
    const codeDirs = codeLocations(app);
    const repo = app.snapshot.at(".");
    const hits = svc.volumes.filter((v) => {
      const [src2, target] = v.text.split(":");
      if (!src2 || !target || !/^(?:\.|\/|~)/.test(src2)) return false;
      if (!codeDirs.some((d) => target === d || target.startsWith(`${d}/`) || d.startsWith(`${target.replace(/\/+$/, "")}/`))) return false;
      const host = normaliseAppPath(path6.posix.join(dirOf(v.at.file), src2));
      return repo.files.some((f) => isUnder(f.path, host) && app.ships(f.path));
    });
    return hits.map((v) => found("mounted", `compose service ${svc.name} bind-mounts ${v.text} over the code the image holds, and the deploy runs it: ${stack.why}`, [fileEv(v.at.file, v.at.line, v.text)]));
  }
};
function codeLocations(app) {
  const out = /* @__PURE__ */ new Set();
  const stage = app.finalStage;
  if (!stage) return ["/app", "/code", "/srv", "/usr/src/app"];
  let wd = "/";
  for (const i of stage.instructions) {
    if (i.keyword === "WORKDIR") {
      wd = path6.posix.resolve(wd, i.body.trim());
      out.add(wd);
    }
    if ((i.keyword === "COPY" || i.keyword === "ADD") && !i.flags.from) {
      const dest = i.body.trim().split(/\s+/).pop() ?? ".";
      out.add(path6.posix.resolve(wd, dest.replace(/^["'[]|["'\]]$/g, "")));
    }
  }
  out.delete("/");
  return [...out];
}

// src/checks/build-release-run/stages-completed.ts
var INFRASTRUCTURE = /\b(?:dial tcp|lookup [\w.-]+(?: on [\d.:]+)?: (?:no such host|server misbehaving)|no such host|i\/o timeout|TLS handshake timeout|connection (?:refused|reset)|network is unreachable|temporary failure in name resolution|could not resolve host|failed to resolve source metadata|failed to do request|toomanyrequests|rate limit|503 Service Unavailable|502 Bad Gateway|pull access denied|unauthorized: authentication required|Cannot connect to the Docker daemon|context deadline exceeded|no space left on device)\b/i;
function infrastructureCause(message) {
  return INFRASTRUCTURE.test(message ?? "");
}
var stagesCompleted = {
  id: "build-release-run/stages-completed",
  factor: "build-release-run",
  kind: "runtime",
  role: "core",
  title: "The image builds from the repository",
  rationale: "Factor V: the build stage turns a commit into an executable bundle that every release and run starts from. A Dockerfile that no longer builds means nothing can be released; a registry or network that could not be reached says nothing about the app.",
  remediation: "Fix the failing Dockerfile step named in the finding (the last lines of its output are in the details), then re-run. When the cause is the registry, the network or the Docker engine, fix or retry the environment.",
  conditions: {
    built: { rubric: "baked-at-build", when: "the image built from the repository (and was released and run as separate stages)" },
    broken: { rubric: "no-build", when: "the Dockerfile does not build" }
  },
  judge({ stages, build: build2 }) {
    const ran = (stages ?? []).filter((s) => s.stage !== "static" && s.status !== "absent");
    if (ran.length === 0) return skip("no build, release or run stage ran (static-only audit)");
    const b = ran.find((s) => s.stage === "build");
    if (b?.status === "failed") {
      const why = b.reason ?? build2?.error?.message ?? "no reason recorded";
      if (infrastructureCause(`${why}
${(build2?.error?.logTail ?? []).join("\n")}`)) return error(`the build could not run: ${why} (an infrastructure failure, not the app's)`);
      return [found("broken", `the image does not build: ${why}`, [measured("stages completed", 0, "stages", 3)], build2?.error?.logTail?.slice(-10))];
    }
    const broken = ran.find((s) => s.status === "failed");
    if (b?.status === "ok" || build2?.status === "ok") {
      const ok = ran.filter((s) => s.status === "ok");
      const note = broken ? `; the ${broken.stage} stage could not complete: ${broken.reason ?? "no reason recorded"}` : "";
      return [found("built", `the image built from the repository (${ok.map((s) => s.stage).join(", ")} completed as separate stages)${note}`, [measured("stages completed", ok.length, "stages", ran.length)])];
    }
    if (broken) return error(`the ${broken.stage} stage could not complete: ${broken.reason ?? "no reason recorded"}`);
    const skipped = ran.find((s) => s.status === "skipped");
    return skip(skipped ? `the ${skipped.stage} stage was skipped: ${skipped.reason ?? "no reason recorded"}` : "no stage completed");
  }
};

// src/checks/codebase/image-revision.ts
var imageRevision = {
  id: "codebase/image-revision",
  factor: "codebase",
  kind: "runtime",
  role: "advice",
  title: "The image is labelled with the audited revision",
  rationale: "One codebase, many deploys, each traceable to a commit. The OCI label org.opencontainers.image.revision ties a running image to the commit it was built from.",
  remediation: "Build with `--label org.opencontainers.image.revision=$GITHUB_SHA` (the build stage does this) or `LABEL` it in the Dockerfile from a build arg.",
  conditions: {
    labelled: { outcome: "pass", when: "the image label names the audited commit" },
    unlabelled: { outcome: "warn", when: "the image has no revision label" },
    mismatch: { outcome: "warn", when: "the label names another commit" }
  },
  judge(ctx) {
    const labels = ctx.runtime?.imageLabels ?? (ctx.build?.status === "ok" ? ctx.build.labels : void 0);
    if (!labels) return skip("image revision not checked: no image was built or run");
    const expected = ctx.commit ?? ctx.build?.revision;
    const actual = labels[REVISION_LABEL];
    if (!actual) return [found("unlabelled", `the image has no ${REVISION_LABEL} label`)];
    if (!expected) return skip(`the image says revision ${actual.slice(0, 12)}, but the audited commit is unknown`);
    const same = actual === expected || actual.length >= 7 && expected.startsWith(actual) || expected.length >= 7 && actual.startsWith(expected);
    const ev = [measured("revision matches", same ? 1 : 0, "boolean", 1)];
    if (same) return [found("labelled", `image label ${REVISION_LABEL}=${actual.slice(0, 12)} is the audited commit`, ev)];
    return [found("mismatch", `image label says ${actual.slice(0, 12)}, the audited commit is ${expected.slice(0, 12)}`, ev)];
  }
};

// src/checks/codebase/one-app.ts
var oneApp = {
  id: "codebase/one-app-per-path",
  factor: "codebase",
  kind: "static",
  role: "core",
  title: "One deployable app per codebase",
  rationale: "Factor I: one codebase per app. Several deployable apps in one repository are a distributed system; each is its own app (a monorepo keeps them cleanly apart), and shared code belongs in libraries.",
  remediation: "Audit each app on its own (`path` in .twelve-factor.yml, or the monorepo workflow), and factor code shared between them into a library declared as a dependency.",
  conditions: {
    "one-app": { rubric: "one-app-tracked", when: "the repository holds one deployable app (packaging variants, devcontainers and database seed images are not apps)" },
    monorepo: { rubric: "monorepo", when: "the repository holds several apps, each in its own folder" }
  },
  run({ snapshot, app }) {
    const apps = detectApps(snapshot.repoRoot, snapshot.at("."), app);
    const deployable = apps.filter((a) => a.kind !== "unknown");
    if (deployable.length === 0) return skip(`no Dockerfile, Procfile or manifest at "${app.root}", so no app to count`);
    const others = deployable.filter((a) => !a.audited);
    if (others.length === 0) {
      return [found("one-app", `one app, at "${app.root}" (${app.found})`, [app.dockerfile ? fileEv(app.dockerfile.file) : measured("deployable apps", 1, "apps", 1)])];
    }
    return [
      found(
        "monorepo",
        `${deployable.length} apps in one repository, each in its own folder: ${deployable.map((a) => a.path).slice(0, 6).join(", ")}${deployable.length > 6 ? " \u2026" : ""}; "${app.root}" is audited here`,
        others.slice(0, 10).map((a) => fileEv(a.path)),
        others.slice(0, 20).map((a) => `other app: ${a.path} (${a.kind})`)
      )
    ];
  }
};

// src/checks/codebase/version-control.ts
var versionControl = {
  id: "codebase/version-control",
  factor: "codebase",
  kind: "static",
  role: "core",
  title: "The codebase is tracked in version control",
  rationale: "Factor I: one codebase tracked in revision control, many deploys. Without a repository there is no revision to tie a deploy to, so nobody can say which code is running.",
  remediation: "Keep the app in a git repository (git init, commit, push) and deploy from its commits; audit a checkout, not an exported copy.",
  conditions: {
    tracked: { rubric: "one-app-tracked", when: "the audited tree is a git checkout" }
  },
  run({ snapshot }) {
    if (snapshot.gitDir) return [found("tracked", "the audited tree is a git checkout", [fileEv(".git")])];
    return skip("no .git at the repository root: cannot tell whether this tree is under version control (an exported copy?)");
  }
};

// src/checks/concurrency/no-daemonizing.ts
var DAEMONIZE = /\bnohup\s|--daemon(?:ize)?\b|\bpm2\s+start\b|\bforever\s+start\b|\bstart-stop-daemon\b|\/etc\/init\.d\/|\bservice\s+\S+\s+start\b|--pid(?:file)?[= ]|\bpidfile\b|&\s*$|\bdaemonize\s+(?:true|yes)\b|-D\s*$/;
var FOREGROUND = /^\s*nodaemon\s*=\s*true\b|^\s*daemon\s+off\s*;|^\s*daemonize\s*[=:]?\s*(?:no|false|off)\b/im;
var noDaemonizing = {
  id: "concurrency/no-daemonizing",
  factor: "concurrency",
  kind: "static",
  role: "core",
  title: "Processes run in the foreground",
  rationale: "Factor VIII: processes never daemonise or write pid files; the process manager (Docker, systemd, the platform) owns restarts, output streams and shutdown. A backgrounded process escapes all three, and a pid file makes two copies fight.",
  remediation: 'Run the server in the foreground as PID 1 (or under tini): drop nohup, `&`, --daemon, pm2 start (use pm2-runtime) and pid files; for nginx add `-g "daemon off;"`.',
  conditions: {
    daemonises: { rubric: "singleton", when: "a start command or config backgrounds the process or writes a pid file" }
  },
  run({ app }) {
    const out = [];
    for (const c of app.start.steps) {
      if (DAEMONIZE.test(c.text) && !/daemon\s+off|--no-daemon\b/.test(c.text) && !/&&\s*$/.test(c.text) && !/\bwait\b/.test(c.text)) out.push(found("daemonises", `${c.origin} backgrounds or daemonises the process`, [fileEv(c.file, c.line, c.text.slice(0, 200))]));
    }
    for (const s of signals(app.snapshot).of("daemonize")) {
      if (/daemon\s+off/.test(s.snippet) || out.length >= MAX_EVIDENCE) continue;
      if (/\bpid_?file\b/i.test(s.snippet) && !/daemon(?:ize)?\s*[=:]?\s*(?:true|yes|on)\b/i.test(s.snippet) && FOREGROUND.test(app.snapshot.read(s.file) ?? "")) continue;
      out.push(found("daemonises", `daemonising or pid file configured at ${s.file}:${s.line}`, [fileEv(s.file, s.line, s.snippet)]));
    }
    return out.slice(0, MAX_EVIDENCE);
  }
};

// src/checks/concurrency/no-process-supervisor.ts
var noProcessSupervisor = {
  id: "concurrency/no-process-supervisor",
  factor: "concurrency",
  kind: "static",
  role: "core",
  title: "Process types are not bundled under one supervisor",
  rationale: "Running honcho, foreman, supervisord, s6 or a pm2 cluster inside one container hides several process types from the platform: they cannot be scaled separately, and a crash of one is not seen as a crash of the container.",
  remediation: "Give each process type its own container or Procfile entry and let the platform run and scale them; use pm2-runtime without -i, or tini for signal forwarding only.",
  conditions: {
    supervisor: { rubric: "impeded", when: "the start command runs several process types under one supervisor" }
  },
  run({ app }) {
    const out = [];
    if (app.start.supervisor) {
      const s = app.start.supervisor;
      const types = app.start.supervised.length > 0 ? ` (${app.start.supervised.join(", ")})` : "";
      out.push(found("supervisor", `${s.origin} runs every process type under one supervisor${types}: ${s.text.slice(0, 80)}`, [fileEv(s.file, s.line, s.text.slice(0, 200))]));
    }
    const df = app.dockerfile;
    if (df) {
      for (const i of df.instructions) if (i.keyword === "RUN" && /\b(?:apt-get|apk|yum|pip3?)\s+(?:install|add)\b[^\n]{0,300}\bsupervisor\b/.test(commandText(i)) && out.length === 0) out.push(found("supervisor", "the image installs supervisord to run several processes", [fileEv(df.file, i.line, i.args.slice(0, 200))]));
    }
    for (const s of signals(app.snapshot).of("supervisor")) if (out.length === 0) out.push(found("supervisor", `process supervisor configured at ${s.file}:${s.line}`, [fileEv(s.file, s.line, s.snippet)]));
    return out.slice(0, MAX_EVIDENCE);
  }
};

// src/checks/concurrency/process-types.ts
var processTypes = {
  id: "concurrency/process-types",
  factor: "concurrency",
  kind: "static",
  role: "core",
  subject: true,
  title: "A process formation is declared",
  rationale: "Factor VIII scales out through the process model: each kind of work (web, worker, clock) is a process type the platform runs and scales on its own. A formation is declared by a Procfile, a Deployment with replicas, compose scale, or several process types of one build.",
  remediation: "Declare process types in a Procfile (`web: \u2026`, `worker: \u2026`), as compose services built from the app, or as Deployments with replicas; let the platform run and scale them.",
  conditions: {
    declared: { rubric: "formation", when: "a Procfile, a manifest or chart with replicas, compose scale, or several process types of one image" },
    none: { rubric: "no-formation", when: "nothing declares a formation: the image has one command and no descriptor scales it" }
  },
  run({ app }) {
    const ev = [];
    const what = [];
    if (app.procfile && app.procfile.processes.length > 0) {
      what.push(`Procfile declares ${app.procfile.processes.map((p) => p.name).join(", ")}`);
      ev.push(...app.procfile.processes.slice(0, 5).map((p) => fileEv(app.procfile.file, p.line, `${p.name}: ${p.command}`.slice(0, 200))));
    }
    const types = app.composeProcessTypes;
    if (types.length > 1) {
      what.push(`compose runs ${types.map((s) => s.name).join(", ")} from the app's build`);
      ev.push(...types.slice(0, 5).map((s) => fileEv(s.at.file, s.at.line)));
    }
    const scaled = types.filter((s) => s.replicas);
    for (const s of scaled.slice(0, 2)) {
      what.push(`compose service ${s.name} sets ${s.replicas.value} replicas`);
      ev.push(fileEv(s.replicas.at.file, s.replicas.at.line));
    }
    for (const r of workloadReplicas(app)) {
      what.push(`${r.file} sets ${r.text}${r.workload ? ` for ${r.workload}` : ""}`);
      ev.push(fileEv(r.file, r.line, r.text));
    }
    if (what.length > 0) return [found("declared", what.slice(0, 3).join("; "), ev.slice(0, MAX_EVIDENCE))];
    return [{ condition: "none", message: "no formation is declared: no Procfile, no replicas on the app's own workloads, no compose scale, one process type" }];
  }
};
var SCALED_KIND = /^kind:\s*(?:Deployment|StatefulSet|ReplicaSet|Rollout|HorizontalPodAutoscaler|ScaledObject)\b/m;
var PLATFORM_SCALE = /^\s*(?:instance_count|numInstances|min_machines_running|"?quantity"?)\s*[:=]\s*\d|^\s*\[processes\]\s*$/;
var REPLICAS = /^\s*(?:replicas|replicaCount|minReplicas|minReplicaCount):\s*\S/;
function workloadReplicas(app) {
  const repo = app.snapshot.at(".");
  const out = [];
  const appName = app.root === "." ? void 0 : baseName(app.root).toLowerCase();
  for (const d of app.deploy.descriptors) {
    if (d.kind !== "kubernetes" && d.kind !== "helm") continue;
    const text = repo.read(d.file) ?? "";
    let offset = 0;
    for (const doc of text.split(/^---\s*$/m)) {
      const lines = doc.split("\n");
      const base2 = offset;
      offset += lines.length;
      if (d.kind === "kubernetes" && !SCALED_KIND.test(doc)) continue;
      const i = lines.findIndex((l) => REPLICAS.test(l));
      if (i < 0) continue;
      const images = [...doc.matchAll(/^\s*-?\s*image:\s*["']?([^\s"'{}]+)/gm)].map((m) => m[1]);
      const name = /^metadata:\s*\n\s+name:\s*["']?([\w.-]+)/m.exec(doc)?.[1];
      if (images.length > 0 && images.every((img) => serviceKindOfImage(img) || STOCK_SERVER.test(img))) continue;
      if (images.length === 0 && name && serviceKindOfImage(name)) continue;
      const named2 = appName !== void 0 && [name, ...images.map(imageRepo)].some((n) => n?.toLowerCase().includes(appName));
      out.push({ file: d.file, line: base2 + i + 1, text: lines[i].trim(), named: named2, ...name && !name.includes("{") ? { workload: name } : {} });
    }
  }
  for (const d of app.deploy.descriptors) {
    if (d.kind !== "platform") continue;
    const lines = (repo.read(d.file) ?? "").split("\n");
    const i = lines.findIndex((l) => PLATFORM_SCALE.test(l));
    if (i >= 0) out.push({ file: d.file, line: i + 1, text: lines[i].trim(), named: false });
  }
  for (const chart of app.deploy.charts) {
    const file = joinPath(chart, "values.yaml");
    const lines = (repo.read(file) ?? "").split("\n");
    const i = lines.findIndex((l) => /^(?:replicaCount|replicas):\s*\S/.test(l));
    if (i < 0 || serviceKindOfImage(baseName(chart))) continue;
    out.push({ file, line: i + 1, text: lines[i].trim(), named: appName !== void 0 && baseName(chart).toLowerCase().includes(appName), workload: `chart ${baseName(chart)}` });
  }
  const named = out.filter((r) => r.named);
  return (named.length > 0 ? named : out).slice(0, 3);
}

// src/checks/concurrency/replicas.ts
var replicas = {
  id: "concurrency/replicas",
  factor: "concurrency",
  kind: "runtime",
  role: "core",
  title: "Several replicas run side by side",
  rationale: "Factor VIII: the app scales out by running more processes. Two copies must boot together without fighting over a port, a lock file or a pid file; one that cannot is a singleton.",
  remediation: "Remove pid files, fixed ports and exclusive local locks; keep shared state in backing services so any number of copies can run.",
  conditions: {
    "side-by-side": { rubric: "formation", when: "the requested replicas booted together" },
    singleton: { rubric: "singleton", when: "a second copy could not come up beside the first" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "replicas");
    if (Array.isArray(rt)) return rt;
    const notTried = notRun(rt, "replicas", "replicas");
    if (notTried) return notTried;
    const r = rt.replicas;
    if (!r) {
      if (ctx.config.run.replicas < 2) return skip("replicas not tried: run.replicas is 1");
      if (rt.cancelled) return skip("replicas: cancelled before they were tried");
      return skip(`replicas not tried: the first copy did not come up (${rt.boot.outcome})`);
    }
    const ev = [measured("replicas up together", r.ready, "replicas", r.requested)];
    const details = r.replicas.map((x) => `${x.port ? `${x.variable ?? "port"} ${x.port}` : "worker"}: ${x.outcome}${x.readyMs !== void 0 ? ` in ${x.readyMs} ms` : ""}${x.message ? ` (${x.message})` : ""}`);
    if (r.ready >= r.requested) return [found("side-by-side", `${r.ready} replicas ran side by side`, ev, details)];
    return [found("singleton", `only ${r.ready} of ${r.requested} replicas came up side by side`, ev, details)];
  }
};

// src/evidence/repo/app/env-setters.ts
function variableSetBy(app, variable) {
  const repo = app.snapshot.at(".");
  const files = [...app.deploy.dev.map((d) => d.file), ...app.deploy.descriptors.map((d) => d.file), ...app.dockerfile ? [app.dockerfile.file] : []];
  const name = variable.replace(/[^A-Za-z0-9_]/g, "");
  const sets = new RegExp(`(?:^|[\\s"'{,-])${name}["']?\\s*[:=]|name:\\s*["']?${name}\\b|\\bENV\\s+${name}\\b`);
  for (const f of files) {
    const lines = (repo.read(f) ?? "").split("\n");
    const i = lines.findIndex((l) => sets.test(l));
    if (i >= 0) return { file: f, line: i + 1 };
  }
  return void 0;
}

// src/checks/config/committed-secrets.ts
var URL_PASSWORD = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:/@'"`]{1,64}):([^\s'"`/]{1,128})@[^\s/:'"`?@]{1,253}/i;
var DOTENV_FILE = /(?:^|\/)\.env(?:[._-][\w.-]+)?$/;
var KEY_VALUE = /^\s*-?\s*["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^\s"'#]{1,200})["']?\s*$/;
function entry(at, value, key, names) {
  const kind = credentialValue(value, { ...key !== void 0 ? { key } : {}, names });
  return kind === "not-credential" ? [] : [{ ...at, real: kind === "credential" }];
}
function credentialSlots(text, file) {
  const names = userAndDatabaseNames(text);
  const slots = DOTENV_FILE.test(file) || file.endsWith(".env") ? parseDotenv(text, file).entries.map((e) => ({ line: e.line, key: e.name, value: e.value })) : text.split("\n").flatMap((l, i) => {
    if (/^\s*#/.test(l)) return [];
    const kv = KEY_VALUE.exec(l);
    return [kv && !/^\$|\$\{|^\{\{/.test(kv[2]) ? { line: i + 1, key: kv[1], value: kv[2] } : { line: i + 1, value: l }];
  });
  return slots.flatMap(({ line, key, value }) => {
    const url = URL_PASSWORD.exec(value);
    if (url) return entry({ file, line, what: "a password in a service URL" }, url[2], void 0, names);
    return key !== void 0 && value !== "" && isCredentialName(key) ? entry({ file, line, what: `${key} set to a literal` }, value, key, names) : [];
  });
}
function gather(app) {
  const snapshot = app.snapshot;
  const repo = snapshot.at(".");
  const creds = [];
  for (const h of secrets(snapshot)) creds.push({ file: h.file, line: h.line, what: h.title, real: true, snippet: h.snippet });
  for (const s of signals(snapshot).of("hardcoded-credential")) {
    const variable = s.variable ?? (s.lang === "config" ? void 0 : envDefaultOn((repo.read(s.file) ?? "").split("\n"), s.line));
    if (variable !== void 0 && variableSetBy(app, variable)) continue;
    creds.push({ file: s.file, line: s.line, what: variable !== void 0 ? `the literal used when ${variable} is unset (no file of the repository sets it)` : "a literal credential", real: true, snippet: s.snippet });
  }
  const extra = /* @__PURE__ */ new Set([...app.deploy.dev.map((d) => d.file), ...app.deploy.descriptors.filter((d) => d.kind !== "ci-deploy").map((d) => d.file)]);
  for (const f of repo.files) if (DOTENV_FILE.test(f.path)) extra.add(f.path);
  for (const file of extra) {
    const text = repo.read(file);
    if (text === void 0) continue;
    if (!isUnder(file, app.root)) for (const h of scanSecrets(text, file)) creds.push({ file, line: h.line, what: h.title, real: true, snippet: h.snippet });
    creds.push(...credentialSlots(text, file));
  }
  const df = app.dockerfile;
  if (df && app.finalStage) {
    const names = userAndDatabaseNames(df.envs.map((e) => `${e.name}=${e.value ?? ""}`).join("\n"));
    for (const e of df.envs) {
      if (e.keyword !== "ENV" || e.value === void 0 || !inStage(app, e.stage)) continue;
      const url = URL_PASSWORD.exec(e.value);
      const at = { file: df.file, line: e.line, snippet: `ENV ${e.name}=[REDACTED]` };
      if (isCredentialName(e.name) && !/^\$/.test(e.value)) creds.push(...entry({ ...at, what: `ENV ${e.name} baked into the image` }, e.value, e.name, names));
      else if (url) creds.push(...entry({ ...at, what: `ENV ${e.name} with a password baked into the image` }, url[2], void 0, names));
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const c of creds) {
    const key = `${c.file}:${c.line}`;
    const prev = seen.get(key);
    if (!prev || c.real && !prev.real) seen.set(key, c);
  }
  return [...seen.values()];
}
function inStage(app, stage) {
  const df = app.dockerfile;
  for (let s = app.finalStage; s; ) {
    if (s.index === stage) return true;
    const cur = s;
    s = cur.from.fromStage ? df.stages.find((p) => p.index < cur.index && p.name?.toLowerCase() === cur.from.image.toLowerCase()) : void 0;
  }
  return false;
}
var USED_BY = {
  code: "a default in the code",
  shipped: "a config file the image ships",
  dotenv: "a committed .env that the app loads",
  deploy: "a deploy descriptor",
  "dev-stack": "the dev stack",
  unshipped: "a file the image does not ship",
  "not-app": "a test, doc or tooling file"
};
var committedSecrets = {
  id: "config/committed-secrets",
  factor: "config",
  kind: "static",
  role: "core",
  question: "credentials",
  title: "No committed secret that the app or its deploy uses",
  rationale: "Factor III: the codebase could be made open source at any moment without compromising any credentials. A credential in a file the image ships, a code default, a committed .env or a deploy descriptor leaks with every clone and outlives its removal in git history. Placeholder credentials of a local dev stack are not secrets, but still config in the codebase.",
  remediation: "Revoke and rotate each real credential found, remove it from the code (and history, e.g. git filter-repo), and read it from an environment variable set by the platform or a secret manager. Keep dev-stack values obviously fake and out of anything the image ships.",
  conditions: {
    "no-secret": { rubric: "no-secret", when: "no credential in the code, the files the image ships, a committed .env or a deploy descriptor" },
    "in-use": { rubric: "committed-secret", when: "a real-looking credential the app or its deploy uses by default" },
    "dev-placeholder": { rubric: "dev-placeholder", when: "placeholder credentials in the dev stack (compose, .env.example) or a committed .env" }
  },
  run({ app }) {
    const creds = gather(app);
    const roles = creds.map((c) => ({ c, role: fileRole(app, c.file) }));
    const ev = (list) => list.slice(0, MAX_EVIDENCE).map(({ c }) => fileEv(c.file, c.line, c.snippet));
    const details = (list) => list.slice(0, 20).map(({ c, role }) => `${c.file}:${c.line}: ${c.what} in ${USED_BY[role]}`);
    const inUse = roles.filter(({ c, role }) => c.real && (role === "code" || role === "shipped" || role === "dotenv" || role === "deploy" || role === "dev-stack"));
    const out = [];
    if (inUse.length > 0) {
      const first = inUse[0];
      out.push(found("in-use", `${first.c.what} in ${USED_BY[first.role]} (${first.c.file}:${first.c.line})${inUse.length > 1 ? `, and ${inUse.length - 1} more` : ""}`, ev(inUse), details(inUse)));
    }
    const placeholders = roles.filter(({ c, role }) => !c.real && (role === "dev-stack" || role === "dotenv" || role === "deploy"));
    if (placeholders.length > 0) {
      out.push(found("dev-placeholder", `placeholder credentials in ${[...new Set(placeholders.map(({ c }) => c.file))].slice(0, 3).join(", ")}: dev-only values, kept in the codebase`, ev(placeholders), details(placeholders)));
    }
    if (out.length > 0) return out;
    return [found("no-secret", `no credential in the code, the files the image ships, .env files or deploy descriptors (${app.snapshot.appFiles.length} files scanned)`, [measured("credentials the app uses", 0, "credentials", 0)])];
  }
};

// src/checks/config/dockerfile-secrets.ts
var SECRET_NAME = /(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_KEY|SIGNING_KEY|ENCRYPTION_KEY|CLIENT_SECRET)/i;
var NOT_SECRET_NAME = /(?:_FILE|_PATH|_DIR|_NAME|_ID|_HEADER|_LENGTH|_TTL|_TYPE|_ENABLED)$/i;
var dockerfileSecrets = {
  id: "config/dockerfile-secrets",
  factor: "config",
  kind: "static",
  role: "advice",
  title: "No secrets passed as build arguments",
  rationale: "ARG values stay in the image history (`docker history`); an ENV copied from an ARG bakes it into every layer. Literal secrets in the image are judged by config/committed-secrets; this is the build-time route.",
  remediation: "Pass build-time secrets with BuildKit secret mounts (`RUN --mount=type=secret,id=npm_token \u2026`) and run-time secrets as environment variables, never as ARG or ENV.",
  conditions: {
    none: { outcome: "pass", when: "no secret-named ARG, and no ENV copied from one" },
    "build-arg": { outcome: "warn", when: "a secret passes through a build argument" }
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip("no Dockerfile");
    const out = [];
    for (const e of df.envs) {
      if (!SECRET_NAME.test(e.name) || NOT_SECRET_NAME.test(e.name)) continue;
      if (e.keyword === "ARG") out.push(found("build-arg", `ARG ${e.name} passes a secret as a build argument; it is recorded in the image history`, [fileEv(df.file, e.line, `ARG ${e.name}`)]));
      else if (e.value && /^\$/.test(e.value)) out.push(found("build-arg", `ENV ${e.name} copies a build argument into the image environment`, [fileEv(df.file, e.line, `ENV ${e.name}=${e.value.slice(0, 40)}`)]));
    }
    return out.length > 0 ? out : [found("none", `${df.file} passes no secret through ARG`, [fileEv(df.file)])];
  }
};

// src/checks/config/dotenv-committed.ts
var dotenvCommitted = {
  id: "config/dotenv-committed",
  factor: "config",
  kind: "static",
  role: "advice",
  title: "No .env file committed",
  rationale: "A committed .env file ships one environment's config inside the codebase and invites real values into git. Credentials inside it are judged by config/committed-secrets; this is the habit behind them.",
  remediation: "Remove the .env file from the repository (git rm --cached), add it to .gitignore, and commit a .env.example with names and placeholder values.",
  conditions: {
    none: { outcome: "pass", when: "no .env file is committed" },
    committed: { outcome: "warn", when: "a .env file is committed" }
  },
  run({ app }) {
    const repo = app.snapshot.at(".");
    const committed = repo.files.filter((f) => isDotenvName(baseName(f.path)) && fileRole(app, f.path) === "dotenv");
    if (committed.length > 0) return committed.slice(0, 5).map((f) => found("committed", `${f.path} is committed`, [fileEv(f.path, 1)]));
    return [found("none", "no .env file is committed", [measured("committed .env files", 0, "files", 0)])];
  }
};

// src/checks/config/env-validation.ts
var LIBS = /^(envalid|env-var|@t3-oss\/env-\w+|dotenv-safe|convict|znv|pydantic-settings|environs|django-environ|python-decouple|github\.com\/kelseyhightower\/envconfig|github\.com\/caarlos0\/env\S*|envy)$/;
var envValidation = {
  id: "config/env-validation",
  factor: "config",
  kind: "static",
  role: "advice",
  title: "Environment is validated at boot",
  rationale: "When config lives in the environment, a missing or malformed variable should stop the process at boot with a clear message, not surface later as a wrong connection or a crash mid-request.",
  remediation: "Validate env at startup: zod/envalid/env-var (Node), pydantic-settings/environs (Python), envconfig/caarlos0/env (Go), @ConfigurationProperties + @Validated (Spring), ENV.fetch (Ruby), Dotenv required() (PHP), envy (Rust).",
  conditions: {
    validated: { outcome: "pass", when: "the environment is validated at boot" },
    unvalidated: { outcome: "warn", when: "environment variables are read but not validated" }
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    if (idx.of("env-read").length === 0) return skip("the app reads no environment variables");
    const sites = idx.of("env-validation");
    if (sites.length > 0) return [found("validated", `env validated at ${sites[0].file}:${sites[0].line}`, placesOf(sites).evidence)];
    const lib = app.manifests.flatMap((m) => m.dependencies.filter((d) => LIBS.test(d.name)).map((d) => ({ m, d })))[0];
    if (lib) return [found("validated", `env validation library ${lib.d.name} is declared`, [fileEv(lib.m.file, lib.d.line, lib.d.name)])];
    return [found("unvalidated", "environment variables are read but not validated at boot", [measured("env validation sites", 0, "places", 1)])];
  }
};

// src/checks/config/honours-env.ts
var honoursEnv = {
  id: "config/honours-env",
  factor: "config",
  kind: "runtime",
  role: "core",
  question: "env-config",
  title: "The app honours config given through the environment",
  rationale: "Factor III: config that varies between deploys lives in the environment. The auditor gives the app a random port no framework defaults to; an app that binds it reads its config from the environment, measured rather than inferred from the code.",
  remediation: "Read every deploy-specific value (port, URLs, credentials) from environment variables at startup.",
  conditions: {
    honoured: { rubric: "from-env", when: "the booted app used the port it was given in its environment" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "env config");
    if (Array.isArray(rt)) return rt;
    if (!rt.web) return skip("env config: no web process, so no port to observe");
    if (ctx.config.run.port !== void 0) return skip(`env config: run.port fixes the port at ${ctx.config.run.port}, so honouring PORT was not tested`);
    const cancelled = notRun(rt, "boot", "env config");
    if (cancelled) return cancelled;
    const b = rt.boot;
    if (b.outcome === "ready" || b.outcome === "unhealthy") return [found("honoured", `used ${b.portVariable ?? "PORT"}=${b.port} from its environment`, [measured("PORT honoured", b.port ?? 0, "port")])];
    if ((b.listeningPorts ?? []).length > 0) return skip(`env config: not judged here: the app ignored PORT=${b.port} (see port binding, factor VII)`);
    return skip("env config: the app never listened, so whether it reads its environment is not measured");
  }
};

// src/checks/config/per-environment-files.ts
var PER_ENV_FILE = /(?:^|\/)(?:config\/(?:production|prod|staging|stage|development|dev|qa|uat)\.(?:json|ya?ml|js|ts|cjs|mjs|toml|exs)|settings[_/](?:prod|production|staging|dev|development|local)\.py|application-(?:prod|production|staging|dev|development|qa|uat)\.(?:properties|ya?ml)|appsettings\.(?:Production|Staging|Development)\.json|config\/environments\/(?:production|staging|development)\.(?:rb|js|ts)|config\/(?:prod|dev|staging)\.exs)$/;
var perEnvironmentFiles = {
  id: "config/per-environment-files",
  factor: "config",
  kind: "static",
  role: "core",
  title: "No config grouped into named environments",
  rationale: "Factor III warns against grouping config into named environments (config/production.json, settings_prod.py, application-prod.yml): they do not scale as deploys multiply and put deploy config into the codebase.",
  remediation: "Replace per-environment files with one config that reads each value from its own environment variable; keep only defaults that are the same everywhere in the code.",
  conditions: {
    "per-environment": { rubric: "per-environment", when: "config files named per environment" }
  },
  run({ app }) {
    const snapshot = app.snapshot;
    const files = snapshot.appFiles.filter((f) => {
      const rel = relativeTo(f.path, snapshot.appPath);
      return PER_ENV_FILE.test(rel) && !isNonRuntimePath(rel);
    });
    if (files.length === 0) return [];
    return [found("per-environment", `config grouped by environment: ${files.map((f) => f.path).slice(0, 5).join(", ")}${files.length > 5 ? " \u2026" : ""}`, files.slice(0, MAX_EVIDENCE).map((f) => fileEv(f.path)))];
  }
};

// src/checks/config/reads-env.ts
var readsEnv = {
  id: "config/reads-env",
  factor: "config",
  kind: "static",
  role: "core",
  question: "env-config",
  title: "Config is read from the environment",
  rationale: "Factor III stores config in environment variables: language- and OS-agnostic, easy to change between deploys without changing code. An overlay that lets the environment override any config key (viper AutomaticEnv, Spring relaxed binding, pydantic BaseSettings) counts.",
  remediation: `Read deploy-specific values (URLs, credentials, ports, feature switches) from the environment: process.env, os.environ, os.Getenv, System.getenv / Spring \${VAR}, ENV[...], getenv(), std::env::var, Environment.GetEnvironmentVariable, System.get_env.`,
  conditions: {
    "from-env": { rubric: "from-env", when: "the code reads its config from the environment, or an overlay lets the environment override it" },
    "no-env": { rubric: "hardcoded-config", when: "the code reads nothing from the environment: its config is written into it" }
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    const reads = idx.of("env-read").filter((s) => s.lang !== "shell");
    const overlay = envOverlayOf(idx, app.manifests);
    const started = app.start.steps.filter((s) => /\$\{?[A-Z_][A-Z0-9_]*/.test(s.text));
    if (reads.length > 0) return [found("from-env", `config is read from the environment (${reads.length} place(s), first ${reads[0].file}:${reads[0].line})`, placesOf(reads).evidence)];
    if (overlay) return [found("from-env", `${overlay} lets the environment override the app's config`, [measured("environment overlay", 1, "overlays", 1)])];
    if (started.length > 0) return [found("from-env", `the start command passes config from the environment (${started[0].file}:${started[0].line})`, started.slice(0, 3).map((s) => ({ kind: "file", file: s.file, line: s.line, snippet: s.text.slice(0, 200) })))];
    const files = [...idx.sourceFiles.values()].flat();
    if (files.length === 0) return skip("no source the tool reads in the audited app: whether config comes from the environment is unknown");
    return [found("no-env", `${files.length} source file(s) and no environment read found`, [measured("environment reads", 0, "places", 1)])];
  }
};

// src/checks/config/secrets-outside-app.ts
var secretsOutsideApp = {
  id: "config/secrets-outside-app",
  factor: "config",
  kind: "static",
  role: "advice",
  title: "No real-looking secrets in tests, docs or files the image never ships",
  rationale: "A credential in a test fixture, a doc or a file the image never ships is not the app's config, so it does not decide factor III; but a real one still leaks with every clone.",
  remediation: "If the value is real, rotate it and replace it with an obvious fake; otherwise make it look like one (`test-token`, `changeme`).",
  conditions: {
    none: { outcome: "pass", when: "no real-looking secret outside what the app uses" },
    found: { outcome: "warn", when: "a real-looking secret in a test, doc or unshipped file" }
  },
  run({ app }) {
    const outside = gather(app).filter((c) => c.real).map((c) => ({ c, role: fileRole(app, c.file) })).filter(({ role }) => role === "not-app" || role === "unshipped");
    if (outside.length === 0) return [found("none", "no real-looking secret in tests, docs or unshipped files", [measured("secrets outside the app", 0, "secrets", 0)])];
    return [
      found(
        "found",
        `${outside.length} real-looking secret(s) outside what the app uses, first ${outside[0].c.file}:${outside[0].c.line} (${USED_BY[outside[0].role]})`,
        outside.slice(0, MAX_EVIDENCE).map(({ c }) => fileEv(c.file, c.line, c.snippet))
      )
    ];
  }
};

// src/checks/dependencies/base-image-pinned.ts
var VERSION_TAG = /^v?\d+\.\d+|(?:^|[-_])20\d{6}(?:$|[-_.])/;
var baseImagePinned = {
  id: "dependencies/base-image-pinned",
  factor: "dependencies",
  kind: "static",
  role: "core",
  title: "Base images are version-tagged",
  rationale: "The base image is a dependency too. `FROM node`, `node:latest`, `node:20` or `node:lts` silently change the OS, runtime and libraries between two builds of the same commit.",
  remediation: "Use a version tag (`FROM node:22.11-bookworm-slim`) or, better, a tag plus digest (`@sha256:\u2026`) kept current by Dependabot or Renovate.",
  conditions: {
    tagged: { rubric: "base-tagged", when: "every base image is tagged major.minor or finer, or pinned by digest" },
    floating: { rubric: "floating-base", when: "a base image is untagged, `latest`, major-only or a named tag (`lts`, `slim`)" }
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip("no Dockerfile: the base image is not known");
    const out = [];
    for (const s of df.stages) {
      const f = s.from;
      if (f.fromStage || f.image.toLowerCase() === "scratch") continue;
      const ev = [fileEv(df.file, f.line, `FROM ${f.raw}`)];
      if (f.digest) out.push(found("tagged", `FROM ${f.repository} is pinned by digest`, ev));
      else if (f.unresolved && !f.tag) out.push(found("floating", `FROM ${f.raw} depends on a build argument with no default; the base image is only known at build time`, ev));
      else if (!f.tag) out.push(found("floating", `FROM ${f.image} has no tag, so it means :latest`, ev));
      else if (VERSION_TAG.test(f.tag)) out.push(found("tagged", `FROM ${f.repository} is tagged ${f.tag}`, ev));
      else out.push(found("floating", `FROM ${f.image}: the tag "${f.tag}" floats (it is moved to new releases)`, ev));
    }
    return out.length > 0 ? out : skip("the Dockerfile builds only from scratch or earlier stages");
  }
};

// src/checks/dependencies/lockfile.ts
var COMPILED_REQUIREMENTS = /autogenerated by (?:pip-compile|uv)|^\s*#\s+via\b|--hash=sha256:/m;
function installedRequirements(app, snapshot) {
  const out = [];
  const seen = new Set(app.manifests.map((m) => m.file));
  for (const i of app.dockerfile?.instructions ?? []) {
    if (i.keyword !== "RUN") continue;
    for (const m of commandText(i).matchAll(/\bpip3?\s+install\b[^\n&;|]*?\s-r\s+(\S+)/g)) {
      const copied = app.dockerfile.instructions.find((c) => (c.keyword === "COPY" || c.keyword === "ADD") && c.body.includes(baseName(m[1])));
      const source = copied?.body.trim().split(/\s+/).find((w) => w.endsWith(".txt") && w !== m[1]) ?? m[1];
      const file = joinPath(app.context, source.replace(/^\.\//, ""));
      const text = snapshot.read(file);
      if (text === void 0 || seen.has(file)) continue;
      const parsed = parseManifest("requirements.txt", text, file);
      if (parsed) {
        seen.add(file);
        out.push(parsed);
      }
    }
  }
  return out;
}
function judgeManifest(snapshot, m) {
  const name = baseName(m.file);
  if (m.workspaceRoot && m.dependencies.length === 0) return void 0;
  if (name === "setup.py") return void 0;
  const deps = m.dependencies.filter((d) => !d.dev);
  if (m.tool === "pip" && /\.txt$/.test(name)) {
    if (m.dependencies.length === 0) return void 0;
    const loose2 = m.dependencies.filter((d) => floatingSpec(d, "python") !== void 0);
    if (loose2.length > 0) {
      return found(
        "unlocked-ranges",
        `${m.file} leaves ${loose2.length} of ${m.dependencies.length} requirements unpinned and nothing locks them (pip-compile, uv, poetry)`,
        loose2.slice(0, MAX_EVIDENCE).map((d) => fileEv(m.file, d.line, `${d.name}${d.spec ? ` ${d.spec}` : ""}`))
      );
    }
    const text = snapshot.read(m.file) ?? "";
    if (COMPILED_REQUIREMENTS.test(text)) return found("locked", `${m.file} is compiled output that pins every transitive version`, [fileEv(m.file, 1)]);
    return found("top-level-pins", `${m.file} pins its ${m.dependencies.length} top-level requirement(s) with ==, but nothing pins what they pull in (pip-compile or uv would)`, [fileEv(m.file, m.dependencies[0].line)]);
  }
  if (m.tool === "maven" || m.tool === "gradle" && !m.selfLocked) {
    const lock2 = lockfileFor(snapshot, m);
    if (lock2) return found("locked", `${m.file} is locked by ${lock2}`, [fileEv(lock2)]);
    const dynamic = m.dependencies.filter((d) => floatingSpec(d, "jvm") !== void 0);
    if (dynamic.length > 0) {
      return found("unlocked-ranges", `${m.file} uses ${dynamic.length} dynamic or range version(s) and no lockfile pins them`, dynamic.slice(0, MAX_EVIDENCE).map((d) => fileEv(m.file, d.line, `${d.name}:${d.spec}`)));
    }
    return found("locked", m.dependencies.length === 0 ? `${m.file} declares no dependencies` : `${m.file} declares exact versions, which ${m.tool} resolves the same way every build`, [fileEv(m.file, m.dependencies[0]?.line ?? 1)]);
  }
  if (m.tool === "nuget") return judgeProject(snapshot, m);
  if (m.selfLocked) return found("locked", `${m.file} enables dependencyLocking`, [fileEv(m.file)]);
  if (m.ecosystem === "go" && m.dependencies.length === 0) return found("locked", `${m.file} requires no modules`, [fileEv(m.file, 1)]);
  const lock = lockfileFor(snapshot, m);
  if (lock) return found("locked", `${m.file} is locked by ${lock}`, [fileEv(lock)]);
  if (deps.length === 0 && m.dependencies.length === 0) return found("locked", `${m.file} declares no dependencies to lock`, [fileEv(m.file, 1)]);
  if (m.ecosystem === "go") return found("top-level-pins", `${m.file} pins module versions but has no go.sum to verify them`, [fileEv(m.file, 1)]);
  const loose = m.dependencies.filter((d) => floatingSpec(d, m.ecosystem) !== void 0);
  if (loose.length === 0) return found("top-level-pins", `${m.file} pins its top-level dependencies exactly, but no lockfile (${m.lockfiles.join(", ")}) pins what they pull in`, [fileEv(m.file, m.dependencies[0]?.line ?? 1)]);
  return found(
    "unlocked-ranges",
    `${m.file} has no lockfile (expected one of ${m.lockfiles.join(", ")}) and ${loose.length} dependency spec(s) are ranges`,
    [fileEv(m.file, 1), ...loose.slice(0, MAX_EVIDENCE - 1).map((d) => fileEv(m.file, d.line, `${d.name} ${d.spec}`.trim()))]
  );
}
function centralVersions(snapshot, project) {
  for (let dir = dirOf(project); ; dir = dirOf(dir)) {
    const file = joinPath(dir, "Directory.Packages.props");
    const text = snapshot.read(file);
    if (text !== void 0) {
      const versions = /* @__PURE__ */ new Map();
      for (const m of text.matchAll(/<PackageVersion\b[^>]{0,200}\bInclude\s*=\s*"([^"]{1,200})"[^>]{0,200}\bVersion\s*=\s*"([^"]{0,100})"/g)) versions.set(m[1].toLowerCase(), m[2]);
      return { file, versions };
    }
    if (dir === ".") return void 0;
  }
}
function judgeProject(snapshot, m) {
  const lock = lockfileFor(snapshot, m);
  if (lock) return found("locked", `${m.file} is locked by ${lock}`, [fileEv(lock)]);
  const central = m.dependencies.some((d) => d.spec === "") ? centralVersions(snapshot, m.file) : void 0;
  const resolved = m.dependencies.map((d) => d.spec === "" && central ? { ...d, spec: central.versions.get(d.name.toLowerCase()) ?? "" } : d);
  const loose = resolved.filter((d) => d.spec === "" || floatingSpec(d, "dotnet") !== void 0);
  if (loose.length > 0) {
    return found("unlocked-ranges", `${m.file} has ${loose.length} NuGet reference(s) without an exact version and no packages.lock.json`, loose.slice(0, MAX_EVIDENCE).map((d) => fileEv(m.file, d.line, `${d.name} ${d.spec || "(no version)"}`)));
  }
  if (m.dependencies.length === 0) return found("locked", `${m.file} references no NuGet packages`, [fileEv(m.file, 1)]);
  return found("locked", `${m.file} references exact NuGet versions${central ? ` (central versions in ${central.file})` : ""}, which restore resolves the same way every build`, [fileEv(m.file, m.dependencies[0].line)]);
}
var NODE_BUILTINS = /* @__PURE__ */ new Set(["assert", "buffer", "child_process", "cluster", "crypto", "dgram", "dns", "events", "fs", "http", "http2", "https", "net", "os", "path", "perf_hooks", "process", "querystring", "readline", "stream", "string_decoder", "timers", "tls", "url", "util", "v8", "vm", "worker_threads", "zlib", "module", "async_hooks", "inspector", "tty"]);
var lockfile = {
  id: "dependencies/lockfile",
  factor: "dependencies",
  kind: "static",
  role: "core",
  title: "Dependencies are declared and locked",
  rationale: "Factor II: an app declares all dependencies completely and exactly. A manifest plus a lockfile (or an ecosystem whose declarations are exact) means the build tomorrow installs what was tested today.",
  remediation: "Commit the lockfile your package manager writes (package-lock.json, pnpm-lock.yaml, yarn.lock, poetry.lock, uv.lock, Pipfile.lock, go.sum, Gemfile.lock, Cargo.lock, composer.lock, gradle.lockfile, packages.lock.json, mix.lock) or compile requirements with pip-compile/uv, and install from it.",
  conditions: {
    locked: { rubric: "locked", when: "a lockfile or ecosystem-exact pins lock every dependency" },
    "top-level-pins": { rubric: "top-level-pins", when: "top-level dependencies are pinned exactly but nothing pins what they pull in" },
    "unlocked-ranges": { rubric: "unlocked-ranges", when: "no lockfile, and dependency specs are ranges" },
    undeclared: { rubric: "undeclared", when: "source code with no dependency manifest" }
  },
  run({ app }) {
    const snapshot = app.snapshot;
    const mfs = [...app.manifests, ...installedRequirements(app, snapshot)];
    const out = mfs.flatMap((m) => judgeManifest(snapshot, m) ?? []);
    const installedLocked = out.some((f) => "condition" in f && f.condition === "locked");
    const kept = installedLocked ? out.filter((f) => !("condition" in f) || f.condition === "locked" || !/requirements\.txt/.test(f.message)) : out;
    if (kept.length > 0) return kept;
    const langs = [...signals(snapshot).sourceFiles.entries()];
    if (langs.length === 0) return skip(mfs.length > 0 ? "manifests declare no dependencies to lock" : "no source files and no manifest in the audited app");
    for (const file of signals(snapshot).sourceFiles.get("js") ?? []) {
      const text = snapshot.read(file) ?? "";
      const m = /(?:require\(\s*|from\s+)['"]((?!node:|\.|\/)(?:@[\w.-]+\/)?[\w.-]+)/.exec(text);
      if (m && !NODE_BUILTINS.has(m[1])) {
        const line = text.slice(0, m.index).split("\n").length;
        return [found("undeclared", `${file} uses the package "${m[1]}" but no package.json declares it`, [fileEv(file, line)])];
      }
    }
    const [lang, files] = langs.sort((a, b) => b[1].length - a[1].length)[0];
    return skip(`${files.length} ${lang} source file(s) and no dependency manifest: cannot tell whether they use third-party packages`);
  }
};

// src/checks/dependencies/no-curl-pipe-shell.ts
var CURL_PIPE = /\b(?:curl|wget)\b[^|;&\n]{0,400}\|\s*(?:sudo\s+)?(?:-?\s*)?(?:ba|z|da|k)?sh\b|\b(?:ba)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\bsh\s+<\(\s*(?:curl|wget)/;
var noCurlPipeShell = {
  id: "dependencies/no-curl-pipe-shell",
  factor: "dependencies",
  kind: "static",
  role: "advice",
  title: "No `curl | sh` installs",
  rationale: "Piping a downloaded script into a shell installs whatever the server returns that day: a dependency no manifest records, unpinned and unverified.",
  remediation: "Install through the package manager with a pinned version, or download a versioned artifact and verify its checksum (`sha256sum -c`) before running it.",
  conditions: {
    none: { outcome: "pass", when: "no download is piped into a shell" },
    piped: { outcome: "warn", when: "a downloaded script is piped into a shell" }
  },
  run({ app }) {
    const snapshot = app.snapshot;
    const df = app.dockerfile;
    const places = [];
    if (df) {
      for (const i of df.instructions) if (i.keyword === "RUN" && CURL_PIPE.test(commandText(i))) places.push({ file: df.file, line: i.line, text: i.args });
    }
    const scripts = snapshot.appFiles.filter((f) => /\.sh$/.test(f.path) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
    for (const s of scripts) {
      snapshot.read(s.path)?.split("\n").forEach((l, i) => {
        if (!l.trim().startsWith("#") && CURL_PIPE.test(l)) places.push({ file: s.path, line: i + 1, text: l.trim() });
      });
    }
    if (places.length > 0) return places.slice(0, MAX_EVIDENCE).map((p) => found("piped", `a downloaded script is piped into a shell at ${p.file}:${p.line}`, [fileEv(p.file, p.line, p.text.slice(0, 200))]));
    if (!df && scripts.length === 0) return skip("no Dockerfile or shell scripts to inspect");
    return [found("none", "no download is piped into a shell", [...df ? [fileEv(df.file)] : [], measured("curl | sh installs", 0, "occurrences", 0)])];
  }
};

// src/checks/dependencies/reproducible-install.ts
var INSTALL_RULES = [
  { re: /\bnpm\s+(?:install|i)\b/, unless: /\bnpm\s+(?:install|i)\s+(?:-g|--global)\b/, why: "`npm install` may rewrite the lock; use `npm ci`" },
  { re: /\byarn(?:\s+install)?\s*(?:$|&&|;|\|)/, unless: /--frozen-lockfile|--immutable/, why: "`yarn install` without --frozen-lockfile/--immutable may change the lock" },
  { re: /\bpnpm\s+(?:install|i)\b/, unless: /--frozen-lockfile/, why: "`pnpm install` without --frozen-lockfile may change the lock" },
  { re: /\bbun\s+install\b/, unless: /--frozen-lockfile/, why: "`bun install` without --frozen-lockfile may change the lock" },
  { re: /\bpoetry\s+(?:lock|update)\b/, why: "the lock is regenerated at build time" },
  { re: /\bpipenv\s+install\b/, unless: /--deploy|--ignore-pipfile/, why: "`pipenv install` without --deploy ignores a stale Pipfile.lock" },
  { re: /\buv\s+sync\b/, unless: /--frozen|--locked/, why: "`uv sync` without --locked/--frozen may update uv.lock" },
  { re: /\bcomposer\s+update\b/, why: "`composer update` ignores composer.lock; use `composer install`" },
  { re: /\bbundle\s+update\b/, why: "`bundle update` ignores Gemfile.lock" },
  { re: /\bcargo\s+(?:build|install)\b/, unless: /--locked|--frozen/, why: "`cargo build` without --locked may update Cargo.lock" }
];
var ANY_INSTALL = /\b(?:npm\s+ci|yarn\s+install\s+--(?:frozen-lockfile|immutable)|pnpm\s+install\s+--frozen-lockfile|pip3?\s+install\b|poetry\s+install|uv\s+sync|bundle\s+install|composer\s+install|go\s+mod\s+download|go\s+build|mvnw?\b|gradlew?\b|cargo\s+build|dotnet\s+(?:restore|publish)|mix\s+deps\.get)/;
var reproducibleInstall = {
  id: "dependencies/reproducible-install",
  factor: "dependencies",
  kind: "static",
  role: "advice",
  title: "The image installs from the lockfile",
  rationale: "A lockfile only helps when the build honours it. `npm install`, `yarn` without --frozen-lockfile, `composer update` and friends may re-resolve and build an image that differs from what was tested.",
  remediation: "In the Dockerfile use `npm ci`, `yarn install --frozen-lockfile` (or `--immutable`), `pnpm install --frozen-lockfile`, `pipenv install --deploy`, `uv sync --locked`, `composer install`, `cargo build --locked`.",
  conditions: {
    "honours-lock": { outcome: "pass", when: "every install step installs what the lockfile says" },
    "re-resolves": { outcome: "warn", when: "an install step may re-resolve and rewrite the lock" }
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip("no Dockerfile");
    const out = [];
    let installs = 0;
    for (const i of df.instructions) {
      if (i.keyword !== "RUN") continue;
      const text = commandText(i);
      for (const part of text.split(/&&|;|\n|\|\|/)) {
        for (const r of INSTALL_RULES) {
          if (!r.re.test(part)) continue;
          installs++;
          if (r.unless?.test(part)) continue;
          if (/\bnpm\s+(?:install|i)\s+[^-\s]/.test(part) && !/\bnpm\s+(?:install|i)\s+--/.test(part)) continue;
          out.push(found("re-resolves", `${r.why} (${df.file}:${i.line})`, [fileEv(df.file, i.line, part.trim().slice(0, 200))]));
        }
      }
      if (ANY_INSTALL.test(text)) installs++;
    }
    if (out.length > 0) return out;
    if (installs === 0) return skip(`${df.file} installs no dependencies`);
    return [found("honours-lock", `${df.file} installs dependencies without re-resolving them`, [fileEv(df.file)])];
  }
};

// src/checks/dependencies/update-automation.ts
var CONFIGS = [".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json"];
var updateAutomation = {
  id: "dependencies/update-automation",
  factor: "dependencies",
  kind: "static",
  role: "advice",
  title: "Dependency updates are automated",
  rationale: "Exact pins age. Dependabot or Renovate keeps pinned dependencies and base images moving through reviewed pull requests, so pinning does not turn into running old, vulnerable code.",
  remediation: "Add .github/dependabot.yml (one entry per ecosystem plus `docker`) or a renovate.json at the repository root.",
  conditions: {
    automated: { outcome: "pass", when: "Dependabot or Renovate is configured" },
    manual: { outcome: "warn", when: "no update automation is configured" }
  },
  run({ snapshot }) {
    const hit = CONFIGS.find((c) => snapshot.has(c));
    if (hit) return [found("automated", `updates are automated by ${hit.includes("dependabot") ? "Dependabot" : "Renovate"}`, [fileEv(hit)])];
    if (/"renovate"\s*:/.test(snapshot.read("package.json") ?? "")) return [found("automated", "Renovate is configured in package.json", [fileEv("package.json")])];
    return [found("manual", "no Dependabot or Renovate configuration at the repository root", [measured("update automation configs", 0, "files", 1)])];
  }
};

// src/checks/dev-prod-parity/dev-image.ts
var STOCK_RUNTIME = /^(?:[\w.-]+\/)*(?:python|node|ruby|golang|openjdk|eclipse-temurin|amazoncorretto|php|rust|mcr\.microsoft\.com\/dotnet\/(?:sdk|aspnet|runtime)|elixir|bun|deno|maven|gradle)(?::|$)/;
var devImage = {
  id: "dev-prod-parity/dev-image",
  factor: "dev-prod-parity",
  kind: "static",
  role: "core",
  title: "Development runs the image the release is built from",
  rationale: "Factor X keeps the tools gap small. A dev service that runs a stock runtime image with the source bind-mounted, or a separate Dockerfile.dev, tests a different runtime version and setup than the image that ships.",
  remediation: "Build the dev service from the release Dockerfile (`build: .`, a `--target dev` stage for development tools), and drop per-environment Dockerfiles.",
  conditions: {
    "stock-image": { rubric: "stock-dev-image", when: "a dev service runs a stock runtime image with bind-mounted source instead of the release image" },
    "per-environment-dockerfile": { rubric: "dev-only-runtime", when: "development and release use different Dockerfiles" },
    "dev-runner": { rubric: "dev-only-runtime", when: "the dev stack runs the app through a reloading dev server over bind-mounted source" }
  },
  run({ app }) {
    const out = [];
    if (!app.deploy.composeIsDeploy) {
      for (const c of app.compose) {
        for (const s of c.services) {
          if (composeBuild(c, s) || !s.image || serviceKindOfImage(s.image) || !STOCK_RUNTIME.test(s.image)) continue;
          const mount = s.volumes.find((v) => /^\.{1,2}(?:\/|:)/.test(v.text));
          if (!mount) continue;
          out.push(found("stock-image", `compose service ${s.name} runs the stock image ${s.image} with ${mount.text} mounted, not the image the Dockerfile builds${app.dockerfile ? ` (${app.dockerfile.stages.at(-1)?.from.raw ?? ""})` : ""}`, [fileEv(c.file, s.line, `${s.name}: ${s.image}`), fileEv(c.file, mount.line, mount.text)]));
        }
      }
    }
    const dev = app.devService;
    const devCommand = dev?.command ?? dev?.entrypoint;
    if (dev && app.stacks.dev && dev !== app.runService && devCommand && DEV_RUNNER.test(devCommand)) {
      const mount = dev.volumes.find((v) => /^\.{1,2}(?:\/|:)/.test(v.text));
      if (mount) out.push(found("dev-runner", `development runs ${devCommand.slice(0, 80)} in compose service ${dev.name} over ${mount.text}, a reloading dev server the release never runs (${app.stacks.dev.why})`, [fileEv(dev.commandAt?.file ?? dev.at.file, dev.commandAt?.line ?? dev.at.line, devCommand.slice(0, 200)), fileEv(mount.at.file, mount.at.line, mount.text)]));
    }
    const perEnv = appDockerfiles(app.snapshot).filter((f) => /(?:^|[.-])(?:dev|development|local)(?:[.-]|$)/i.test(baseName(f)));
    if (perEnv.length > 0 && app.dockerfile && !perEnv.includes(app.dockerfile.file)) {
      out.push(found("per-environment-dockerfile", `development builds from ${perEnv.join(", ")}, the release from ${app.dockerfile.file}`, [...perEnv, app.dockerfile.file].slice(0, MAX_EVIDENCE).map((f) => fileEv(f))));
    }
    return out;
  }
};

// src/checks/dev-prod-parity/same-backing-services.ts
var DRIVER_KIND = [
  [/^(?:pg|postgres|pg-promise|@prisma\/adapter-pg|psycopg2?(?:-binary)?|psycopg|asyncpg|github\.com\/lib\/pq|github\.com\/jackc\/pgx\S*|org\.postgresql:postgresql|tokio-postgres|diesel_postgres|sqlx-postgres|Npgsql\S*|postgrex)$/i, "postgres"],
  [/^(?:mysql2?|mysqlclient|pymysql|aiomysql|github\.com\/go-sql-driver\/mysql|com\.mysql:mysql-connector-j|mysql:mysql-connector-java|org\.mariadb\.jdbc:mariadb-java-client|MySql\.Data|myxql)$/i, "mysql"],
  [/^(?:redis|ioredis|github\.com\/redis\/go-redis\S*|github\.com\/go-redis\/redis\S*|redis-rb|predis\/predis|org\.springframework\.boot:spring-boot-starter-data-redis|io\.lettuce:lettuce-core|StackExchange\.Redis|redix)$/i, "redis"],
  [/^(?:mongodb|mongoose|pymongo|motor|go\.mongodb\.org\/mongo-driver|mongoid|mongodb\/mongodb|org\.mongodb:\S+|MongoDB\.Driver)$/i, "mongodb"],
  [/^(?:amqplib|pika|aio-pika|github\.com\/rabbitmq\/amqp091-go|bunny|php-amqplib\/php-amqplib|lapin|RabbitMQ\.Client)$/i, "rabbitmq"],
  [/^(?:sqlite3|better-sqlite3|sqlite|aiosqlite|github\.com\/mattn\/go-sqlite3|modernc\.org\/sqlite|rusqlite|org\.xerial:sqlite-jdbc|com\.h2database:h2|Microsoft\.Data\.Sqlite|ecto_sqlite3)$/i, "sqlite"]
];
var VERSION_TAG2 = /:v?\d+\.\d+|@sha256:/;
var sameBackingServices = {
  id: "dev-prod-parity/same-backing-services",
  factor: "dev-prod-parity",
  kind: "static",
  role: "core",
  subject: true,
  title: "Development runs the same backing services as the deploy",
  rationale: "Factor X: the twelve-factor developer resists lightweight substitutes (SQLite for Postgres, a floating `postgres` image for a pinned one). Tiny incompatibilities between them make code that passed in development fail in production.",
  remediation: "Run the deploy's kinds and versions of services locally (compose: `postgres:16.2`, `redis:7.2`), build the app service from the release Dockerfile, and drop SQLite defaults from code that talks to Postgres in production.",
  conditions: {
    same: { rubric: "same", when: "the dev stack runs the deploy's kinds of service, version-tagged" },
    "sqlite-vs-server": { rubric: "sqlite-vs-server", when: "SQLite is used beside a server database driver" },
    "version-drift": { rubric: "version-drift", when: "a dev service image floats, or its tag differs from the deploy's" },
    "no-dev-stack": { rubric: "no-dev-stack", when: "no dev stack (compose, .env.example, devcontainer) to compare" }
  },
  run({ app }) {
    const deps = app.manifests.flatMap((m) => m.dependencies.map((d) => ({ m, d, kind: DRIVER_KIND.find(([re]) => re.test(d.name))?.[1] })).filter((x) => x.kind));
    const serverKinds = new Set(deps.filter((x) => x.kind !== "sqlite" && !x.d.dev).map((x) => x.kind));
    const out = [];
    const sqlite = [
      ...deps.filter((x) => x.kind === "sqlite" && !(baseName(x.m.file) === "go.mod" && /\/\/\s*indirect/.test((app.snapshot.read(x.m.file) ?? "").split("\n")[x.d.line - 1] ?? ""))).map((x) => fileEv(x.m.file, x.d.line, x.d.name)),
      ...signals(app.snapshot).of("sqlite").slice(0, 3).map((s) => fileEv(s.file, s.line, s.snippet))
    ];
    if (serverKinds.size > 0 && sqlite.length > 0) {
      const first = sqlite[0];
      out.push(found("sqlite-vs-server", `SQLite (${first.kind === "file" ? `${first.file}:${first.line}` : ""}) is used beside ${[...serverKinds].join(", ")}: development and production run different databases`, [...sqlite.slice(0, 3), ...deps.filter((x) => x.kind !== "sqlite").slice(0, 2).map((x) => fileEv(x.m.file, x.d.line, x.d.name))]));
    }
    const devCompose = app.compose.filter((c) => app.deploy.dev.some((d) => d.file === c.file));
    const deployImages = deployImageTags(app);
    const drift = [];
    const driftWhy = [];
    const kinds = [];
    for (const c of devCompose) {
      for (const s of c.services) {
        const image = s.image ?? builtFrom(app, c, s);
        const kind = image ? serviceKindOfImage(image) : void 0;
        if (!kind || !image) continue;
        kinds.push(fileEv(c.file, s.line, `${s.name}: ${image}`));
        const deployed = deployImages.get(kind);
        if (!VERSION_TAG2.test(image)) {
          drift.push(fileEv(c.file, s.line, `${s.name}: ${image}`));
          driftWhy.push(`${c.file}:${s.line} runs ${image}, a floating tag${deployed ? `; the deploy runs ${deployed.image}` : ""}`);
        } else if (deployed && tagOf(deployed.image) !== tagOf(image)) {
          drift.push(fileEv(c.file, s.line, `${s.name}: ${image}`), fileEv(deployed.file, deployed.line, deployed.image));
          driftWhy.push(`${c.file}:${s.line} runs ${image}, the deploy runs ${deployed.image}`);
        }
      }
    }
    if (drift.length > 0) out.push(found("version-drift", `${driftWhy[0]}${driftWhy.length > 1 ? ` (and ${driftWhy.length - 1} more)` : ""}`, drift.slice(0, MAX_EVIDENCE), driftWhy));
    if (out.length > 0) return out;
    if (app.deploy.dev.length === 0) return [{ condition: "no-dev-stack", message: "no dev stack (compose file, .env.example, devcontainer) to compare with the deploy" }];
    if (kinds.length > 0) return [found("same", `the dev stack runs version-tagged ${[...new Set(kinds.map((k) => k.kind === "file" ? k.snippet?.split(": ")[1] : ""))].join(", ")}`, kinds.slice(0, MAX_EVIDENCE))];
    if (serverKinds.size === 0) return [found("same", `the dev stack (${app.deploy.dev.map((d) => d.file).slice(0, 3).join(", ")}) needs no backing service, and the app uses none`, app.deploy.dev.slice(0, 3).map((d) => fileEv(d.file)))];
    return [{ outcome: "skip", message: `the app uses ${[...serverKinds].join(", ")}, but the dev stack (${app.deploy.dev.map((d) => d.file).slice(0, 3).join(", ")}) does not say what runs it locally` }];
  }
};
function builtFrom(app, c, s) {
  const b = composeBuild(c, s);
  if (!b || app.dockerfile && b.dockerfile === app.dockerfile.file) return void 0;
  const text = app.snapshot.at(".").read(b.dockerfile);
  if (!text) return void 0;
  const df = parseDockerfile(text, b.dockerfile);
  const last = df.stages[df.stages.length - 1];
  return last && !last.from.fromStage ? last.from.image : void 0;
}
function tagOf(image) {
  const at = image.indexOf("@");
  if (at >= 0) return image.slice(at);
  const slash = image.lastIndexOf("/");
  const colon = image.indexOf(":", slash + 1);
  return colon >= 0 ? image.slice(colon + 1) : "latest";
}
function deployImageTags(app) {
  const out = /* @__PURE__ */ new Map();
  const repo = app.snapshot.at(".");
  for (const d of app.deploy.descriptors) {
    if (d.kind !== "kubernetes" && d.kind !== "helm" && d.kind !== "compose-prod") continue;
    (repo.read(d.file) ?? "").split("\n").forEach((l, i) => {
      const m = /^\s*-?\s*image:\s*["']?([^\s"'{}]+)/.exec(l);
      const kind = m ? serviceKindOfImage(m[1]) : void 0;
      if (m && kind && !out.has(kind)) out.set(kind, { image: m[1], file: d.file, line: i + 1 });
    });
  }
  return out;
}

// src/evidence/repo/rails.ts
var PRODUCTION = "config/environments/production.rb";
var STORAGE_SETTING = /^\s*config\.active_storage\.service\s*=\s*(?::(\w{1,60})|["'](\w{1,60})["'](?:\.to_sym)?|ENV\.fetch\(\s*["']([A-Z][A-Z0-9_]{0,60})["']\s*(?:,\s*["':]?(\w{1,60})["']?\s*)?\)|ENV\[\s*["']([A-Z][A-Z0-9_]{0,60})["']\s*\])/;
var ATTACHES = /\bhas_(?:one|many)_attached\b|\.attach\(/;
var TO_STDIO = /\bSTDOUT\b|\$stdout\b|\bSTDERR\b|\$stderr\b|\/dev\/std(?:out|err)|\bTaggedLogging\.logger\(\s*(?:STDOUT|\$stdout)/;
var STDIO_LOGGER = new RegExp(`^\\s*(?:config\\.logger\\s*=|logger\\s*=|config\\.rails_semantic_logger\\.|SemanticLogger\\.add_appender\\()[^\\n]*(?:${TO_STDIO.source})`);
var ENV_CONDITION = /^\s*(?:if|unless)\s+ENV(?:\[\s*["']([A-Z][A-Z0-9_]{0,60})["']\s*\]|\.fetch\(\s*["']([A-Z][A-Z0-9_]{0,60})["'])/;
function production(app) {
  const file = joinPath(app.root, PRODUCTION);
  const text = app.snapshot.read(file);
  if (text === void 0 || !/\bRails\.application\.configure\b|\.configure\s+do\b/.test(text)) return void 0;
  return { file, lines: text.split("\n") };
}
function storageService(app, name) {
  const file = joinPath(app.root, "config/storage.yml");
  const lines = (app.snapshot.read(file) ?? "").split("\n");
  const at = lines.findIndex((l) => new RegExp(`^${name}:\\s*(?:#.*)?$`).test(l));
  if (at < 0) return void 0;
  for (let i = at + 1; i < lines.length && (/^\s/.test(lines[i]) || lines[i].trim() === ""); i++) {
    const m = /^\s+service:\s*["']?(\w{1,40})/.exec(lines[i]);
    if (m) return { service: m[1], line: i + 1, file };
  }
  return void 0;
}
function attachesFiles(app) {
  const models = joinPath(app.root, "app/");
  return app.snapshot.appFiles.some((f) => f.path.startsWith(models) && f.path.endsWith(".rb") && ATTACHES.test(app.snapshot.read(f.path) ?? ""));
}
function railsDiskStorage(app) {
  const prod = production(app);
  if (!prod) return void 0;
  const at = prod.lines.findIndex((l) => STORAGE_SETTING.test(l));
  if (at < 0) return void 0;
  const m = STORAGE_SETTING.exec(prod.lines[at]);
  const variable = m[3] ?? m[5];
  if (variable && variableSetBy(app, variable)) return void 0;
  const name = m[1] ?? m[2] ?? m[4];
  if (!name) return void 0;
  const entry2 = storageService(app, name);
  if (entry2?.service !== "Disk" || !attachesFiles(app)) return void 0;
  const snippet = `${prod.lines[at].trim().slice(0, 100)} (${entry2.file}:${entry2.line}: service: Disk)`;
  return { kind: "upload-dir", file: prod.file, line: at + 1, lang: "ruby", snippet };
}
function railsFileLog(app) {
  const prod = production(app);
  if (!prod) return void 0;
  const where3 = (line, why) => ({ kind: "file-logging", file: prod.file, line, lang: "ruby", snippet: why });
  const stdio = prod.lines.findIndex((l) => STDIO_LOGGER.test(l));
  if (stdio < 0) {
    const shared = joinPath(app.root, "config/");
    const elsewhere = app.snapshot.appFiles.some(
      (f) => (f.path === `${shared}application.rb` || f.path.startsWith(`${shared}initializers/`) && f.path.endsWith(".rb")) && (app.snapshot.read(f.path) ?? "").split("\n").some((l) => STDIO_LOGGER.test(l))
    );
    return elsewhere ? void 0 : where3(1, "production.rb binds no logger to stdout: Rails writes log/production.log");
  }
  const condition = enclosingCondition(prod.lines, stdio);
  if (!condition) return void 0;
  if (variableSetBy(app, condition.variable)) return void 0;
  return where3(condition.line, `${prod.lines[condition.line - 1].trim().slice(0, 80)}: nothing sets ${condition.variable}, so Rails writes log/production.log`);
}
function enclosingCondition(lines, at) {
  let indent = /^\s*/.exec(lines[at])[0].length;
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const l = lines[i];
    if (l.trim() === "" || /^\s*#/.test(l)) continue;
    const own = /^\s*/.exec(l)[0].length;
    if (own >= indent) continue;
    indent = own;
    const m = ENV_CONDITION.exec(l);
    if (m) return { variable: m[1] ?? m[2], line: i + 1 };
    if (/^\s*(?:Rails\.application\.configure|[\w:.]+\.configure)\s+do\b/.test(l)) return void 0;
  }
  return void 0;
}
var RAILS_SERVER = /\brails\s+s(?:erver)?\b/;
function railsDevelopmentServer(app, server) {
  if (!RAILS_SERVER.test(server)) return false;
  const flag = /(?:\s-e\s*|\s--environment[=\s]+)["']?(\w+)/.exec(server)?.[1];
  if (flag) return /^dev(?:elopment)?$/.test(flag);
  const env = app.finalStage?.env ?? {};
  const chosen = env.RAILS_ENV ?? env.RACK_ENV;
  if (chosen !== void 0) return /^dev(?:elopment)?$/.test(chosen);
  return !variableSetBy(app, "RAILS_ENV") && !variableSetBy(app, "RACK_ENV");
}

// src/checks/disposability/exec-form-cmd.ts
var execFormCmd = {
  id: "disposability/exec-form-cmd",
  factor: "disposability",
  kind: "static",
  role: "core",
  subject: true,
  question: "shutdown",
  title: "SIGTERM reaches the app",
  rationale: "Factor IX asks processes to shut down gracefully on SIGTERM. Docker sends it to PID 1. A shell (`sh -c`, shell-form CMD) or a wrapper (`npm start`, `make`) as PID 1 neither execs the app nor forwards the signal, so the app is SIGKILLed after the grace period.",
  remediation: 'Write CMD ["node", "server.js"] (exec form) instead of CMD node server.js; `exec` the app at the end of an entrypoint script or `sh -c`; run under tini or dumb-init when a parent must stay.',
  conditions: {
    "reaches-app": { rubric: "exec-entry", when: "the app is PID 1, exec'd by a shell, or under an init that forwards signals" },
    "dev-server": { rubric: "dev-server", when: "a development server is PID 1" },
    "base-image-entry": { rubric: "hidden-handling", when: "the image sets no command: the base image's command (and its signal handling) runs" },
    "shell-or-wrapper": { rubric: "shell-pid1", when: "a shell or wrapper is PID 1 and neither execs the app nor forwards SIGTERM" },
    "one-off": { rubric: "one-off", when: "the entry runs to completion and serves no port" }
  },
  run({ app }) {
    if (app.kind === "one-off") {
      const s = app.kindStep;
      return [{ condition: "one-off", message: `the entry is a one-off command: ${app.kindReason}`, evidence: s ? [fileEv(s.file, s.line, s.text.slice(0, 200))] : [] }];
    }
    const df = app.dockerfile;
    if (!df || !app.finalStage) return skip("no Dockerfile: what runs as PID 1 is up to the platform");
    const entry2 = app.start.entry;
    if (!entry2) return [found("base-image-entry", `${df.file} sets no CMD or ENTRYPOINT: the base image's command runs`, [fileEv(df.file, app.finalStage.from.line, `FROM ${app.finalStage.from.raw}`)])];
    const step2 = app.start.signalStep ?? { origin: `Dockerfile ${entry2.keyword}`, file: entry2.file, line: entry2.line, text: entry2.text };
    const ev = [fileEv(step2.file, step2.line, step2.text.slice(0, 200))];
    const server = app.start.server?.text ?? "";
    switch (app.start.signalPath) {
      case "shell":
        return [found("shell-or-wrapper", `${step2.origin} runs the app under a shell that neither execs it nor forwards SIGTERM${entry2.shellForm ? " (shell-form command)" : ""}: ${step2.text.slice(0, 100)}`, ev)];
      case "wrapper":
        return [found("shell-or-wrapper", `${step2.origin} starts the app through ${step2.text.split(/\s+/)[0]}, which does not pass SIGTERM on: ${step2.text.slice(0, 100)}`, ev)];
      default:
        if (DEV_RUNNER.test(server) || railsDevelopmentServer(app, server)) return [found("dev-server", `a development server is PID 1: ${server.slice(0, 100)}`, [fileEv(app.start.server.file, app.start.server.line, server.slice(0, 200))])];
        return [found("reaches-app", describe(app.start.signalPath, step2.text), ev)];
    }
  }
};
function describe(path16, text) {
  switch (path16) {
    case "exec":
      return `the start script execs the app, so it receives SIGTERM (${text.slice(0, 80)})`;
    case "init":
      return `an init forwards SIGTERM to the app (${text.slice(0, 80)})`;
    case "supervisor":
      return `a supervisor is PID 1 and passes SIGTERM to its processes (${text.slice(0, 80)})`;
    default:
      return `the app is PID 1 and receives SIGTERM itself (${text.slice(0, 80)})`;
  }
}

// src/checks/disposability/healthcheck.ts
var healthcheck = {
  id: "disposability/healthcheck",
  factor: "disposability",
  kind: "static",
  role: "advice",
  title: "A health check tells when the app is ready",
  rationale: "Fast startup only helps when the platform can tell the process is ready. A HEALTHCHECK (or a compose healthcheck, or the platform's readiness probe) lets rolling deploys wait for readiness and replace hung processes.",
  remediation: "Add `HEALTHCHECK CMD \u2026` probing a cheap endpoint, a compose `healthcheck:`, or a readiness probe in the deploy manifest.",
  conditions: {
    declared: { outcome: "pass", when: "a health check or readiness probe is declared" },
    missing: { outcome: "warn", when: "no health check or readiness probe" }
  },
  run({ app }) {
    if (app.kind !== "web") return skip("health checks apply to a process that serves a port");
    const df = app.dockerfile;
    const hc = df && app.finalStage ? lastInStage(df, app.finalStage, "HEALTHCHECK") : void 0;
    if (hc && !/^NONE\b/i.test(hc.body)) return [found("declared", "the image declares a HEALTHCHECK", [fileEv(df.file, hc.line, hc.args.slice(0, 200))])];
    const svc = app.runService;
    if (svc?.healthcheck) return [found("declared", `compose service ${svc.name} declares a healthcheck`, [fileEv(svc.at.file, svc.at.line)])];
    const repo = app.snapshot.at(".");
    for (const d of app.deploy.descriptors) {
      const lines = (repo.read(d.file) ?? "").split("\n");
      const i = lines.findIndex((l) => /^\s*(?:readinessProbe|livenessProbe|health_check|healthcheck):/.test(l));
      if (i >= 0) return [found("declared", `${d.file} declares ${lines[i].trim().replace(/:$/, "")}`, [fileEv(d.file, i + 1)])];
    }
    return [found("missing", "no HEALTHCHECK, compose healthcheck or readiness probe", df ? [fileEv(df.file)] : [])];
  }
};

// src/checks/disposability/signal-handlers.ts
var SIGNAL_AWARE_SERVER = /^(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve|granian|puma|unicorn|passenger|sidekiq|celery|rq|php-fpm[\d.]*|nginx|httpd|apache2-foreground|httpd-foreground|caddy|java|dotnet|pm2-runtime|beam\.smp|elixir|iex|mix|traefik|envoy|uwsgi|frankenphp)$/;
var SIGNAL_AWARE_DEPS = /^(?:gunicorn|uvicorn|hypercorn|puma|unicorn|sidekiq|org\.springframework\.boot:spring-boot-starter\S*|io\.quarkus:\S+|io\.micronaut:\S+|io\.vertx:vertx-core|@godaddy\/terminus|http-terminator|stoppable|@nestjs\/terminus|lightship|close-with-grace|phoenix)$/;
var signalHandlers = {
  id: "disposability/signal-handlers",
  factor: "disposability",
  kind: "static",
  role: "core",
  question: "shutdown",
  title: "The app or its server handles SIGTERM",
  rationale: "Factor IX: on SIGTERM a web process stops accepting requests, finishes the ones in flight and exits; a worker returns its job to the queue. As PID 1, a runtime with no handler (node, python) ignores SIGTERM altogether until it is SIGKILLed.",
  remediation: 'Handle SIGTERM: process.on("SIGTERM", () => server.close(\u2026)), signal.Notify + srv.Shutdown (Go), signal.signal (Python) or run under gunicorn/uvicorn, server.shutdown=graceful (Spring), trap("TERM") or puma, tokio::signal (Rust), the generic host (.NET).',
  conditions: {
    handled: { rubric: "handles-sigterm", when: "the code, its framework or its server handles SIGTERM" },
    unhandled: { rubric: "runtime-ignores-sigterm", when: "no handler found, and the runtime as PID 1 ignores SIGTERM" }
  },
  run({ app }) {
    if (app.kind === "one-off") return [];
    const idx = signals(app.snapshot);
    const handlers = idx.of("signal-handler");
    if (handlers.length > 0) return [found("handled", `SIGTERM is handled at ${handlers[0].file}:${handlers[0].line}`, placesOf(handlers).evidence)];
    const server = app.start.server;
    const name = server ? serverProgram(server.text) : "";
    if (server && SIGNAL_AWARE_SERVER.test(name)) return [found("handled", `${server.origin} runs ${name}, which shuts down gracefully on SIGTERM`, [fileEv(server.file, server.line, server.text.slice(0, 200))])];
    const dep = app.manifests.flatMap((m) => m.dependencies.filter((d) => !d.dev && SIGNAL_AWARE_DEPS.test(d.name)).map((d) => ({ m, d })))[0];
    if (dep) return [found("handled", `${dep.d.name} handles SIGTERM for the app`, [fileEv(dep.m.file, dep.d.line, dep.d.name)])];
    if (idx.sourceFiles.size === 0 && !server) return skip("no source or start command the tool reads: SIGTERM handling is unknown");
    return [found("unhandled", `no SIGTERM handler found${server ? ` for ${server.text.slice(0, 60)}` : ""}; as PID 1 the runtime ignores SIGTERM and in-flight work is cut off by SIGKILL`, [measured("signal handlers", 0, "places", 1)])];
  }
};

// src/checks/disposability/sigterm-shutdown.ts
var sigtermShutdown = {
  id: "disposability/sigterm-shutdown",
  factor: "disposability",
  kind: "runtime",
  role: "core",
  question: "shutdown",
  title: "The app shuts down gracefully on its stop signal",
  rationale: "Factor IX: processes shut down gracefully when they receive SIGTERM, finishing or handing back in-flight work. Platforms send SIGTERM, wait a grace period (10 s in Docker, 30 s on Heroku and Kubernetes), then SIGKILL, dropping whatever was running.",
  remediation: 'Handle SIGTERM: stop accepting work, finish in-flight requests, close connections, exit 0. Use the exec form `CMD ["node", "server.js"]` so the app, not /bin/sh, is PID 1 and receives the signal.',
  conditions: {
    graceful: { rubric: "handles-sigterm", when: "the app exited 0 within the grace period after the stop signal" },
    "default-action": { rubric: "dies-on-signal", when: "the signal's default action killed it, or it exited non-zero" },
    killed: { rubric: "sigkill-needed", when: "it ignored the signal for the whole grace period and was SIGKILLed" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "shutdown");
    if (Array.isArray(rt)) return rt;
    const sd = rt.shutdown;
    if (!sd) {
      if (rt.cancelled) return skip("shutdown: cancelled before the stop signal was sent");
      if (rt.boot.outcome === "error") return error(`shutdown not measured: ${rt.boot.message ?? "the app could not be booted"}`);
      return skip("shutdown not measured: the app never ran long enough to be stopped");
    }
    const ev = [measured(`time to exit after ${sd.signal}`, sd.elapsedMs, "ms", sd.graceMs), measured("exit code", sd.exitCode ?? -1, "code")];
    const shell = sd.shellForm || rt.command?.shellForm;
    const cause = shell ? ` Likely cause: the image runs a shell-form command (${JSON.stringify(rt.command?.entrypoint ?? rt.command?.cmd ?? [])}), so /bin/sh is PID 1 and does not forward ${sd.signal}.` : "";
    switch (sd.classification) {
      case "graceful":
        return [found("graceful", `exited 0 ${sd.elapsedMs} ms after ${sd.signal}`, ev)];
      case "signal-default":
        return [found("default-action", `killed by ${sd.signal}'s default action after ${sd.elapsedMs} ms (exit ${sd.exitCode}): no handler, so in-flight work is dropped.${cause}`, ev)];
      case "killed":
        return [found("killed", `ignored ${sd.signal} for the whole ${sd.graceMs} ms grace period and had to be SIGKILLed.${cause}`, ev)];
      case "error-exit":
        return [found("default-action", `exited with code ${sd.exitCode} ${sd.elapsedMs} ms after ${sd.signal}, not 0`, ev)];
      case "not-running":
        return skip(`shutdown not measured: the app had already exited (code ${sd.exitCode}${sd.oomKilled ? ", killed for its memory limit" : ""}) before ${sd.signal} was sent`);
    }
  }
};

// src/checks/disposability/startup-time.ts
var startupTime = {
  id: "disposability/startup-time",
  factor: "disposability",
  kind: "runtime",
  role: "core",
  question: "startup",
  title: "The app starts fast",
  rationale: "Factor IX: processes start in seconds so the platform can scale out and replace them freely. A slow boot stretches every deploy and every crash recovery; platforms kill apps that miss their boot limit (Heroku R10: 60 s).",
  remediation: "Move slow work (cache warming, migrations, asset builds, calls to other services) out of startup: into the build, an admin process, or a lazy first use.",
  conditions: {
    fast: { rubric: "light-startup", when: "ready on the given port in less than half of min(boot timeout, 10 s)" },
    slow: { rubric: "blocking-startup", when: "ready, but slowly" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "startup time");
    if (Array.isArray(rt)) return rt;
    const notWeb = webOnly(rt, "startup time") ?? notRun(rt, "boot", "startup time");
    if (notWeb) return notWeb;
    const b = rt.boot;
    if (b.outcome === "ready") {
      const warnAt = Math.min(b.timeoutMs, 1e4);
      const slow = (b.readyMs ?? 0) > warnAt / 2;
      return [found(slow ? "slow" : "fast", `ready in ${b.readyMs} ms${slow ? ` (more than half of ${warnAt} ms)` : ""}`, [measured("startup time", b.readyMs ?? 0, "ms", b.timeoutMs)])];
    }
    if (b.outcome === "error") return error(b.message ?? "the app could not be booted");
    if (b.outcome === "unhealthy") return skip(`startup not measured: ${b.message ?? `GET ${b.httpPath} never answered ${b.readyStatuses ?? "2xx or 3xx"}`}`);
    const other = (b.listeners ?? []).filter((l) => l.port !== b.port);
    const seen = other.length > 0 ? `; it bound ${other.map((l) => l.port).join(", ")}` : (b.listeningPorts ?? []).length > 0 ? `; it bound ${b.listeningPorts.join(", ")}` : "";
    if (b.outcome === "exited") return skip(`startup not measured: the app exited with code ${b.exitCode} before binding the given port (see VII)`);
    return skip(`startup not measured: the app never bound the given port${seen} (see VII)`);
  }
};

// src/checks/disposability/startup-work.ts
var startupWork = {
  id: "disposability/startup-work",
  factor: "disposability",
  kind: "static",
  role: "core",
  title: "Nothing heavy runs at every start",
  rationale: "Factor IX: processes start in seconds so the platform can scale out and replace them freely. Migrations and installers at every start stretch each boot, race each other across replicas, and fail when the network does.",
  remediation: "Run migrations as a release-phase one-off (Procfile `release:`, a Kubernetes Job) and installs in the build; start the process with nothing in front of it.",
  conditions: {
    heavy: { rubric: "heavy-startup", when: "migrations or installers run before the app at every start, from the start command or the app's own code" }
  },
  run({ app }) {
    const inCode2 = migrationsInCodeAtStart(app);
    const heavy = [...everyStartStep(app).filter((s) => MIGRATE_AT_START.test(s.text) || INSTALL_AT_START.test(s.text)), ...inCode2];
    if (heavy.length === 0) return [];
    const first = heavy[0];
    const what = MIGRATE_AT_START.test(first.text) || inCode2.includes(first) ? "migrations run" : "an installer runs";
    return [found("heavy", `${what} at every start (${first.origin}, ${first.file}:${first.line}: ${first.text.slice(0, 80)})`, heavy.slice(0, MAX_EVIDENCE).map((s) => fileEv(s.file, s.line, s.text.slice(0, 200))))];
  }
};

// src/checks/disposability/stop-signal.ts
var stopSignal = {
  id: "disposability/stop-signal",
  factor: "disposability",
  kind: "static",
  role: "core",
  title: "The stop signal lets the app shut down",
  rationale: "Docker stops a container with its STOPSIGNAL (SIGTERM by default). SIGKILL as the stop signal turns every deploy into a crash: the app gets no chance to finish anything.",
  remediation: "Leave STOPSIGNAL unset (SIGTERM) or set the signal your server drains on (SIGQUIT for nginx and php-fpm, SIGWINCH for Apache); never SIGKILL.",
  conditions: {
    sigkill: { rubric: "sigkill-needed", when: "STOPSIGNAL is SIGKILL" }
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df || !app.finalStage) return [];
    const stop = lastInStage(df, app.finalStage, "STOPSIGNAL");
    if (!stop) return [];
    const sig = stop.body.trim().toUpperCase().replace(/^SIG/, "");
    if (sig === "KILL" || sig === "9") return [found("sigkill", "STOPSIGNAL SIGKILL gives the app no chance to shut down", [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)])];
    return [];
  }
};

// src/checks/logs/no-file-logging.ts
var TO_STDIO2 = /\/dev\/(?:stdout|stderr)|\/proc\/self\/fd\/[12]|php:\/\/std(?:out|err)|\bsys\.std(?:out|err)\b|\bconsole\b/;
var PACKAGED_SERVER = /\b(?:apt-get|apt|apk|yum|dnf|microdnf)\s+(?:-\S+\s+)*(?:install|add)\b[^\n]{0,300}\b(nginx|apache2|httpd|lighttpd|haproxy|squid)\b/;
var LINKED_IMAGE = /^(?:[\w.-]+\/)*(?:nginx|httpd|nginxinc\/nginx-unprivileged|bitnami\/nginx|haproxy|caddy|traefik)(?::|@|$)/;
var noFileLogging = {
  id: "logs/no-file-logging",
  factor: "logs",
  kind: "static",
  role: "core",
  question: "log-sink",
  title: "Logs go to stdout, not to files",
  rationale: "Factor XI: an app never concerns itself with routing or storing its output stream. It writes events unbuffered to stdout; the platform collects them. File transports, handlers, appenders and a packaged server's default log files hide logs on a disk that disappears with the container.",
  remediation: 'Log to stdout/stderr: winston Console, logging.StreamHandler(sys.stdout), logback ConsoleAppender, Serilog WriteTo.Console, Rails RAILS_LOG_TO_STDOUT, Monolog StreamHandler("php://stdout"); for nginx or Apache link their log files to /dev/stdout and /dev/stderr (or set access_log/error_log to them).',
  conditions: {
    stdout: { rubric: "stdout", when: "no file log sink in the code, its config, or the server it runs" },
    redirected: { rubric: "redirected", when: "the server writes log files that the image links to stdout and stderr" },
    "file-sink": { rubric: "file-sink", when: "the app or its server writes log files by default" }
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    const out = [];
    const rails = railsFileLog(app);
    const sinks = [...idx.of("file-logging"), ...idx.of("log-file-path"), ...rails ? [rails] : []].filter((s) => !TO_STDIO2.test(s.snippet));
    if (sinks.length > 0) {
      const { evidence, more } = placesOf(sinks);
      out.push(found("file-sink", `logs are written to files: ${sinks[0].file}:${sinks[0].line}${more}`, evidence));
    }
    const df = app.dockerfile;
    const stage = app.finalStage;
    if (df && stage) {
      const runs = stage.instructions.filter((i) => i.keyword === "RUN").map((i) => ({ i, text: commandText(i) }));
      const installed = runs.map((r) => ({ ...r, m: PACKAGED_SERVER.exec(r.text) })).find((r) => r.m);
      const linked = runs.find((r) => /\bln\s+-s\w*\s+\/dev\/std(?:out|err)\b/.test(r.text) || /(?:access_log|error_log|ErrorLog|CustomLog)\s+\/dev\/std/.test(r.text));
      const serverRuns = app.start.server && /\b(?:nginx|apache2|httpd|lighttpd|haproxy|squid|apache2-foreground|httpd-foreground)\b/.test(app.start.server.text);
      const shippedConfigRedirects = installed ? app.snapshot.appFiles.some((f) => /\.conf$/.test(f.path) && app.ships(f.path) && /(?:access_log|error_log)\s+\/dev\/std|(?:access_log|error_log)\s+(?:off|stderr)/.test(app.snapshot.read(f.path) ?? "")) : false;
      const ev = installed ? [fileEv(df.file, installed.i.line, installed.text.slice(0, 200))] : [];
      if (installed && serverRuns && !linked && !shippedConfigRedirects) {
        out.push(found("file-sink", `${installed.m[1]} is installed from the distribution's packages and runs with its default config, which writes log files under /var/log/${installed.m[1]}`, ev));
      } else if (installed && serverRuns && (linked || shippedConfigRedirects) || LINKED_IMAGE.test(stage.from.image) && !stage.from.fromStage) {
        const why = linked ? fileEv(df.file, linked.i.line, linked.text.slice(0, 200)) : fileEv(df.file, stage.from.line, `FROM ${stage.from.raw}`);
        if (sinks.length === 0) out.push(found("redirected", `the server writes log files that the image links to stdout and stderr (${why.kind === "file" ? `${why.file}:${why.line}` : ""})`, [why]));
      }
    }
    if (out.length > 0) return out;
    if (idx.scannedFiles === 0 && !app.start.server) return skip("no source, config or start command the tool reads: where the app logs is unknown");
    return [found("stdout", `no file log sink in ${idx.scannedFiles} scanned file(s)${app.start.server ? ` or in what ${app.start.server.text.split(/\s+/)[0]} is told` : ""}`, [measured("file log sinks", 0, "places", 0)])];
  }
};

// src/checks/logs/no-log-files.ts
var noLogFiles = {
  id: "logs/no-log-files",
  factor: "logs",
  kind: "runtime",
  role: "core",
  question: "log-sink",
  title: "The running app creates no log files",
  rationale: "Factor XI: logs are a stream, not files. Log files inside a container fill its disk, vanish with it, and are invisible to the platform.",
  remediation: "Remove file log handlers (winston File transport, logging.FileHandler, log4j FileAppender \u2026) and log to stdout; link a server's log files to /dev/stdout.",
  conditions: {
    none: { rubric: "stdout", when: "no log file was created while the app ran" },
    created: { rubric: "file-sink", when: "the app created log files in the container" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "log files");
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return rt.cancelled ? skip("log files: cancelled before the filesystem was diffed") : error("log files not measured: the container filesystem could not be diffed");
    const n = fsFacts.logFiles.length;
    const unserved = unservedExercise(rt);
    if (n === 0 && unserved) return skip(`log files: none created, but ${unserved}`);
    if (n === 0) return [found("none", "no log files created", [measured("log files created", 0, "files", 0)])];
    return [found("created", `created ${n} log file${n === 1 ? "" : "s"}: ${fsFacts.logFiles.slice(0, 5).join(", ")}`, [measured("log files created", n, "files", 0)], fsFacts.logFiles.slice(0, 50))];
  }
};

// src/checks/logs/stdout-output.ts
var stdoutOutput = {
  id: "logs/stdout-output",
  factor: "logs",
  kind: "runtime",
  role: "core",
  question: "log-sink",
  title: "The running app writes its logs to stdout/stderr",
  rationale: "Factor XI: an app never routes or stores its log stream; it writes events unbuffered to stdout and the platform collects them. Output the platform cannot see is lost when the container goes.",
  remediation: "Log to stdout/stderr (console, logging.StreamHandler, log.Println) and let the platform route it; remove file transports and appenders.",
  conditions: {
    stdout: { rubric: "stdout", when: "the app wrote to stdout/stderr while it booted, served and stopped" },
    "files-only": { rubric: "file-sink", when: "it wrote nothing to stdout/stderr and created log files instead" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "log output");
    if (Array.isArray(rt)) return rt;
    const l = rt.logs;
    const bytes = l.stdoutBytes + l.stderrBytes;
    const ev = [measured("stdout bytes", l.stdoutBytes, "bytes"), measured("stderr bytes", l.stderrBytes, "bytes"), measured("lines", l.stdoutLines + l.stderrLines, "lines")];
    if (rt.boot.outcome === "error" && bytes === 0) return rt.cancelled ? skip("log output: cancelled before the app ran") : error("log output not measured: the app did not run");
    if (bytes > 0) return [found("stdout", `wrote ${l.stdoutLines + l.stderrLines} lines (${bytes} bytes) to stdout/stderr`, ev)];
    const files = rt.filesystem?.logFiles ?? [];
    if (files.length > 0) return [found("files-only", `wrote nothing to stdout/stderr but created log files: ${files.slice(0, 5).join(", ")}`, ev)];
    return skip("log output: the app wrote nothing at all while it ran, so where it logs is not measured");
  }
};

// src/checks/port-binding/binds-port.ts
var WRONG_PORT = {
  env: "hardcoded-in-code",
  "start-command": "fixed-in-command",
  "config-file": "fixed-in-command",
  "base-image": "base-image-server",
  code: "hardcoded-in-code",
  unknown: "hardcoded-in-code"
};
var bindsPort = {
  id: "port-binding/binds-port",
  factor: "port-binding",
  kind: "runtime",
  role: "core",
  question: "port",
  title: "The booted app binds the port it is given",
  rationale: "Factor VII: the platform assigns the port. The auditor gives the app a random port (never a common default) in PORT and in the variable its framework reads, and measures where it listens.",
  remediation: 'Read the port from the environment (`process.env.PORT`, `os.environ["PORT"]`, `os.Getenv("PORT")`, SERVER_PORT for Spring) and listen on 0.0.0.0, not on a constant and not on 127.0.0.1 only.',
  conditions: {
    bound: { rubric: "port-from-env", when: "the app accepted connections on the port given in its environment" },
    "fixed-in-command": { rubric: "fixed-port", when: "it listened on another port, which its start command or a config file fixes" },
    "base-image-server": { rubric: "opaque-server", when: "it listened on the base image server's own port" },
    "hardcoded-in-code": { rubric: "hardcoded-port", when: "it listened on another port, written into the code" },
    loopback: { rubric: "loopback", when: "it listened on loopback only" },
    "never-binds": { rubric: "never-binds", when: "it never listened within the boot timeout, or exited first" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "port binding");
    if (Array.isArray(rt)) return rt;
    const notWeb = webOnly(rt, "port binding") ?? notRun(rt, "boot", "port binding");
    if (notWeb) return notWeb;
    const b = rt.boot;
    const limit = b.timeoutMs;
    const honoured = b.portVariable;
    const fixed = ctx.config.run.port !== void 0 ? " (run.port fixed the port, so honouring PORT was not tested)" : "";
    if (b.outcome === "ready" || b.outcome === "unhealthy") {
      const accepted = b.acceptedMs ?? b.readyMs ?? 0;
      const http = b.outcome === "unhealthy" ? ` (GET ${b.httpPath} answered ${b.httpStatus ?? "nothing"}: see startup)` : "";
      return [found("bound", `accepted connections on ${honoured ?? "PORT"}=${b.port} after ${accepted} ms${fixed}${http}`, [measured("time to accept on the given port", accepted, "ms", limit), measured(honoured ?? "PORT", b.port ?? 0, "port")])];
    }
    if (b.outcome === "error") return error(b.message ?? "the app could not be booted");
    if (b.outcome === "not-applicable") return skip("port binding: the app has no web process");
    const given = givenPorts(rt);
    const details = tail(b.logTail);
    const loopbackOnGiven = (b.listeners ?? []).filter((l) => given.has(l.port) && l.loopbackOnly);
    if (loopbackOnGiven.length > 0) {
      return [found("loopback", `listened on ${loopbackOnGiven.map((l) => `${l.ip}:${l.port}`).join(", ")} only (loopback), unreachable from outside the container`, [measured("given port", b.port ?? 0, "port")], details)];
    }
    const listeners = (b.listeners ?? []).filter((l) => !given.has(l.port));
    const wrong = listeners.length > 0 ? listeners.map((l) => l.port) : (b.listeningPorts ?? []).filter((p) => !given.has(p));
    if (wrong.length > 0) {
      const ev = [measured("given port", b.port ?? 0, "port"), ...wrong.slice(0, 5).map((p) => measured("listening port", p, "port"))];
      if (listeners.length > 0 && listeners.every((l) => l.loopbackOnly)) return [found("loopback", `listened on loopback only (${listeners.map((l) => `${l.ip}:${l.port}`).join(", ")}), unreachable from outside the container`, ev, details)];
      const source = ctx.app?.port?.source ?? "unknown";
      const where3 = ctx.app?.port?.file ? ` (${ctx.app.port.file}${ctx.app.port.line ? `:${ctx.app.port.line}` : ""})` : "";
      return [found(WRONG_PORT[source], b.message ?? `listening on ${wrong.join(", ")}, not the given PORT=${b.port}${where3}`, ev, details)];
    }
    if (b.outcome === "exited") return [found("never-binds", b.message ?? `exited with code ${b.exitCode} before binding the given port`, [measured("exit code", b.exitCode ?? -1, "code")], details)];
    return [found("never-binds", b.message ?? `did not accept connections on PORT=${b.port} within ${limit / 1e3} s`, [measured("boot timeout", limit, "ms", limit)], details)];
  }
};

// src/checks/port-binding/port-source.ts
var portSource = {
  id: "port-binding/port-source",
  factor: "port-binding",
  kind: "static",
  role: "core",
  subject: true,
  question: "port",
  title: "The app binds the port its environment gives it",
  rationale: "Factor VII: the app is self-contained and exports its service by binding a port given by the environment (PORT, or the variable its framework reads: SERVER_PORT, ASPNETCORE_URLS, ROCKET_PORT). A port fixed in the start command or a config file is a deploy setting in the wrong place; a port written into the code cannot be changed without a release; a loopback bind is unreachable from outside the container.",
  remediation: `Listen on 0.0.0.0 and the value of PORT (\`process.env.PORT\`, \`os.environ["PORT"]\`, \`os.Getenv("PORT")\`, \`server.port=\${PORT:8080}\`, \`--bind 0.0.0.0:$PORT\`); a default for local runs is fine when the variable wins.`,
  conditions: {
    "from-env": { rubric: "port-from-env", when: "the port comes from the environment (or a config key the environment overrides)" },
    "fixed-in-command": { rubric: "fixed-port", when: "the port is fixed in the start command, the Procfile or a config file with no env override" },
    "base-image-server": { rubric: "opaque-server", when: "the server comes from the base image with its own fixed port" },
    "hardcoded-in-code": { rubric: "hardcoded-port", when: "the port is written into the code with no override" },
    loopback: { rubric: "loopback", when: "the app binds 127.0.0.1 or localhost only" },
    "no-port": { rubric: "no-port", when: "the app serves no port (a worker or a one-off command)" }
  },
  run({ app }) {
    if (app.kind === "worker" || app.kind === "one-off") {
      const ev2 = app.kindStep ? [fileEv(app.kindStep.file, app.kindStep.line, app.kindStep.text.slice(0, 200))] : [];
      return [{ condition: "no-port", message: `the app serves no port: ${app.kindReason}`, evidence: ev2 }];
    }
    const p = app.port;
    if (!p) return skip(app.kind === "unknown" ? `whether the app serves a port is unknown (${app.kindReason})` : "the app serves a port, but where its port comes from was not found in what the tool reads");
    const ev = p.file ? [fileEv(p.file, p.line, p.text)] : [measured("port from the environment", 1, "overlay", 1)];
    const at = p.file ? ` (${p.file}${p.line ? `:${p.line}` : ""})` : "";
    if (p.loopback) return [found("loopback", `the app binds loopback only${p.port ? ` on ${p.port}` : ""}: unreachable from outside its container${at}`, ev)];
    switch (p.source) {
      case "env":
        return [found("from-env", `the port comes from the environment${at}${p.file ? "" : `: ${p.text}`}`, ev)];
      case "start-command":
        return [found("fixed-in-command", `the start command fixes the port at ${p.port}${at}`, ev)];
      case "config-file":
        return [found("fixed-in-command", `a config file fixes the port${p.port ? ` at ${p.port}` : ""} and nothing lets the environment override it${at}`, ev)];
      case "base-image":
        return [found("base-image-server", `the server comes from the base image and listens where its own config says${at}`, ev)];
      case "code":
        return [found("hardcoded-in-code", `the port is written into the code${p.port ? ` (${p.port})` : ""} and PORT is never read${at}`, ev)];
      default:
        return skip(`the port comes from the command line${at}, and the start command passes none the tool can read`);
    }
  }
};

// src/checks/processes/local-state.ts
var ENV_ASSIGN = /\b([A-Za-z_]\w*)\s*(?::=|=)\s*(?:process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])|os\.environ(?:\.get\(|\[)\s*['"]([A-Z][A-Z0-9_]*)|os\.getenv\(\s*['"]([A-Z][A-Z0-9_]*)|os\.Getenv\(\s*"([A-Z][A-Z0-9_]*)|ENV(?:\[|\.fetch\()\s*['"]([A-Z][A-Z0-9_]*)|System\.getenv\(\s*"([A-Z][A-Z0-9_]*))/g;
var ENV_ON_LINE2 = /process\.env\.([A-Z][A-Z0-9_]*)|environ(?:\.get)?[[(]\s*['"]([A-Z][A-Z0-9_]*)|getenv\(\s*['"]([A-Z][A-Z0-9_]*)|Getenv\(\s*"([A-Z][A-Z0-9_]*)|ENV(?:\[|\.fetch\()\s*['"]([A-Z][A-Z0-9_]*)|dj_database_url\.(?:config|parse)\(/;
var IMPORT = /^\s*(?:import\b|from\s+\S+\s+import\b|(?:const|let|var)\s+\w+\s*=\s*require\(|require\(|use\s|using\s|"[\w./-]+"\s*$)/;
var NOT_DATA = /^\/?(?:tmp|var\/tmp|var\/cache|var\/log|run|var\/run|dev\/shm|etc(?:\/|$)|config(?:\/|$))/;
function guardOf(app, s) {
  const direct = ENV_ON_LINE2.exec(s.snippet);
  if (direct) return direct.slice(1).find(Boolean) ?? "DATABASE_URL";
  if (!/\?|\|\||\bif\b|\belse\b|\bor\b|:-/.test(s.snippet)) return void 0;
  const text = app.snapshot.read(s.file) ?? "";
  for (const m of text.matchAll(ENV_ASSIGN)) {
    const variable = m[1];
    const env = m.slice(2).find(Boolean);
    if (env && new RegExp(`\\b${variable}\\b`).test(s.snippet)) return env;
  }
  return void 0;
}
function devSection(app, s) {
  if (s.lang !== "config") return false;
  const lines = (app.snapshot.read(s.file) ?? "").split("\n").slice(0, s.line);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^(?:\[([\w.-]+)\]|([\w.-]+):\s*(?:&\w+)?\s*$)/.exec(lines[i]);
    if (m) return /^(?:dev|development|test|testing|local)$/i.test(m[1] ?? m[2] ?? "");
  }
  return false;
}
var localState = {
  id: "processes/local-state",
  factor: "processes",
  kind: "static",
  role: "core",
  title: "No persistent state on local disk or in process memory",
  rationale: "Factor VI: processes are stateless and share nothing; anything that must persist lives in a backing service. Sessions, uploads, caches or data kept on the container disk or in process memory are lost on restart and invisible to the next replica. A local fallback that the deploy replaces is a smaller risk than a local default.",
  remediation: "Keep data in a backing service (Postgres, Redis, object storage) addressed by the environment; use a shared session store or signed cookies; keep SQLite for tests, and /tmp for scratch space within one request.",
  conditions: {
    stateless: { rubric: "stateless", when: "no local store, upload folder, in-memory session or module-level store written by handlers" },
    fallback: { rubric: "local-fallback", when: "a local store is used only when a variable that the repository sets for its deploy is absent" },
    "local-state": { rubric: "local-state", when: "a local database, upload folder, in-memory session store or module-level store is the configured default" }
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    if (idx.sourceFiles.size === 0 && !app.dockerfile) return skip("no source the tool reads in the audited app: its state is unknown");
    const out = [];
    const fallbacks = [];
    const fallbackWhy = [];
    const defaults = [];
    const sqlite = idx.of("sqlite");
    const guarded3 = /* @__PURE__ */ new Set();
    for (const s of sqlite) {
      const guard = guardOf(app, s);
      const setter = guard ? variableSetBy(app, guard) : void 0;
      if (guard && setter) {
        guarded3.add(s.file);
        fallbacks.push(fileEv(s.file, s.line, s.snippet), fileEv(setter.file, setter.line));
        fallbackWhy.push(`${s.file}:${s.line} falls back to a local database when ${guard} is unset; ${setter.file}:${setter.line} sets ${guard}`);
      }
    }
    for (const s of sqlite) {
      if (devSection(app, s)) continue;
      if (guarded3.has(s.file) && (IMPORT.test(s.snippet) || fallbacks.some((e) => e.kind === "file" && e.file === s.file && e.line === s.line))) continue;
      if (!fallbacks.some((e) => e.kind === "file" && e.file === s.file && e.line === s.line)) defaults.push({ what: "a local database file", s });
    }
    const railsUploads = railsDiskStorage(app);
    for (const s of [...idx.of("upload-dir"), ...railsUploads ? [railsUploads] : []]) if (!/\btmp\b|tmpdir|gettempdir|TempPath/i.test(s.snippet)) defaults.push({ what: "uploads saved to local disk", s });
    for (const s of [...idx.of("memory-session"), ...idx.sessionsWithoutStore]) defaults.push({ what: "sessions kept in process memory or local files", s });
    if (app.kind !== "one-off") for (const s of idx.of("memory-store")) defaults.push({ what: "data kept in a module-level store that the code writes", s });
    const df = app.dockerfile;
    for (const v of (app.finalStage?.instructions ?? []).filter((i) => i.keyword === "VOLUME")) {
      const paths = v.body.replace(/^\[|\]$/g, "").split(/[\s,]+/).map((p) => p.replace(/^["']|["']$/g, "")).filter(Boolean);
      const env = Object.entries(app.finalStage.env);
      const data = paths.filter((p) => !NOT_DATA.test(p) && !env.some(([k, val]) => /CONF|CONFIG|SETTINGS/i.test(k) && val.replace(/\/+$/, "") === p.replace(/\/+$/, "")));
      if (data.length > 0) defaults.push({ what: `VOLUME ${data.join(" ")} keeps data on the host`, s: { kind: "sqlite", file: df.file, line: v.line, lang: "config", snippet: `VOLUME ${v.body}` } });
    }
    if (defaults.length > 0) {
      const { evidence, more } = placesOf(defaults.map((d) => d.s));
      out.push(found("local-state", `${defaults[0].what} (${defaults[0].s.file}:${defaults[0].s.line})${more}`, evidence, defaults.slice(0, 20).map((d) => `${d.s.file}:${d.s.line}: ${d.what}`)));
    }
    if (fallbacks.length > 0) out.push(found("fallback", `${fallbackWhy[0]}${fallbackWhy.length > 1 ? ` (and ${fallbackWhy.length - 1} more)` : ""}: replicas that miss the variable each keep their own data`, fallbacks.slice(0, 10), fallbackWhy));
    if (out.length > 0) return out;
    const files = [...idx.sourceFiles.values()].flat().length;
    if (files === 0) return skip("no source the tool reads in the audited app: its state is unknown");
    return [found("stateless", `no local store, upload folder, in-memory session or module-level store in ${files} source file(s)`, [measured("local state sites", 0, "places", 0)])];
  }
};

// src/checks/processes/no-local-writes.ts
var INSTALLER_OUTPUT = /(?:^|\/)(?:node_modules|\.npm|\.yarn|\.cache|site-packages|vendor\/bundle|\.bundle|\.m2|\.gradle|go\/pkg)(?:\/|$)|(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|npm-shrinkwrap\.json|Gemfile\.lock|composer\.lock|poetry\.lock)$/;
var BYTECODE = /(?:^|\/)__pycache__(?:\/|$)|\.pyc$/;
var noLocalWrites = {
  id: "processes/no-local-writes",
  factor: "processes",
  kind: "runtime",
  role: "core",
  title: "The running app writes no state to local disk",
  rationale: "Factor VI: processes are stateless and share nothing; anything that must persist lives in a backing service. Files written to the container disk while the app runs are lost on restart and invisible to other replicas.",
  remediation: "Keep sessions, uploads and data in a backing service (database, Redis, object storage); use /tmp only for scratch space within one request.",
  conditions: {
    "no-writes": { rubric: "stateless", when: "no file was written outside temp dirs while the app booted, served and stopped" },
    writes: { rubric: "local-state", when: "the app wrote files outside temp dirs while it ran" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "local writes");
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return rt.cancelled ? skip("local writes: cancelled before the filesystem was diffed") : error("local writes not measured: the container filesystem could not be diffed");
    const logs = new Set(fsFacts.logFiles);
    const installs = ctx.app?.startInstalls === true;
    const written = fsFacts.written.filter((p) => !logs.has(p) && !BYTECODE.test(p) && !(installs && INSTALLER_OUTPUT.test(p)));
    const charged = fsFacts.written.length - written.length;
    const note = charged > 0 ? ` (${charged} path(s) left to other factors: log files, or what an install at start writes)` : "";
    const exercised = rt.exercise ? `after ${rt.exercise.requests} requests to ${rt.exercise.path}` : "during the run";
    if (fsFacts.capped) {
      const total = fsFacts.total ?? written.length;
      const n = MAX_DIFF_ENTRIES.toLocaleString("en-US");
      return [found("writes", `over ${n} paths written (${total.toLocaleString("en-US")} in the diff; the first ${n} were classified) ${exercised}: ${written.slice(0, 5).join(", ")}`, [measured("paths written", total, "paths", 0)], written.slice(0, 50))];
    }
    const refused = rt.sandbox?.refusedWrites ?? [];
    if (written.length === 0 && refused.length > 0) {
      return [found("writes", `tried to write outside temp dirs ${exercised}; the read-only root filesystem refused it: ${refused[0]}`, [measured("writes refused by the read-only root filesystem", refused.length, "log lines", 0)], refused)];
    }
    const dirs = fsFacts.directories ?? [];
    const emptyDirs = dirs.length > 0 ? ` (${dirs.length} empty ${dirs.length === 1 ? "directory" : "directories"} created, which hold no state: ${dirs.slice(0, 3).join(", ")})` : "";
    const unserved = unservedExercise(rt);
    if (written.length === 0 && unserved) return skip(`local writes: none outside temp dirs, but ${unserved}`);
    if (written.length === 0) return [found("no-writes", `no files written outside temp dirs ${exercised}${note}${emptyDirs}`, [measured("files written outside temp dirs", 0, "files", 0), measured("temp dir writes", fsFacts.tempWrites, "files")])];
    return [found("writes", `wrote ${written.length} file${written.length === 1 ? "" : "s"} outside temp dirs ${exercised}: ${written.slice(0, 5).join(", ")}${note}`, [measured("files written outside temp dirs", written.length, "files", 0)], written.slice(0, 50))];
  }
};

// src/checks/processes/shared-state.ts
var sharedState = {
  id: "processes/shared-state",
  factor: "processes",
  kind: "runtime",
  role: "core",
  title: "Replicas share state through backing services",
  rationale: "Factor VI: processes are stateless and share nothing; state that must outlive a request lives in a backing service. With two replicas up, a write through one must be visible through the other; an app that keeps sessions, counters or data in process memory answers differently depending on which copy a request reaches.",
  remediation: "Keep sessions, counters, caches that must agree and all data in a backing service (database, Redis) instead of process memory or local files. To check it here, set run.replica-check to a write request and a read request that shows its effect (or run.http-path to a path whose GET changes state).",
  conditions: {
    shared: { rubric: "stateless", when: "a write through one replica was read back through the other (run.replica-check)" },
    "not-shared": { rubric: "local-state", when: "the second replica answered as if the write through the first never happened: the state lives in each process" }
  },
  judge(ctx) {
    const rt = needRuntime(ctx, "shared state");
    if (Array.isArray(rt)) return rt;
    const notTried = notRun(rt, "shared-state", "shared state");
    if (notTried) return notTried;
    const st = rt.sharedState;
    if (!st) return skip("shared state not checked: no replicas were compared");
    const details = st.requests.map(
      (r) => `replica ${r.replica}: ${r.method} ${r.path} \u2192 ${r.status ?? "no answer"}${r.body !== void 0 ? ` ${JSON.stringify(r.body)}` : ""}${r.error ? ` (${r.error})` : ""}`
    );
    const ev = [measured("requests compared", st.requests.length, "requests")];
    switch (st.status) {
      case "not-shared":
        return [found("not-shared", `state not shared between replicas: ${st.message}`, ev, details)];
      case "shared":
        return [found("shared", `state shared between replicas: ${st.message}`, ev, details)];
      case "inconclusive":
        return [{ outcome: "skip", message: `shared state not shown either way: ${st.message}`, details }];
      case "not-checked":
        return skip(`shared state not checked: ${st.message}`);
    }
  }
};

// src/checks/index.ts
var STATIC_CHECKS = [
  versionControl,
  oneApp,
  lockfile,
  baseImagePinned,
  reproducibleInstall,
  noCurlPipeShell,
  updateAutomation,
  committedSecrets,
  readsEnv,
  perEnvironmentFiles,
  secretsOutsideApp,
  dotenvCommitted,
  dockerfileSecrets,
  envValidation,
  urlsFromEnv,
  buildDefinition,
  noBuildAtStart,
  sourceMounted,
  releaseTags,
  multiStage,
  dockerignore,
  localState,
  portSource,
  processTypes,
  noProcessSupervisor,
  noDaemonizing,
  execFormCmd,
  signalHandlers,
  startupWork,
  stopSignal,
  healthcheck,
  sameBackingServices,
  devImage,
  noFileLogging,
  declaredTasks,
  noMigrateOnStart
];
var RUNTIME_CHECKS = [
  imageRevision,
  honoursEnv,
  servicesReachable,
  stagesCompleted,
  releasedImage,
  noLocalWrites,
  sharedState,
  bindsPort,
  replicas,
  sigtermShutdown,
  startupTime,
  stdoutOutput,
  noLogFiles,
  adminCommands
];
var ALL_CHECKS = [...STATIC_CHECKS, ...RUNTIME_CHECKS];
var CATALOGUE = ALL_CHECKS.map(({ id, factor, kind, role, title, rationale, remediation, conditions, question, subject }) => ({
  id,
  factor,
  kind,
  role,
  title,
  rationale,
  remediation,
  conditions,
  ...question ? { question } : {},
  ...subject ? { subject } : {}
})).sort((a, b) => (factorBySlug(a.factor)?.number ?? 0) - (factorBySlug(b.factor)?.number ?? 0) || a.id.localeCompare(b.id));
var byId2 = new Map(CATALOGUE.map((e) => [e.id, e]));
function catalogueEntry(id) {
  return byId2.get(id);
}
function outcomeOf(entry2, condition) {
  const c = entry2.conditions[condition];
  if (!c) return void 0;
  if ("outcome" in c) return c.outcome;
  const factor = factorBySlug(entry2.factor);
  return factor ? columnOutcome(rubricColumn(factor.id, c.rubric)) : void 0;
}
function columnOutcome(column) {
  return column;
}

// src/judge/claim-evidence.ts
var SERVICES = [
  [/\bpostgre(?:s|sql)\b/i, /postgre|\bpg\b|psycopg|asyncpg|npgsql|:5432\b/i],
  [/\bmysql\b|\bmariadb\b/i, /mysql|mariadb|:3306\b/i],
  [/\bredis\b/i, /redis|:6379\b/i],
  [/\bmongo(?:db)?\b/i, /mongo|:27017\b/i],
  [/\brabbitmq\b|\bamqp\b/i, /rabbit|amqp|:5672\b/i],
  [/\bkafka\b/i, /kafka|:9092\b/i],
  [/\bmemcached?\b/i, /memcache|:11211\b/i],
  [/\belasticsearch\b/i, /elastic|:9200\b/i],
  [/\bs3\b/i, /\bs3\b|minio|aws/i],
  [/\bsmtp\b/i, /smtp|mail/i]
];
var SERVICE_VARIABLE = /\b[A-Z][A-Z0-9]*_(?:URL|URI|DSN|HOST|ADDR|ADDRESS)\b/g;
function serviceNames(text) {
  const t = text.slice(0, 1e3);
  const out = [];
  for (const [said, re] of SERVICES) {
    const m = said.exec(t);
    if (m) out.push({ said: m[0], re });
  }
  for (const v of new Set(t.match(SERVICE_VARIABLE) ?? [])) out.push({ said: v, re: new RegExp(`\\b${v}\\b`) });
  return out;
}
var SHUTDOWN = {
  readings: {
    "disposability/sigterm-shutdown": { graceful: "holds", killed: "breaks", "default-action": "open" },
    "disposability/stop-signal": { sigkill: "breaks" },
    "disposability/signal-handlers": { handled: "holds", unhandled: "open" },
    "disposability/exec-form-cmd": { "shell-or-wrapper": "open", "dev-server": "open", "base-image-entry": "open", "one-off": "open" }
  },
  together: [
    {
      says: "no shutdown path",
      all: [
        ["disposability/exec-form-cmd", "shell-or-wrapper"],
        ["disposability/signal-handlers", "unhandled"]
      ]
    }
  ]
};
var PROPERTY_EVIDENCE = {
  "graceful-shutdown": SHUTDOWN,
  "exec-form-entry": {
    readings: { "disposability/exec-form-cmd": { "reaches-app": "holds", "shell-or-wrapper": "breaks", "dev-server": "open", "base-image-entry": "open", "one-off": "open" } }
  },
  "fast-startup": {
    readings: {
      "disposability/startup-time": { fast: "holds", slow: "breaks" },
      "disposability/startup-work": { heavy: "open" }
    }
  },
  "logs-to-stdout": {
    readings: {
      "logs/stdout-output": { stdout: "holds", "files-only": "breaks" },
      "logs/no-log-files": { none: "holds", created: "breaks" },
      "logs/no-file-logging": { stdout: "holds", redirected: "open", "file-sink": "breaks" }
    }
  },
  "port-binding": {
    readings: {
      "port-binding/binds-port": { bound: "holds", "fixed-in-command": "holds", "hardcoded-in-code": "holds", "base-image-server": "open", loopback: "breaks", "never-binds": "open" },
      "port-binding/port-source": { "from-env": "holds", "fixed-in-command": "holds", "hardcoded-in-code": "holds", "base-image-server": "open", loopback: "breaks", "no-port": "open" }
    }
  },
  "port-from-env": {
    readings: {
      "port-binding/binds-port": { bound: "holds", "fixed-in-command": "breaks", "hardcoded-in-code": "breaks", "base-image-server": "open", loopback: "open", "never-binds": "open" },
      "port-binding/port-source": { "from-env": "holds", "fixed-in-command": "breaks", "hardcoded-in-code": "breaks", "base-image-server": "open", loopback: "open", "no-port": "open" }
    }
  },
  "multi-stage-dockerfile": {
    readings: { "build-release-run/multi-stage": { separated: "holds", "single-stage": "breaks", "compiles-in-runtime": "open" } }
  },
  "container-build": {
    readings: {
      "build-release-run/build-definition": { defined: "holds" },
      "build-release-run/stages-completed": { built: "holds", broken: "open" }
    }
  },
  "separate-stages": {
    readings: {
      "build-release-run/no-build-at-start": { "only-runs": "holds", "admin-at-start": "open", "build-at-start": "breaks" },
      "build-release-run/source-mounted": { mounted: "breaks" },
      "build-release-run/stages-completed": { built: "holds", broken: "open" }
    }
  },
  "release-identified": {
    readings: { "build-release-run/release-tags": { identified: "holds", "fixed-tags": "breaks" } }
  },
  lockfile: {
    readings: { "dependencies/lockfile": { locked: "holds", "top-level-pins": "open", "unlocked-ranges": "breaks", undeclared: "breaks" } }
  },
  "reproducible-install": {
    readings: { "dependencies/reproducible-install": { "honours-lock": "holds", "re-resolves": "breaks" } }
  },
  "base-image-pinned": {
    // The rubric calls `node:20` floating; a team that calls it pinned is not contradicted by a definition.
    readings: { "dependencies/base-image-pinned": { tagged: "holds", floating: "open" } }
  },
  "dependency-manifest": {
    readings: { "dependencies/lockfile": { locked: "holds", "top-level-pins": "holds", "unlocked-ranges": "holds", undeclared: "breaks" } }
  },
  "update-automation": {
    // Dependabot security updates need no file in the repository: a missing config leaves the promise open.
    readings: { "dependencies/update-automation": { automated: "holds", manual: "open" } }
  },
  "no-local-state": {
    readings: {
      "processes/no-local-writes": { "no-writes": "holds", writes: "breaks" },
      "processes/local-state": { stateless: "holds", fallback: "open", "local-state": "breaks" }
    }
  },
  "config-from-env": {
    readings: {
      "config/honours-env": { honoured: "holds" },
      "config/reads-env": { "from-env": "holds", "no-env": "open" },
      "config/per-environment-files": { "per-environment": "open" }
    }
  },
  "no-committed-secrets": {
    readings: {
      "config/committed-secrets": { "no-secret": "holds", "in-use": "breaks", "dev-placeholder": "open" },
      "config/dockerfile-secrets": { "build-arg": "open" },
      "config/dotenv-committed": { committed: "open" }
    }
  },
  "env-validation": {
    readings: { "config/env-validation": { validated: "holds", unvalidated: "open" } }
  },
  "backing-services-by-url": {
    readings: {
      "backing-services/services-reachable": { connected: "holds" },
      "backing-services/urls-from-env": { "from-env": "holds", overlay: "holds", "hardcoded-store": "breaks", "hardcoded-http": "open", "no-service": "open" }
    },
    names: serviceNames
  },
  "compose-for-dev": {
    readings: { "dev-prod-parity/same-backing-services": { "no-dev-stack": "open" } }
  },
  "same-services-everywhere": {
    readings: {
      "dev-prod-parity/same-backing-services": { same: "holds", "sqlite-vs-server": "breaks", "version-drift": "open", "no-dev-stack": "open" }
    },
    voidWhen: [["backing-services/urls-from-env", "no-service"]]
  },
  "one-image": {
    readings: { "dev-prod-parity/dev-image": { "per-environment-dockerfile": "breaks", "stock-image": "open" } }
  },
  "admin-tasks": {
    readings: {
      // A one-off that fails in the sandbox may only miss its database: that leaves the promise open.
      "admin-processes/admin-commands": { ran: "holds", failed: "open" },
      "admin-processes/declared-tasks": { shipped: "holds", "not-shipped": "breaks", none: "open" },
      "admin-processes/no-migrate-on-start": { coupled: "open" }
    }
  },
  "process-types": {
    readings: { "concurrency/process-types": { declared: "holds", none: "open" } }
  },
  "scale-out": {
    readings: {
      "concurrency/replicas": { "side-by-side": "holds", singleton: "breaks" },
      "concurrency/no-daemonizing": { daemonises: "breaks" },
      "concurrency/no-process-supervisor": { supervisor: "open" },
      "concurrency/process-types": { declared: "holds", none: "open" }
    }
  },
  "one-codebase": {
    readings: {
      "codebase/version-control": { tracked: "holds" },
      "codebase/one-app-per-path": { "one-app": "holds", monorepo: "open" }
    }
  },
  "health-check": {
    // Health endpoints and orchestrator probes live outside the Dockerfile: a missing HEALTHCHECK leaves it open.
    readings: { "disposability/healthcheck": { declared: "holds", missing: "open" } }
  }
};
var HEADING_PROPERTIES = {
  I: ["one-codebase"],
  II: ["lockfile"],
  III: ["config-from-env", "no-committed-secrets"],
  IV: ["backing-services-by-url"],
  V: ["separate-stages"],
  VI: ["no-local-state"],
  VII: ["port-binding"],
  VIII: ["scale-out"],
  IX: ["graceful-shutdown", "fast-startup"],
  X: ["same-services-everywhere"],
  XI: ["logs-to-stdout"],
  XII: ["admin-tasks"]
};

// src/judge/claims.ts
var RUNTIME_NOT_RUN = "runtime not run";
function seconds(ms2) {
  const s = ms2 / 1e3;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function measuredText(check, rt) {
  if (!rt) return void 0;
  const b = rt.boot;
  switch (check) {
    case "disposability/sigterm-shutdown": {
      const sd = rt.shutdown;
      if (!sd) return void 0;
      if (sd.killed || sd.classification === "killed") return `SIGKILL after ${seconds(sd.graceMs)}`;
      if (sd.classification === "signal-default") return `killed by ${sd.signal}'s default action after ${seconds(sd.elapsedMs)}, no handler`;
      if (sd.classification === "error-exit") return `exit code ${sd.exitCode} ${seconds(sd.elapsedMs)} after ${sd.signal}`;
      if (sd.classification === "graceful") return `exited 0 ${seconds(sd.elapsedMs)} after ${sd.signal}`;
      return void 0;
    }
    case "disposability/startup-time":
      if (b.outcome === "ready" && b.readyMs !== void 0) return `ready after ${seconds(b.readyMs)}`;
      if (b.outcome === "timeout") return `not ready within ${seconds(b.timeoutMs)}`;
      return void 0;
    case "port-binding/binds-port":
    case "config/honours-env": {
      if (b.outcome === "ready" && b.port !== null) return `listening on PORT=${b.port}`;
      const wrong = (b.listeningPorts ?? []).filter((p) => p !== b.port);
      if (wrong.length > 0 && b.port !== null) return `listening on ${wrong.join(", ")}, not PORT=${b.port}`;
      if (b.outcome === "timeout" && b.port !== null) return `nothing listening on PORT=${b.port} within ${seconds(b.timeoutMs)}`;
      if (b.outcome === "exited") return `exited${b.exitCode !== void 0 ? ` with code ${b.exitCode}` : ""} before listening`;
      return void 0;
    }
    case "logs/stdout-output":
    case "logs/no-log-files": {
      const files = rt.filesystem?.logFiles ?? [];
      if (files.length > 0) return `log files written in the container: ${files.slice(0, 3).join(", ")}${files.length > 3 ? ", \u2026" : ""}`;
      return `${rt.logs.stdoutBytes + rt.logs.stderrBytes} bytes on stdout/stderr`;
    }
    case "processes/no-local-writes": {
      if (!rt.filesystem) return void 0;
      const w = rt.filesystem.written;
      return w.length > 0 ? `wrote ${w.slice(0, 3).join(", ")}${w.length > 3 ? `, \u2026 (${w.length} paths)` : ""}` : "no writes outside temp dirs";
    }
    case "concurrency/replicas":
      return rt.replicas ? `${rt.replicas.ready} of ${rt.replicas.requested} replicas ready` : void 0;
    case "admin-processes/admin-commands": {
      const failed = rt.admin.find((a) => a.exitCode !== 0);
      if (failed) return `\`${failed.command.join(" ").slice(0, 80)}\` ${failed.timedOut ? "timed out" : `exited ${failed.exitCode}`}`;
      return rt.admin.length > 0 ? `${rt.admin.length} admin command(s) exited 0` : void 0;
    }
    case "backing-services/services-reachable": {
      const down = rt.services.filter((s) => !s.ready);
      if (down.length > 0) return `service not ready: ${down.map((s) => s.name).join(", ")}`;
      return rt.services.length > 0 ? `${rt.services.length} service(s) ready` : void 0;
    }
    default:
      return void 0;
  }
}
function oneLine(s, max = 240) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
function where(f) {
  const file = f.evidence.find((e) => e.kind === "file");
  if (file?.kind !== "file") return "";
  const at = `${file.file}${file.line ? `:${file.line}` : ""}`;
  return f.message.includes(at) ? "" : ` (${at})`;
}
function isRuntime(f, ctx) {
  return ctx.kinds.get(f.check) === "runtime";
}
function evidenceText(f, ctx) {
  if (isRuntime(f, ctx)) return `measured: ${oneLine(measuredText(f.check, ctx.runtime) ?? f.message)}`;
  return `found: ${oneLine(f.message)}${where(f)}`;
}
function findingText(f) {
  return [f.message, ...f.evidence.map((e) => e.kind === "file" ? `${e.file} ${e.snippet ?? ""}` : e.name), ...(f.details ?? []).slice(0, 50)].join("\n");
}
function uniq(xs) {
  return [...new Set(xs)];
}
function judgeProperty(id, text, ctx, heading) {
  const rule = PROPERTY_EVIDENCE[id];
  const label = propertyById(id)?.label ?? id;
  if (!rule) return { result: "unverified", evidence: `no check reads ${label} yet`, checks: [] };
  const names = rule.names?.(text) ?? [];
  const relevant = Object.keys(rule.readings).flatMap((check) => ctx.findings.get(check) ?? []);
  const voided = (rule.voidWhen ?? []).flatMap(([check, cond]) => (ctx.findings.get(check) ?? []).filter((f) => f.condition === cond));
  const unnamed = [];
  const reads = [];
  for (const f of relevant) {
    let reading = f.condition ? rule.readings[f.check]?.[f.condition] : void 0;
    if (!reading || f.supporting) continue;
    if (names.length > 0 && reading !== "open" && !names.some((n) => n.re.test(findingText(f)))) {
      unnamed.push(f);
      continue;
    }
    if (reading === "holds" && voided.length > 0) reading = "open";
    if (reading === "breaks" && heading && (f.outcome !== "fail" || f.role === "advice")) reading = "open";
    reads.push({ f, reading });
  }
  const first = (reading, runtime) => reads.filter((r) => r.reading === reading && (runtime === void 0 || isRuntime(r.f, ctx) === runtime)).sort((a, b) => Number(isRuntime(b.f, ctx)) - Number(isRuntime(a.f, ctx)))[0];
  const broken = first("breaks");
  if (broken) return { result: "contradicted", evidence: evidenceText(broken.f, ctx), checks: [broken.f.check] };
  for (const combo of rule.together ?? []) {
    const parts = combo.all.map(([check, cond]) => (ctx.findings.get(check) ?? []).find((f) => f.condition === cond && !f.supporting));
    if (parts.every((p) => p !== void 0)) {
      return { result: "contradicted", evidence: `found: ${combo.says}: ${parts.map((p) => `${oneLine(p.message, 160)}${where(p)}`).join("; ")}`, checks: parts.map((p) => p.check) };
    }
  }
  const verdictOf = (r) => r.reading === "holds" ? { result: "confirmed", evidence: evidenceText(r.f, ctx), checks: [r.f.check] } : { result: "unverified", evidence: voided.length > 0 && r.f.condition && rule.readings[r.f.check]?.[r.f.condition] === "holds" ? `not about this app: ${evidenceText(voided[0], ctx)}` : `${r.f.outcome === "n/a" ? "n/a" : "partly"}: ${evidenceText(r.f, ctx)}`, checks: [r.f.check] };
  const measured2 = first("open", true) ?? first("holds", true);
  if (measured2) return verdictOf(measured2);
  const read = first("open", false) ?? first("holds", false);
  if (read) return verdictOf(read);
  if (unnamed.length > 0) {
    return { result: "unverified", evidence: `nothing about ${names.map((n) => n.said).join(", ")}: ${evidenceText(unnamed[0], ctx)}`, checks: [unnamed[0].check] };
  }
  const errors = relevant.filter((f) => f.outcome === "error");
  if (errors.length > 0) return { result: "unverified", evidence: `could not check: ${oneLine(errors[0].message)}`, checks: [errors[0].check] };
  const runtimeChecks = Object.keys(rule.readings).filter((c) => ctx.kinds.get(c) === "runtime");
  const notRun2 = runtimeChecks.length > 0 && (!ctx.runtime || relevant.some((f) => f.outcome === "skip" && isRuntime(f, ctx) && /runtime not run/i.test(f.message)));
  const skipped = relevant.filter((f) => f.outcome === "skip" && !isRuntime(f, ctx))[0];
  if (notRun2) {
    const also = skipped ? `; ${oneLine(skipped.message, 160)}` : "";
    return { result: "unverified", evidence: `${RUNTIME_NOT_RUN}: needs the container (${runtimeChecks.join(", ")})${also}`, checks: runtimeChecks };
  }
  const other = skipped ?? relevant.find((f) => f.outcome === "skip") ?? relevant.find((f) => f.outcome === "n/a");
  if (other) return { result: "unverified", evidence: `${other.outcome === "n/a" ? "n/a" : "not read"}: ${oneLine(other.message)}`, checks: [other.check] };
  const known = Object.keys(rule.readings).filter((c) => ctx.kinds.has(c));
  if (known.length === 0) return { result: "unverified", evidence: `no check reads ${label} yet`, checks: [] };
  return { result: "unverified", evidence: `no evidence about ${label} in the audited app (${known.join(", ")} found nothing)`, checks: [] };
}
function src(claim, line) {
  return `${claim.source.file}:${line ?? claim.source.line}`;
}
function factorLabel(claim) {
  const f = FACTORS.find((x) => x.id === claim.factor);
  return `${f.id} ${f.title}`;
}
function missingText(paths) {
  const [first] = paths;
  return `no such ${first.kind} in the repository: ${paths.map((p) => p.path).join(", ")}`;
}
function judgeSubClaim(claim, sub, ctx) {
  const label = sub.topic ? propertyById(sub.topic)?.label ?? sub.topic : void 0;
  const answer = sub.topic ? judgeProperty(sub.topic, sub.text, ctx, false) : void 0;
  const claims = (what) => `${src(claim, sub.line)} claims ${what}`;
  const missing = (sub.paths ?? []).filter((p) => p.checked && !p.at);
  const found2 = (sub.paths ?? []).filter((p) => p.at);
  if (answer?.result === "contradicted" && answer.evidence.startsWith("measured:")) return { result: "contradicted", reason: `${claims(label)}; ${answer.evidence}`, checks: answer.checks };
  if (missing.length > 0) return { result: "contradicted", reason: `${claims(label ? `${label} in ${missing[0].path}` : missing.map((p) => p.path).join(", "))}; ${missingText(missing)}`, checks: [] };
  if (answer?.result === "contradicted") return { result: "contradicted", reason: `${claims(label)}; ${answer.evidence}`, checks: answer.checks };
  if (answer) return { result: answer.result, reason: `${label}: ${answer.evidence}`, checks: answer.checks };
  if (found2.length > 0) return { result: "confirmed", reason: `${found2.map((p) => p.path).join(", ")}: found in the repository${found2.some((p) => p.at !== p.path) ? ` (${found2.map((p) => p.at).join(", ")})` : ""}`, checks: [] };
  return { result: "unverified", reason: "no check reads this promise", checks: [] };
}
var NOT_JUDGED = {
  "in-progress": "in progress: not claimed as done",
  planned: "planned: not claimed as done",
  described: "described, not claimed: explains the factor without saying this app keeps it",
  "not-claimed": "stated as not met"
};
var judgeable = (s) => s.topic !== void 0 || (s.paths ?? []).some((p) => p.checked);
function judgeClaim(claim, ctx) {
  const subClaims = claim.subClaims.map((sub) => {
    const status = sub.status ?? claim.status;
    const notDone = status !== "claimed" ? status : claim.status !== "claimed" && claim.status !== "in-progress" ? claim.status : void 0;
    if (notDone) return { ...sub, judgement: { result: "unverified", reason: NOT_JUDGED[notDone], checks: [] }, standing: notDone };
    const judgement = judgeSubClaim(claim, sub, ctx);
    return { ...sub, judgement, standing: judgement.result };
  });
  const done = (s) => s.judgement !== void 0 && s.standing !== void 0 && ["confirmed", "contradicted", "unverified"].includes(s.standing);
  const withJudgement = (judgement, standing) => ({ ...claim, subClaims, judgement, standing });
  if (claim.status !== "claimed" && claim.status !== "in-progress") {
    return withJudgement({ result: "unverified", reason: NOT_JUDGED[claim.status], checks: [] }, claim.status);
  }
  const contradicted = subClaims.find((s) => done(s) && s.judgement.result === "contradicted");
  if (contradicted) {
    const checks = uniq(subClaims.filter((s) => done(s) && s.judgement.result === "contradicted").flatMap((s) => s.judgement.checks ?? []));
    return withJudgement({ result: "contradicted", reason: contradicted.judgement.reason, checks }, "contradicted");
  }
  if (claim.status === "in-progress") return withJudgement({ result: "unverified", reason: NOT_JUDGED["in-progress"], checks: [] }, "in-progress");
  const heading = HEADING_PROPERTIES[claim.factor].map((id) => ({ id, answer: judgeProperty(id, claim.text, ctx, true) }));
  const refuted = heading.find((h) => h.answer.result === "contradicted");
  if (refuted) return withJudgement({ result: "contradicted", reason: `${src(claim)} claims ${factorLabel(claim)}; ${refuted.answer.evidence}`, checks: refuted.answer.checks }, "contradicted");
  const promises = subClaims.filter((s) => done(s) && judgeable(s));
  const said = promises.length > 0 ? promises.map((s) => s.judgement) : heading.map((h) => ({ result: h.answer.result, reason: `${propertyById(h.id)?.label ?? h.id}: ${h.answer.evidence}`, checks: h.answer.checks }));
  const open = said.find((j) => j.result !== "confirmed");
  if (open) return withJudgement({ result: "unverified", reason: open.reason, checks: open.checks ?? [] }, "unverified");
  return withJudgement({ result: "confirmed", reason: said[0].reason, checks: uniq(said.flatMap((j) => j.checks ?? [])) }, "confirmed");
}
function judgeClaims(claims, factors, runtime, options = {}) {
  const findings = /* @__PURE__ */ new Map();
  for (const fr of factors) {
    for (const f of [...fr.findings, ...fr.advice ?? []]) {
      const list = findings.get(f.check);
      if (list) list.push(f);
      else findings.set(f.check, [f]);
    }
  }
  const kinds = new Map((options.catalogue ?? CATALOGUE).map((e) => [e.id, e.kind]));
  const ctx = { findings, kinds, ...runtime ? { runtime } : {} };
  return claims.map((claim) => {
    try {
      return judgeClaim(claim, ctx);
    } catch (e) {
      const standing = claim.status === "claimed" ? "unverified" : claim.status;
      return { ...claim, judgement: { result: "unverified", reason: `could not judge: ${e.message}`, checks: [] }, standing };
    }
  });
}

// src/judge/contradictions.ts
function oneLine2(s, max = 300) {
  const t = s.replace(/[\r\n]+/g, " ").replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
function contradictions(claims) {
  const out = /* @__PURE__ */ new Map();
  for (const claim of claims) {
    if (claim.judgement?.result !== "contradicted") continue;
    const existing = out.get(claim.factor);
    if (existing) {
      existing.sources.push(claim.source);
      continue;
    }
    const factor = FACTORS.find((f) => f.id === claim.factor);
    out.set(claim.factor, {
      factor: claim.factor,
      source: claim.source,
      text: oneLine2(`${factor.id} ${factor.title}: ${claim.judgement.reason}`),
      claim,
      subClaims: claim.subClaims.filter((s) => s.judgement?.result === "contradicted"),
      checks: claim.judgement.checks ?? [],
      sources: [claim.source]
    });
  }
  return [...out.values()];
}

// src/judge/exit-policy.ts
function decideGate(report2, failOn) {
  const verdicts = report2.factors.map((f) => f.verdict);
  const failing = report2.factors.filter((f) => f.verdict === "fail" || f.verdict === "error");
  const warning = report2.factors.filter((f) => f.verdict === "warn");
  const names = (list) => list.map((f) => f.id).join(", ");
  let exitCode;
  let reason;
  if (failOn === "never") {
    exitCode = 0;
    reason = "fail-on: never";
  } else if (failOn === "warn") {
    exitCode = failing.length > 0 || warning.length > 0 ? 1 : 0;
    reason = exitCode ? `factors below warn: ${names([...failing, ...warning])}` : "no factor warns, fails or errors";
  } else if (failOn === "regression" && report2.baseline) {
    exitCode = report2.baseline.regressions.length > 0 ? 1 : 0;
    reason = exitCode ? `${report2.baseline.regressions.length} regression(s) against ${report2.baseline.source}` : `no regression against ${report2.baseline.source}`;
  } else {
    exitCode = failing.length > 0 ? 1 : 0;
    reason = exitCode ? `failing or errored factors: ${names(failing)}` : "no factor fails or errors";
  }
  const contradicted = contradictedCount(report2);
  const allClear = !verdicts.some((v) => v === "fail" || v === "warn" || v === "error") && contradicted === 0;
  const conclusion = exitCode !== 0 ? "failure" : allClear ? "success" : "neutral";
  return { failOn, exitCode, conclusion, reason, allClear };
}
function contradictedCount(report2) {
  if (report2.contradictions && report2.contradictions.length > 0) return report2.contradictions.length;
  return report2.claims.filter((c) => c.judgement?.result === "contradicted" || c.subClaims.some((s) => s.judgement?.result === "contradicted")).length;
}
function gateOf(report2, failOn) {
  if (report2.gate && (failOn === void 0 || report2.gate.failOn === failOn)) return report2.gate;
  return decideGate(report2, failOn ?? report2.gate?.failOn ?? "fail");
}
function exitCodeFor(report2, failOn) {
  return gateOf(report2, failOn).exitCode;
}
function isAllClear(report2) {
  return gateOf(report2).allClear;
}
function contradictedClaims(report2) {
  return report2.claims.filter((c) => c.judgement?.result === "contradicted" || c.subClaims.some((s) => s.judgement?.result === "contradicted"));
}

// src/judge/finalise.ts
function finalise(report2, failOn) {
  const claims = report2.claims.map((c) => ({ ...c, standing: standingOf(c), subClaims: c.subClaims.map((s) => ({ ...s, standing: s.standing ?? subStanding(c, s) })) }));
  const listed = contradictions(claims).map((c) => ({
    factor: c.factor,
    file: c.source.file,
    line: c.source.line,
    text: c.text,
    checks: c.checks,
    measured: c.checks.some((id) => report2.factors.some((f) => f.findings.some((x) => x.check === id && x.evidence.some((e) => e.kind === "measurement"))))
  }));
  const next = { ...report2, claims, contradictions: listed, claimDocuments: claimDocuments2(claims) };
  return { ...next, gate: decideGate(next, failOn) };
}
function standingOf(claim) {
  if (claim.standing) return claim.standing;
  if (claim.status !== "claimed") return claim.status;
  return claim.judgement?.result ?? "unverified";
}
function subStanding(claim, sub) {
  const status = sub.status ?? claim.status;
  if (status !== "claimed") return status;
  return sub.judgement?.result ?? "unverified";
}
function claimDocuments2(claims) {
  const docs = /* @__PURE__ */ new Map();
  for (const claim of claims) {
    let doc = docs.get(claim.source.file);
    if (!doc) {
      doc = { file: claim.source.file, claims: 0, standings: Object.fromEntries(CLAIM_STANDINGS.map((s) => [s, 0])) };
      docs.set(claim.source.file, doc);
    }
    doc.claims++;
    doc.standings[standingOf(claim)]++;
  }
  return [...docs.values()];
}

// src/judge/verdicts.ts
var RANK = { fail: 4, error: 3, warn: 2, pass: 1 };
var isRuntime2 = (f) => catalogueEntry(f.check)?.kind === "runtime";
function markSupporting(findings) {
  const measuredBy = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const q = catalogueEntry(f.check)?.question;
    if (q && isRuntime2(f) && (f.outcome === "pass" || f.outcome === "warn" || f.outcome === "fail") && !measuredBy.has(q)) measuredBy.set(q, f.check);
  }
  return findings.map((f) => {
    const q = catalogueEntry(f.check)?.question;
    const by = q ? measuredBy.get(q) : void 0;
    return by && !isRuntime2(f) ? { ...f, supporting: `measured by ${by}` } : f;
  });
}
function factorVerdict(findings, opts = {}) {
  const deciding = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.role !== "advice" && !f.supporting);
  if (deciding.length === 0 && opts.allIgnored) return { verdict: "skip", reason: "every check of this factor is ignored by config" };
  const order = (a, b) => Number(isRuntime2(b.f)) - Number(isRuntime2(a.f)) || Number(b.f.evidence.some((e) => e.kind === "measurement")) - Number(a.f.evidence.some((e) => e.kind === "measurement"));
  const pick = (outcome) => deciding.filter(({ f }) => f.outcome === outcome).sort(order)[0];
  for (const outcome of ["fail", "error", "warn"]) {
    const lead = pick(outcome);
    if (lead) return { verdict: outcome, lead: lead.i, reason: lead.f.message };
  }
  const absent = deciding.find(({ f }) => f.outcome === "n/a" && catalogueEntry(f.check)?.subject);
  if (absent) return { verdict: "n/a", lead: absent.i, reason: absent.f.message };
  const pass = pick("pass");
  if (pass) return { verdict: "pass", lead: pass.i, reason: pass.f.message };
  const na = pick("n/a");
  if (na) return { verdict: "n/a", lead: na.i, reason: na.f.message };
  const skipped = deciding.filter(({ f }) => f.outcome === "skip").sort((a, b) => Number(isRuntime2(a.f)) - Number(isRuntime2(b.f)))[0];
  return { verdict: "not-verified", reason: skipped ? skipped.f.message : "no check could judge this factor" };
}
var SHARED_CAUSES = [
  {
    label: "migrations at every start",
    members: [
      ["build-release-run/no-build-at-start", "admin-at-start"],
      ["disposability/startup-work", "heavy"],
      ["admin-processes/no-migrate-on-start", "coupled"]
    ],
    text: /migrat/i
  },
  {
    label: "installs or builds at every start",
    members: [
      ["build-release-run/no-build-at-start", "build-at-start"],
      ["disposability/startup-work", "heavy"]
    ],
    text: /install|build|compil/i
  }
];
function markSharedCauses(findings) {
  const out = [...findings];
  for (const cause of SHARED_CAUSES) {
    const hits = out.map((f, i) => ({ f, i })).filter(({ f }) => cause.members.some(([c, cond]) => f.check === c && f.condition === cond) && cause.text.test(f.message));
    const factors = new Set(hits.map(({ f }) => f.check.split("/")[0]));
    if (factors.size < 2) continue;
    const names = [...factors].map((slug) => FACTORS.find((x) => x.slug === slug).id).join(", ");
    for (const { f, i } of hits) out[i] = { ...f, sharedCause: `${cause.label}: one cause, judged under ${names}` };
  }
  return out;
}
function factorReport(factor, findings, allIgnored) {
  const core = findings.filter((f) => f.role !== "advice");
  core.sort((a, b) => Number(isRuntime2(b)) - Number(isRuntime2(a)));
  const advice = findings.filter((f) => f.role === "advice");
  const { verdict, lead, reason } = factorVerdict(core, { allIgnored });
  return { id: factor.id, slug: factor.slug, title: factor.title, verdict, reason, ...lead !== void 0 ? { lead } : {}, findings: core, advice };
}
function buildReport(input) {
  const ignoreReasons = new Map(input.config.ignore.map((i) => [i.check, i.reason]));
  const kept = [];
  const ignoredCounts = /* @__PURE__ */ new Map();
  for (const raw of input.findings) {
    const role = catalogueEntry(raw.check)?.role ?? raw.role;
    const f = role ? { ...raw, role } : raw;
    if (ignoreReasons.has(f.check)) ignoredCounts.set(f.check, (ignoredCounts.get(f.check) ?? 0) + 1);
    else kept.push(f);
  }
  const ignored = [...ignoreReasons].map(([check, reason]) => ({ check, reason, findings: ignoredCounts.get(check) ?? 0 }));
  const judged2 = markSharedCauses(markSupporting(kept));
  const factors = FACTORS.map((factor) => {
    const mine = judged2.filter((f) => f.check.startsWith(`${factor.slug}/`));
    const allIgnored = mine.filter((f) => f.role !== "advice").length === 0 && input.findings.some((f) => f.check.startsWith(`${factor.slug}/`) && f.role !== "advice");
    return factorReport(factor, mine, allIgnored);
  });
  const report2 = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: (input.now ?? /* @__PURE__ */ new Date()).toISOString(),
    repository: input.repository,
    verdict: overallVerdict(factors.map((f) => f.verdict)),
    summary: summarise(factors),
    factors,
    claims: input.claims ?? [],
    claimDocuments: [],
    contradictions: [],
    ...input.runtime ? { runtime: input.runtime } : {},
    apps: input.apps ?? [],
    stages: input.stages ?? [],
    ignored,
    diagnostics: distinct(input.diagnostics ?? []),
    ...input.baseline ? { baseline: input.baseline } : {}
  };
  return finalise(report2, input.config["fail-on"]);
}
function summarise(factors) {
  const summary = { pass: 0, warn: 0, fail: 0, "n/a": 0, skip: 0, error: 0, notVerified: 0, advice: 0 };
  for (const f of factors) {
    if (f.verdict === "not-verified") summary.notVerified++;
    else summary[f.verdict]++;
    summary.advice += (f.advice ?? []).filter((a) => a.outcome === "warn").length;
  }
  return summary;
}
function overallVerdict(verdicts) {
  let worst;
  for (const v of verdicts) if ((RANK[v] ?? 0) > (worst ? RANK[worst] ?? 0 : 0)) worst = v;
  if (worst) return worst;
  return verdicts.length > 0 && verdicts.every((v) => v === "n/a") ? "n/a" : "not-verified";
}
function distinct(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.severity, d.file, d.line, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/pipeline/run-checks.ts
function stamp(check, drafts) {
  return drafts.map((d) => {
    const base2 = { check: check.id, role: check.role, message: d.message, ...d.details && d.details.length > 0 ? { details: d.details } : {} };
    if ("outcome" in d) return { ...base2, outcome: d.outcome, evidence: [] };
    const outcome = outcomeOf(check, d.condition);
    if (!outcome) return { ...base2, outcome: "error", message: `bug in ${check.id}: condition "${d.condition}" is not in its severity table (${d.message})`, evidence: [] };
    return { ...base2, outcome, condition: d.condition, evidence: d.evidence ?? [] };
  });
}
function guarded2(check, fn) {
  try {
    return stamp(check, fn()).map(
      (f) => f.outcome === "pass" && f.evidence.length === 0 ? { ...f, outcome: "error", message: `check passed without evidence (bug in ${check.id}): ${f.message}` } : f
    );
  } catch (e) {
    return [{ check: check.id, role: check.role, outcome: "error", message: `check crashed: ${e.message ?? String(e)}`, evidence: [] }];
  }
}
function runStaticChecks(ctx) {
  return ALL_CHECKS.flatMap((c) => c.kind === "static" ? guarded2(c, () => c.run(ctx)) : []);
}
function runRuntimeChecks(ctx, whyAbsent) {
  const anyStage = ctx.runtime !== void 0 || ctx.build !== void 0 || ctx.release !== void 0 || (ctx.stages ?? []).some((s) => s.stage !== "static" && s.status !== "absent");
  return ALL_CHECKS.flatMap((c) => {
    if (c.kind !== "runtime") return [];
    if (!anyStage) return [{ check: c.id, role: c.role, outcome: "skip", message: whyAbsent, evidence: [] }];
    return guarded2(c, () => c.judge(ctx));
  });
}

// src/pipeline/audit.ts
function audit(input) {
  const repo = scanRepository(input.repoRoot, ".", { contentWorkers: true, exclude: insideRepo(input.repoRoot, input.ownPaths ?? []), ...input.listedBy ? { listedBy: input.listedBy } : {} });
  const app = resolveApp(repo, input.config);
  const snapshot = app.snapshot;
  const facts = input.runtime?.facts;
  const findings = [
    ...runStaticChecks({ snapshot, config: input.config, app }),
    ...runRuntimeChecks(
      { runtime: facts, build: input.build, release: input.release, config: input.config, app: app.facts(), ...input.stages ? { stages: input.stages } : {} },
      input.runtimeAbsentReason ?? "runtime not run: static-only audit (use `all` or the run stage to verify at runtime)"
    )
  ];
  const commit = headCommit(input.repoRoot);
  const found2 = app.root !== input.config.path ? [{ severity: "info", message: `the repository root is not an app: auditing ${app.root}, ${app.found}`, file: app.root }] : [];
  const draft = buildReport({
    repository: { path: app.root, ...commit ? { commit } : {}, ...input.repository ?? {} },
    config: input.config,
    findings,
    apps: detectApps(input.repoRoot, repo, app),
    runtime: facts,
    stages: input.stages ?? [{ stage: "static", status: "ok" }],
    diagnostics: [...found2, ...input.diagnostics ?? [], ...snapshot.diagnostics]
  });
  const claims = judgeClaims(findClaims(snapshot, { withRepositoryRoot: app.root !== input.config.path }), draft.factors, facts);
  return { report: finalise({ ...draft, claims }, input.config["fail-on"]), snapshot, app };
}
function insideRepo(repoRoot, paths) {
  return paths.map((p) => path7.relative(path7.resolve(repoRoot), path7.resolve(p))).filter((rel) => rel !== "" && !rel.startsWith("..") && !path7.isAbsolute(rel)).map((rel) => rel.split(path7.sep).join("/"));
}

// src/pipeline/stages/apps-report.ts
import { existsSync, readdirSync } from "node:fs";
import path8 from "node:path";
var STAGE_FILES = Object.values(STAGE_FILE_NAMES);
var hasStageFile = (dir) => STAGE_FILES.some((f) => existsSync(path8.join(dir, f)));
function appArtifactDirs(dir) {
  if (!existsSync(dir) || hasStageFile(dir)) return void 0;
  const dirs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => path8.join(dir, e.name)).filter(hasStageFile).sort();
  return dirs.length > 0 ? dirs : void 0;
}
function appPathOf(appDir) {
  try {
    const s = readStageFileIfPresent(appDir, "static");
    if (s) return s.repository.path;
  } catch {
  }
  return path8.basename(appDir);
}
var MERGE_RANK = { skip: 0, "n/a": 1, pass: 2, "not-verified": 3, warn: 4, error: 5, fail: 6 };
function mergeAppReports(parts) {
  if (parts.length === 1) return parts[0].report;
  const { runtime: _oneAppsRuntime, ...first } = parts[0].report;
  const factors = first.factors.map((factor, i) => {
    const perApp = parts.map((p) => p.report.factors[i]);
    const verdict = perApp.map((f) => f.verdict).reduce((a, b) => MERGE_RANK[b] > MERGE_RANK[a] ? b : a, "skip");
    const decider = perApp.findIndex((f) => f.verdict === verdict);
    const { lead: _lead, ...rest } = factor;
    return {
      ...rest,
      verdict,
      reason: decider >= 0 ? `${parts[decider].path}: ${perApp[decider].reason}` : factor.reason,
      findings: parts.flatMap((p, j) => perApp[j].findings.map((f) => ({ ...f, message: `${p.path}: ${f.message}` }))),
      advice: parts.flatMap((p, j) => (perApp[j].advice ?? []).map((f) => ({ ...f, message: `${p.path}: ${f.message}` })))
    };
  });
  const summary = summarise(factors);
  const apps = parts.map((p) => {
    const own = p.report.apps.find((a) => a.audited);
    return {
      path: p.path,
      kind: own?.kind ?? "app",
      ecosystems: own?.ecosystems ?? [],
      processTypes: own?.processTypes ?? [],
      audited: true,
      verdict: p.report.verdict,
      factors: p.report.factors.map((f) => ({ id: f.id, verdict: f.verdict }))
    };
  });
  return finalise({
    ...first,
    repository: { ...first.repository, path: "." },
    verdict: overallVerdict(factors.map((f) => f.verdict)),
    summary,
    factors,
    claims: parts.flatMap((p) => p.report.claims),
    apps,
    stages: parts.flatMap((p) => p.report.stages.map((s) => ({ ...s, reason: `${p.path}: ${s.reason ?? s.status}` }))),
    ignored: parts.flatMap((p) => p.report.ignored),
    diagnostics: parts.flatMap((p) => p.report.diagnostics.map((d) => ({ ...d, message: `${p.path}: ${d.message}` })))
  }, first.gate?.failOn ?? "fail");
}

// src/pipeline/stages/discover.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path9 from "node:path";
var MAX_APPS = 64;
function discoverApps(repoRoot, config) {
  const root = path9.resolve(repoRoot);
  const found2 = /* @__PURE__ */ new Map();
  for (const app of detectApps(root)) {
    const sources = [];
    if (app.kind === "container") sources.push("dockerfile");
    if (app.kind === "procfile" || existsSync2(path9.join(root, app.path, "Procfile"))) sources.push("procfile");
    if (sources.length === 0) continue;
    found2.set(app.path, { path: app.path, sources, ecosystems: app.ecosystems, processTypes: app.processTypes });
  }
  for (const p of config.apps) {
    const rel = path9.posix.normalize(p.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
    const abs = path9.resolve(root, rel);
    if (!isInside(realPathOf(abs), realPathOf(root))) continue;
    if (!existsSync2(abs) || !statSync(abs).isDirectory()) continue;
    const key = path9.relative(root, abs).split(path9.sep).join("/") || ".";
    const known = found2.get(key);
    if (known) known.sources.push("config");
    else found2.set(key, { path: key, sources: ["config"], ecosystems: [], processTypes: [] });
  }
  const ids = /* @__PURE__ */ new Set();
  return [...found2.values()].sort((a, b) => a.path === "." ? -1 : b.path === "." ? 1 : a.path.localeCompare(b.path)).slice(0, MAX_APPS).map((a) => ({ id: uniqueId(appId(a.path), ids), ...a, sources: [...new Set(a.sources)].sort() }));
}
function appId(appPath) {
  if (appPath === "." || appPath === "") return "root";
  const id = appPath.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return id || "app";
}
function uniqueId(id, taken) {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

// src/pipeline/stages/release.ts
import { rmSync } from "node:fs";
function releaseStage(ctx) {
  const build2 = readStageFile(ctx.artifactsDir, "build");
  if (build2.status !== "ok" || !build2.imageId) {
    throw new StageFileError(
      displayPath(stageFilePath(ctx.artifactsDir, "build")),
      'a successful build (status "ok" with an imageId) to release',
      `records a failed build${build2.error ? ` (${build2.error.message})` : ""}`
    );
  }
  rmSync(stageFilePath(ctx.artifactsDir, "run"), { force: true });
  const hash = configHash(ctx.config);
  const releaseId = deriveReleaseId(build2.imageId, hash);
  const envNames = envNamesOf(ctx.config);
  const release = {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: "release",
    releaseId,
    imageId: build2.imageId,
    configHash: hash,
    envNames,
    ...build2.revision ? { revision: build2.revision } : {},
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    digest: releaseDigest({ releaseId, imageId: build2.imageId, configHash: hash, envNames })
  };
  const file = writeStageFile(ctx.artifactsDir, "release", release);
  ctx.progress?.(`release ${releaseId}: image ${build2.imageId}, config ${hash}`);
  return { release, file };
}

// src/pipeline/stages/report.ts
import { existsSync as existsSync3, readdirSync as readdirSync2 } from "node:fs";
import path10 from "node:path";

// src/pipeline/stages/stage-status.ts
function tryRead(dir, kind) {
  try {
    const file = readStageFileIfPresent(dir, kind);
    return file ? { file } : {};
  } catch (e) {
    return { problem: e.message };
  }
}
function loadStages(dir) {
  const diagnostics = [];
  const absent = (kind) => `${STAGE_FILE_NAMES[kind]} not found in ${displayPath(dir)}: the ${kind} stage did not run, or its artifacts were not passed to this job`;
  const problem = (kind, message) => {
    diagnostics.push({ severity: "error", message, file: displayPath(stageFilePath(dir, kind)) });
    return { stage: kind === "run" ? "run" : kind, status: "failed", reason: message };
  };
  const b = tryRead(dir, "build");
  let build2;
  let buildStatus;
  if (b.problem) buildStatus = problem("build", b.problem);
  else if (!b.file) buildStatus = { stage: "build", status: "absent", reason: absent("build") };
  else {
    build2 = b.file;
    buildStatus = b.file.status === "ok" ? { stage: "build", status: "ok" } : { stage: "build", status: "failed", reason: buildFailure(b.file) };
  }
  const r = tryRead(dir, "release");
  let release;
  let releaseStatus;
  if (r.problem) releaseStatus = problem("release", r.problem);
  else if (!r.file) releaseStatus = upstreamOrAbsent("release", buildStatus, absent("release"));
  else {
    const why = releaseInconsistency(r.file, build2, displayPath(stageFilePath(dir, "release")));
    if (why) releaseStatus = problem("release", why);
    else {
      release = r.file;
      releaseStatus = { stage: "release", status: "ok" };
    }
  }
  const u = tryRead(dir, "run");
  let runtime;
  let runStatus;
  if (u.problem) runStatus = problem("run", u.problem);
  else if (!u.file) runStatus = upstreamOrAbsent("run", releaseStatus, absent("run"));
  else if (u.file.status !== "ok" || !u.file.facts) {
    runStatus = { stage: "run", status: "failed", reason: u.file.error ?? "runtime.json records a failed run without a reason" };
  } else {
    const why = runtimeInconsistency(u.file, release, displayPath(stageFilePath(dir, "run")));
    if (why) runStatus = problem("run", why);
    else {
      runtime = u.file;
      runStatus = { stage: "run", status: "ok" };
    }
  }
  const stages = [buildStatus, releaseStatus, runStatus];
  const firstGap = stages.find((s) => s.status !== "ok");
  return {
    ...build2 ? { build: build2 } : {},
    ...release ? { release } : {},
    ...runtime ? { runtime } : {},
    stages,
    diagnostics,
    ...firstGap ? { runtimeAbsentReason: `not verified at runtime: ${firstGap.stage} stage ${firstGap.status}${firstGap.reason ? ` (${firstGap.reason})` : ""}` } : {}
  };
}
function buildFailure(build2) {
  if (!build2.error) return "build.json records a failed build without a reason";
  const step2 = build2.error.step ? ` at ${build2.error.step}` : "";
  return `build failed${step2}: ${build2.error.message}`;
}
function upstreamOrAbsent(stage, upstream, absentReason) {
  if (upstream.status === "ok") return { stage, status: "absent", reason: absentReason };
  const what = { failed: "failed", skipped: "was skipped", absent: "did not run" }[upstream.status];
  return { stage, status: "skipped", reason: `not run because the ${upstream.stage} stage ${what}` };
}
function releaseInconsistency(release, build2, shown) {
  try {
    verifyRelease(release, shown);
  } catch (e) {
    return e.message;
  }
  if (build2?.imageId && build2.imageId !== release.imageId) {
    return `${shown}: names image ${release.imageId}, but build.json built ${build2.imageId}; expected the release of the image this build produced`;
  }
  return void 0;
}
function runtimeInconsistency(runtime, release, shown) {
  const ran = runtime.facts?.imageId ?? runtime.imageId;
  if (release && ran !== release.imageId) {
    return `${shown}: ran image ${ran}, but release.json released ${release.imageId}; expected a run of the released image`;
  }
  if (release && runtime.releaseId !== void 0 && runtime.releaseId !== release.releaseId) {
    return `${shown}: ran release ${runtime.releaseId}, but release.json is ${release.releaseId}; expected a run of this release`;
  }
  return void 0;
}

// src/pipeline/stages/static.ts
var redactValues = (record) => Object.fromEntries(Object.keys(record).map((k) => [k, `[REDACTED:${k}]`]));
function redactConfig(config) {
  return {
    ...config,
    build: { ...config.build, args: redactValues(config.build.args) },
    run: { ...config.run, env: redactValues(config.run.env) },
    services: config.services.map((s) => ({ ...s, env: redactValues(s.env), "service-env": redactValues(s["service-env"]) }))
  };
}
var STATIC_CHECK_IDS = new Set(CATALOGUE.filter((e) => e.kind === "static").map((e) => e.id));
function staticFileOf(report2, app, config) {
  return {
    schemaVersion: STATIC_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: "static",
    app: app.facts(),
    repository: report2.repository,
    config: redactConfig(config),
    findings: report2.factors.flatMap((f) => f.findings).filter((f) => STATIC_CHECK_IDS.has(f.check)),
    claims: findClaims(app.snapshot, { withRepositoryRoot: app.root !== config.path }),
    diagnostics: report2.diagnostics,
    apps: report2.apps,
    ...report2.policy ? { policy: report2.policy } : {},
    createdAt: (/* @__PURE__ */ new Date()).toISOString()
  };
}
function configOfStaticFile(file, dir) {
  const parsed = ConfigSchema.safeParse(file.config);
  if (!parsed.success) {
    throw new StageFileError(
      displayPath(`${dir}/${STAGE_FILE_NAMES.static}`),
      "a config that matches the .twelve-factor.yml schema",
      `its config does not validate (${parsed.error.issues[0]?.message ?? "unknown problem"})`
    );
  }
  return parsed.data;
}

// src/pipeline/stages/report.ts
function reportStage(ctx) {
  const loaded = loadStages(ctx.artifactsDir);
  if (!repositoryPresent(ctx.repoRoot, ctx.config.path)) {
    let staticFile;
    try {
      staticFile = readStageFileIfPresent(ctx.artifactsDir, "static");
    } catch (e) {
      return judgeWithoutStatic(ctx, loaded, { stage: "static", status: "failed", reason: e.message });
    }
    if (staticFile) return judgeFromStaticFile(staticFile, loaded, ctx.artifactsDir);
    return judgeWithoutStatic(ctx, loaded, {
      stage: "static",
      status: "absent",
      reason: `the audited path "${ctx.config.path}" is not checked out here and ${STAGE_FILE_NAMES.static} is not in the artifacts: run the audit command in a job that has the repository`
    });
  }
  const { report: report2, app } = audit({
    repoRoot: ctx.repoRoot,
    config: ctx.config,
    ...ctx.repository ? { repository: ctx.repository } : {},
    diagnostics: loaded.diagnostics,
    ...stageFilesOf(loaded),
    stages: [{ stage: "static", status: "ok" }, ...loaded.stages],
    ...loaded.runtimeAbsentReason ? { runtimeAbsentReason: loaded.runtimeAbsentReason } : {},
    ownPaths: ownPathsOf(ctx)
  });
  return { report: report2, config: ctx.config, app };
}
function ownPathsOf(ctx) {
  return [ctx.artifactsDir, ...ctx.configFile ? [ctx.configFile] : []];
}
function stageFilesOf(loaded) {
  return {
    ...loaded.build ? { build: loaded.build } : {},
    ...loaded.release ? { release: loaded.release } : {},
    ...loaded.runtime ? { runtime: loaded.runtime } : {}
  };
}
function repositoryPresent(repoRoot, appPath) {
  const dir = path10.resolve(repoRoot, appPath);
  if (!existsSync3(dir)) return false;
  try {
    return readdirSync2(dir).some((name) => name !== ".twelve-factor" && name !== ".git");
  } catch {
    return false;
  }
}
function judgeFromStaticFile(file, loaded, dir) {
  const config = configOfStaticFile(file, dir);
  const facts = loaded.runtime?.facts;
  const findings = [
    ...file.findings,
    ...runRuntimeChecks(
      {
        runtime: facts,
        build: loaded.build,
        release: loaded.release,
        config,
        stages: loaded.stages,
        ...file.app ? { app: file.app } : {},
        ...file.repository.commit ? { commit: file.repository.commit } : {}
      },
      loaded.runtimeAbsentReason ?? "runtime not run"
    )
  ];
  const draft = buildReport({
    repository: file.repository,
    config,
    findings,
    apps: file.apps,
    runtime: facts,
    stages: [{ stage: "static", status: "ok" }, ...loaded.stages],
    diagnostics: [...file.diagnostics, ...loaded.diagnostics]
  });
  return { report: finalise({ ...draft, claims: judgeClaims(file.claims, draft.factors, facts), ...file.policy ? { policy: file.policy } : {} }, config["fail-on"]), config };
}
function judgeWithoutStatic(ctx, loaded, staticStatus) {
  const facts = loaded.runtime?.facts;
  const diagnostic = { severity: "error", message: `static checks not run: ${staticStatus.reason}` };
  const report2 = buildReport({
    repository: { path: ctx.config.path },
    config: ctx.config,
    findings: runRuntimeChecks(
      { runtime: facts, build: loaded.build, release: loaded.release, config: ctx.config, stages: loaded.stages },
      loaded.runtimeAbsentReason ?? "runtime not run"
    ),
    runtime: facts,
    stages: [staticStatus, ...loaded.stages],
    diagnostics: [diagnostic, ...loaded.diagnostics]
  });
  return { report: report2, config: ctx.config };
}

// src/pipeline/baseline.ts
import { mkdtempSync, readFileSync, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import path11 from "node:path";

// src/judge/baseline.ts
var BADNESS = { skip: 0, "n/a": 0, pass: 0, warn: 1, error: 2, fail: 3 };
function stateByCheck(report2, compared) {
  const byCheck = /* @__PURE__ */ new Map();
  for (const factor of report2.factors) {
    for (const f of factor.findings.filter((x) => x.role !== "advice" && !x.supporting && compared(x.check))) {
      const list = byCheck.get(f.check) ?? [];
      list.push(f);
      byCheck.set(f.check, list);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [check, findings] of byCheck) {
    let worst = findings[0];
    for (const f of findings) if (BADNESS[f.outcome] > BADNESS[worst.outcome]) worst = f;
    const count = findings.filter((f) => f.outcome === worst.outcome).length;
    out.set(check, { worst: worst.outcome, count, message: worst.message });
  }
  return out;
}
function staticComparable(current) {
  const deciding = /* @__PURE__ */ new Set();
  const supporting = /* @__PURE__ */ new Set();
  for (const f of current.factors.flatMap((x) => x.findings)) (f.supporting ? supporting : deciding).add(f.check);
  return (check) => catalogueEntry(check)?.kind === "static" && (deciding.has(check) || !supporting.has(check));
}
function compareWithBaseline(current, base2, source = "base branch report", opts = {}) {
  const compared = opts.staticBase ? staticComparable(current) : () => true;
  const now = stateByCheck(current, compared);
  const before = stateByCheck(base2, compared);
  const regressions = [];
  const fixes = [];
  const checks = [.../* @__PURE__ */ new Set([...now.keys(), ...before.keys()])].sort();
  for (const check of checks) {
    const a = before.get(check) ?? { worst: "skip", count: 0, message: "not evaluated in the base report" };
    const b = now.get(check) ?? { worst: "skip", count: 0, message: "not evaluated in this report" };
    const delta = BADNESS[b.worst] - BADNESS[a.worst];
    if (delta > 0) regressions.push({ check, from: a.worst, to: b.worst, message: b.message });
    else if (delta < 0) fixes.push({ check, from: a.worst, to: b.worst, message: a.message });
    else if (BADNESS[b.worst] > 0 && b.count !== a.count) {
      const entry2 = {
        check,
        from: a.worst,
        to: b.worst,
        message: `${b.count} ${b.worst} finding${b.count === 1 ? "" : "s"} (base had ${a.count}): ${b.count > a.count ? b.message : a.message}`
      };
      (b.count > a.count ? regressions : fixes).push(entry2);
    }
  }
  return { source, regressions, fixes };
}
function parseReport(json, origin) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${origin}: not JSON (${e.message})`);
  }
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${origin}: not a twelve-factor-audit report (${first ? `${first.path.join(".")}: ${first.message}` : "invalid"})`);
  }
  return parsed.data;
}

// src/pipeline/baseline.ts
var MAX_BASELINE_BYTES = 32 * 1024 * 1024;
async function withBaseline(report2, source, ctx) {
  if (!source) return report2;
  const notes = (source.kind === "file" ? [] : source.notes ?? []).map((message) => ({ severity: "info", message }));
  let next;
  try {
    const { base: base2, label } = await baseReport(source, ctx);
    const baseline = compareWithBaseline(report2, base2, label, { staticBase: source.kind === "commit" });
    next = { ...report2, baseline, diagnostics: [...report2.diagnostics, ...notes] };
  } catch (e) {
    const message = `baseline not compared: ${e.message}`;
    next = { ...report2, diagnostics: [...report2.diagnostics, ...notes, { severity: "warning", message }] };
  }
  return finalise(next, ctx.failOn);
}
async function baseReport(source, ctx) {
  switch (source.kind) {
    case "file": {
      const size = statSync2(source.path).size;
      if (size > MAX_BASELINE_BYTES) throw new Error(`${source.path}: ${size} bytes; the limit is ${MAX_BASELINE_BYTES}`);
      return { base: parseReport(readFileSync(source.path, "utf8"), source.path), label: path11.basename(source.path) };
    }
    case "report": {
      if (source.text.length > MAX_BASELINE_BYTES) throw new Error(`${source.origin}: report.json is larger than ${MAX_BASELINE_BYTES} bytes`);
      const base2 = parseReport(source.text, source.origin);
      if (base2.repository.commit && base2.repository.commit !== source.commit) {
        throw new Error(`${source.origin}: its report.json is of commit ${base2.repository.commit.slice(0, 12)}, not the base commit ${source.commit.slice(0, 12)}`);
      }
      return { base: base2, label: `the base commit ${source.commit.slice(0, 7)} (${source.origin})` };
    }
    case "commit":
      return { base: await auditCommit(source, ctx), label: `a static audit of the base commit ${source.commit.slice(0, 7)}` };
  }
}
async function auditCommit(source, ctx) {
  const dir = mkdtempSync(path11.join(source.tempRoot, "twelve-factor-base-"));
  try {
    ctx.progress?.(`baseline: checking out the base commit ${source.commit.slice(0, 12)} outside the workspace`);
    await source.checkout(dir);
    const ownPaths = (ctx.configFile ? [ctx.configFile] : [...CONFIG_FILE_NAMES]).map((f) => path11.join(dir, f));
    const parts = ctx.apps.map((app) => {
      const { report: report2 } = audit({ repoRoot: dir, config: { ...app.config, path: app.path }, ownPaths });
      return { path: app.path, report: { ...report2, repository: { ...report2.repository, commit: source.commit } } };
    });
    return mergeAppReports(parts);
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}

// src/pipeline/stages/report-files.ts
import path12 from "node:path";

// src/render/json.ts
function renderJson(report2) {
  return `${JSON.stringify(report2, null, 2)}
`;
}

// src/render/mermaid.ts
function renderLifecycle(runtime, outcomes = {}) {
  const lines = ["flowchart LR"];
  const node = (id, label, cls) => `  ${id}["${label}"]:::${cls}`;
  const { boot, shutdown } = runtime;
  lines.push(node("build", `build<br/>image ${safe(shortId(runtime.imageId))}`, "ok"));
  lines.push(node("boot", `boot<br/>PORT=${boot.port ?? "none"}`, "ok"));
  lines.push("  build --> boot");
  let last = "boot";
  switch (boot.outcome) {
    case "ready":
      lines.push(node("ready", `ready<br/>${boot.httpStatus ? `HTTP ${boot.httpStatus}` : "TCP accept"}`, clsOf(outcomes.boot)));
      lines.push(`  boot -->|${ms(boot.readyMs)}| ready`);
      last = "ready";
      break;
    case "timeout":
      lines.push(node("ready", `not ready<br/>timeout ${ms(boot.timeoutMs)}`, clsOf(outcomes.boot)));
      lines.push(`  boot -->|${ms(boot.timeoutMs)}| ready`);
      last = "ready";
      break;
    case "other-port":
      lines.push(node("ready", `listening on another port<br/>${safe((boot.listeningPorts ?? []).join(" "))}`, "bad"));
      lines.push(`  boot -->|${ms(boot.listenerSeenMs)}| ready`);
      last = "ready";
      break;
    case "unhealthy":
      lines.push(node("ready", `not ready<br/>HTTP ${boot.httpStatus ?? "no answer"}`, "bad"));
      lines.push(`  boot -->|${ms(boot.acceptedMs)}| ready`);
      last = "ready";
      break;
    case "exited":
      lines.push(node("ready", `exited before ready<br/>code ${boot.exitCode ?? "?"}`, clsOf(outcomes.boot)));
      lines.push(`  boot -->|${ms(boot.readyMs)}| ready`);
      return finish(lines);
    case "error":
      lines.push(node("ready", "boot error", "bad"));
      lines.push("  boot --> ready");
      return finish(lines);
    case "not-applicable":
      lines.push(node("ready", "no web process<br/>(worker)", "neutral"));
      lines.push("  boot --> ready");
      last = "ready";
      break;
  }
  if (!shutdown) return finish(lines);
  const signal = safe(shutdown.signal) || "SIGTERM";
  lines.push(node("stop", signal, "neutral"));
  lines.push(`  ${last} --> stop`);
  const exitCls = clsOf(outcomes.shutdown);
  const exitLabel = shutdown.killed ? `SIGKILL<br/>after grace ${ms(shutdown.graceMs)}` : shutdown.classification === "not-running" ? "already exited" : `exit ${shutdown.exitCode ?? "?"}<br/>${safe(shutdown.classification)}`;
  lines.push(node("exit", exitLabel, exitCls));
  lines.push(`  stop -->|${ms(shutdown.elapsedMs)}| exit`);
  return finish(lines);
}
function clsOf(outcome) {
  return outcome === "pass" ? "ok" : outcome === "warn" ? "warn" : outcome === "fail" || outcome === "error" ? "bad" : "neutral";
}
function finish(lines) {
  lines.push(
    "  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
    "  classDef warn fill:#fff8c5,stroke:#9a6700,color:#1f2328",
    "  classDef bad fill:#ffebe9,stroke:#cf222e,color:#1f2328",
    "  classDef neutral fill:#f6f8fa,stroke:#59636e,color:#1f2328"
  );
  return lines.join("\n");
}
function ms(value) {
  return value === void 0 || !Number.isFinite(value) ? "? ms" : `${Math.round(value)} ms`;
}
function shortId(id) {
  const hex = id.replace(/^sha256:/, "");
  return hex.slice(0, 12);
}
function safe(text) {
  return text.replace(/[^A-Za-z0-9 ._:+-]/g, "").slice(0, 40);
}

// src/render/sarif.ts
var DOCS_URL = "https://github.com/twelve-factor-audit/twelve-factor-audit/blob/main/docs/checks.md";
var SARIF_MAX_RESULTS = 5e3;
var MAX_MESSAGE = 1e3;
function anchorFor(checkId) {
  return checkId.replace(/[^a-z0-9]+/g, "-");
}
function renderSarif(report2, opts = {}) {
  const base2 = report2.repository.path === "." ? "" : `${report2.repository.path.replace(/\/+$/, "")}/`;
  const fallback = opts.fallbackFile ?? `${base2}Dockerfile`;
  const rules = CATALOGUE.map((e) => ({
    id: e.id,
    name: e.id.replace(/[/-](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: e.title },
    fullDescription: { text: e.rationale },
    help: { text: e.remediation, markdown: `${e.rationale}

**Fix:** ${e.remediation}` },
    helpUri: `${DOCS_URL}#${anchorFor(e.id)}`,
    defaultConfiguration: { level: e.role === "advice" ? "note" : "error" },
    properties: { tags: ["12-factor", `factor-${factorBySlug(e.factor)?.id ?? e.factor}`, e.kind, e.role] }
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const rank = { fail: 0, error: 1, warn: 2 };
  const decided = report2.factors.flatMap((f) => f.findings).filter((f) => f.outcome in rank && !f.supporting).sort((a, b) => rank[a.outcome] - rank[b.outcome]);
  const advice = report2.factors.flatMap((f) => f.advice ?? []).filter((f) => f.outcome === "warn");
  const findings = [...decided, ...advice];
  const results = findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
    const file = f.evidence.find((e) => e.kind === "file" && repoRelative(e.file));
    const measurement = f.evidence.find((e) => e.kind === "measurement");
    const text = measurement ? `${f.message} (${measurement.name}: ${measurement.value} ${measurement.unit}${measurement.threshold !== void 0 ? `, limit ${measurement.threshold}` : ""})` : f.message;
    return {
      ruleId: f.check,
      ...ruleIndex.has(f.check) ? { ruleIndex: ruleIndex.get(f.check) } : {},
      level: f.role === "advice" ? "note" : f.outcome === "warn" ? "warning" : "error",
      message: { text: text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}\u2026` : text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(wellFormed(file?.file ?? (repoRelative(fallback) ? fallback : "Dockerfile"))), uriBaseId: "%SRCROOT%" },
            region: { startLine: file?.line ?? 1 }
          }
        }
      ]
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report2.tool.name,
            version: report2.tool.version,
            semanticVersion: report2.tool.version,
            informationUri: DOCS_URL,
            rules
          }
        },
        // No automationDetails: upload-sarif sets it from its `category` input only when the file has none.
        ...report2.repository.commit ? { versionControlProvenance: [{ repositoryUri: repoUri(report2), revisionId: report2.repository.commit }] } : {},
        results,
        ...findings.length > SARIF_MAX_RESULTS ? { properties: { truncated: true, totalResults: findings.length } } : {}
      }
    ]
  };
  return `${neutraliseMarkers(JSON.stringify(sarif, null, 2))}
`;
}
function repoUri(report2) {
  const server = report2.repository.serverUrl ?? "https://github.com";
  return report2.repository.slug ? `${server}/${report2.repository.slug}` : "file:///";
}
function repoRelative(file) {
  return file !== "" && !/^[a-z][\w+.-]*:|^[/\\]/i.test(file) && !file.split(/[/\\]/).includes("..");
}

// src/render/markdown.ts
var DEFAULT_MAX_LENGTH = 65e3;
var CHECK_DOCS_URL = DOCS_URL;
var VERDICT_ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u2757",
  "n/a": "\u2796",
  skip: "\u23ED\uFE0F",
  "not-verified": "\u2754"
};
var VERDICT_WORD = {
  pass: "pass",
  warn: "warn",
  fail: "fail",
  error: "error",
  "n/a": "n/a",
  skip: "skipped",
  "not-verified": "not verified"
};
var RANK2 = { fail: 0, error: 1, warn: 2, pass: 3, "n/a": 4, skip: 5 };
var VERDICT_RANK = { fail: 0, error: 1, warn: 2, "not-verified": 3, pass: 4, "n/a": 5, skip: 6 };
var MAX_CLAIMS = 20;
var MAX_CLAIM_LIST_CHARS = 16e3;
var MAX_SUBCLAIMS_SHOWN = 8;
var STANDING_ICON = {
  contradicted: "\u274C",
  confirmed: "\u2705",
  unverified: "\u2754",
  described: "\u{1F4D6}",
  planned: "\u{1F5D3}\uFE0F",
  "in-progress": "\u{1F6A7}",
  "not-claimed": "\u2796"
};
var MAX_FINDINGS_PER_FACTOR = 50;
var MAX_DETAIL_LINES = 40;
var MAX_BASELINE_ENTRIES = 30;
var MAX_DIAGNOSTICS = 30;
function commentMarker(key) {
  return `<!-- twelve-factor-audit:${key.replace(/[^A-Za-z0-9._/-]/g, "-")} -->`;
}
function checkDocsUrl(checkId) {
  return `${CHECK_DOCS_URL}#${anchorFor(checkId)}`;
}
function renderMarkdown(report2, opts = {}) {
  const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const links = linkBase(report2);
  const head = [];
  if (opts.commentKey !== void 0) head.push(commentMarker(opts.commentKey));
  head.push(headline(report2), meta(report2));
  const claims = renderClaims(report2, links);
  if (claims) head.push(claims);
  const everyClaim2 = renderEveryClaim(report2, links);
  if (everyClaim2) head.push(everyClaim2);
  head.push(renderTable(report2));
  const apps = renderApps(report2);
  if (apps) head.push(apps);
  if (report2.runtime) head.push("### Container lifecycle", codeBlock(renderLifecycle(report2.runtime, lifecycleOutcomes(report2)), "mermaid"));
  const baseline = renderBaseline(report2);
  if (baseline) head.push(baseline);
  const stages = renderStages(report2);
  if (stages) head.push(stages);
  const footer = renderFooter(report2, opts.artifactHint);
  let findingsLeftOut = 0;
  const blocks = report2.factors.map((f, i) => {
    const d = renderFactorDetails(f, links, Math.floor(max / 4), opts.checkTitle ?? ((id) => catalogueEntry(id)?.title));
    findingsLeftOut += d.hidden;
    return { order: i, rank: VERDICT_RANK[f.verdict], text: d.text };
  });
  const advice = renderAdvice(report2, links, opts.checkTitle ?? ((id) => catalogueEntry(id)?.title));
  if (advice) blocks.push({ order: 99, rank: 6, text: advice });
  const diagnostics = renderDiagnostics(report2);
  if (diagnostics) blocks.push({ order: 100, rank: 7, text: diagnostics });
  const joinAll = (parts) => `${parts.join("\n\n")}
`;
  const headText = joinAll(head);
  const notice = truncationNotice(0, 0, opts.artifactHint);
  let budget = max - headText.length - footer.length - notice.length - 16;
  const kept = /* @__PURE__ */ new Set();
  let dropped = 0;
  for (const b of [...blocks].sort((x, y) => x.rank - y.rank || x.order - y.order)) {
    if (b.text.length + 2 <= budget) {
      kept.add(b.order);
      budget -= b.text.length + 2;
    } else dropped++;
  }
  const body = [...head, "### Details", ...blocks.filter((b) => kept.has(b.order)).map((b) => b.text)];
  if (dropped > 0 || findingsLeftOut > 0) body.push(truncationNotice(dropped, findingsLeftOut, opts.artifactHint));
  body.push(footer);
  const out = joinAll(body);
  return out.length <= max ? out : `${truncateText(out, max - notice.length - 2)}

${notice}`;
}
function lifecycleOutcomes(report2) {
  const outcome = (id) => report2.factors.flatMap((f) => f.findings).find((x) => x.check === id)?.outcome;
  const boot = outcome("port-binding/binds-port");
  const shutdown = outcome("disposability/sigterm-shutdown");
  return { ...boot ? { boot } : {}, ...shutdown ? { shutdown } : {} };
}
function headline(report2) {
  const count = (v) => report2.factors.filter((f) => f.verdict === v).length;
  const parts = [];
  parts.push(`${count("pass")} passing`);
  if (count("warn")) parts.push(`${count("warn")} warning${count("warn") === 1 ? "" : "s"}`);
  if (count("fail")) parts.push(`${count("fail")} failing`);
  if (count("error")) parts.push(`${count("error")} could not be checked`);
  if (count("n/a")) parts.push(`${count("n/a")} n/a`);
  if (count("not-verified")) parts.push(`${count("not-verified")} not verified`);
  if (count("skip")) parts.push(`${count("skip")} skipped`);
  const icon = VERDICT_ICON[report2.verdict];
  let line = `## ${icon} 12-Factor audit: ${parts.join(" \xB7 ")}`;
  if (report2.baseline) {
    const r = report2.baseline.regressions.length;
    const f = report2.baseline.fixes.length;
    line += `

**Against the base branch:** ${r === 0 && f === 0 ? "no change" : `${r} regression${r === 1 ? "" : "s"}, ${f} fix${f === 1 ? "" : "es"}`}`;
  }
  const policy = policyChanges(report2);
  if (policy) line += `

${policy}`;
  const ignored = ignoredChecks(report2);
  if (ignored) line += `

${ignored}`;
  return line;
}
var MAX_HEADLINE_ITEMS = 15;
function policyChanges(report2) {
  const p = report2.policy;
  if (!p || p.changes.length === 0) return void 0;
  const lines = [
    "> [!WARNING]",
    `> **This pull request changes the audit policy.** Its changes take effect once merged; this audit applied the policy of ${inlineText(p.source, 160)}:`
  ];
  for (const c of p.changes.slice(0, MAX_HEADLINE_ITEMS)) {
    lines.push(`> - ${inlineCode(c.key, { max: 40 })}: ${inlineCode(c.applied, { max: 160 })} (applied) \u2192 ${inlineCode(c.requested, { max: 160 })} (asked by this pull request)`);
  }
  if (p.changes.length > MAX_HEADLINE_ITEMS) lines.push(`> - \u2026 and ${p.changes.length - MAX_HEADLINE_ITEMS} more in the full report`);
  return lines.join("\n");
}
function ignoredChecks(report2) {
  if (report2.ignored.length === 0) return void 0;
  const items = report2.ignored.slice(0, MAX_HEADLINE_ITEMS).map((i) => `- ${inlineCode(i.check, { max: 80 })} (${i.findings} finding${i.findings === 1 ? "" : "s"} ignored): ${inlineText(i.reason, 200)}`);
  if (report2.ignored.length > MAX_HEADLINE_ITEMS) items.push(`- \u2026 and ${report2.ignored.length - MAX_HEADLINE_ITEMS} more in the full report`);
  return [`**Ignored by the config (${report2.ignored.length}):**`, "", ...items].join("\n");
}
function meta(report2) {
  const bits = [];
  const repo = report2.repository;
  if (repo.path && repo.path !== ".") bits.push(`path ${inlineCode(repo.path, { max: 80 })}`);
  if (repo.ref) bits.push(`ref ${inlineCode(repo.ref, { max: 80 })}`);
  if (repo.commit) bits.push(`commit ${inlineCode(repo.commit.slice(0, 12), { max: 12 })}`);
  bits.push(`${inlineText(report2.tool.name, 40)} ${inlineText(report2.tool.version, 20)}`);
  return `<sub>${bits.join(" \xB7 ")}</sub>`;
}
function linkBase(report2) {
  const { slug, commit } = report2.repository;
  const server = (report2.repository.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  if (!slug || !commit || !/^[\w.-]+\/[\w.-]+$/.test(slug) || !/^[0-9a-f]{7,64}$/i.test(commit)) return {};
  if (!/^https?:\/\/[\w.-]+(:\d+)?(\/[\w.~-]+)*$/.test(server)) return {};
  return { blob: `${server}/${slug}/blob/${commit}` };
}
function encodeUrlPath(path16) {
  return path16.split("/").map((s) => encodeURIComponent(wellFormed(s)).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function fileLink(links, file, line, endLine) {
  const label = inlineCode(line ? `${file}:${line}` : file, { max: 120 });
  if (!links.blob) return label;
  const anchor = line ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ""}` : "";
  return `[${label}](${links.blob}/${encodeUrlPath(file)}${anchor})`;
}
function renderClaims(report2, links) {
  const listed = report2.contradictions ?? [];
  if (listed.length === 0) return void 0;
  const docs = [...new Set(listed.map((c) => c.file))];
  const lines = ["### \u2757 Claims contradicted by the evidence", "", `From ${docs.slice(0, 3).map((d) => inlineCode(d, { max: 80 })).join(", ")}${docs.length > 3 ? " \u2026" : ""}:`, ""];
  for (const c of listed.slice(0, MAX_CLAIMS)) {
    const claim = report2.claims.find((x) => x.factor === c.factor && x.source.file === c.file && x.source.line === c.line);
    if (claim) lines.push(...renderClaim(claim, links));
    else lines.push(`- ${fileLink(links, c.file, c.line)} ${inlineText(c.text, 300)}`);
  }
  if (listed.length > MAX_CLAIMS) lines.push(`- \u2026 and ${listed.length - MAX_CLAIMS} more in the full report`);
  return lines.join("\n");
}
function renderClaim(claim, links) {
  const factor = factorById(claim.factor);
  const name = factor ? `${factor.id} ${factor.title}` : claim.factor;
  const reason = claim.judgement?.result === "contradicted" ? claim.judgement.reason : void 0;
  const out = [`- **${name}** \u2014 ${reason !== void 0 ? judged(claim, reason, claim.source.line, claim.text, links) : `${fileLink(links, claim.source.file, claim.source.line)} \u201C${inlineText(claim.text, 160)}\u201D`}`];
  for (const sub of claim.subClaims.filter((s) => s.judgement?.result === "contradicted" && s.judgement.reason !== reason).slice(0, 10)) {
    out.push(`  - ${judged(claim, sub.judgement?.reason ?? "", sub.line, sub.text, links)}`);
  }
  return out;
}
function judged(claim, reason, line, text, links) {
  const file = claim.source.file;
  if (reason.startsWith(`${file}:`)) {
    const m = /^:(\d{1,9}) claims /.exec(reason.slice(file.length));
    if (m) return `${fileLink(links, file, Number(m[1]))} claims ${inlineText(reason.slice(file.length + m[0].length), 300)}`;
  }
  const at = fileLink(links, file, line ?? claim.source.line);
  return text === void 0 ? `${at} ${inlineText(reason, 300)}` : `${at} \u201C${inlineText(text, 160)}\u201D: ${inlineText(reason, 300)}`;
}
function renderEveryClaim(report2, links) {
  const docs = report2.claimDocuments ?? [];
  if (report2.claims.length === 0 || docs.length === 0) return void 0;
  const totals = /* @__PURE__ */ new Map();
  for (const d of docs) for (const [k, n] of Object.entries(d.standings)) totals.set(k, (totals.get(k) ?? 0) + n);
  const counts = [...totals].filter(([, n]) => n > 0).map(([k, n]) => `${n} ${word(k)}`).join(" \xB7 ");
  const total = docs.reduce((n, d) => n + d.claims, 0);
  const lines = [`<details><summary>\u{1F4CB} Every claim read (${total}): ${counts}</summary>`, ""];
  let used = 0;
  let shown = 0;
  for (const doc of docs) {
    const mine = report2.claims.filter((c) => c.source.file === doc.file);
    const head = `**From ${inlineCode(doc.file, { max: 120 })}** (${doc.claims} claim${doc.claims === 1 ? "" : "s"}):`;
    if (used + head.length > MAX_CLAIM_LIST_CHARS) break;
    lines.push(head, "");
    used += head.length;
    for (const claim of mine) {
      const item = claimItem(claim, links);
      if (used + item.length > MAX_CLAIM_LIST_CHARS) break;
      lines.push(item);
      used += item.length;
      shown++;
    }
    lines.push("");
  }
  if (shown < report2.claims.length) lines.push(`\u2026 and ${report2.claims.length - shown} more claim${report2.claims.length - shown === 1 ? "" : "s"} in the full report (JSON).`, "");
  lines.push("</details>");
  return lines.join("\n");
}
function word(standing) {
  return standing.replace("-", " ");
}
function claimItem(claim, links) {
  const factor = factorById(claim.factor);
  const name = factor ? `${factor.id} ${factor.title}` : claim.factor;
  const standing = claim.standing ?? "unverified";
  const reason = claim.judgement?.reason ?? "";
  const said = standing === "contradicted" ? `${fileLink(links, claim.source.file, claim.source.line)} (above)` : judged(claim, reason, claim.source.line, claim.text, links);
  const out = [`- ${STANDING_ICON[standing]} **${name}** \u2014 ${word(standing)}: ${said}`];
  const subs = claim.subClaims.filter((s) => s.standing !== void 0 && s.judgement && s.judgement.reason !== reason && !(standing === "contradicted" && s.standing === "contradicted"));
  for (const sub of subs.slice(0, MAX_SUBCLAIMS_SHOWN)) out.push(`  - ${subItem(claim, sub, links)}`);
  if (subs.length > MAX_SUBCLAIMS_SHOWN) out.push(`  - \u2026 and ${subs.length - MAX_SUBCLAIMS_SHOWN} more in the full report`);
  return out.join("\n");
}
function subItem(claim, sub, links) {
  const standing = sub.standing ?? "unverified";
  const reason = sub.judgement?.reason ?? "";
  return `${STANDING_ICON[standing]} ${word(standing)}: ${judged(claim, reason, sub.line, sub.topic ? void 0 : sub.text, links)}`;
}
function renderTable(report2) {
  const rows = ["| | Factor | Verdict | Evidence |", "|---|---|---|---|"];
  for (const f of report2.factors) {
    rows.push(`| ${f.id} | ${factorTitle(f)} | ${VERDICT_ICON[f.verdict]} ${VERDICT_WORD[f.verdict]} | ${evidenceLine(f)} |`);
  }
  return rows.join("\n");
}
function factorTitle(f) {
  return factorById(f.id)?.title ?? htmlText(f.title, 40);
}
function evidenceLine(factor) {
  const lead = factor.lead !== void 0 ? factor.findings[factor.lead] : void 0;
  if (!factor.reason && !lead) return factor.verdict === "skip" ? "all checks ignored by config" : "no check applied";
  const measurement = lead?.evidence.find((e) => e.kind === "measurement");
  let text = inlineText(factor.reason || lead?.message || "", 140);
  if (measurement) text += ` (${measurementText(measurement, 60)})`;
  const others = factor.findings.filter((f) => f.outcome !== "skip").length - (lead ? 1 : 0);
  if (others > 0) text += ` \xB7 +${others} more`;
  return text;
}
function measurementText(m, max = 80) {
  const value = `${formatNumber(m.value)} ${m.unit}`;
  const threshold = m.threshold !== void 0 ? `, threshold ${formatNumber(m.threshold)} ${m.unit}` : "";
  return inlineText(`${m.name}: ${value}${threshold}`, max);
}
function formatNumber(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 0);
}
function renderApps(report2) {
  const apps = report2.apps.filter((a) => a.verdict !== void 0 && a.factors !== void 0);
  if (apps.length < 2) return void 0;
  const ids = report2.factors.map((f) => f.id);
  const rows = [
    `### Apps (${apps.length})`,
    "",
    `| app | verdict | ${ids.join(" | ")} |`,
    `|---|---|${ids.map(() => ":-:").join("|")}|`
  ];
  for (const a of apps.slice(0, 50)) {
    const byId3 = new Map(a.factors.map((f) => [f.id, f.verdict]));
    const cells = ids.map((id) => VERDICT_ICON[byId3.get(id) ?? "not-verified"]);
    rows.push(`| ${inlineCode(a.path, { max: 80, inTable: true })} | ${VERDICT_ICON[a.verdict]} ${VERDICT_WORD[a.verdict]} | ${cells.join(" | ")} |`);
  }
  if (apps.length > 50) rows.push("", `\u2026 and ${apps.length - 50} more apps in the full report`);
  return rows.join("\n");
}
function renderBaseline(report2) {
  const b = report2.baseline;
  if (!b || b.regressions.length === 0 && b.fixes.length === 0) return void 0;
  const lines = [`### Against the base branch (${inlineText(b.source, 80)})`, ""];
  const entry2 = (icon, e) => `- ${icon} ${inlineCode(e.check, { max: 80 })}: ${e.from} \u2192 ${e.to}: ${inlineText(e.message, 200)}`;
  for (const r of b.regressions.slice(0, MAX_BASELINE_ENTRIES)) lines.push(entry2("\u{1F53B} regression", r));
  if (b.regressions.length > MAX_BASELINE_ENTRIES) lines.push(`- \u2026 and ${b.regressions.length - MAX_BASELINE_ENTRIES} more regressions`);
  for (const f of b.fixes.slice(0, MAX_BASELINE_ENTRIES)) lines.push(entry2("\u{1F53A} fixed", f));
  if (b.fixes.length > MAX_BASELINE_ENTRIES) lines.push(`- \u2026 and ${b.fixes.length - MAX_BASELINE_ENTRIES} more fixes`);
  return lines.join("\n");
}
function renderStages(report2) {
  if (report2.stages.length === 0) return void 0;
  const parts = report2.stages.map((s) => {
    const icon = s.status === "ok" ? "\u2705" : s.status === "failed" ? "\u274C" : "\u2796";
    return `${icon} ${s.stage} ${s.status}${s.reason ? ` (${inlineText(s.reason, 120)})` : ""}`;
  });
  return `**Stages:** ${parts.join(" \xB7 ")}`;
}
function renderFactorDetails(factor, links, budget, titleOf) {
  const evaluated = factor.findings.filter((f) => f.outcome !== "skip").sort((a, b) => Number(!!a.supporting) - Number(!!b.supporting) || RANK2[a.outcome] - RANK2[b.outcome]);
  const skipped = factor.findings.filter((f) => f.outcome === "skip");
  const count = factor.findings.length;
  const open = factor.verdict === "fail" || factor.verdict === "error" ? " open" : "";
  const summary = `${VERDICT_ICON[factor.verdict]} <b>${factor.id} ${factorTitle(factor)}</b>: ${VERDICT_WORD[factor.verdict]} \xB7 ${count} finding${count === 1 ? "" : "s"}`;
  const parts = [`<details${open}><summary>${summary}</summary>`];
  let used = parts[0].length;
  let shown = 0;
  for (const finding of evaluated.slice(0, MAX_FINDINGS_PER_FACTOR)) {
    const text = renderFinding(finding, links, titleOf);
    if (used + text.length > budget && shown > 0) break;
    parts.push(text);
    used += text.length + 2;
    shown++;
  }
  const hidden = evaluated.length - shown;
  if (hidden > 0) parts.push(`\u2026 and ${hidden} more finding${hidden === 1 ? "" : "s"} in the full report.`);
  if (skipped.length > 0) {
    const list = skipped.slice(0, 20).map((s) => `- \u23ED\uFE0F ${inlineCode(s.check, { max: 80 })}: ${inlineText(s.message, 200)}`).join("\n");
    parts.push(`Not judged here:

${list}${skipped.length > 20 ? `
- \u2026 and ${skipped.length - 20} more` : ""}`);
  }
  if (count === 0) parts.push("No check applied to this factor.");
  parts.push("</details>");
  return { text: parts.join("\n\n"), hidden };
}
function renderFinding(finding, links, titleOf) {
  const title = titleOf(finding.check);
  const link = `[${inlineCode(finding.check, { max: 80 })}](${checkDocsUrl(finding.check)})`;
  const lines = [];
  const head = title ? `**${inlineText(title, 120)}** \xB7 ${link}` : link;
  lines.push(`${VERDICT_ICON[finding.outcome]} ${head}: ${inlineText(finding.message, 500)}`);
  if (finding.supporting) lines.push(`<sub>Supports the measurement, does not decide (${inlineText(finding.supporting, 120)}).</sub>`);
  if (finding.sharedCause) lines.push(`<sub>One cause: ${inlineText(finding.sharedCause, 200)}.</sub>`);
  const evidence = finding.evidence.slice(0, 10).map(
    (e) => e.kind === "file" ? `- ${fileLink(links, e.file, e.line, e.endLine)}${e.snippet ? ` ${inlineCode(e.snippet, { max: 160 })}` : ""}` : `- \u{1F4CF} ${measurementText(e, 160)}`
  );
  if (finding.evidence.length > 10) evidence.push(`- \u2026 and ${finding.evidence.length - 10} more`);
  if (evidence.length > 0) lines.push(evidence.join("\n"));
  if (finding.details && finding.details.length > 0) {
    const d = finding.details.slice(0, MAX_DETAIL_LINES).map((l) => truncateText(l, 500));
    if (finding.details.length > MAX_DETAIL_LINES) d.push(`\u2026 ${finding.details.length - MAX_DETAIL_LINES} more lines in the full report`);
    lines.push(codeBlock(d.join("\n"), "text"));
  }
  return lines.join("\n\n");
}
function renderAdvice(report2, links, titleOf) {
  const advice = report2.factors.flatMap((f) => (f.advice ?? []).filter((a) => a.outcome === "warn").map((a) => ({ f, a })));
  if (advice.length === 0) return void 0;
  const items = advice.slice(0, 30).map(({ f, a }) => {
    const fix = catalogueEntry(a.check)?.remediation;
    const title = titleOf(a.check);
    const at = a.evidence[0]?.kind === "file" ? ` (${fileLink(links, a.evidence[0].file, a.evidence[0].line)})` : "";
    return `- ${f.id} \xB7 ${title ? `**${inlineText(title, 120)}** \xB7 ` : ""}[${inlineCode(a.check, { max: 80 })}](${checkDocsUrl(a.check)}): ${inlineText(a.message, 300)}${at}${fix ? `
  Fix: ${inlineText(fix, 300)}` : ""}`;
  });
  if (advice.length > 30) items.push(`- \u2026 and ${advice.length - 30} more in the full report`);
  return `<details><summary>\u{1F4A1} Advice: not part of the verdict (${advice.length})</summary>

${items.join("\n")}

</details>`;
}
function renderDiagnostics(report2) {
  const parts = [];
  if (report2.diagnostics.length > 0) {
    const list = report2.diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => {
      const where3 = d.file ? `${inlineCode(d.line ? `${d.file}:${d.line}` : d.file, { max: 120 })}: ` : "";
      return `- ${d.severity}: ${where3}${inlineText(d.message, 300)}`;
    });
    if (report2.diagnostics.length > MAX_DIAGNOSTICS) list.push(`- \u2026 and ${report2.diagnostics.length - MAX_DIAGNOSTICS} more`);
    parts.push(list.join("\n"));
  }
  if (report2.ignored.length > 0) {
    parts.push(
      report2.ignored.slice(0, 30).map((i) => `- ignored ${inlineCode(i.check, { max: 80 })} (${i.findings} finding${i.findings === 1 ? "" : "s"}): ${inlineText(i.reason, 200)}`).join("\n")
    );
  }
  if (parts.length === 0) return void 0;
  const n = report2.diagnostics.length + report2.ignored.length;
  return `<details><summary>Diagnostics and ignored checks (${n})</summary>

${parts.join("\n\n")}

</details>`;
}
function renderFooter(report2, artifactHint) {
  const docs = `[What each check means](${CHECK_DOCS_URL})`;
  const full = artifactHint ? ` \xB7 full report: ${artifactLink(artifactHint)}` : "";
  return `<sub>${docs}${full} \xB7 generated ${htmlText(report2.generatedAt, 40)}</sub>`;
}
function artifactLink(hint) {
  return /^https:\/\/[^\s()<>]+$/.test(hint) ? `[artifact](${hint})` : inlineText(hint, 200);
}
function truncationNotice(sections, findings, artifactHint) {
  const where3 = artifactHint ? `the full report artifact (${artifactLink(artifactHint)})` : "the full report artifact";
  const what = [
    sections > 0 ? `${sections} detail section${sections === 1 ? "" : "s"}` : "",
    findings > 0 ? `${findings} finding${findings === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  return `> [!NOTE]
> Truncated to stay under GitHub's 65,536-character limit: ${what.join(" and ") || "some detail"} left out. See ${where3}.`;
}

// src/pipeline/stages/report-files.ts
function writeReportFiles(report2, dir) {
  return {
    json: writeTextAtomic(path12.join(dir, REPORT_FILES.json), renderJson(report2)),
    markdown: writeTextAtomic(path12.join(dir, REPORT_FILES.markdown), renderMarkdown(report2)),
    sarif: writeTextAtomic(path12.join(dir, REPORT_FILES.sarif), renderSarif(report2))
  };
}

// src/config/policy.ts
var POLICY_KEYS = [
  "ignore",
  "fail-on",
  "run.web",
  "run.network",
  "run.memory",
  "run.cpus",
  "run.pids",
  "run.boot-timeout",
  "run.shutdown-timeout",
  "run.replicas",
  "run.timeout",
  "build.timeout",
  "admin",
  "services"
];
function get(config, key) {
  if (key.startsWith("run.")) return config.run[key.slice(4)];
  if (key.startsWith("build.")) return config.build[key.slice(6)];
  return config[key];
}
function applyPolicy(requested, trusted) {
  const config = {
    ...requested,
    ignore: trusted.ignore,
    "fail-on": trusted["fail-on"],
    admin: trusted.admin,
    services: trusted.services,
    build: { ...requested.build, timeout: trusted.build.timeout },
    run: {
      ...requested.run,
      network: trusted.run.network,
      memory: trusted.run.memory,
      cpus: trusted.run.cpus,
      pids: trusted.run.pids,
      "boot-timeout": trusted.run["boot-timeout"],
      "shutdown-timeout": trusted.run["shutdown-timeout"],
      replicas: trusted.run.replicas,
      timeout: trusted.run.timeout
    }
  };
  if (trusted.run.web === void 0) delete config.run.web;
  else config.run.web = trusted.run.web;
  const changes = [];
  for (const key of POLICY_KEYS) {
    const [a, r] = [get(trusted, key), get(requested, key)];
    if (JSON.stringify(a) === JSON.stringify(r)) continue;
    const applied = describePolicyValue(key, a);
    const asked = describePolicyValue(key, r);
    changes.push({ key, applied, requested: asked === applied ? `${asked} with other env values` : asked });
  }
  return { config, changes };
}
function describePolicyValue(key, value) {
  if (value === void 0) return "(not set)";
  if (key === "ignore") {
    const list = value;
    return list.length === 0 ? "(none)" : list.map((i) => `${i.check} ("${i.reason}")`).join(", ");
  }
  if (key === "admin") {
    const list = value;
    return list.length === 0 ? "(none)" : list.map((c) => typeof c === "string" ? c : c.join(" ")).join("; ");
  }
  if (key === "services") {
    const list = value;
    if (list.length === 0) return "(none)";
    return list.map((s) => {
      const command = s.command ? `: ${typeof s.command === "string" ? s.command : s.command.join(" ")}` : "";
      const env = [...Object.keys(s.env), ...Object.keys(s["service-env"])];
      return `${s.name} (${s.image}${command}${env.length > 0 ? `; env ${env.join(", ")}` : ""})`;
    }).join(", ");
  }
  return String(value);
}

// src/pipeline/policy.ts
function withTrustedPolicy(repoRoot, requested, source, opts) {
  if (!opts.loadedFile && !isWorkTree(repoRoot)) return { config: requested, diagnostics: [] };
  const short = /^[0-9a-f]{40}$/.test(source.rev) ? source.rev.slice(0, 12) : source.rev;
  const names = opts.configFile ? [opts.configFile] : [...CONFIG_FILE_NAMES];
  const diagnostics = [];
  let trusted;
  let from = `${source.label} (${short}), which has no ${names[0]}: the defaults`;
  for (const name of names) {
    const read = fileAtRevision(repoRoot, source.rev, name, MAX_CONFIG_BYTES);
    if (read.kind === "absent") continue;
    if (read.kind === "unreadable") {
      from = `the defaults (${source.label}'s ${name} could not be read)`;
      diagnostics.push({ severity: "warning", message: `the policy comes from the defaults: ${source.label}'s ${name} could not be read (${read.problem})`, file: name });
      break;
    }
    try {
      trusted = parseConfig(read.text, `${source.label}:${name}`);
      from = `${source.label}'s ${name} (${short})`;
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      from = `the defaults (${source.label}'s ${name} is not a valid config)`;
      diagnostics.push({ severity: "warning", message: `the policy comes from the defaults: ${e.message.split("\n")[0]}`, file: name });
    }
    break;
  }
  const { config, changes } = applyPolicy(requested, trusted ?? defaultConfig());
  return { config, policy: { source: from, changes }, diagnostics };
}

// src/pipeline/commands.ts
var buildStage = async (ctx) => (await import("./build-5AHPJR7C.js")).buildStage(ctx);
var runStage = async (ctx) => (await import("./run-7A4KYZWX.js")).runStage(ctx);
var COMMANDS = ["audit", "build", "release", "run", "report", "all", "discover"];
async function timed(hook, stage, fn) {
  if (!hook) return fn();
  hook.start(stage);
  const started = performance.now();
  let outcome = "failed";
  try {
    const value = await fn();
    outcome = "ok";
    return value;
  } finally {
    hook.end(stage, Math.round(performance.now() - started), outcome);
  }
}
function resolveConfig(opts) {
  const loaded = loadConfig(opts.repoRoot, opts.configFile);
  const requested = opts.appPath ? { ...loaded.config, path: opts.appPath } : { ...loaded.config };
  const trusted = opts.policyFrom ? withTrustedPolicy(opts.repoRoot, requested, opts.policyFrom, { ...opts.configFile ? { configFile: opts.configFile } : {}, ...loaded.file ? { loadedFile: loaded.file } : {} }) : { config: requested, diagnostics: [] };
  const config = { ...trusted.config };
  if (opts.failOn) config["fail-on"] = opts.failOn;
  if (opts.dockerfile) config.dockerfile = opts.dockerfile;
  if (opts.context) config.context = opts.context;
  checkPathsInside(opts.repoRoot, config);
  return {
    config,
    ...loaded.file ? { file: loaded.file } : {},
    ...trusted.policy ? { policy: trusted.policy } : {},
    diagnostics: trusted.diagnostics
  };
}
function stamped(report2, resolved) {
  const policy = resolved.policy ?? report2.policy;
  return new Redactor(configValues(resolved.config)).deep({
    ...report2,
    ...policy ? { policy } : {},
    diagnostics: [...report2.diagnostics, ...resolved.diagnostics.filter((d) => !report2.diagnostics.some((r) => r.message === d.message))]
  });
}
function checkPathsInside(workspace, config) {
  const appDir = resolveInWorkspace(workspace, workspace, config.path, "path");
  resolveInWorkspace(workspace, appDir, config.dockerfile, "dockerfile");
  resolveInWorkspace(workspace, appDir, config.context, "context");
}
function appFactsFor(ctx) {
  try {
    const file = readStageFileIfPresent(ctx.artifactsDir, "static");
    if (file?.app) return { app: file.app };
  } catch {
  }
  if (!repositoryPresent(ctx.repoRoot, ".")) return {};
  return { app: resolveApp(scanRepository(ctx.repoRoot, ".", { exclude: insideRepo(ctx.repoRoot, ownPathsOf(ctx)) }), ctx.config).facts() };
}
function artifactsDirOf(opts, config) {
  if (opts.artifacts) return resolveArtifactsDir(opts.repoRoot, opts.artifacts, true);
  return resolveArtifactsDir(opts.repoRoot, path13.join(config.path, ".twelve-factor"), false);
}
async function runCommand(opts) {
  const resolved = resolveConfig(opts);
  const { config, file: configFile } = resolved;
  const artifactsDir = artifactsDirOf(opts, config);
  const redactor = new Redactor(configValues(config));
  const progress = opts.progress ? (line) => opts.progress(redactor.text(line)) : void 0;
  if (resolved.policy && resolved.policy.changes.length > 0) {
    progress?.(`policy from ${resolved.policy.source}; this pull request's changes to ${resolved.policy.changes.map((c) => c.key).join(", ")} apply once merged`);
  }
  const ctx = {
    repoRoot: opts.repoRoot,
    config,
    artifactsDir,
    ...configFile ? { configFile } : {},
    ...opts.runId ? { runId: opts.runId } : {},
    ...opts.repository ? { repository: opts.repository } : {},
    ...progress ? { progress } : {},
    ...opts.signal ? { signal: opts.signal } : {},
    ...opts.contextExcludes ? { contextExcludes: opts.contextExcludes } : {}
  };
  if ((opts.command === "release" || opts.command === "run") && opts.skipAfterFailedBuild) {
    const failed = recordedBuildFailure(artifactsDir);
    if (failed) return { data: { skipped: `the build failed (${failed}); nothing to ${opts.command}, the report says why` }, config, artifactsDir };
  }
  switch (opts.command) {
    case "audit": {
      const listedBy = listingOf(ctx);
      const apps = monorepoApps(ctx, listedBy);
      if (apps) return auditEach(ctx, opts, apps, resolved, listedBy);
      const result = await timed(opts.onStage, "static audit", () => audit({ repoRoot: opts.repoRoot, config, ownPaths: ownPathsOf(ctx), listedBy, ...opts.repository ? { repository: opts.repository } : {} }));
      const judged2 = stamped(result.report, resolved);
      const report2 = await withBaseline(judged2, opts.baseline, { apps: [{ path: config.path, config }], failOn: config["fail-on"], ...baselineExtras(ctx, opts) });
      if (opts.writeArtifacts !== false) {
        writeStageFile(artifactsDir, "static", staticFileOf(judged2, result.app, config));
        writeReportFiles(report2, artifactsDir);
      }
      return { report: report2, config, artifactsDir };
    }
    case "build": {
      const { build: build2, file } = await timed(opts.onStage, "build", () => buildStage(ctx));
      return { data: { "image-id": build2.imageId, file, tarball: build2.tarball, builder: build2.builder }, config, artifactsDir };
    }
    case "release": {
      const { release, file } = await timed(opts.onStage, "release", () => releaseStage(ctx));
      return { data: { "release-id": release.releaseId, "image-id": release.imageId, configHash: release.configHash, file }, config, artifactsDir };
    }
    case "run": {
      const { runtime, file } = await timed(opts.onStage, "run", () => runStage({ ...ctx, ...appFactsFor(ctx) }));
      return {
        data: { "image-id": runtime.imageId, "release-id": runtime.releaseId, boot: runtime.facts?.boot.outcome, file },
        config,
        artifactsDir
      };
    }
    case "report":
      return timed(opts.onStage, "report", () => report(ctx, opts, resolved));
    case "all":
      return all(ctx, opts, resolved);
    case "discover":
      return { data: { apps: discoverApps(opts.repoRoot, config) }, config, artifactsDir };
  }
}
function baselineExtras(ctx, opts) {
  return { ...ctx.configFile ? { configFile: ctx.configFile } : {}, ...opts.progress ? { progress: opts.progress } : {} };
}
function recordedBuildFailure(dir) {
  try {
    const build2 = readStageFileIfPresent(dir, "build");
    return build2 && build2.status !== "ok" ? build2.error?.message ?? "status failed" : void 0;
  } catch {
    return void 0;
  }
}
function monorepoApps(ctx, listing = listingOf(ctx)) {
  if (normaliseAppPath(ctx.config.path) !== "." || ctx.config.dockerfile !== "Dockerfile") return void 0;
  const loc = locateApp(listing, ctx.config);
  if (!loc.monorepo) return void 0;
  const ids = /* @__PURE__ */ new Set();
  return loc.monorepo.map((p) => {
    let id = appId(p);
    for (let n = 2; ids.has(id); n++) id = `${appId(p)}-${n}`;
    ids.add(id);
    return { id, path: p };
  });
}
function listingOf(ctx) {
  return scanRepository(ctx.repoRoot, ".", { exclude: insideRepo(ctx.repoRoot, ownPathsOf(ctx)) });
}
async function auditEach(ctx, opts, apps, resolved, listedBy) {
  ctx.progress?.(`the repository root holds no app: auditing each of ${apps.length} apps (${apps.map((a) => a.path).join(", ")})`);
  for (const a of apps) {
    const dir = path13.join(ctx.artifactsDir, a.id);
    const config = { ...ctx.config, path: a.path };
    const result = audit({ repoRoot: ctx.repoRoot, config, ownPaths: ownPathsOf(ctx), listedBy, ...opts.repository ? { repository: opts.repository } : {} });
    const judged2 = stamped(result.report, resolved);
    writeStageFile(dir, "static", staticFileOf(judged2, result.app, config));
    writeReportFiles(judged2, dir);
  }
  return report(ctx, opts, resolved, apps.map((a) => path13.join(ctx.artifactsDir, a.id)));
}
async function report(ctx, opts, resolved, knownAppDirs) {
  const appDirs = knownAppDirs ?? appArtifactDirs(ctx.artifactsDir);
  const parts = (appDirs ?? [ctx.artifactsDir]).map((dir) => {
    const appPath = appDirs ? appPathOf(dir) : ctx.config.path;
    const judged2 = reportStage({ ...ctx, artifactsDir: dir, config: { ...ctx.config, path: appPath } });
    const result = { ...judged2, report: stamped(judged2.report, resolved) };
    if (result.app) writeStageFile(dir, "static", staticFileOf(result.report, result.app, result.config));
    if (appDirs) writeReportFiles(result.report, dir);
    return { path: appPath, ...result };
  });
  const first = parts[0];
  const config = opts.failOn ? { ...first.config, "fail-on": opts.failOn } : first.config;
  const stampedMerge = stamped(mergeAppReports(parts), { ...first.report.policy ? { policy: first.report.policy } : {}, diagnostics: [], config: ctx.config });
  const merged = await withBaseline(stampedMerge, opts.baseline, {
    apps: parts.map((p) => ({ path: p.path, config: p.config })),
    failOn: config["fail-on"],
    ...baselineExtras(ctx, opts)
  });
  writeReportFiles(merged, ctx.artifactsDir);
  return { report: merged, config, artifactsDir: ctx.artifactsDir };
}
async function all(ctx, opts, resolved) {
  const apps = monorepoApps(ctx);
  if (apps) {
    ctx.progress?.(`the repository root holds no app: building, releasing and running each of ${apps.length} apps`);
    for (const a of apps) {
      const sub = { ...ctx, artifactsDir: path13.join(ctx.artifactsDir, a.id), config: { ...ctx.config, path: a.path } };
      const audited = audit({ repoRoot: ctx.repoRoot, config: sub.config, ownPaths: ownPathsOf(ctx), ...opts.repository ? { repository: opts.repository } : {} });
      writeStageFile(sub.artifactsDir, "static", staticFileOf(stamped(audited.report, resolved), audited.app, sub.config));
      await stagesOf({ ...sub, app: audited.app.facts() }, opts);
    }
    return timed(opts.onStage, "report", () => report(ctx, opts, resolved, apps.map((a) => path13.join(ctx.artifactsDir, a.id))));
  }
  await stagesOf({ ...ctx, ...appFactsFor(ctx) }, opts);
  return timed(opts.onStage, "report", () => report(ctx, opts, resolved));
}
async function stagesOf(ctx, opts) {
  const { newRunId, sweep } = await import("./container-O2Z7SWIR.js");
  const runCtx = { ...ctx, runId: ctx.runId ?? newRunId(), saveImage: opts.saveImage === true };
  try {
    const stages = [
      ["build", () => buildStage(runCtx)],
      ["release", async () => releaseStage(runCtx)],
      ["run", () => runStage(runCtx)]
    ];
    for (const [name, stage] of stages) {
      try {
        await timed(opts.onStage, name, stage);
      } catch (e) {
        if (!(e instanceof StageFailedError || e instanceof StageFileError)) throw e;
        ctx.progress?.(`${name} stage did not complete: ${e.message}`);
        break;
      }
    }
  } finally {
    if (!opts.runId) await sweep({ runId: runCtx.runId }).catch(() => void 0);
  }
}

// src/render/text.ts
var LABEL2 = {
  pass: "PASS",
  warn: "WARN",
  fail: "FAIL",
  skip: "SKIP",
  error: "ERROR",
  "n/a": "N/A",
  "not-verified": "NOT VERIFIED"
};
var COLOR = {
  pass: "\x1B[32m",
  warn: "\x1B[33m",
  fail: "\x1B[31m",
  skip: "\x1B[90m",
  error: "\x1B[35m",
  "n/a": "\x1B[90m",
  "not-verified": "\x1B[90m"
};
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
function renderText(report2, opts = {}) {
  const color = opts.color ?? false;
  const paint = (v, s2) => color ? `${COLOR[v]}${s2}${RESET}` : s2;
  const bold = (s2) => color ? `${BOLD}${s2}${RESET}` : s2;
  const out = [];
  const s = report2.summary;
  out.push(
    bold(`twelve-factor-audit ${report2.tool.version}`) + `  ${inert(report2.repository.path)}${report2.repository.commit ? ` @ ${report2.repository.commit.slice(0, 12)}` : ""}`
  );
  out.push(
    `Verdict: ${paint(report2.verdict, LABEL2[report2.verdict])}  (${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.error} error, ${s["n/a"] ?? 0} n/a, ${s.notVerified} not verified${s.skip ? `, ${s.skip} skipped` : ""})`
  );
  if (report2.policy && report2.policy.changes.length > 0) {
    out.push("", bold(`Policy from ${inert(report2.policy.source)}; these changes apply once merged:`));
    for (const c of report2.policy.changes) out.push(`  ${c.key}: ${truncate(inert(c.applied), 80)} (applied) \u2192 ${truncate(inert(c.requested), 80)}`);
  }
  const contradicted = report2.contradictions ?? [];
  if (contradicted.length > 0) {
    out.push("", bold("Contradicted claims"));
    for (const c of contradicted) out.push(`  ${paint("fail", "\u2717")} ${inert(c.text)}`);
  }
  if ((opts.detail ?? 3) > 0) out.push(...everyClaim(report2, paint, bold));
  out.push("");
  const rows = report2.factors.map((f) => [
    f.id.padEnd(4),
    f.title.padEnd(19),
    paint(f.verdict, LABEL2[f.verdict].padEnd(12)),
    truncate(inert(headline2(f)), 90)
  ]);
  for (const r of rows) out.push(`  ${r.join("  ")}`);
  const apps = report2.apps.filter((a) => a.verdict !== void 0);
  if (apps.length > 1) {
    out.push("", bold(`Apps (${apps.length})`));
    for (const a of apps) out.push(`  ${paint(a.verdict, LABEL2[a.verdict].padEnd(12))}  ${inert(a.path)}`);
  }
  const detail = opts.detail ?? 3;
  if (detail > 0) {
    const notable = report2.factors.filter((f) => f.verdict === "fail" || f.verdict === "warn" || f.verdict === "error");
    if (notable.length > 0) out.push("", bold("Details"));
    for (const f of notable) {
      out.push(`  ${f.id}. ${f.title}`);
      const bad = f.findings.filter((x) => !x.supporting && (x.outcome === "fail" || x.outcome === "warn" || x.outcome === "error"));
      for (const x of bad.slice(0, detail)) {
        out.push(`    ${paint(x.outcome, LABEL2[x.outcome].padEnd(5))} ${x.check}: ${truncate(inert(x.message), 120)}${inert(where2(x))}`);
      }
      if (bad.length > detail) out.push(`    \u2026 ${bad.length - detail} more (see the JSON or Markdown report)`);
    }
  }
  const advice = report2.factors.flatMap((f) => (f.advice ?? []).filter((a) => a.outcome === "warn").map((a) => ({ f, a })));
  if (advice.length > 0 && detail > 0) {
    out.push("", bold(`Advice: not part of the verdict (${advice.length})`));
    for (const { f, a } of advice.slice(0, 10)) out.push(`  ${a.check} (${f.id}): ${truncate(inert(a.message), 110)}`);
    if (advice.length > 10) out.push(`  \u2026 ${advice.length - 10} more (see the JSON or Markdown report)`);
  }
  const stageProblems = report2.stages.filter((st) => st.status === "failed" || st.status === "skipped");
  if (stageProblems.length > 0) {
    out.push("", bold("Stages"));
    for (const st of stageProblems) out.push(`  ${st.stage}: ${st.status}${st.reason ? ` \u2014 ${truncate(inert(st.reason), 160)}` : ""}`);
  }
  const problems = report2.diagnostics.filter((d) => d.severity !== "info");
  if (problems.length > 0) {
    out.push("", bold(`Input problems (${problems.length})`));
    for (const d of problems.slice(0, 10)) {
      const loc = d.file ? `${inert(d.file)}${d.line ? `:${d.line}` : ""}${d.column ? `:${d.column}` : ""}: ` : "";
      out.push(`  ${loc}${truncate(inert(d.message), 160)}`);
    }
    if (problems.length > 10) out.push(`  \u2026 ${problems.length - 10} more`);
  }
  if (report2.ignored.length > 0) {
    out.push("", bold("Ignored by config"));
    for (const i of report2.ignored) out.push(`  ${i.check} (${i.findings} findings): ${inert(i.reason)}`);
  }
  return `${out.join("\n")}
`;
}
var STANDING_MARK = {
  contradicted: ["\u2717", "fail"],
  confirmed: ["\u2713", "pass"],
  unverified: ["?", "not-verified"],
  described: ["\xB7", "n/a"],
  planned: ["\xB7", "n/a"],
  "in-progress": ["\xB7", "n/a"],
  "not-claimed": ["\xB7", "n/a"]
};
var MAX_CLAIM_LINES = 60;
function everyClaim(report2, paint, bold) {
  const docs = report2.claimDocuments ?? [];
  if (report2.claims.length === 0 || docs.length === 0) return [];
  const out = ["", bold(`Claims read (${report2.claims.length})`)];
  let lines = 0;
  for (const doc of docs) {
    const counts = Object.entries(doc.standings).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k.replace("-", " ")}`);
    out.push(`  ${inert(doc.file)}: ${counts.join(", ")}`);
    for (const c of report2.claims.filter((x) => x.source.file === doc.file)) {
      if (lines >= MAX_CLAIM_LINES) break;
      const standing = c.standing ?? "unverified";
      const [mark, colour] = STANDING_MARK[standing];
      const why = c.judgement?.reason ?? "";
      out.push(`    ${paint(colour, mark)} ${c.factor.padEnd(4)} line ${String(c.source.line).padEnd(5)} ${standing.replace("-", " ")}${why ? `: ${truncate(inert(why), 160)}` : ""}`);
      lines++;
    }
  }
  if (lines < report2.claims.length) out.push(`  \u2026 ${report2.claims.length - lines} more (see the JSON report)`);
  return out;
}
function headline2(f) {
  const lead = f.lead !== void 0 ? f.findings[f.lead] : void 0;
  if (!f.reason && !lead) return f.verdict === "skip" ? "all checks ignored by config" : "no check could judge this factor";
  const text = f.reason || lead.message;
  const at = lead ? where2(lead) : "";
  return lead?.evidence[0]?.kind === "file" && text.includes(lead.evidence[0].file) ? text : `${text}${at}`;
}
function where2(f) {
  const e = f.evidence[0];
  if (!e) return "";
  if (e.kind === "file") return ` (${e.file}${e.line ? `:${e.line}` : ""})`;
  return ` (${e.name}: ${e.value} ${e.unit}${e.threshold !== void 0 ? `, limit ${e.threshold} ${e.unit}` : ""})`;
}
function inert(s) {
  return neutraliseMarkers(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD").replace(/\n/g, " "));
}
function truncate(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
}

// src/render/index.ts
var FORMATS = ["text", "markdown", "json", "sarif"];
function render(report2, format, opts = {}) {
  switch (format) {
    case "text":
      return renderText(report2, { color: opts.color ?? false });
    case "markdown":
      return renderMarkdown(report2);
    case "json":
      return renderJson(report2);
    case "sarif":
      return renderSarif(report2);
  }
}

// src/entry/cli-args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var HELP = `Usage: twelve-factor <command> [path] [options]

Verify a repository against the 12-Factor App methodology.

Commands:
  audit      static checks only; no Docker needed
  build      build the image (OCI labels), write build.json and image.tar.gz
  release    bind the image to the config into an immutable release (release.json)
  run        boot the released image and measure it (runtime.json)
  report     merge static results and stage files into verdicts (report.json)
  all        all of the above in one process
  discover   list the deployable apps in a monorepo as JSON

Arguments:
  path                 repository to audit (default: current directory)

Options:
  --config PATH        config file (default: .twelve-factor.yml in path)
  --app PATH           audited app inside the repository (overrides config "path")
  --dockerfile FILE    Dockerfile relative to the app (overrides config "dockerfile")
  --context DIR        build context relative to the app (overrides config "context")
  --artifacts DIR      stage files directory (default: .twelve-factor/ under the app)
  --save-image         all: also write image.tar.gz there, for a later separate run
  --format FORMAT      text | markdown | json | sarif (repeatable, pairs with --output)
  --output FILE        write the matching --format to FILE instead of stdout
  --fail-on LEVEL      fail | warn | regression | never (default: config, else fail)
  --policy-from REV    take ignore, fail-on, the sandbox limits, admin and services from
                       the config committed at git revision REV (e.g. origin/main), as the
                       action does on a pull request; the working tree's changes are shown
  --no-color           no ANSI colour (also NO_COLOR=1; colour is only used on a TTY)
  --quiet              no progress lines on stderr
  -h, --help           show this help
  -v, --version        print the version

Exit codes:
  0  the verdict passed the --fail-on threshold
  1  the verdict is below the threshold, or the build stage failed (build)
  2  usage, config or stage-file error (the message names file:line:col), or a
     path that leaves the repository (the message names the key and the path)
  3  internal error (a bug, the run harness failed, or Docker is unavailable
     for a command that needs it)
`;
function parseCliArgs(argv, env, isTTY, cwd = process.cwd()) {
  let parsed;
  try {
    parsed = parseWith(argv);
  } catch (e) {
    const msg = e.message;
    const unknown = /Unknown option '(--?[\w-]+)'/.exec(msg)?.[1];
    if (unknown) {
      const guess = nearest(unknown.replace(/^-+/, ""), OPTION_NAMES);
      throw new UsageError(`unknown option ${unknown}${guess ? `; did you mean --${guess}?` : ""}`);
    }
    throw new UsageError(msg);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const version = values.version === true;
  const [first, second, ...rest] = positionals;
  if ((help || version) && first === void 0) {
    return { command: "audit", repoRoot: cwd, outputs: [], color: false, quiet: true, help, version };
  }
  if (first === void 0) throw new UsageError("missing command (audit, build, release, run, report, all, discover)");
  if (!COMMANDS.includes(first)) {
    const guess = nearest(first, COMMANDS);
    throw new UsageError(`unknown command "${first}"${guess ? `; did you mean "${guess}"?` : ""}`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const formats = (values.format ?? []).map((f) => {
    if (!FORMATS.includes(f)) throw new UsageError(`unknown format "${f}" (expected ${FORMATS.join(", ")})`);
    return f;
  });
  const files = values.output ?? [];
  if (files.length > Math.max(formats.length, 1)) throw new UsageError("each --output needs its own --format before it");
  if (formats.length === 0) formats.push(files.length > 0 ? "json" : "text");
  const outputs = formats.map((format, i) => ({ format, ...files[i] ? { file: files[i] } : {} }));
  if (outputs.filter((o) => !o.file).length > 1) throw new UsageError("only one --format can go to stdout; give the others an --output");
  if (values["save-image"] && first !== "all") throw new UsageError(`--save-image is for all (build always writes image.tar.gz), not ${first}`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${failOn}"`);
  }
  const noColor = values["no-color"] === true || env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  return {
    command: first,
    repoRoot: path14.resolve(cwd, second ?? "."),
    ...values.config ? { config: values.config } : {},
    ...values.app ? { app: values.app } : {},
    ...values.dockerfile ? { dockerfile: values.dockerfile } : {},
    ...values.context ? { context: values.context } : {},
    ...values.artifacts ? { artifacts: values.artifacts } : {},
    ...values["save-image"] ? { saveImage: true } : {},
    ...values["policy-from"] ? { policyFrom: values["policy-from"] } : {},
    outputs,
    ...failOn ? { failOn } : {},
    color: isTTY && !noColor,
    quiet: values.quiet === true,
    help,
    version
  };
}
var OPTION_NAMES = ["config", "app", "dockerfile", "context", "artifacts", "save-image", "policy-from", "format", "output", "fail-on", "no-color", "quiet", "help", "version"];
function parseWith(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string" },
      app: { type: "string" },
      dockerfile: { type: "string" },
      context: { type: "string" },
      artifacts: { type: "string" },
      "save-image": { type: "boolean" },
      "policy-from": { type: "string" },
      format: { type: "string", multiple: true },
      output: { type: "string", multiple: true },
      "fail-on": { type: "string" },
      "no-color": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
}

// src/entry/cli-main.ts
var EXIT = { ok: 0, belowThreshold: 1, usage: 2, internal: 3 };
var USER_ERRORS = /* @__PURE__ */ new Set(["UsageError", "ConfigError", "StageFileError", "PathRefusedError"]);
async function cliMain(io) {
  let args;
  try {
    args = parseCliArgs(io.argv, io.env, io.stdout.isTTY === true, io.cwd);
  } catch (e) {
    io.stderr.write(`twelve-factor: ${e.message}
Run "twelve-factor --help" for usage.
`);
    return EXIT.usage;
  }
  if (args.version) {
    io.stdout.write(`${TOOL_VERSION}
`);
    return EXIT.ok;
  }
  if (args.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const progress = args.quiet ? void 0 : (line) => io.stderr.write(`\xB7 ${foldLine(line)}
`);
  try {
    const result = await runCommand({
      command: args.command,
      repoRoot: args.repoRoot,
      ...args.config ? { configFile: args.config } : {},
      ...args.app ? { appPath: args.app } : {},
      // The reusable workflow passes its dockerfile and context inputs through the environment.
      ...args.dockerfile ?? process.env.TWELVE_FACTOR_DOCKERFILE ? { dockerfile: args.dockerfile ?? process.env.TWELVE_FACTOR_DOCKERFILE } : {},
      ...args.context ?? process.env.TWELVE_FACTOR_CONTEXT ? { context: args.context ?? process.env.TWELVE_FACTOR_CONTEXT } : {},
      repository: repositoryFromEnv(),
      ...args.artifacts ? { artifacts: args.artifacts } : {},
      ...args.saveImage ? { saveImage: true } : {},
      // `audit --output FILE` writes that file and nothing else into the audited tree.
      ...args.command === "audit" && !args.artifacts && args.outputs.some((o) => o.file) ? { writeArtifacts: false } : {},
      ...args.policyFrom ? { policyFrom: { rev: args.policyFrom, label: `revision ${args.policyFrom}` } } : {},
      ...args.failOn ? { failOn: args.failOn } : {},
      ...progress ? { progress } : {},
      ...io.signal ? { signal: io.signal } : {}
    });
    if (!result.report) {
      io.stdout.write(`${JSON.stringify(result.data ?? {}, null, 2)}
`);
      return EXIT.ok;
    }
    for (const out of args.outputs) {
      const text = render(result.report, out.format, { color: out.file ? false : args.color });
      if (out.file) {
        const file = path15.resolve(io.cwd, out.file);
        mkdirSync(path15.dirname(file), { recursive: true });
        writeFileSync(file, text);
        progress?.(`wrote ${out.format} report to ${out.file}`);
      } else {
        io.stdout.write(text);
      }
    }
    return interruptedExit(io.signal) ?? exitCodeFor(result.report, result.config["fail-on"]);
  } catch (e) {
    const err = e;
    const interrupted = interruptedExit(io.signal);
    if (interrupted !== void 0) {
      io.stderr.write(`twelve-factor: ${io.signal?.reason?.message ?? "interrupted"}
`);
      return interrupted;
    }
    if (err instanceof UsageError || USER_ERRORS.has(err.name)) {
      io.stderr.write(`twelve-factor: ${err.message}
`);
      return EXIT.usage;
    }
    const stageExit = err.exitCode;
    if (err.name === "StageFailedError" && (stageExit === 1 || stageExit === 3)) {
      io.stderr.write(`twelve-factor: ${err.message}
`);
      return stageExit;
    }
    io.stderr.write(`twelve-factor: internal error: ${err.message}
${io.env.TFA_DEBUG ? `${err.stack}
` : ""}`);
    return EXIT.internal;
  }
}
function interruptedExit(signal) {
  if (!signal?.aborted) return void 0;
  return /SIGTERM/.test(String(signal.reason?.message ?? signal.reason)) ? 143 : 130;
}
function repositoryFromEnv() {
  const slug = process.env.GITHUB_REPOSITORY;
  const server = process.env.GITHUB_SERVER_URL;
  return { ...slug ? { slug } : {}, ...server ? { serverUrl: server } : {} };
}

export {
  catalogueEntry,
  gateOf,
  exitCodeFor,
  isAllClear,
  contradictedClaims,
  DEFAULT_MAX_LENGTH,
  commentMarker,
  renderMarkdown,
  COMMANDS,
  runCommand,
  EXIT,
  cliMain,
  repositoryFromEnv
};
