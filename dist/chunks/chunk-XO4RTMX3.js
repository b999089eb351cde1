import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  MAX_READ_BYTES,
  SignalCollector,
  decodeChunk,
  encodeJobs,
  hasBinaryExtension,
  isNonRuntimePath,
  isPlaceholder,
  isUnder,
  languageOf,
  nonRuntimePathMemo,
  readBounded,
  relativeTo,
  scanText
} from "./chunk-3LIS36R2.js";
import {
  headCommit
} from "./chunk-I4UMQQLS.js";
import {
  configHash,
  deriveReleaseId,
  envNamesOf,
  releaseDigest,
  verifyRelease
} from "./chunk-AU7AMLOW.js";
import {
  FACTORS,
  FAIL_ON,
  REPORT_FILES,
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  STAGE_FILE_NAMES,
  STAGE_SCHEMA_VERSION,
  StageFailedError,
  StageFileError,
  displayPath,
  external_exports,
  factorById,
  factorBySlug,
  factorVerdict,
  readStageFile,
  readStageFileIfPresent,
  stageFilePath,
  worstOutcome,
  writeStageFile,
  writeTextAtomic
} from "./chunk-O5P4UZGH.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-K4MH3PTH.js";
import {
  DockerignoreMatcher
} from "./chunk-PWOEW3LK.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-Q2LVJHL6.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path9) {
      const ctrl = callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visit_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = visit_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path9) {
      const ctrl = await callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visitAsync_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path9) {
      if (typeof visitor === "function")
        return visitor(key, node, path9);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path9);
      return void 0;
    }
    function replaceNode(key, path9, node) {
      const parent = path9[path9.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit3;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src2 = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src2} `;
        }
        return src2;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path9, value) {
      let v = value;
      for (let i = path9.length - 1; i >= 0; --i) {
        const k = path9[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path9) => path9 == null || typeof path9 === "object" && !!path9[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path9, value) {
        if (isEmptyPath(path9))
          this.add(value);
        else {
          const [key, ...rest] = path9;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        const [key, ...rest] = path9;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        const [key, ...rest] = path9;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote: singleQuote2 } = ctx.options;
      let qs;
      if (singleQuote2 === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote2 ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src2, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src2, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src2.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src2;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path9, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path9, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        if (Collection.isEmptyPath(path9)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path9) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        if (Collection.isEmptyPath(path9))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        if (Collection.isEmptyPath(path9))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path9) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        if (Collection.isEmptyPath(path9)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path9), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path9, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src2, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src2.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src2.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content2 = lines[i][1];
        if (content2 === "" || content2 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content2] = lines[i];
        if (content2 === "" || content2 === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content2.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content2] = lines[i];
        offset += indent.length + content2.length + 1;
        const crlf = content2[content2.length - 1] === "\r";
        if (crlf)
          content2 = content2.slice(0, -1);
        if (content2 && indent.length < trimIndent) {
          const src2 = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src2}`;
          onError(offset - content2.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content2;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content2[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content2;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content2 === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content2;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src2) {
      if (typeof src2 === "number")
        return [src2, src2 + 1];
      if (Array.isArray(src2))
        return src2.length === 2 ? src2 : [src2[0], src2[1]];
      const { offset, source } = src2;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path9) => {
      let item = cst;
      for (const [field, index] of path9) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path9) => {
      const parent = visit3.itemAtPath(cst, path9.slice(0, -1));
      const field = path9[path9.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path9.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path9);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path9) : ctrl;
    }
    exports2.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src2, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src2, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse2;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument4;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit3.visit;
    exports2.visitAsync = visit3.visitAsync;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path9) => {
      const end = path9.length - 1;
      const index = path9.lastIndexOf(
        SLASH,
        path9[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path9 : path9.slice(index + 1);
    };
    var parentOf = (path9) => {
      if (path9.charCodeAt(0) === SLASH_CODE || path9.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path9.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path9.length - 1;
      const cut = path9.lastIndexOf(
        SLASH,
        path9.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path9.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path9) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path9)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path9, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename3 = shortcut ? basenameOf(path9) : path9;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename3 : path9
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path9, originalPath, doThrow) => {
      if (!isString(path9)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path9) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path9)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path9) => {
      const first = path9.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path9.length === 1) {
        return true;
      }
      const second = path9.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path9.length === 2 || path9.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path9) {
        checkPath(
          path9,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path9 ? this._t(path9, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path9 = convertPath(target);
        if (!path9 || path9.charCodeAt(path9.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path9);
        }
        const dir = this._t(path9, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path9);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path9, cache) {
        if (path9 in cache) {
          return cache[path9];
        }
        const parentPath = parentOf(path9);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path9] = parent && parent.ignored ? parent : this._rules.test(path9, MODE_IGNORE);
      }
      ignores(path9) {
        return this._test(path9, this._ignoreCache, convertPath(path9)).ignored;
      }
      createFilter() {
        return (path9) => !this.ignores(path9);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path9) {
        return this._test(path9, this._testCache, convertPath(path9));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path9) => checkPath(convertPath(path9), path9, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path9) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path9) || isNotRelative(path9);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/judge/exit-policy.ts
function exitCodeFor(report2, failOn) {
  const verdicts = report2.factors.map((f) => f.verdict);
  const failing = verdicts.some((v) => v === "fail" || v === "error");
  switch (failOn) {
    case "never":
      return 0;
    case "fail":
      return failing ? 1 : 0;
    case "warn":
      return failing || verdicts.includes("warn") ? 1 : 0;
    case "regression":
      if (!report2.baseline) return failing ? 1 : 0;
      return report2.baseline.regressions.length > 0 ? 1 : 0;
  }
}
function isAllClear(report2) {
  const bad = report2.factors.some((f) => f.verdict === "fail" || f.verdict === "warn" || f.verdict === "error");
  return !bad && contradictedClaims(report2).length === 0;
}
function contradictedClaims(report2) {
  return report2.claims.filter(
    (c) => c.judgement?.result === "contradicted" || c.subClaims.some((s) => s.judgement?.result === "contradicted")
  );
}

// src/checks/runtime/support.ts
var m = (name, value, unit, threshold) => ({
  kind: "measurement",
  name,
  value,
  unit,
  ...threshold !== void 0 ? { threshold } : {}
});
var REVISION = "org.opencontainers.image.revision";
function needRuntime(ctx, what) {
  if (!ctx.runtime) {
    const why = ctx.build?.status === "failed" ? "the image did not build" : "the run stage did not happen";
    return [{ outcome: "skip", message: `${what} not measured: ${why}` }];
  }
  return ctx.runtime;
}
function webOnly(rt, what) {
  if (!rt.web) return [{ outcome: "skip", message: `${what}: the app has no web process (run.web is false or the Procfile has no web)` }];
  if (rt.cancelled && rt.boot.outcome === "error") return [{ outcome: "error", message: `${what}: the run was cancelled before the app booted` }];
  return void 0;
}
function tail(lines, n = 10) {
  return (lines ?? []).slice(-n);
}

// src/checks/admin-processes/admin-commands.ts
var adminCommands = {
  id: "admin-processes/admin-commands",
  factor: "admin-processes",
  kind: "runtime",
  title: "Admin commands run as one-off processes from the release",
  rationale: "Factor XII: admin and maintenance tasks run as one-off processes in an identical environment: the same image, code and config as the app, so a migration tests what ships.",
  remediation: "Ship admin scripts in the image and make them exit 0 on success; list them under `admin:` in .twelve-factor.yml.",
  judge(ctx) {
    const rt = needRuntime(ctx, "admin commands");
    if (Array.isArray(rt)) return rt;
    if (ctx.config.admin.length === 0) return [{ outcome: "skip", message: "no admin commands configured (`admin:` in .twelve-factor.yml)" }];
    if (rt.admin.length === 0) {
      const err = rt.errors.find((e) => e.probe === "admin");
      return [{ outcome: "error", message: `admin commands did not run${err ? `: ${err.message}` : rt.cancelled ? ": the run was cancelled" : ""}` }];
    }
    return rt.admin.map((a) => {
      const cmd = a.command.join(" ");
      const ev = [m("exit code", a.exitCode ?? -1, "code", 0), m("duration", a.durationMs, "ms")];
      const sameImage = a.imageId === rt.imageId;
      if (a.timedOut) return { outcome: "fail", message: `\`${cmd}\` did not finish in time`, evidence: ev, details: a.outputTail.slice(-10) };
      if (a.exitCode === 0 && sameImage) return { outcome: "pass", message: `\`${cmd}\` exited 0 in ${a.durationMs} ms from the released image`, evidence: ev };
      if (!sameImage) return { outcome: "fail", message: `\`${cmd}\` ran from ${a.imageId}, not the app's image ${rt.imageId}`, evidence: ev };
      return { outcome: "fail", message: `\`${cmd}\` exited with code ${a.exitCode}`, evidence: ev, details: a.outputTail.slice(-10) };
    });
  }
};

// src/checks/backing-services/services-reachable.ts
var servicesReachable = {
  id: "backing-services/services-reachable",
  factor: "backing-services",
  kind: "runtime",
  title: "The app boots against backing services given by URL",
  rationale: "Factor IV: backing services are attached resources located by config. The app booted with service URLs in its environment and nothing else, so swapping a service means changing a URL, not the code.",
  remediation: "Read each service location from one env variable (DATABASE_URL, REDIS_URL \u2026) and connect at startup; do not hardcode hosts.",
  judge(ctx) {
    const rt = needRuntime(ctx, "backing services");
    if (Array.isArray(rt)) return rt;
    if (ctx.config.services.length === 0) return [{ outcome: "skip", message: "no backing services configured (`services:` in .twelve-factor.yml)" }];
    return rt.services.map((s) => {
      if (!s.ready) return { outcome: "error", message: `service ${s.name} (${s.image}) was not ready: ${s.message ?? "unknown reason"}` };
      const booted = rt.boot.outcome === "ready" || !rt.web && rt.boot.outcome === "not-applicable";
      const ev = [m(`connections to ${s.name}`, s.connections ?? 0, "connections"), m(`${s.name} ready`, s.readyMs ?? 0, "ms")];
      if (!booted) return { outcome: "fail", message: `the app did not boot with ${s.name} at ${s.host}:${s.port} (${s.env.join(", ") || "no env"}): ${rt.boot.message ?? rt.boot.outcome}`, evidence: ev };
      if (s.used === true) return { outcome: "pass", message: `booted and connected to ${s.name} at ${s.host}:${s.port} given in ${s.env.join(", ")}`, evidence: ev };
      if (s.used === false) return { outcome: "warn", message: `booted with ${s.name} in ${s.env.join(", ")} but no connection to it was seen`, evidence: ev };
      return { outcome: "pass", message: `booted with ${s.name} given in ${s.env.join(", ")}`, evidence: ev };
    });
  }
};

// src/checks/build-release-run/released-image.ts
var releasedImage = {
  id: "build-release-run/released-image",
  factor: "build-release-run",
  kind: "runtime",
  title: "The run used the released image",
  rationale: "Factor V: build, release and run are strictly separate; the run stage executes exactly the release it is given, never a rebuilt or different image.",
  remediation: "Run the image id recorded in release.json (the run stage checks it); do not rebuild between release and run.",
  judge(ctx) {
    const rt = ctx.runtime;
    if (!rt) return [{ outcome: "skip", message: "released image not checked: the run stage did not happen" }];
    if (!ctx.release) return [{ outcome: "skip", message: "released image not checked: no release.json (stages ran together without a release)" }];
    const same = ctx.release.imageId === rt.imageId;
    const built = ctx.build?.imageId;
    const ev = [m("run image matches release", same ? 1 : 0, "boolean", 1)];
    if (!same) return [{ outcome: "fail", message: `ran image ${rt.imageId.slice(7, 19)}, but release ${ctx.release.releaseId} is image ${ctx.release.imageId.slice(7, 19)}`, evidence: ev }];
    if (built && built !== ctx.release.imageId) return [{ outcome: "fail", message: `release ${ctx.release.releaseId} points at ${ctx.release.imageId.slice(7, 19)}, not the built image ${built.slice(7, 19)}`, evidence: ev }];
    return [{ outcome: "pass", message: `ran image ${rt.imageId.slice(7, 19)} of release ${ctx.release.releaseId}`, evidence: ev }];
  }
};

// src/checks/build-release-run/stages-completed.ts
var stagesCompleted = {
  id: "build-release-run/stages-completed",
  factor: "build-release-run",
  kind: "runtime",
  title: "The image builds, is released and runs",
  rationale: "Factor V: the build stage turns the code into an executable bundle that every release and run starts from. A build that fails means nothing can be released; a run that could not start means no runtime factor was verified.",
  remediation: "Fix the failing Dockerfile step named in the finding (the last lines of its output are in the details), then re-run. When the run stage itself could not start (no Docker engine, a refused release), fix the environment or the stage files it names.",
  judge({ stages }) {
    const ran = (stages ?? []).filter((s) => s.stage !== "static" && s.status !== "absent");
    if (ran.length === 0) return [{ outcome: "skip", message: "no build, release or run stage ran (static-only audit)" }];
    const build = ran.find((s) => s.stage === "build");
    if (build?.status === "failed") {
      return [
        {
          outcome: "fail",
          message: `the image does not build: ${build.reason ?? "no reason recorded"}`,
          evidence: [{ kind: "measurement", name: "stages completed", value: 0, unit: "stages", threshold: 3 }]
        }
      ];
    }
    const broken = ran.find((s) => s.status === "failed");
    if (broken) {
      return [{ outcome: "error", message: `the ${broken.stage} stage could not complete: ${broken.reason ?? "no reason recorded"}` }];
    }
    const ok = ran.filter((s) => s.status === "ok").length;
    const skipped = ran.find((s) => s.status === "skipped");
    if (skipped) return [{ outcome: "skip", message: `the ${skipped.stage} stage was skipped: ${skipped.reason ?? "no reason recorded"}` }];
    return [
      {
        outcome: "pass",
        message: `${ran.map((s) => s.stage).join(", ")} completed as separate stages`,
        evidence: [{ kind: "measurement", name: "stages completed", value: ok, unit: "stages", threshold: ran.length }]
      }
    ];
  }
};

// src/checks/codebase/image-revision.ts
var imageRevision = {
  id: "codebase/image-revision",
  factor: "codebase",
  kind: "runtime",
  title: "The image is labelled with the audited revision",
  rationale: "Factor I: one codebase, many deploys, each traceable to a commit. The OCI label org.opencontainers.image.revision ties the running image to the audited commit.",
  remediation: "Build with `--label org.opencontainers.image.revision=$GITHUB_SHA` (the build stage does this) or `LABEL` it in the Dockerfile from a build arg.",
  judge(ctx) {
    const labels = ctx.runtime?.imageLabels ?? (ctx.build?.status === "ok" ? ctx.build.labels : void 0);
    if (!labels) return [{ outcome: "skip", message: "image revision not checked: no image was built or run" }];
    const expected = ctx.commit ?? ctx.build?.revision;
    const actual = labels[REVISION];
    if (!actual) return [{ outcome: "fail", message: `the image has no ${REVISION} label` }];
    if (!expected) return [{ outcome: "skip", message: `the image says revision ${actual.slice(0, 12)}, but the audited commit is unknown` }];
    const same = actual === expected || actual.length >= 7 && expected.startsWith(actual) || expected.length >= 7 && actual.startsWith(expected);
    const ev = [m("revision matches", same ? 1 : 0, "boolean", 1)];
    if (same) return [{ outcome: "pass", message: `image label ${REVISION}=${actual.slice(0, 12)} is the audited commit`, evidence: ev }];
    return [{ outcome: "fail", message: `image label says ${actual.slice(0, 12)}, the audited commit is ${expected.slice(0, 12)}`, evidence: ev }];
  }
};

// src/checks/concurrency/replicas.ts
var replicasCheck = {
  id: "concurrency/replicas",
  factor: "concurrency",
  kind: "runtime",
  title: "Several replicas run side by side",
  rationale: "Factor VIII: the app scales out by running more processes. Two copies must boot together without fighting over a port, a lock file or a pid file.",
  remediation: "Remove pid files, fixed ports and exclusive local locks; keep shared state in backing services so any number of copies can run.",
  judge(ctx) {
    const rt = needRuntime(ctx, "replicas");
    if (Array.isArray(rt)) return rt;
    const r = rt.replicas;
    if (!r) {
      if (ctx.config.run.replicas < 2) return [{ outcome: "skip", message: "replicas not tried: run.replicas is 1" }];
      return [{ outcome: "skip", message: `replicas not tried: the first copy did not come up (${rt.boot.outcome})` }];
    }
    const ev = [m("replicas up together", r.ready, "replicas", r.requested)];
    const details = r.replicas.map((x) => `${x.port ? `PORT=${x.port}` : "worker"}: ${x.outcome}${x.readyMs !== void 0 ? ` in ${x.readyMs} ms` : ""}${x.message ? ` (${x.message})` : ""}`);
    if (r.ready >= r.requested) return [{ outcome: "pass", message: `${r.ready} replicas ran side by side`, evidence: ev, details }];
    return [{ outcome: "fail", message: `only ${r.ready} of ${r.requested} replicas came up side by side`, evidence: ev, details }];
  }
};

// src/checks/config/honours-env.ts
var honoursEnv = {
  id: "config/honours-env",
  factor: "config",
  kind: "runtime",
  title: "The app honours config given through the environment",
  rationale: "Factor III: config that varies between deploys lives in the environment. The auditor gives the app a random PORT no framework defaults to; an app that uses it reads its config from the environment rather than from code.",
  remediation: "Read every deploy-specific value (port, URLs, credentials) from environment variables at startup.",
  judge(ctx) {
    const rt = needRuntime(ctx, "env config");
    if (Array.isArray(rt)) return rt;
    if (!rt.web) return [{ outcome: "skip", message: "env config: no web process, so no PORT to observe" }];
    const b = rt.boot;
    if (b.outcome === "ready") return [{ outcome: "pass", message: `used PORT=${b.port} from its environment`, evidence: [m("PORT honoured", b.port ?? 0, "port")] }];
    if (b.outcome === "timeout" && (b.listeningPorts ?? []).length > 0) {
      return [{ outcome: "fail", message: `ignored PORT=${b.port} from its environment: ${b.message ?? ""}`.trim(), evidence: (b.listeningPorts ?? []).map((p) => m("listening port", p, "port")) }];
    }
    return [{ outcome: "skip", message: "env config: the app never listened, so whether it reads PORT is unknown" }];
  }
};

// src/checks/disposability/sigterm-shutdown.ts
var sigtermShutdown = {
  id: "disposability/sigterm-shutdown",
  factor: "disposability",
  kind: "runtime",
  title: "The app shuts down gracefully on its stop signal",
  rationale: "Factor IX: processes shut down gracefully when they receive SIGTERM, finishing or handing back in-flight work. Platforms send SIGTERM, wait a grace period (10 s in Docker, 30 s on Heroku and Kubernetes), then SIGKILL, dropping whatever was running.",
  remediation: 'Handle SIGTERM: stop accepting work, finish in-flight requests, close connections, exit 0. Use the exec form `CMD ["node", "server.js"]` so the app, not /bin/sh, is PID 1 and receives the signal.',
  judge(ctx) {
    const rt = needRuntime(ctx, "shutdown");
    if (Array.isArray(rt)) return rt;
    const sd = rt.shutdown;
    if (!sd) return [{ outcome: "error", message: rt.cancelled ? "shutdown not measured: the run was cancelled" : "shutdown not measured: the app never ran long enough" }];
    const ev = [m("time to exit after " + sd.signal, sd.elapsedMs, "ms", sd.graceMs), m("exit code", sd.exitCode ?? -1, "code")];
    const shell = sd.shellForm || rt.command?.shellForm;
    const cause = shell ? ` Likely cause: the image runs a shell-form command (${JSON.stringify(rt.command?.entrypoint ?? rt.command?.cmd ?? [])}), so /bin/sh is PID 1 and does not forward ${sd.signal}.` : "";
    switch (sd.classification) {
      case "graceful":
        return [{ outcome: "pass", message: `exited 0 ${sd.elapsedMs} ms after ${sd.signal}`, evidence: ev }];
      case "signal-default":
        return [{ outcome: "warn", message: `killed by ${sd.signal}'s default action after ${sd.elapsedMs} ms (exit ${sd.exitCode}): no handler, so in-flight work is dropped.${cause}`, evidence: ev }];
      case "killed":
        return [{ outcome: "fail", message: `ignored ${sd.signal} for the whole ${sd.graceMs} ms grace period and had to be SIGKILLed.${cause}`, evidence: ev }];
      case "error-exit":
        return [{ outcome: "warn", message: `exited with code ${sd.exitCode} ${sd.elapsedMs} ms after ${sd.signal}, not 0`, evidence: ev }];
      case "not-running":
        return [{ outcome: "skip", message: `shutdown not measured: the app had already exited (code ${sd.exitCode}) before ${sd.signal} was sent` }];
    }
  }
};

// src/checks/disposability/startup-time.ts
var startupTime = {
  id: "disposability/startup-time",
  factor: "disposability",
  kind: "runtime",
  title: "The app starts fast",
  rationale: "Factor IX: processes start in seconds so the platform can scale out and replace them freely. A slow boot stretches every deploy and every crash recovery; platforms kill apps that miss their boot limit (Heroku R10: 60 s).",
  remediation: "Move slow work (cache warming, migrations, asset builds) out of startup: into the build, an admin process, or a lazy first use.",
  judge(ctx) {
    const rt = needRuntime(ctx, "startup time");
    if (Array.isArray(rt)) return rt;
    const skip2 = webOnly(rt, "startup time");
    if (skip2) return skip2;
    const b = rt.boot;
    if (b.outcome === "ready") {
      const warnAt = Math.min(b.timeoutMs, 1e4);
      const slow = (b.readyMs ?? 0) > warnAt / 2;
      return [
        {
          outcome: slow ? "warn" : "pass",
          message: `ready in ${b.readyMs} ms${slow ? ` (more than half of ${warnAt} ms)` : ""}`,
          evidence: [m("startup time", b.readyMs ?? 0, "ms", b.timeoutMs)]
        }
      ];
    }
    if (b.outcome === "timeout") return [{ outcome: "fail", message: `not ready within the boot timeout of ${b.timeoutMs} ms`, evidence: [m("startup time", b.timeoutMs, "ms", b.timeoutMs)] }];
    if (b.outcome === "exited") return [{ outcome: "fail", message: b.message ?? "exited during startup", evidence: [m("exit code", b.exitCode ?? -1, "code")], details: tail(b.logTail) }];
    return [{ outcome: "error", message: b.message ?? "the app could not be booted" }];
  }
};

// src/checks/logs/no-log-files.ts
var noLogFiles = {
  id: "logs/no-log-files",
  factor: "logs",
  kind: "runtime",
  title: "The app creates no log files in the container",
  rationale: "Factor XI: logs are a stream, not files. Log files inside a container fill its disk, vanish with it, and are invisible to the platform.",
  remediation: "Remove file log handlers (winston File transport, logging.FileHandler, log4j FileAppender \u2026) and log to stdout.",
  judge(ctx) {
    const rt = needRuntime(ctx, "log files");
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return [{ outcome: "error", message: "log files not measured: the container filesystem could not be diffed" }];
    const n = fsFacts.logFiles.length;
    if (n === 0) return [{ outcome: "pass", message: "no log files created", evidence: [m("log files created", 0, "files", 0)] }];
    return [{ outcome: "fail", message: `created ${n} log file${n === 1 ? "" : "s"}: ${fsFacts.logFiles.slice(0, 5).join(", ")}`, evidence: [m("log files created", n, "files", 0)], details: fsFacts.logFiles.slice(0, 50) }];
  }
};

// src/checks/logs/stdout-output.ts
var stdoutOutput = {
  id: "logs/stdout-output",
  factor: "logs",
  kind: "runtime",
  title: "The app writes its logs to stdout/stderr",
  rationale: "Factor XI: an app never routes or stores its log stream; it writes events unbuffered to stdout and the platform collects them. Output the platform cannot see is lost when the container goes.",
  remediation: "Log to stdout/stderr (console, logging.StreamHandler, log.Println) and let the platform route it; remove file transports and appenders.",
  judge(ctx) {
    const rt = needRuntime(ctx, "log output");
    if (Array.isArray(rt)) return rt;
    const l = rt.logs;
    const bytes = l.stdoutBytes + l.stderrBytes;
    const ev = [m("stdout bytes", l.stdoutBytes, "bytes"), m("stderr bytes", l.stderrBytes, "bytes"), m("lines", l.stdoutLines + l.stderrLines, "lines")];
    if (rt.boot.outcome === "error" && bytes === 0) return [{ outcome: "error", message: "log output not measured: the app did not run" }];
    if (bytes > 0) return [{ outcome: "pass", message: `wrote ${l.stdoutLines + l.stderrLines} lines (${bytes} bytes) to stdout/stderr`, evidence: ev }];
    const files = rt.filesystem?.logFiles ?? [];
    return [{ outcome: files.length > 0 ? "fail" : "warn", message: files.length > 0 ? `wrote nothing to stdout/stderr but created log files: ${files.join(", ")}` : "wrote nothing to stdout/stderr while booting, serving and stopping", evidence: ev }];
  }
};

// src/checks/port-binding/binds-port.ts
var bindsPort = {
  id: "port-binding/binds-port",
  factor: "port-binding",
  kind: "runtime",
  title: "The app binds the $PORT it is given",
  rationale: "Factor VII: the app is self-contained and exports its service by binding the port the platform assigns in $PORT. A hardcoded port works on a laptop and fails on every platform that picks the port.",
  remediation: 'Read the port from the environment (`process.env.PORT`, `os.environ["PORT"]`, `os.Getenv("PORT")`) and listen on 0.0.0.0, not on a constant and not on 127.0.0.1 only.',
  judge(ctx) {
    const rt = needRuntime(ctx, "port binding");
    if (Array.isArray(rt)) return rt;
    const skip2 = webOnly(rt, "port binding");
    if (skip2) return skip2;
    const b = rt.boot;
    const limit = b.timeoutMs;
    if (b.outcome === "ready") {
      return [{ outcome: "pass", message: `accepted connections on PORT=${b.port} after ${b.readyMs} ms`, evidence: [m("time to accept on $PORT", b.readyMs ?? 0, "ms", limit), m("PORT", b.port ?? 0, "port")] }];
    }
    if (b.outcome === "timeout") {
      const wrong = (b.listeningPorts ?? []).filter((p) => p !== b.port);
      return [
        {
          outcome: "fail",
          message: b.message ?? `did not accept connections on PORT=${b.port} within ${limit / 1e3} s`,
          evidence: [m("boot timeout", limit, "ms", limit), ...wrong.map((p) => m("listening port", p, "port"))],
          details: tail(b.logTail)
        }
      ];
    }
    if (b.outcome === "exited") {
      return [{ outcome: "fail", message: b.message ?? `exited with code ${b.exitCode} before binding PORT`, evidence: [m("exit code", b.exitCode ?? -1, "code")], details: tail(b.logTail) }];
    }
    return [{ outcome: "error", message: b.message ?? "the app could not be booted" }];
  }
};

// src/checks/processes/no-local-writes.ts
var noLocalWrites = {
  id: "processes/no-local-writes",
  factor: "processes",
  kind: "runtime",
  title: "The app keeps no state on local disk",
  rationale: "Factor VI: processes are stateless and share nothing; anything that must persist lives in a backing service. Files written to the container disk are lost on restart and invisible to other replicas.",
  remediation: "Keep sessions, uploads and data in a backing service (database, Redis, object storage); use /tmp only for scratch space within one request.",
  judge(ctx) {
    const rt = needRuntime(ctx, "local writes");
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return [{ outcome: "error", message: "local writes not measured: the container filesystem could not be diffed" }];
    const n = fsFacts.written.length;
    const exercised = rt.exercise ? `after ${rt.exercise.requests} requests to ${rt.exercise.path}` : "during the run";
    if (n === 0) return [{ outcome: "pass", message: `no files written outside temp dirs ${exercised}`, evidence: [m("files written outside temp dirs", 0, "files", 0), m("temp dir writes", fsFacts.tempWrites, "files")] }];
    return [{ outcome: "fail", message: `wrote ${n} file${n === 1 ? "" : "s"} outside temp dirs ${exercised}: ${fsFacts.written.slice(0, 5).join(", ")}`, evidence: [m("files written outside temp dirs", n, "files", 0)], details: fsFacts.written.slice(0, 50) }];
  }
};

// src/checks/runtime/index.ts
var RUNTIME_CHECKS = [
  stagesCompleted,
  imageRevision,
  honoursEnv,
  servicesReachable,
  releasedImage,
  noLocalWrites,
  bindsPort,
  replicasCheck,
  startupTime,
  sigtermShutdown,
  stdoutOutput,
  noLogFiles,
  adminCommands
];

// src/evidence/repo/parsers/compose.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIASES = 50;
function parseCompose(text, file = "compose.yaml") {
  const diagnostics = [];
  const lc = new import_yaml.LineCounter();
  const lineOf = (n) => n?.range ? lc.linePos(n.range[0]).line : 1;
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    diagnostics.push({ severity: "warning", file, message: `cannot parse YAML: ${e.message}` });
    return { file, services: [], diagnostics };
  }
  for (const err of doc.errors) {
    diagnostics.push({ severity: "warning", file, line: err.linePos?.[0]?.line ?? 1, message: `YAML: ${err.message.split("\n")[0]}` });
  }
  const services = [];
  const badKey = collectionKey(doc);
  if (badKey) {
    diagnostics.push({ severity: "warning", file, line: lineOf(badKey), message: "a key must be a plain name, not a list or mapping" });
    return { file, services, diagnostics };
  }
  let plain2;
  try {
    plain2 = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    diagnostics.push({ severity: "warning", file, message: `cannot read YAML: ${e.message}` });
    return { file, services, diagnostics };
  }
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root) || typeof plain2 !== "object" || plain2 === null) {
    diagnostics.push({ severity: "warning", file, line: 1, message: 'expected a mapping with a "services" key' });
    return { file, services, diagnostics };
  }
  const servicesNode = root.get("services", true);
  const plainServices = plain2.services;
  if (!(0, import_yaml.isMap)(servicesNode) || typeof plainServices !== "object" || plainServices === null) {
    if (!("services" in plain2)) diagnostics.push({ severity: "info", file, line: 1, message: 'no "services" key' });
    return { file, services, diagnostics };
  }
  for (const pair of servicesNode.items) {
    const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
    if (!name) continue;
    const spec = plainServices[name];
    const node = pair.value;
    const line = lineOf(pair.key);
    if (typeof spec !== "object" || spec === null) {
      diagnostics.push({ severity: "warning", file, line, message: `service "${name}" is not a mapping` });
      continue;
    }
    const s = spec;
    const nodeOf = (key) => (0, import_yaml.isMap)(node) ? node.get(key, true) : void 0;
    const str = (v) => typeof v === "string" ? v : Array.isArray(v) ? v.map(String).join(" ") : void 0;
    const build = typeof s.build === "string" ? s.build : typeof s.build === "object" && s.build ? s.build.context ?? "." : void 0;
    const dockerfile = typeof s.build === "object" && s.build ? s.build.dockerfile : void 0;
    const environment = [];
    const envNode = nodeOf("environment");
    if ((0, import_yaml.isMap)(envNode)) {
      for (const p of envNode.items) {
        if (!(0, import_yaml.isScalar)(p.key)) continue;
        const v = (0, import_yaml.isScalar)(p.value) ? p.value.value : void 0;
        environment.push({ name: String(p.key.value), ...v !== void 0 && v !== null ? { value: String(v) } : {}, line: lineOf(p.key) });
      }
    } else if ((0, import_yaml.isSeq)(envNode)) {
      for (const item of envNode.items) {
        if (!(0, import_yaml.isScalar)(item)) continue;
        const t = String(item.value);
        const eq = t.indexOf("=");
        environment.push({ name: eq < 0 ? t : t.slice(0, eq), ...eq >= 0 ? { value: t.slice(eq + 1) } : {}, line: lineOf(item) });
      }
    }
    const volumes = [];
    const volNode = nodeOf("volumes");
    if ((0, import_yaml.isSeq)(volNode)) {
      for (const item of volNode.items) {
        const v = (0, import_yaml.isScalar)(item) ? String(item.value) : (0, import_yaml.isMap)(item) ? `${String(item.get("source") ?? "")}:${String(item.get("target") ?? "")}` : "";
        volumes.push({ text: v, line: lineOf(item) });
      }
    }
    const dependsOn = Array.isArray(s.depends_on) ? s.depends_on.map(String) : typeof s.depends_on === "object" && s.depends_on ? Object.keys(s.depends_on) : [];
    services.push({
      name,
      line,
      ...typeof s.image === "string" ? { image: s.image } : {},
      ...typeof build === "string" ? { build } : {},
      ...typeof dockerfile === "string" ? { dockerfile } : {},
      ...str(s.command) !== void 0 ? { command: str(s.command) } : {},
      ...str(s.entrypoint) !== void 0 ? { entrypoint: str(s.entrypoint) } : {},
      environment,
      ports: Array.isArray(s.ports) ? s.ports.map((p) => typeof p === "object" && p ? JSON.stringify(p) : String(p)) : [],
      volumes,
      healthcheck: typeof s.healthcheck === "object" && s.healthcheck !== null && s.healthcheck.disable !== true,
      dependsOn
    });
  }
  return { file, services, diagnostics };
}
function serviceKindOfImage(image) {
  const repo = image.split("@")[0].split(":")[0].split("/").pop().toLowerCase();
  const kinds = [
    [/^(postgres|postgis|timescaledb|pgvector|cockroach)/, "postgres"],
    [/^(mysql|mariadb|percona)/, "mysql"],
    [/^(redis|valkey|keydb|dragonfly)/, "redis"],
    [/^(mongo)/, "mongodb"],
    [/^(rabbitmq)/, "rabbitmq"],
    [/^(elasticsearch|opensearch)/, "elasticsearch"],
    [/^(memcached)/, "memcached"],
    [/^(kafka|cp-kafka|redpanda)/, "kafka"],
    [/^(localstack|minio)/, "s3"],
    [/^(mailhog|mailpit|maildev)/, "smtp"],
    [/^(mssql|sql-server|azure-sql-edge)/, "mssql"]
  ];
  return kinds.find(([re]) => re.test(repo))?.[1];
}
function collectionKey(doc) {
  let found;
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if (pair.key !== null && pair.key !== void 0 && !(0, import_yaml.isScalar)(pair.key)) {
        found = pair.key;
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}

// src/evidence/repo/parsers/dockerfile.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "FROM",
  "RUN",
  "CMD",
  "LABEL",
  "MAINTAINER",
  "EXPOSE",
  "ENV",
  "ADD",
  "COPY",
  "ENTRYPOINT",
  "VOLUME",
  "USER",
  "WORKDIR",
  "ARG",
  "ONBUILD",
  "STOPSIGNAL",
  "HEALTHCHECK",
  "SHELL"
]);
var MAX_LINES = 2e4;
var MAX_SUBSTITUTED_CHARS = 64 * 1024;
function substitute(text, vars) {
  let unresolved = false;
  let budget = MAX_SUBSTITUTED_CHARS;
  const value = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = braced ?? bare;
    const v = vars[name];
    let out;
    if (op === ":-" || op === "-") out = v !== void 0 && (op === "-" || v !== "") ? v : word;
    else if (op === ":+" || op === "+") out = v !== void 0 && (op === "+" || v !== "") ? word : "";
    else {
      if (v === void 0) unresolved = true;
      out = v ?? "";
    }
    if (out.length > budget) {
      unresolved = true;
      return "";
    }
    budget -= out.length;
    return out;
  });
  return { value, unresolved };
}
function parseExec(body) {
  const t = body.trim();
  if (!t.startsWith("[")) return void 0;
  try {
    const v = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  } catch {
  }
  return void 0;
}
function splitFlags(args) {
  const flags = {};
  let rest = args;
  for (; ; ) {
    const m2 = /^--([A-Za-z][\w-]*)(?:=(\S*))?\s*/.exec(rest);
    if (!m2) break;
    flags[m2[1]] = m2[2] ?? "true";
    rest = rest.slice(m2[0].length);
  }
  return { flags, body: rest };
}
function parseKeyValues(body, legacy) {
  const out = [];
  const t = body.trim();
  if (legacy && !/^[^\s=]+=/.test(t)) {
    const m2 = /^(\S+)(?:\s+([\s\S]*))?$/.exec(t);
    if (m2) out.push([m2[1], m2[2]?.trim()]);
    return out;
  }
  const re = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  for (let m2 = re.exec(t); m2; m2 = re.exec(t)) {
    let v = m2[2];
    if (v !== void 0 && v.length >= 2 && (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'"))) {
      v = v.slice(1, -1).replace(/\\(.)/g, "$1");
    }
    out.push([m2[1], v]);
  }
  return out;
}
function parseDockerfile(text, file = "Dockerfile") {
  const diagnostics = [];
  const lines = text.split(/\r?\n/);
  if (lines.length > MAX_LINES) {
    diagnostics.push({ severity: "warning", file, message: `Dockerfile has ${lines.length} lines; only the first ${MAX_LINES} were read` });
    lines.length = MAX_LINES;
  }
  let escapeChar = "\\";
  for (const l of lines) {
    const m2 = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l);
    if (!m2) break;
    if (m2[1].toLowerCase() === "escape") {
      if (m2[2] === "`" || m2[2] === "\\") escapeChar = m2[2];
      else diagnostics.push({ severity: "warning", file, line: lines.indexOf(l) + 1, message: `invalid escape directive "${m2[2]}": expected \\ or \`` });
    }
  }
  const instructions = [];
  let i = 0;
  let stageIndex = -1;
  while (i < lines.length) {
    const raw = lines[i];
    const startLine = i + 1;
    if (/^\s*(#|$)/.test(raw)) {
      i++;
      continue;
    }
    const parts = [raw];
    i++;
    while (parts[parts.length - 1].trimEnd().endsWith(escapeChar) && i < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1].trimEnd().slice(0, -escapeChar.length);
      while (i < lines.length && /^\s*#/.test(lines[i])) i++;
      if (i < lines.length) parts.push(lines[i].trimStart());
      i++;
    }
    let logical = parts.join(" ");
    if (logical.trimEnd().endsWith(escapeChar)) logical = logical.trimEnd().slice(0, -escapeChar.length);
    const m2 = /^\s*([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(logical);
    if (!m2) {
      diagnostics.push({ severity: "warning", file, line: startLine, message: `cannot read instruction: "${logical.trim().slice(0, 80)}"` });
      continue;
    }
    const keyword = m2[1].toUpperCase();
    const args = (m2[2] ?? "").trim();
    if (!KEYWORDS.has(keyword)) {
      diagnostics.push({ severity: "warning", file, line: startLine, message: `unknown instruction "${m2[1]}"` });
      continue;
    }
    const heredocs = [];
    if (keyword === "RUN" || keyword === "COPY" || keyword === "ADD") {
      const re = /<<(-?)(["']?)([A-Za-z_][\w]*)\2/g;
      for (let h = re.exec(args); h; h = re.exec(args)) {
        const name = h[3];
        const strip = h[1] === "-";
        const bodyStart = i + 1;
        const body2 = [];
        let closed = false;
        while (i < lines.length) {
          const l = lines[i];
          i++;
          if ((strip ? l.replace(/^\t+/, "") : l) === name) {
            closed = true;
            break;
          }
          body2.push(l);
        }
        if (!closed) diagnostics.push({ severity: "warning", file, line: startLine, message: `heredoc <<${name} is never closed` });
        heredocs.push({ name, body: body2.join("\n"), line: bodyStart });
      }
    }
    if (keyword === "FROM") stageIndex++;
    const { flags, body } = splitFlags(args);
    const instr = { keyword, args, body, flags, line: startLine, endLine: i, heredocs, stage: Math.max(stageIndex, -1) };
    if (["CMD", "ENTRYPOINT", "RUN", "SHELL", "HEALTHCHECK"].includes(keyword)) {
      const execBody = keyword === "HEALTHCHECK" ? body.replace(/^CMD\s+/i, "") : body;
      const exec = parseExec(execBody);
      if (exec) instr.exec = exec;
      else if (execBody.trim().startsWith("[")) {
        diagnostics.push({ severity: "warning", file, line: startLine, message: `${keyword} looks like exec form but is not a valid JSON array of strings; Docker runs it with /bin/sh -c` });
      }
    }
    instructions.push(instr);
  }
  const globalArgs = {};
  const stages = [];
  const named = /* @__PURE__ */ new Map();
  const envs = [];
  for (const instr of instructions) {
    if (instr.keyword === "ARG" && instr.stage < 0) {
      for (const [k, v] of parseKeyValues(instr.body, false)) {
        globalArgs[k] = v;
        envs.push({ name: k, value: v, line: instr.line, keyword: "ARG", stage: -1 });
      }
      continue;
    }
    if (instr.stage < 0) {
      diagnostics.push({ severity: "warning", file, line: instr.line, message: `${instr.keyword} before the first FROM` });
      continue;
    }
    if (instr.keyword === "FROM") {
      const parts = instr.body.trim().split(/\s+/);
      const raw = parts[0] ?? "";
      const name = parts[1]?.toUpperCase() === "AS" ? parts[2] : void 0;
      const sub = substitute(raw, globalArgs);
      const image = sub.value;
      const digestAt = image.indexOf("@");
      const beforeDigest = digestAt >= 0 ? image.slice(0, digestAt) : image;
      const lastSlash = beforeDigest.lastIndexOf("/");
      const colon = beforeDigest.indexOf(":", lastSlash + 1);
      const repository = colon >= 0 ? beforeDigest.slice(0, colon) : beforeDigest;
      const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : void 0;
      const parentStage = named.get(image.toLowerCase());
      const fromStage = parentStage !== void 0;
      if (!raw) diagnostics.push({ severity: "warning", file, line: instr.line, message: "FROM without an image" });
      if (sub.unresolved) diagnostics.push({ severity: "info", file, line: instr.line, message: `FROM ${raw}: a build argument has no default, so the image is only known at build time` });
      stages.push({
        index: stages.length,
        ...name ? { name } : {},
        from: {
          image,
          raw,
          ...name ? { name } : {},
          repository,
          ...tag ? { tag } : {},
          ...digestAt >= 0 ? { digest: image.slice(digestAt + 1) } : {},
          ...instr.flags.platform ? { platform: instr.flags.platform } : {},
          fromStage,
          unresolved: sub.unresolved,
          line: instr.line
        },
        instructions: [instr],
        env: parentStage ? { ...parentStage.env } : {}
      });
      if (name && !named.has(name.toLowerCase())) named.set(name.toLowerCase(), stages[stages.length - 1]);
      continue;
    }
    const stage = stages[instr.stage];
    if (!stage) continue;
    stage.instructions.push(instr);
    if (instr.keyword === "ENV" || instr.keyword === "ARG") {
      const kv = parseKeyValues(instr.body, instr.keyword === "ENV");
      if (kv.length === 0) diagnostics.push({ severity: "warning", file, line: instr.line, message: `${instr.keyword} without a name` });
      for (const [k, v] of kv) {
        const resolved = v === void 0 ? instr.keyword === "ARG" && k in globalArgs ? globalArgs[k] : void 0 : substitute(v, stage.env).value;
        if (resolved !== void 0) stage.env[k] = resolved;
        envs.push({ name: k, value: v, line: instr.line, keyword: instr.keyword, stage: instr.stage });
      }
    }
  }
  return { file, escape: escapeChar, instructions, stages, globalArgs, envs, diagnostics };
}
function finalStage(df, target) {
  if (target) {
    const t = df.stages.find((s) => s.name?.toLowerCase() === target.toLowerCase());
    if (t) return t;
  }
  return df.stages[df.stages.length - 1];
}
function lastInStage(df, stage, keyword) {
  for (let s = stage; s; ) {
    const found = [...s.instructions].reverse().find((i) => i.keyword === keyword);
    if (found) return found;
    const parent = s.from.fromStage ? df.stages.find((p) => p.name?.toLowerCase() === s.from.image.toLowerCase() && p.index < s.index) : void 0;
    s = parent;
  }
  return void 0;
}
function commandText(instr) {
  const main = instr.exec ? instr.exec.join(" ") : instr.body;
  return instr.heredocs.length > 0 ? `${main}
${instr.heredocs.map((h) => h.body).join("\n")}` : main;
}

// src/evidence/repo/parsers/dotenv.ts
function parseDotenv(text, file = ".env") {
  const entries = [];
  const diagnostics = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === "" || raw.startsWith("#")) continue;
    const m2 = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(raw);
    if (!m2) {
      diagnostics.push({ severity: "warning", file, line: i + 1, message: "expected KEY=value" });
      continue;
    }
    const line = i + 1;
    let value = m2[2];
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
    entries.push({ name: m2[1], value, line });
  }
  return { file, entries, diagnostics };
}

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
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
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
    const path9 = this._matcher.path;
    return path9.length > 0 ? path9[path9.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path9 = this._matcher.path;
    return path9.length > 0 ? path9[path9.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path9 = this._matcher.path;
    if (path9.length === 0) return void 0;
    return path9[path9.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path9 = this._matcher.path;
    if (path9.length === 0) return false;
    const current = path9[path9.length - 1];
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
    const path9 = this._matcher.path;
    if (path9.length === 0) return -1;
    return path9[path9.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path9 = this._matcher.path;
    if (path9.length === 0) return -1;
    return path9[path9.length - 1].counter ?? 0;
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
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
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
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
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
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
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
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
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
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
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
  let m2 = meta2;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m2 = (state = m2[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m2 = m2[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m2[k]?.t === 0 && m2[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m2, k, { enumerable: true, configurable: true, writable: true });
      }
      m2[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m2[k];
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
  let m2 = meta2;
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
        m2 = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m2,
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
  "build.gradle.kts"
];
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
  "gradle.lockfile"
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
    const m2 = /line (\d+)/i.exec(e.message);
    diagnostics.push({ severity: "warning", file, line: m2 ? Number(m2[1]) : 1, message: `invalid TOML: ${e.message.split("\n")[0]}` });
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
  const m2 = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(t);
  if (!m2) return void 0;
  return { name: m2[1], spec: m2[3].replace(/^\(|\)$/g, "").trim() };
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
    for (const m2 of block[1].matchAll(/['"]([^'"]+)['"]/g)) {
      const r = pep508(m2[1]);
      if (r) deps.push({ name: r.name, spec: r.spec, dev: false, line: findLine(lines, (l) => l.includes(m2[1])) });
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
    const m2 = inRequire ? /^(\S+)\s+(\S+)/.exec(l) : /^require\s+(\S+)\s+(\S+)/.exec(l);
    if (m2) deps.push({ name: m2[1], spec: m2[2], dev: false, line: i + 1 });
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
    const m2 = /^gem\s+['"]([^'"]+)['"]\s*(.*)$/.exec(l);
    if (!m2) return;
    const rest = m2[2];
    const specs = [...rest.matchAll(/^,?\s*['"]([~><=!\d][^'"]*)['"]|,\s*['"]([~><=!\d][^'"]*)['"]/g)].map((x) => x[1] ?? x[2]).filter(Boolean);
    const git = /\b(git|github):/.test(rest);
    deps.push({
      name: m2[1],
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
  const resolve = (v) => v.replace(/\$\{([^}]+)\}/g, (m2, k) => props[k] ?? m2);
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
    const m2 = re.exec(l);
    if (!m2) return;
    const parts = m2[2].split(":");
    if (parts.length < 2) return;
    deps.push({ name: `${parts[0]}:${parts[1]}`, spec: parts[2] ?? "", dev: m2[1].startsWith("test") || m2[1].startsWith("androidTest"), line: i + 1 });
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
function parseManifest(name, text, file) {
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
    default:
      return void 0;
  }
}
function validateLockfile(name, text, file) {
  const diagnostics = [];
  try {
    if (name.endsWith(".json") || name === "Pipfile.lock") JSON.parse(text);
    else if (name === "pnpm-lock.yaml") {
      const doc = (0, import_yaml2.parseDocument)(text);
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
    case "go":
      return void 0;
  }
}

// src/evidence/repo/parsers/procfile.ts
function parseProcfile(text, file = "Procfile") {
  const processes = [];
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const m2 = /^([A-Za-z0-9_-]+)\s*:\s*(.*)$/.exec(line);
    if (!m2) {
      diagnostics.push({ severity: "warning", file, line: i + 1, message: 'expected "<process type>: <command>"' });
      return;
    }
    const name = m2[1];
    if (!m2[2]) {
      diagnostics.push({ severity: "warning", file, line: i + 1, message: `process type "${name}" has no command` });
      return;
    }
    if (seen.has(name)) diagnostics.push({ severity: "warning", file, line: i + 1, message: `process type "${name}" is declared twice; the last one wins` });
    seen.add(name);
    processes.push({ name, command: m2[2], line: i + 1 });
  });
  return { file, processes, diagnostics };
}

// src/evidence/repo/snapshot.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// src/evidence/repo/content-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var PARALLEL_MIN_FILES = 2e3;
var CHUNK = 128;
var MAX_WORKERS = 2;
var STALL_MS = 3e4;
function helperCount() {
  const fromEnv = process.env.TFA_SCAN_WORKERS;
  if (fromEnv !== void 0 && /^\d+$/.test(fromEnv)) return Math.min(Number(fromEnv), MAX_WORKERS);
  const cores = availableParallelism();
  if (loadavg()[0] >= cores) return 0;
  return Math.max(0, Math.min(cores - 1, MAX_WORKERS));
}
function bundledWorker() {
  for (const rel of ["./scan-worker.js", "../scan-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
var ScanHelpers = class _ScanHelpers {
  constructor(workers) {
    this.workers = workers;
  }
  workers;
  /** Chunks of the last scan that workers returned (the rest were scanned on the main thread). */
  workerChunks = 0;
  /** Starts `count` workers from `entry` (default: the bundled one); undefined when none could start. */
  static start(count, entry = bundledWorker()) {
    const workers = [];
    for (let k = 0; entry && k < count; k++) {
      try {
        const { port1, port2 } = new MessageChannel();
        const worker = new Worker(entry, { workerData: { port: port2 }, transferList: [port2] });
        worker.unref();
        worker.on("error", () => void 0);
        port1.unref();
        workers.push({ worker, port: port1 });
      } catch {
        break;
      }
    }
    return workers.length > 0 ? new _ScanHelpers(workers) : void 0;
  }
  /** Scans every job, here (`scanHere`) and in the workers, and returns the results in job order. */
  scan(jobs, rootPrefix, scanHere) {
    const results = new Array(jobs.length);
    this.workerChunks = 0;
    const chunks = Math.ceil(jobs.length / CHUNK);
    const done = new Uint8Array(chunks);
    const scanChunk = (c) => {
      for (let i = c * CHUNK; i < Math.min(jobs.length, (c + 1) * CHUNK); i++) results[i] = scanHere(jobs[i]);
      done[c] = 1;
    };
    const counters = new Int32Array(new SharedArrayBuffer(8));
    const start = { jobs: encodeJobs(jobs), rootPrefix, chunk: CHUNK, counters: counters.buffer };
    for (const { port } of this.workers) port.postMessage(start);
    let own = 0;
    for (let c = Atomics.add(counters, 0, 1); c < chunks; c = Atomics.add(counters, 0, 1)) {
      scanChunk(c);
      own++;
    }
    let awaited = chunks - own;
    let lastProgress = Date.now();
    while (awaited > 0) {
      const posted = Atomics.load(counters, 1);
      for (const { port } of this.workers) {
        for (let m2 = receiveMessageOnPort(port); m2; m2 = receiveMessageOnPort(port)) {
          const msg = m2.message;
          if ("state" in msg) {
            const rs = decodeChunk(msg);
            for (let j = 0; j < rs.length; j++) results[msg.chunk * CHUNK + j] = rs[j];
            done[msg.chunk] = 1;
            this.workerChunks++;
          }
          awaited--;
          lastProgress = Date.now();
        }
      }
      if (awaited === 0 || Date.now() - lastProgress > STALL_MS) break;
      Atomics.wait(counters, 1, posted, 100);
    }
    for (let c = 0; c < chunks; c++) if (!done[c]) scanChunk(c);
    return results;
  }
  stop() {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
  }
};

// src/evidence/repo/snapshot.ts
var CACHE_BYTES = 16 * 1024 * 1024;
var MAX_NAMED_DIAGNOSTICS = 10;
var ALWAYS_SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".twelve-factor", ".hg", ".svn", "__pycache__", ".venv", ".tox", ".mypy_cache", ".pytest_cache"]);
var joinPath = (dir, f) => dir === "." || dir === "" ? f : `${dir}/${f}`;
var dirOf = (f) => {
  const i = f.lastIndexOf("/");
  return i < 0 ? "." : f.slice(0, i);
};
var baseName = (f) => f.slice(f.lastIndexOf("/") + 1);
function normaliseAppPath(p) {
  const n = path.posix.normalize(p.replace(/\\/g, "/")).replace(/^\.\/+/, "").replace(/\/+$/, "");
  return n === "" ? "." : n;
}
var ListedFile = class {
  constructor(path9, rootPrefix) {
    this.path = path9;
    this.rootPrefix = rootPrefix;
  }
  path;
  rootPrefix;
  knownSize = -1;
  get abs() {
    return this.rootPrefix + this.path;
  }
  get size() {
    if (this.knownSize < 0) {
      try {
        this.knownSize = lstatSync(this.abs).size;
      } catch {
        this.knownSize = 0;
      }
    }
    return this.knownSize;
  }
  set size(n) {
    this.knownSize = n;
  }
};
var READERS = /* @__PURE__ */ new WeakMap();
var readerOf = (snapshot) => READERS.get(snapshot);
var SkipLog = class {
  constructor(what, severity) {
    this.what = what;
    this.severity = severity;
  }
  what;
  severity;
  named = [];
  count = 0;
  add(file) {
    this.count++;
    if (this.named.length < MAX_NAMED_DIAGNOSTICS) this.named.push(file);
  }
  emit(out) {
    if (this.count === 0) return;
    const more = this.count > this.named.length ? ` and ${this.count - this.named.length} more` : "";
    out.push({ severity: this.severity, message: `${this.what}: ${this.named.join(", ")}${more}` });
  }
};
function loadIgnore(abs) {
  try {
    const st = lstatSync(abs);
    if (!st.isFile() || st.size > MAX_READ_BYTES) return void 0;
    return (0, import_ignore.default)().add(readFileSync(abs, "utf8"));
  } catch {
    return void 0;
  }
}
function ignoredBy(layers, rel, isDir) {
  let ignored = false;
  for (const { base, ig } of layers) {
    if (!isUnder(rel, base) || rel === base) continue;
    const sub = relativeTo(rel, base) + (isDir ? "/" : "");
    const r = ig.test(sub);
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}
function walk(root, diagnostics, onMany, exclude = /* @__PURE__ */ new Set()) {
  const files = [];
  const rootPrefix = root.endsWith(path.sep) ? root : root + path.sep;
  const symlinks = new SkipLog("symbolic links not followed", "info");
  const unreadable = new SkipLog("unreadable paths skipped", "warning");
  const visit3 = (absDir, relDir, layers) => {
    let entries;
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch {
      unreadable.add(relDir);
      return;
    }
    const gi = entries.some((e) => e.name === ".gitignore" && e.isFile()) ? loadIgnore(path.join(absDir, ".gitignore")) : void 0;
    const here = gi ? [...layers, { base: relDir, ig: gi }] : layers;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      const rel = joinPath(relDir, e.name);
      if (e.isSymbolicLink()) {
        symlinks.add(rel);
        continue;
      }
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(e.name) || exclude.has(rel) || ignoredBy(here, rel, true)) continue;
        visit3(path.join(absDir, e.name), rel, here);
      } else if (e.isFile()) {
        if (exclude.has(rel) || ignoredBy(here, rel, false)) continue;
        files.push(new ListedFile(rel, rootPrefix));
        if (files.length === onMany?.at) onMany.run();
      }
    }
  };
  visit3(root, ".", []);
  symlinks.emit(diagnostics);
  unreadable.emit(diagnostics);
  return files;
}
var TextCache = class {
  map = /* @__PURE__ */ new Map();
  bytes = 0;
  get(k) {
    const v = this.map.get(k);
    if (v !== void 0) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k, v) {
    const size = v?.length ?? 0;
    if (size > CACHE_BYTES / 4) return;
    this.map.set(k, v);
    this.bytes += size;
    for (const [key, val] of this.map) {
      if (this.bytes <= CACHE_BYTES) break;
      this.map.delete(key);
      this.bytes -= val?.length ?? 0;
    }
  }
};
function scanRepository(repoRoot, appPath = ".", options = {}) {
  const root = path.resolve(repoRoot);
  const app = normaliseAppPath(appPath);
  const diagnostics = [];
  let helpers;
  const count = options.contentWorkers ? helperCount() : 0;
  const files = walk(root, diagnostics, count > 0 ? { at: PARALLEL_MIN_FILES, run: () => helpers = ScanHelpers.start(count, options.workerUrl) } : void 0, new Set(options.exclude));
  const byPath = new Map(files.map((f) => [f.path, f]));
  const dirs = /* @__PURE__ */ new Set();
  let lastDir = "";
  for (const f of files) {
    const p = f.path;
    const slash = p.lastIndexOf("/");
    if (slash === lastDir.length && p.startsWith(lastDir)) continue;
    lastDir = slash < 0 ? "" : p.slice(0, slash);
    for (let d = dirOf(p); d !== "." && !dirs.has(d); d = dirOf(d)) dirs.add(d);
  }
  if (app !== "." && !dirs.has(app)) {
    diagnostics.push({ severity: "error", message: `audited path "${app}" holds no files in ${root}`, file: app });
  }
  const appFiles = app === "." ? files : files.filter((f) => isUnder(f.path, app));
  const cache = new TextCache();
  const binary = new SkipLog("binary files skipped by content rules", "info");
  const truncated = new SkipLog(`files larger than ${MAX_READ_BYTES / 1024 / 1024} MiB: only their first MiB was read`, "info");
  const failed = new SkipLog("files that could not be read", "warning");
  const seenBinary = /* @__PURE__ */ new Set();
  const seenBig = /* @__PURE__ */ new Set();
  const noteRead = (entry, r) => {
    const f = entry.path;
    if (r.kind === "failed") failed.add(f);
    else if (r.kind === "binary") {
      if (!seenBinary.has(f)) binary.add(f);
      seenBinary.add(f);
    } else {
      if (r.size !== void 0) entry.size = r.size;
      if (r.truncated && !seenBig.has(f)) {
        seenBig.add(f);
        truncated.add(f);
      }
    }
  };
  const readText = (f) => {
    const entry = byPath.get(f);
    if (!entry) return void 0;
    const hit = cache.get(f);
    if (hit !== void 0) return hit ?? void 0;
    const r = hasBinaryExtension(f) ? { kind: "binary" } : readBounded(entry.abs);
    noteRead(entry, r);
    const text = r.kind === "text" ? r.text : void 0;
    cache.set(f, text ?? null);
    return text;
  };
  const dockerIgnores = /* @__PURE__ */ new Map();
  const dockerIgnoreOf = (context) => {
    let matcher = dockerIgnores.get(context);
    if (matcher !== void 0) return matcher;
    const file = joinPath(context, ".dockerignore");
    const text = readText(file);
    matcher = null;
    if (text !== void 0) {
      try {
        matcher = DockerignoreMatcher.fromFile(text);
      } catch (e) {
        diagnostics.push({ severity: "warning", file, message: `${e.message}: Docker refuses this .dockerignore, so the build fails` });
      }
    }
    dockerIgnores.set(context, matcher);
    return matcher;
  };
  const snapshot = {
    repoRoot: root,
    appPath: app,
    files,
    appFiles,
    diagnostics,
    gitDir: existsSync2(path.join(root, ".git")),
    has: (f) => byPath.has(f),
    hasDir: (d) => d === "." || dirs.has(d),
    filesUnder: (d) => d === "." ? files : files.filter((f) => isUnder(f.path, d)),
    read: (f) => readText(f),
    dockerIgnored(context, file) {
      if (!isUnder(file, context)) return true;
      const rel = relativeTo(file, context);
      if (rel === "") return false;
      const matcher = dockerIgnoreOf(context);
      return matcher !== null && !matcher.sends(rel);
    }
  };
  let summaries = [];
  const flush = () => {
    for (const d of summaries) {
      const i = diagnostics.indexOf(d);
      if (i >= 0) diagnostics.splice(i, 1);
    }
    summaries = [];
    for (const log of [binary, truncated, failed]) log.emit(summaries);
    diagnostics.push(...summaries);
  };
  Object.defineProperty(snapshot, "diagnostics", {
    get() {
      flush();
      return diagnostics;
    },
    enumerable: true
  });
  READERS.set(snapshot, {
    rootPrefix: root.endsWith(path.sep) ? root : root + path.sep,
    ...helpers ? { helpers } : {},
    read(f) {
      const entry = byPath.get(f);
      if (!entry) return { kind: "failed" };
      const hit = cache.get(f);
      if (hit === null) return { kind: "binary" };
      if (hit !== void 0) return { kind: "text", text: hit, truncated: false, size: entry.size };
      return hasBinaryExtension(f) ? { kind: "binary" } : readBounded(entry.abs);
    },
    note(f, r) {
      const entry = byPath.get(f);
      if (entry && cache.get(f) === void 0) noteRead(entry, r);
    }
  });
  return snapshot;
}

// src/evidence/repo/content.ts
var MIN_SHARED_JOBS = 512;
var GENERATED = /\.(?:svg|min\.js|map)$/;
function contentJobs(snapshot) {
  const jobs = [];
  const nonRuntime = nonRuntimePathMemo();
  for (const f of snapshot.appFiles) {
    const secrets2 = !LOCKFILE_NAMES.has(baseName(f.path)) && !GENERATED.test(f.path);
    const rel = relativeTo(f.path, snapshot.appPath);
    let lang = languageOf(rel);
    if (lang && nonRuntime(rel)) lang = void 0;
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
  let m2 = memo.get(snapshot);
  if (!m2) {
    m2 = /* @__PURE__ */ new Map();
    memo.set(snapshot, m2);
  }
  if (!m2.has(key)) m2.set(key, compute());
  return m2.get(key);
}
var DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|^[\w.-]+\.(?:Dockerfile|dockerfile)$/;
var isDockerfileName = (name) => DOCKERFILE_NAME.test(name);
var COMPOSE_NAME = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
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
    () => snapshot.appFiles.filter((f) => isDockerfileName(baseName(f.path)) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath))).map((f) => f.path)
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
        if (dirOf(f.path) !== d || !COMPOSE_NAME.test(baseName(f.path))) continue;
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
function dotenvFiles(snapshot) {
  return once(
    snapshot,
    "dotenv",
    () => snapshot.appFiles.filter((f) => /^\.env(?:\.[\w.-]+)?$|\.env$/.test(baseName(f.path))).flatMap((f) => {
      const text = snapshot.read(f.path);
      if (text === void 0) return [];
      const d = parseDotenv(text, f.path);
      snapshot.diagnostics.push(...d.diagnostics);
      return [d];
    })
  );
}
function manifests(snapshot) {
  return once(snapshot, "manifests", () => {
    const names = new Set(MANIFEST_NAMES);
    const out = [];
    for (const f of snapshot.appFiles) {
      const name = baseName(f.path);
      if (!names.has(name)) continue;
      const rel = relativeTo(f.path, snapshot.appPath);
      if (rel !== name && isNonRuntimePath(rel)) continue;
      const text = snapshot.read(f.path);
      if (text === void 0) continue;
      const m2 = parseManifest(name, text, f.path);
      if (!m2) continue;
      snapshot.diagnostics.push(...m2.diagnostics);
      out.push(m2);
    }
    return out;
  });
}
function lockfileFor(snapshot, m2) {
  return once(snapshot, `lock:${m2.file}`, () => {
    for (let dir = dirOf(m2.file); ; dir = dirOf(dir)) {
      for (const l of m2.lockfiles) {
        const p = joinPath(dir, l);
        if (snapshot.has(p)) {
          const text = snapshot.read(p);
          if (text !== void 0) snapshot.diagnostics.push(...validateLockfile(l, text, p));
          return p;
        }
      }
      if (dir === "." || !["node", "rust", "python"].includes(m2.ecosystem)) return void 0;
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
var ECOSYSTEM_OF_LANG = { js: "node", py: "python", go: "go", jvm: "jvm", ruby: "ruby", php: "php", rust: "rust" };
function ecosystems(snapshot) {
  return once(snapshot, "ecosystems", () => {
    const set = new Set(manifests(snapshot).map((m2) => m2.ecosystem));
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
        for (const word of (instr.exec ?? instr.body.split(/\s+/)).slice(0, 3)) {
          const m2 = /^(?:\.\/|\/app\/|\/usr\/src\/app\/|\/srv\/|\/usr\/local\/bin\/)?([\w./-]+\.sh)$/.exec(word);
          if (!m2) continue;
          const candidates = [joinPath(snapshot.appPath, m2[1]), ...snapshot.appFiles.filter((f) => f.path.endsWith(`/${baseName(m2[1])}`)).map((f) => f.path)];
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
    const rootPkg = manifests(snapshot).find((m2) => m2.file === joinPath(snapshot.appPath, "package.json"));
    const start = rootPkg?.scripts.find((s) => s.name === "start");
    if (rootPkg && start) out.push({ origin: "package.json start", file: rootPkg.file, line: start.line, text: start.command });
    return out;
  });
}
function appScripts(snapshot) {
  return snapshot.appFiles.filter((f) => languageOf(f.path) === "shell" && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath))).map((f) => f.path);
}

// src/checks/static/util.ts
var MAX_EVIDENCE = 10;
var fileEv = (file, line, snippet) => ({
  kind: "file",
  file,
  ...line !== void 0 && line > 0 ? { line } : {},
  ...snippet ? { snippet: snippet.slice(0, 400) } : {}
});
var countEv = (name, value, unit = "files", threshold) => ({
  kind: "measurement",
  name,
  value,
  unit,
  ...threshold !== void 0 ? { threshold } : {}
});
var signalEv = (s) => fileEv(s.file, s.line, s.snippet);
var skip = (message) => [{ outcome: "skip", message }];
function placesOf(signals2) {
  const evidence = signals2.slice(0, MAX_EVIDENCE).map(signalEv);
  const rest = signals2.length - evidence.length;
  return { evidence, more: rest > 0 ? ` (and ${rest} more)` : "" };
}
function passIfFound(found, passMessage, absent) {
  if (found.length === 0) return absent();
  const { evidence } = placesOf(found);
  return [{ outcome: "pass", message: passMessage(found[0]), evidence }];
}
function envOverlay(idx, snapshot) {
  if (idx.of("env-read").some((s) => s.lang === "go" && /\.AutomaticEnv\(/.test(s.snippet))) return "viper AutomaticEnv";
  if (manifests(snapshot).some((m2) => m2.dependencies.some((d) => !d.dev && /^org\.springframework\.boot:spring-boot-starter/.test(d.name)))) return "Spring Boot's environment binding";
  return void 0;
}

// src/checks/static/admin-processes.ts
var MIGRATION_DIR = /(?:^|\/)(?:migrations?|db\/migrate|alembic|prisma\/migrations|db\/migrations|src\/main\/resources\/db\/(?:migration|changelog)|database\/migrations|migrate)\//;
var ADMIN_FILES = /^(?:manage\.py|alembic\.ini|bin\/rails|Rakefile|artisan|knexfile\.[jt]s|\.sequelizerc|flyway\.conf|liquibase\.properties|diesel\.toml|atlas\.hcl|bin\/console)$/;
var ADMIN_SCRIPT = /migrat|seed|\bdb:|console|\badmin\b|\bshell\b/i;
var MIGRATE_AT_START = /\b(?:migrate|db:migrate|db:prepare|alembic\s+upgrade|prisma\s+migrate\s+deploy|prisma\s+db\s+push|knex\s+migrate|sequelize(?:-cli)?\s+db:migrate|flyway\s+migrate|diesel\s+migration\s+run|typeorm\s+migration:run|goose\s+up|migrate\s+up)\b/;
var adminProcessesChecks = [
  {
    id: "admin-processes/declared-tasks",
    factor: "admin-processes",
    kind: "static",
    title: "One-off admin tasks are declared in the codebase",
    rationale: "Factor XII: admin and management tasks (migrations, consoles, one-time scripts) ship with the app code and run as one-off processes of the same release, never as ad-hoc commands typed on a server.",
    remediation: "Keep migrations and admin scripts in the repository (migrations folder, manage.py, rake tasks, package.json scripts, Procfile `release:`) and list the commands under `admin` in .twelve-factor.yml so the runtime harness runs them.",
    run({ snapshot, config }) {
      const ev = [];
      const what = [];
      const pf = procfile(snapshot);
      const release = pf?.processes.find((p) => p.name === "release");
      if (pf && release) {
        ev.push(fileEv(pf.file, release.line, `release: ${release.command}`.slice(0, 200)));
        what.push("Procfile release");
      }
      const mig = snapshot.appFiles.find((f) => MIGRATION_DIR.test(relativeTo(f.path, snapshot.appPath)) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
      if (mig) {
        ev.push(fileEv(mig.path));
        what.push("migrations");
      }
      const admin = snapshot.appFiles.find((f) => ADMIN_FILES.test(relativeTo(f.path, snapshot.appPath)));
      if (admin) {
        ev.push(fileEv(admin.path));
        what.push(relativeTo(admin.path, snapshot.appPath));
      }
      for (const m2 of manifests(snapshot)) for (const s of m2.scripts) if (ADMIN_SCRIPT.test(s.name)) {
        ev.push(fileEv(m2.file, s.line, `${s.name}: ${s.command}`.slice(0, 200)));
        what.push(`script ${s.name}`);
      }
      if (config.admin.length > 0) what.push(`${config.admin.length} configured admin command(s)`);
      if (ev.length > 0 || config.admin.length > 0) {
        return [{ outcome: "pass", message: `admin tasks declared: ${[...new Set(what)].slice(0, 6).join(", ")}`, evidence: ev.length > 0 ? ev.slice(0, MAX_EVIDENCE) : [countEv("configured admin commands", config.admin.length, "commands", 1)] }];
      }
      const idx = signals(snapshot);
      const db = [...idx.of("service-url-from-env"), ...idx.of("hardcoded-service-host"), ...idx.of("sqlite")].filter((s) => /DATABASE|DB_|POSTGRES|MYSQL|MONGO|sqlite|jdbc|postgres|mysql/i.test(s.snippet));
      if (db.length === 0) return skip("no database use and no admin tasks found: nothing to declare");
      return [{ outcome: "warn", message: "the app uses a database but no migrations or admin tasks are declared in the codebase", evidence: [fileEv(db[0].file, db[0].line, db[0].snippet)] }];
    }
  },
  {
    id: "admin-processes/no-migrate-on-start",
    factor: "admin-processes",
    kind: "static",
    title: "Migrations run once per release, not at every start",
    rationale: "Factor XII runs admin tasks as one-off processes. Migrating in the web start command runs it in every replica at every restart, racing each other and delaying boot (factor IX).",
    remediation: "Run migrations as a release-phase process (Procfile `release:`, a Kubernetes Job, a pre-deploy step) from the same image, and start the web process without them.",
    run({ snapshot, config }) {
      const cmds = startCommands(snapshot, config);
      if (cmds.length === 0) return skip("no start command found");
      const out = cmds.filter((c) => MIGRATE_AT_START.test(c.text)).slice(0, 5).map((c) => ({ outcome: "warn", message: `${c.origin} migrates at every start`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] }));
      if (out.length > 0) return out;
      return [{ outcome: "pass", message: "start commands do not run migrations", evidence: cmds.slice(0, 3).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))) }];
    }
  }
];

// src/checks/static/backing-services.ts
var HARDCODED_ENV_HOST = /(?:localhost|127\.0\.0\.1)(?::\d{2,5})?|[a-z]+(?:ql)?:\/\/[^\s$]{1,200}/;
var ANNOTATED_FIELD = /^\w+\s*:\s*[\w.[\]| ]{1,80}=/;
function settingsDefaults(idx, hard) {
  const settingsFiles = new Set(idx.of("env-read").filter((s) => s.lang === "py" && /\bBaseSettings\b/.test(s.snippet)).map((s) => s.file));
  return new Set(hard.filter((s) => settingsFiles.has(s.file) && ANNOTATED_FIELD.test(s.snippet)));
}
var backingServicesChecks = [
  {
    id: "backing-services/urls-from-env",
    factor: "backing-services",
    kind: "static",
    title: "Backing-service locations come from the environment",
    rationale: "Factor IV treats databases, caches and queues as attached resources: a deploy swaps a local Postgres for a managed one by changing a URL in the environment, with no code change.",
    remediation: "Read each service location from one variable (DATABASE_URL, REDIS_URL, AMQP_URL \u2026) and pass the value from the platform.",
    run({ snapshot }) {
      const idx = signals(snapshot);
      const settings = settingsDefaults(idx, idx.of("hardcoded-service-host"));
      const fromEnv = [...idx.of("service-url-from-env"), ...settings];
      const hard = idx.of("hardcoded-service-host").filter((s) => !settings.has(s));
      if (fromEnv.length > 0) {
        return [{ outcome: "pass", message: `service locations read from the environment (${fromEnv.length} place(s))`, evidence: placesOf(fromEnv).evidence }];
      }
      const overlay = hard.length > 0 && hard.every((s) => s.lang === "config") ? envOverlay(idx, snapshot) : void 0;
      if (overlay) return [{ outcome: "warn", message: `service locations are set in config files, which ${overlay} lets the environment override; none is read from a variable by name`, evidence: placesOf(hard).evidence }];
      if (hard.length > 0) return [{ outcome: "fail", message: "backing services are addressed in code, none from the environment", evidence: placesOf(hard).evidence }];
      return skip("no backing-service connection found in the source");
    }
  },
  {
    id: "backing-services/hardcoded-hosts",
    factor: "backing-services",
    kind: "static",
    title: "No hardcoded backing-service hosts",
    rationale: "A `localhost:5432` or `redis://cache:6379` written in code or baked into the image ties the app to one deploy. Even as a fallback default, an unset variable silently connects to the wrong place instead of failing.",
    remediation: "Remove the literal host; read the URL from the environment and fail at boot when it is missing. Keep local defaults in .env.example or compose, not in code.",
    run({ snapshot, config }) {
      const idx = signals(snapshot);
      const settings = settingsDefaults(idx, idx.of("hardcoded-service-host"));
      const hard = idx.of("hardcoded-service-host").filter((s) => !settings.has(s));
      const fallback = [...idx.of("service-host-fallback"), ...settings];
      const df = mainDockerfile(snapshot, config);
      const baked = (df?.envs ?? []).filter((e) => e.keyword === "ENV" && e.value !== void 0 && HARDCODED_ENV_HOST.test(e.value) && /(?:URL|URI|HOST|DSN|ADDR)/i.test(e.name));
      const out = [];
      if (hard.length > 0) {
        const { evidence, more } = placesOf(hard);
        out.push({ outcome: "fail", message: `backing-service hosts hardcoded in ${hard.length} place(s)${more}`, evidence });
      }
      for (const e of baked) out.push({ outcome: "fail", message: `ENV ${e.name} bakes a service location into the image`, evidence: [fileEv(df.file, e.line, `ENV ${e.name}=[\u2026]`)] });
      if (fallback.length > 0) {
        const { evidence, more } = placesOf(fallback);
        out.push({ outcome: "warn", message: `the environment is read but falls back to a local service in ${fallback.length} place(s)${more}`, evidence });
      }
      if (out.length > 0) return out;
      if (idx.scannedFiles === 0) return skip("no runtime source or config files in the audited path");
      return [{ outcome: "pass", message: `no hardcoded service hosts in ${idx.scannedFiles} scanned files`, evidence: [countEv("hardcoded service hosts", 0, "places", 0)] }];
    }
  }
];

// src/checks/static/build-release-run.ts
var BUILD_AT_START = [
  { re: /\bnpm\s+(?:install|i|ci)\b|\byarn\s+install\b|\bpnpm\s+(?:install|i)\b|\bbun\s+install\b/, what: "installs Node packages" },
  { re: /\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build\b|\btsc\b(?!-)|\bwebpack\b|\bnext\s+build\b|\bvite\s+build\b|\besbuild\b/, what: "compiles or bundles" },
  { re: /\bpip3?\s+install\b|\bpoetry\s+install\b|\bpipenv\s+install\b|\buv\s+(?:sync|pip\s+install)\b/, what: "installs Python packages" },
  { re: /\bgo\s+(?:build|run|install|mod\s+download)\b/, what: "compiles Go" },
  { re: /\bmvnw?\s+[^|;&]{0,80}\b(?:package|install|compile|spring-boot:run)\b|\bgradlew?\s+[^|;&]{0,80}\b(?:build|bootRun|run|assemble|installDist)\b/, what: "runs a JVM build" },
  { re: /\bcargo\s+(?:build|run|install)\b/, what: "compiles Rust" },
  { re: /\bbundle\s+install\b|\bgem\s+install\b|\brake\s+assets:precompile\b/, what: "installs Ruby gems or precompiles assets" },
  { re: /\bcomposer\s+(?:install|update|require)\b/, what: "installs PHP packages" },
  { re: /\bapt-get\s+install\b|\bapk\s+add\b|\byum\s+install\b|\bdnf\s+install\b/, what: "installs OS packages" }
];
var BUILD_IN_STAGE = /\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build\b|\btsc\b|\bgo\s+build\b|\bmvnw?\b[^|;&]{0,80}\bpackage\b|\bgradlew?\b[^|;&]{0,80}\b(?:build|assemble|bootJar|installDist)\b|\bcargo\s+build\b|\bnext\s+build\b|\bvite\s+build\b|\bdotnet\s+publish\b|\bgcc\b|\bmake\b/;
var buildReleaseRunChecks = [
  {
    id: "build-release-run/build-definition",
    factor: "build-release-run",
    kind: "static",
    title: "The build is defined in the repository",
    rationale: "Factor V separates build from release and run. A Dockerfile or a buildpack definition makes the build stage a reproducible step that turns a commit into an artifact, instead of something done by hand on a server.",
    remediation: "Add a Dockerfile (or a buildpack setup: project.toml, or a Procfile plus a manifest the buildpack detects) at the audited path.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (df) return [{ outcome: "pass", message: `built from ${df.file}`, evidence: [fileEv(df.file, df.stages[0]?.from.line)] }];
      const projectToml = joinPath(snapshot.appPath, "project.toml");
      if (snapshot.has(projectToml)) return [{ outcome: "pass", message: "built with Cloud Native Buildpacks (project.toml)", evidence: [fileEv(projectToml)] }];
      const pf = procfile(snapshot);
      if (pf && manifests(snapshot).length > 0) return [{ outcome: "pass", message: `built by a buildpack from ${manifests(snapshot)[0].file}, run by ${pf.file}`, evidence: [fileEv(pf.file), fileEv(manifests(snapshot)[0].file)] }];
      return [{ outcome: "warn", message: `no Dockerfile (${config.dockerfile}) or buildpack definition at "${snapshot.appPath}"`, evidence: [fileEv(snapshot.appPath)] }];
    }
  },
  {
    id: "build-release-run/multi-stage",
    factor: "build-release-run",
    kind: "static",
    title: "Build tools stay out of the runtime image",
    rationale: "A multi-stage Dockerfile compiles in one stage and copies only the artifact into the runtime stage, so the released image holds no compilers, dev dependencies or sources it does not run.",
    remediation: "Split the Dockerfile: `FROM \u2026 AS build` runs the compile step, and the final `FROM` copies the result with `COPY --from=build`.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const last = finalStage(df, config.build.target);
      if (!last) return skip(`${df.file} has no FROM`);
      if (df.stages.length > 1 && (last.from.fromStage || last.instructions.some((i) => (i.keyword === "COPY" || i.keyword === "ADD") && i.flags.from !== void 0))) {
        return [{ outcome: "pass", message: `${df.stages.length} stages; the final stage copies from an earlier one`, evidence: [fileEv(df.file, last.from.line, `FROM ${last.from.raw}`)] }];
      }
      const build = last.instructions.find((i) => i.keyword === "RUN" && BUILD_IN_STAGE.test(commandText(i)));
      if (build) return [{ outcome: "warn", message: `the runtime stage compiles (${df.file}:${build.line}); compilers and sources ship in the image`, evidence: [fileEv(df.file, build.line, build.args.slice(0, 200))] }];
      return [{ outcome: "pass", message: `single stage with no compile step`, evidence: [fileEv(df.file, last.from.line)] }];
    }
  },
  {
    id: "build-release-run/dockerignore",
    factor: "build-release-run",
    kind: "static",
    title: "A .dockerignore keeps the build context clean",
    rationale: "Without .dockerignore the build context carries .git, local .env files, node_modules and build output into the image build: slower builds, leaked local config, and images that differ by whose laptop built them.",
    remediation: "Add a .dockerignore next to the build context listing at least .git, .env*, node_modules (or your dependency folder) and local build output.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const context = normaliseAppPath(joinPath(snapshot.appPath, config.context));
      const file = joinPath(context, ".dockerignore");
      if (!snapshot.has(file)) return [{ outcome: "warn", message: `no .dockerignore in the build context "${context}"`, evidence: [fileEv(df.file)] }];
      const leaks = snapshot.filesUnder(context).filter((f) => /(?:^|\/)\.env(?:\.[\w-]+)?$/.test(f.path) && !/\.(?:example|sample|template)$/.test(f.path) && !snapshot.dockerIgnored(context, f.path));
      if (leaks.length > 0) return [{ outcome: "warn", message: `${file} does not exclude ${leaks.map((l) => l.path).join(", ")}`, evidence: [fileEv(file), ...leaks.slice(0, 5).map((l) => fileEv(l.path))] }];
      return [{ outcome: "pass", message: `${file} filters the build context`, evidence: [fileEv(file)] }];
    }
  },
  {
    id: "build-release-run/no-build-at-start",
    factor: "build-release-run",
    kind: "static",
    title: "Nothing is installed or compiled when the app starts",
    rationale: "Factor V: the run stage only runs the release. Installing packages or compiling in CMD, ENTRYPOINT, a Procfile or a start script makes every boot slow, network-dependent and able to produce different code than the build.",
    remediation: 'Move installs and compiles into Dockerfile RUN steps (or the buildpack build); make the start command exec the built artifact, e.g. CMD ["node", "dist/server.js"].',
    run({ snapshot, config }) {
      const cmds = startCommands(snapshot, config);
      if (cmds.length === 0) return skip("no start command found (Dockerfile CMD/ENTRYPOINT, Procfile, compose or package.json start)");
      const out = [];
      for (const c of cmds) {
        for (const rule of BUILD_AT_START) {
          if (!rule.re.test(c.text)) continue;
          out.push({ outcome: "fail", message: `${c.origin} ${rule.what} at start (${c.file}:${c.line})`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
          break;
        }
      }
      if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
      return [{ outcome: "pass", message: `${cmds.length} start command(s) only run the built app`, evidence: cmds.slice(0, MAX_EVIDENCE).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))) }];
    }
  }
];

// src/config/schema.ts
var seconds = (def, max) => external_exports.number().positive().max(max).default(def);
var CommandSchema = external_exports.union([external_exports.array(external_exports.string().min(1)).min(1), external_exports.string().min(1)]);
var ServiceSchema = external_exports.object({
  name: external_exports.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'service names are lowercase letters, digits, ".", "_" and "-"'),
  image: external_exports.string().min(1),
  /** Port the service listens on inside its container; used for the readiness wait. */
  port: external_exports.number().int().min(1).max(65535),
  command: CommandSchema.optional(),
  /** Env given to the app; `{host}` and `{port}` are replaced with the service's address on the run network. */
  env: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  /** Env given to the service itself. */
  "service-env": external_exports.record(external_exports.string(), external_exports.string()).default({}),
  "ready-timeout": seconds(30, 300)
}).strict();
var IgnoreSchema = external_exports.object({
  check: external_exports.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'a check id like "config/dotenv-committed"'),
  reason: external_exports.string().min(1, "say why the check is ignored")
}).strict();
var ConfigSchema = external_exports.object({
  /** The audited app's folder, relative to the repository root. */
  path: external_exports.string().default(".").describe("The audited app folder, relative to the repository root."),
  /** Dockerfile, relative to the audited path. */
  dockerfile: external_exports.string().default("Dockerfile").describe("Dockerfile, relative to the audited path."),
  /** Build context, relative to the audited path. */
  context: external_exports.string().default(".").describe("Build context, relative to the audited path."),
  build: external_exports.object({
    args: external_exports.record(external_exports.string(), external_exports.string()).default({}).describe("Build arguments (--build-arg)."),
    target: external_exports.string().optional().describe("Multi-stage build target."),
    timeout: seconds(900, 3600).describe("Build time limit in seconds.")
  }).strict().default({ args: {}, timeout: 900 }),
  run: external_exports.object({
    env: external_exports.record(external_exports.string(), external_exports.string()).default({}).describe("Env given to the app; values never appear in any output."),
    /** Fixed PORT; by default a random free port in 20000–45000. */
    port: external_exports.number().int().min(1).max(65535).optional().describe("Fixed PORT; by default a random free port in 20000-45000."),
    /** `internal` (no egress) or `bridge` (egress allowed). */
    network: external_exports.enum(["internal", "bridge"]).default("internal").describe("internal: no egress (default); bridge: egress allowed."),
    "boot-timeout": seconds(60, 600).describe("Seconds until $PORT must accept connections."),
    "shutdown-timeout": seconds(10, 30).describe("Grace in seconds after the stop signal before SIGKILL (and a fail)."),
    "http-path": external_exports.string().startsWith("/").optional().describe("HTTP path for readiness and exercise requests."),
    requests: external_exports.number().int().min(0).max(1e3).default(5).describe("Requests sent to http-path before docker diff."),
    replicas: external_exports.number().int().min(1).max(4).default(2).describe("Replicas booted side by side for factor VIII."),
    /** `false` for a worker with no web process: port and HTTP probes are skipped. */
    web: external_exports.boolean().optional().describe("false for a worker with no web process: port and HTTP probes are skipped."),
    memory: external_exports.string().regex(/^\d+[kmg]?$/i, "a size like 1g or 512m").default("1g"),
    cpus: external_exports.number().positive().max(16).default(1),
    pids: external_exports.number().int().min(16).max(65536).default(512)
  }).strict().default({
    env: {},
    network: "internal",
    "boot-timeout": 60,
    "shutdown-timeout": 10,
    requests: 5,
    replicas: 2,
    memory: "1g",
    cpus: 1,
    pids: 512
  }),
  admin: external_exports.array(CommandSchema).default([]).describe("One-off admin commands run from the same image and config."),
  services: external_exports.array(ServiceSchema).default([]).describe("Backing services started on the run network before the app."),
  ignore: external_exports.array(IgnoreSchema).default([]).describe("Checks to ignore, each with a reason."),
  "fail-on": external_exports.enum(FAIL_ON).default("fail").describe("When the audit exits 1: fail, warn, regression or never."),
  /** Extra apps for `discover` in a monorepo, relative to the repository root. */
  apps: external_exports.array(external_exports.string()).default([]).describe("Extra app folders for discover in a monorepo.")
}).strict();
function defaultConfig() {
  return ConfigSchema.parse({});
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
function detectApps(repoRoot, snapshot) {
  if (!snapshot) return findApps(scanRepository(repoRoot, "."), false);
  let apps = APPS.get(snapshot);
  if (!apps) {
    apps = findApps(snapshot, true);
    APPS.set(snapshot, apps);
  }
  return apps.map((a) => ({ ...a, ecosystems: [...a.ecosystems], processTypes: [...a.processTypes] }));
}
var APPS = /* @__PURE__ */ new WeakMap();
function findApps(snap, given) {
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
    if (isDockerfileName(name)) at(dir).dockerfile = true;
    else if (name === "Procfile") at(dir).procfile = true;
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
    const eco = isAudited && given ? ecosystems(snap) : [...new Set(a.manifests.map((m2) => ECOSYSTEM_OF_MANIFEST[m2]))].sort();
    return {
      path: a.dir,
      kind: a.dockerfile ? "container" : a.procfile ? "procfile" : a.manifests.length > 0 ? "package" : "unknown",
      ecosystems: eco,
      processTypes: isAudited && given ? processTypesOf(snap) : processTypesAt(snap, a),
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
function processTypesOf(snapshot) {
  const types = /* @__PURE__ */ new Set();
  for (const p of procfile(snapshot)?.processes ?? []) types.add(p.name);
  for (const c of composeFiles(snapshot)) for (const s of c.services) if (s.build !== void 0) types.add(s.name);
  if (types.size === 0 && startCommands(snapshot, defaultConfig()).some((c) => c.origin.startsWith("Dockerfile"))) types.add("web");
  return [...types].sort();
}

// src/checks/static/codebase.ts
var codebaseChecks = [
  {
    id: "codebase/version-control",
    factor: "codebase",
    kind: "static",
    title: "The codebase is tracked in version control",
    rationale: "Factor I: one codebase tracked in revision control, many deploys. Without a repository there is no revision to tie a deploy to, so nobody can say which code is running.",
    remediation: "Keep the app in a git repository (git init, commit, push) and deploy from its commits; audit a checkout, not an exported copy.",
    run({ snapshot }) {
      if (snapshot.gitDir) return [{ outcome: "pass", message: "the audited tree is a git checkout", evidence: [fileEv(".git")] }];
      return skip("no .git at the repository root: cannot tell whether this tree is under version control (an exported copy?)");
    }
  },
  {
    id: "codebase/one-app-per-path",
    factor: "codebase",
    kind: "static",
    title: "One deployable app per audited path",
    rationale: "Factor I: one codebase per app. Several deployable apps under one audited path are a distributed system, and each should be audited (and deployed) as its own app; shared code belongs in libraries.",
    remediation: "Point `path` in .twelve-factor.yml at one app, or list the others under `apps` and audit each; factor code shared between them into a library declared as a dependency.",
    run({ snapshot }) {
      const apps = detectApps(snapshot.repoRoot, snapshot);
      const inside = apps.filter((a) => a.path !== snapshot.appPath && (snapshot.appPath === "." || a.path.startsWith(`${snapshot.appPath}/`)) && a.kind === "container");
      const audited = apps.find((a) => a.audited);
      const others = apps.filter((a) => !a.audited);
      if (inside.length > 0) {
        return [
          {
            outcome: "warn",
            message: `${inside.length + 1} deployable apps under "${snapshot.appPath}": ${[snapshot.appPath, ...inside.map((a) => a.path)].slice(0, 8).join(", ")}; only "${snapshot.appPath}" is audited`,
            evidence: inside.slice(0, 10).map((a) => fileEv(a.path))
          }
        ];
      }
      if (!audited || audited.kind === "unknown") return skip(`no Dockerfile, Procfile or manifest at "${snapshot.appPath}", so no app to count`);
      return [
        {
          outcome: "pass",
          message: `one app at "${snapshot.appPath}" (${audited.kind})${others.length > 0 ? `; ${others.length} other app(s) elsewhere in the repository are listed in the report, not audited` : ""}`,
          evidence: [countEv("deployable apps in the audited path", 1, "apps", 1)],
          ...others.length > 0 ? { details: others.slice(0, 20).map((a) => `other app: ${a.path} (${a.kind})`) } : {}
        }
      ];
    }
  }
];

// src/checks/static/concurrency.ts
var DAEMONIZE = /\bnohup\s|--daemon(?:ize)?\b|\bpm2\s+start\b|\bforever\s+start\b|\bstart-stop-daemon\b|\/etc\/init\.d\/|\bservice\s+\S+\s+start\b|--pid(?:file)?[= ]|\bpidfile\b|&\s*$|\bdaemonize\s+(?:true|yes)\b|-D\s*$/;
var SUPERVISOR = /\bsupervisord\b|\bs6-svscan\b|\b\/init\b.*s6|\brunsvdir\b|\bcircusd\b|\bpm2(?:-runtime)?\b[^\n]{0,200}\s(?:-i|--instances)\s+(?:max|\d+)|\bforeman\s+start\b|\bhoncho\s+start\b|\bovermind\b/;
var concurrencyChecks = [
  {
    id: "concurrency/process-types",
    factor: "concurrency",
    kind: "static",
    title: "Process types are declared",
    rationale: "Factor VIII scales out through the process model: each kind of work (web, worker, clock) is a named process type the platform can run and scale independently.",
    remediation: "Declare process types in a Procfile (`web: \u2026`, `worker: \u2026`) or as compose services built from the app, each with its own command.",
    run({ snapshot, config }) {
      const pf = procfile(snapshot);
      if (pf && pf.processes.length > 0) {
        return [{ outcome: "pass", message: `Procfile declares ${pf.processes.map((p) => p.name).join(", ")}`, evidence: pf.processes.slice(0, MAX_EVIDENCE).map((p) => fileEv(pf.file, p.line, `${p.name}: ${p.command}`.slice(0, 200))) }];
      }
      const built = composeFiles(snapshot).flatMap((c) => c.services.filter((s) => s.build !== void 0).map((s) => ({ c, s })));
      if (built.length > 0) return [{ outcome: "pass", message: `compose runs the app as ${built.map(({ s }) => s.name).join(", ")}`, evidence: built.slice(0, MAX_EVIDENCE).map(({ c, s }) => fileEv(c.file, s.line)) }];
      const cmd = startCommands(snapshot, config).find((c) => c.origin.startsWith("Dockerfile"));
      if (cmd) return [{ outcome: "pass", message: `one process type, from ${cmd.origin}`, evidence: [fileEv(cmd.file, cmd.line, cmd.text.slice(0, 200))] }];
      if (!mainDockerfile(snapshot, config)) return skip("no Procfile, compose file or Dockerfile declares how the app runs");
      return [{ outcome: "warn", message: "the Dockerfile sets no CMD or ENTRYPOINT and no Procfile declares process types", evidence: [fileEv(mainDockerfile(snapshot, config).file)] }];
    }
  },
  {
    id: "concurrency/no-daemonizing",
    factor: "concurrency",
    kind: "static",
    title: "Processes run in the foreground (no daemonising or pid files)",
    rationale: "Factor VIII: processes never daemonise or write pid files; the process manager (Docker, systemd, the platform) owns restarts, output streams and shutdown. A backgrounded process escapes all three.",
    remediation: 'Run the server in the foreground as PID 1 (or under tini): drop nohup, `&`, --daemon, pm2 start (use pm2-runtime) and pid files; for nginx add `-g "daemon off;"`.',
    run({ snapshot, config }) {
      const cmds = startCommands(snapshot, config);
      const out = [];
      for (const c of cmds) {
        if (DAEMONIZE.test(c.text) && !/daemon\s+off/.test(c.text) && !/&&\s*$/.test(c.text) && !/\bwait\b/.test(c.text)) {
          out.push({ outcome: "fail", message: `${c.origin} backgrounds or daemonises the process`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
        }
      }
      for (const s of signals(snapshot).of("daemonize")) {
        if (/daemon\s+off/.test(s.snippet) || out.some((o) => o.evidence?.some((e) => e.kind === "file" && e.file === s.file && e.line === s.line))) continue;
        out.push({ outcome: "fail", message: `daemonising or pid file configured at ${s.file}:${s.line}`, evidence: [fileEv(s.file, s.line, s.snippet)] });
      }
      if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
      if (cmds.length === 0 && appScripts(snapshot).length === 0) return skip("no start command or script to inspect");
      return [{ outcome: "pass", message: `${cmds.length} start command(s) run in the foreground`, evidence: [...cmds.slice(0, 5).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))), countEv("daemonising commands", 0, "commands", 0)] }];
    }
  },
  {
    id: "concurrency/no-process-supervisor",
    factor: "concurrency",
    kind: "static",
    title: "One process type per container (no in-container supervisor)",
    rationale: "Running supervisord, s6 or a pm2 cluster inside one container hides several processes from the platform: they cannot be scaled separately, and a crash of one is not seen as a crash of the container.",
    remediation: "Give each process type its own container or Procfile entry and let the platform run and scale them; use pm2-runtime without -i, or tini for signal forwarding only.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      const cmds = startCommands(snapshot, config);
      const out = [];
      for (const c of cmds) if (SUPERVISOR.test(c.text)) out.push({ outcome: "warn", message: `${c.origin} starts a process supervisor`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
      if (df) {
        for (const i of df.instructions) if (i.keyword === "RUN" && /\b(?:apt-get|apk|yum|pip3?)\s+(?:install|add)\b[^\n]{0,300}\bsupervisor\b/.test(commandText(i))) out.push({ outcome: "warn", message: "the image installs supervisor", evidence: [fileEv(df.file, i.line, i.args.slice(0, 200))] });
      }
      for (const s of signals(snapshot).of("supervisor")) out.push({ outcome: "warn", message: `process supervisor configured at ${s.file}:${s.line}`, evidence: [fileEv(s.file, s.line, s.snippet)] });
      if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
      if (cmds.length === 0) return skip("no start command to inspect");
      return [{ outcome: "pass", message: "no process supervisor in the start commands", evidence: [...cmds.slice(0, 3).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))), countEv("supervisors", 0, "commands", 0)] }];
    }
  }
];

// src/checks/static/config.ts
var TEMPLATE_ENV = /\.(?:example|sample|template|dist|defaults?|tpl|schema)$|^\.env\.(?:example|sample|template|dist)/;
var SECRET_NAME = /(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_KEY|SIGNING_KEY|ENCRYPTION_KEY|CLIENT_SECRET)/i;
var NOT_SECRET_NAME = /(?:_FILE|_PATH|_DIR|_URL_ENV|_NAME|_ID|_HEADER|_LENGTH|_TTL|_EXPIRY|_TYPE|_ENABLED)$/i;
var PER_ENV_FILE = /(?:^|\/)(?:config\/(?:production|prod|staging|stage|development|dev|qa|uat)\.(?:json|ya?ml|js|ts|cjs|mjs|toml)|settings[_/](?:prod|production|staging|dev|development|local)\.py|application-(?:prod|production|staging|dev|development|qa|uat)\.(?:properties|ya?ml)|appsettings\.(?:Production|Staging|Development)\.json|config\/environments\/(?:production|staging|development)\.(?:rb|js|ts)|\.env\.(?:production|prod|staging|development|dev))$/;
function isEnvFile(path9) {
  const b = baseName(path9);
  return /^\.env(?:\.[\w.-]+)?$/.test(b) && !TEMPLATE_ENV.test(b);
}
var configChecks = [
  {
    id: "config/dotenv-committed",
    factor: "config",
    kind: "static",
    title: "No .env file committed",
    rationale: "Factor III keeps config in the environment, strictly separated from code. A committed .env file ships one environment's config (often secrets) inside the codebase.",
    remediation: "Remove the .env file from the repository (git rm --cached), add it to .gitignore, and commit a .env.example with names and no values.",
    run({ snapshot }) {
      const committed = snapshot.appFiles.filter((f) => isEnvFile(f.path));
      if (committed.length > 0) {
        const parsed = new Map(dotenvFiles(snapshot).map((d) => [d.file, d]));
        return committed.map((f) => {
          const entries = parsed.get(f.path)?.entries ?? [];
          const secretish = entries.filter((e) => SECRET_NAME.test(e.name) && e.value !== "" && !isPlaceholder(e.value));
          return {
            outcome: "fail",
            message: `${f.path} is committed (${entries.length} variable(s)${secretish.length > 0 ? `, ${secretish.length} secret-named with values` : ""})`,
            evidence: [fileEv(f.path, entries[0]?.line ?? 1)],
            ...secretish.length > 0 ? { details: secretish.slice(0, 10).map((e) => `${f.path}:${e.line} ${e.name}=[REDACTED]`) } : {}
          };
        });
      }
      const gitignore = snapshot.read(".gitignore");
      const line = gitignore?.split("\n").findIndex((l) => /^\/?\.env\b/.test(l.trim()));
      return [
        {
          outcome: "pass",
          message: "no .env file is committed",
          evidence: [gitignore !== void 0 && line !== void 0 && line >= 0 ? fileEv(".gitignore", line + 1) : countEv("committed .env files", 0, "files", 0)]
        }
      ];
    }
  },
  {
    id: "config/committed-secrets",
    factor: "config",
    kind: "static",
    title: "No secrets committed to the repository",
    rationale: "Factor III: the codebase could be made open source at any moment without compromising any credentials. Tokens, keys and passwords in files leak with every clone, fork and CI log, and outlive their removal in git history.",
    remediation: "Revoke and rotate each secret found, remove it from the code (and history, e.g. git filter-repo), and read it from an environment variable set by the platform or a secret manager.",
    run({ snapshot }) {
      const hits = secrets(snapshot);
      if (hits.length === 0) {
        return [{ outcome: "pass", message: `no secret matched ${snapshot.appFiles.length} files scanned`, evidence: [countEv("secrets found", 0, "secrets", 0)] }];
      }
      const byRule = /* @__PURE__ */ new Map();
      for (const h of hits) byRule.set(h.rule, (byRule.get(h.rule) ?? 0) + 1);
      return hits.slice(0, 50).map((h) => {
        const inTests = isNonRuntimePath(relativeTo(h.file, snapshot.appPath));
        return {
          outcome: h.severity === "fail" && !inTests ? "fail" : "warn",
          message: `${h.title} (${h.rule}) at ${h.file}:${h.line}${inTests ? " (test, doc or example file)" : ""}`,
          evidence: [{ kind: "file", file: h.file, line: h.line, column: h.column, snippet: h.snippet }]
        };
      });
    }
  },
  {
    id: "config/dockerfile-secrets",
    factor: "config",
    kind: "static",
    title: "No secrets in Dockerfile ENV or ARG",
    rationale: "ENV values are baked into every layer and visible with `docker inspect`; ARG values stay in the image history. A secret there ships with the image to every registry and host it reaches.",
    remediation: "Pass secrets at run time as environment variables, and at build time with BuildKit secrets (`RUN --mount=type=secret,id=npm_token \u2026`), never as ENV or ARG.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const out = [];
      for (const e of df.envs) {
        if (!SECRET_NAME.test(e.name) || NOT_SECRET_NAME.test(e.name)) continue;
        const literal = e.value !== void 0 && e.value.length >= 4 && !/^\$/.test(e.value) && !isPlaceholder(e.value);
        if (e.keyword === "ENV" && literal) out.push({ outcome: "fail", message: `ENV ${e.name} bakes a literal secret into the image`, evidence: [fileEv(df.file, e.line, `ENV ${e.name}=[REDACTED]`)] });
        else if (e.keyword === "ARG" && literal) out.push({ outcome: "fail", message: `ARG ${e.name} has a literal default that stays in the image history`, evidence: [fileEv(df.file, e.line, `ARG ${e.name}=[REDACTED]`)] });
        else if (e.keyword === "ARG") out.push({ outcome: "warn", message: `ARG ${e.name} passes a secret as a build argument; it is recorded in the image history`, evidence: [fileEv(df.file, e.line, `ARG ${e.name}`)] });
        else if (e.keyword === "ENV" && e.value && /^\$/.test(e.value)) out.push({ outcome: "warn", message: `ENV ${e.name} copies a build argument into the image environment`, evidence: [fileEv(df.file, e.line, `ENV ${e.name}=${e.value.slice(0, 40)}`)] });
      }
      if (out.length > 0) return out;
      return [{ outcome: "pass", message: `${df.file} sets no secret-named ENV or ARG`, evidence: [fileEv(df.file), countEv("secret-named ENV/ARG", 0, "instructions", 0)] }];
    }
  },
  {
    id: "config/reads-env",
    factor: "config",
    kind: "static",
    title: "Config is read from the environment",
    rationale: "Factor III stores config in environment variables: language- and OS-agnostic, easy to change between deploys without changing code. Code that never reads the environment has its config baked in.",
    remediation: "Read deploy-specific values (URLs, credentials, ports, feature switches) from the environment: process.env, os.environ, os.Getenv, System.getenv / Spring ${VAR}, ENV[...], getenv(), std::env::var.",
    run({ snapshot }) {
      const idx = signals(snapshot);
      const found = idx.of("env-read");
      if (idx.sourceFiles.size === 0) return skip("no runtime source files in the audited path");
      return passIfFound(
        found,
        (s) => `config is read from the environment (${found.length} place(s), first ${s.file}:${s.line})`,
        () => [{ outcome: "warn", message: `${[...idx.sourceFiles.values()].flat().length} source files and no environment read found`, evidence: [countEv("environment reads", 0, "places", 1)] }]
      );
    }
  },
  {
    id: "config/hardcoded-credentials",
    factor: "config",
    kind: "static",
    title: "No hardcoded passwords in source",
    rationale: "A password written in code is config in the codebase: the same for every deploy, readable by everyone with the repository, and changed only by a new release.",
    remediation: "Read the value from an environment variable (with no default for secrets) and fail at boot when it is missing.",
    run({ snapshot }) {
      const idx = signals(snapshot);
      if (idx.sourceFiles.size === 0 && idx.scannedFiles === 0) return skip("no runtime source or config files in the audited path");
      const found = idx.of("hardcoded-credential");
      if (found.length === 0) return [{ outcome: "pass", message: `no literal password assignments in ${idx.scannedFiles} scanned files`, evidence: [countEv("hardcoded passwords", 0, "places", 0)] }];
      const { evidence, more } = placesOf(found);
      return [{ outcome: "warn", message: `literal password-like values in source: ${found.length} place(s)${more}`, evidence }];
    }
  },
  {
    id: "config/per-environment-files",
    factor: "config",
    kind: "static",
    title: "No per-environment config files",
    rationale: "Factor III warns against grouping config into named environments (config/production.json, settings_prod.py, application-prod.yml): they do not scale as deploys multiply and put deploy config into the codebase.",
    remediation: "Replace per-environment files with one config that reads each value from its own environment variable; keep only defaults that are the same everywhere in the code.",
    run({ snapshot }) {
      const found = snapshot.appFiles.filter((f) => PER_ENV_FILE.test(relativeTo(f.path, snapshot.appPath)) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
      if (found.length === 0) return [{ outcome: "pass", message: "no per-environment config files", evidence: [countEv("per-environment config files", 0, "files", 0)] }];
      return [{ outcome: "warn", message: `config grouped by environment: ${found.map((f) => f.path).slice(0, 5).join(", ")}${found.length > 5 ? " \u2026" : ""}`, evidence: found.slice(0, MAX_EVIDENCE).map((f) => fileEv(f.path)) }];
    }
  },
  {
    id: "config/env-validation",
    factor: "config",
    kind: "static",
    title: "Environment is validated at boot",
    rationale: "When config lives in the environment, a missing or malformed variable should stop the process at boot with a clear message, not surface later as a wrong connection or a crash mid-request.",
    remediation: "Validate env at startup: zod/envalid/env-var (Node), pydantic-settings/environs (Python), envconfig/caarlos0/env (Go), @ConfigurationProperties + @Validated (Spring), ENV.fetch (Ruby), Dotenv required() (PHP), envy (Rust).",
    run({ snapshot }) {
      const idx = signals(snapshot);
      if (idx.of("env-read").length === 0) return skip("the app reads no environment variables (see config/reads-env)");
      const found = idx.of("env-validation");
      const libs = manifests(snapshot).flatMap((m2) => m2.dependencies.filter((d) => /^(envalid|env-var|@t3-oss\/env-\w+|dotenv-safe|convict|znv|pydantic-settings|environs|django-environ|python-decouple|github\.com\/kelseyhightower\/envconfig|github\.com\/caarlos0\/env\S*|envy)$/.test(d.name)).map((d) => ({ m: m2, d })));
      if (found.length > 0) return [{ outcome: "pass", message: `env validated at ${found[0].file}:${found[0].line}`, evidence: placesOf(found).evidence }];
      if (libs.length > 0) return [{ outcome: "pass", message: `env validation library ${libs[0].d.name} is declared`, evidence: libs.slice(0, 3).map(({ m: m2, d }) => fileEv(m2.file, d.line, d.name)) }];
      return [{ outcome: "warn", message: "environment variables are read but not validated at boot", evidence: [countEv("env validation sites", 0, "places", 1)] }];
    }
  }
];

// src/checks/static/dependencies.ts
var noManifest = "no dependency manifest in the audited path";
function lockFinding(snapshot, m2) {
  const name = baseName(m2.file);
  if (m2.workspaceRoot && m2.dependencies.length === 0) return void 0;
  if (m2.tool === "pip" && name === "requirements.txt") {
    const loose = m2.dependencies.filter((d) => floatingSpec(d, "python") !== void 0);
    if (m2.dependencies.length === 0) return void 0;
    return loose.length === 0 ? { outcome: "pass", message: `${m2.file} pins every requirement with ==`, evidence: [fileEv(m2.file, m2.dependencies[0].line)] } : {
      outcome: "fail",
      message: `${m2.file} leaves ${loose.length} of ${m2.dependencies.length} requirements unpinned and nothing locks them (pip-compile, uv, poetry)`,
      evidence: loose.slice(0, MAX_EVIDENCE).map((d) => fileEv(m2.file, d.line, `${d.name}${d.spec ? ` ${d.spec}` : ""}`))
    };
  }
  if (name === "setup.py") return void 0;
  if (m2.tool === "maven" || m2.tool === "gradle" && !m2.selfLocked) {
    const lock2 = lockfileFor(snapshot, m2);
    if (lock2) return { outcome: "pass", message: `${m2.file} is locked by ${lock2}`, evidence: [fileEv(lock2)] };
    const dynamic = m2.dependencies.filter((d) => floatingSpec(d, "jvm") !== void 0);
    if (dynamic.length > 0) {
      return {
        outcome: "fail",
        message: `${m2.file} uses ${dynamic.length} dynamic or range version(s) and no lockfile pins them`,
        evidence: dynamic.slice(0, MAX_EVIDENCE).map((d) => fileEv(m2.file, d.line, `${d.name}:${d.spec}`))
      };
    }
    return m2.dependencies.length === 0 ? void 0 : { outcome: "pass", message: `${m2.file} declares exact versions, which ${m2.tool} resolves the same way every build`, evidence: [fileEv(m2.file, m2.dependencies[0].line)] };
  }
  if (m2.selfLocked) return { outcome: "pass", message: `${m2.file} enables dependencyLocking`, evidence: [fileEv(m2.file)] };
  if (m2.ecosystem === "python" && m2.dependencies.length === 0) return void 0;
  if (m2.ecosystem === "go" && m2.dependencies.length === 0) return { outcome: "pass", message: `${m2.file} requires no modules`, evidence: [fileEv(m2.file, 1)] };
  const lock = lockfileFor(snapshot, m2);
  if (lock) return { outcome: "pass", message: `${m2.file} is locked by ${lock}`, evidence: [fileEv(lock)] };
  return {
    outcome: "fail",
    message: `${m2.file} has no lockfile (expected one of ${m2.lockfiles.join(", ")})`,
    evidence: [fileEv(m2.file, 1)]
  };
}
var CURL_PIPE = /\b(?:curl|wget)\b[^|;&\n]{0,400}\|\s*(?:sudo\s+)?(?:-?\s*)?(?:ba|z|da|k)?sh\b|\b(?:ba)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\bsh\s+<\(\s*(?:curl|wget)/;
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
var dependenciesChecks = [
  {
    id: "dependencies/manifest",
    factor: "dependencies",
    kind: "static",
    title: "Dependencies are declared in a manifest",
    rationale: "Factor II: an app never relies on system-wide packages implicitly; it declares all dependencies in a manifest so a new developer or a build server gets them with one deterministic command.",
    remediation: "Add the manifest your ecosystem uses (package.json, pyproject.toml or requirements.txt, go.mod, Gemfile, Cargo.toml, composer.json, pom.xml or build.gradle) listing every library the code imports.",
    run({ snapshot }) {
      const found = manifests(snapshot);
      const langs = [...signals(snapshot).sourceFiles.entries()];
      if (found.length > 0) return [{ outcome: "pass", message: `declared in ${found.map((m2) => m2.file).slice(0, 5).join(", ")}`, evidence: found.slice(0, MAX_EVIDENCE).map((m2) => fileEv(m2.file)) }];
      if (langs.length === 0) return skip("no source files and no manifest in the audited path");
      const [lang, files] = langs.sort((a, b) => b[1].length - a[1].length)[0];
      return [{ outcome: "fail", message: `${files.length} ${lang} source file(s) but no dependency manifest`, evidence: files.slice(0, 3).map((f) => fileEv(f)) }];
    }
  },
  {
    id: "dependencies/lockfile",
    factor: "dependencies",
    kind: "static",
    title: "Dependencies are locked",
    rationale: "Factor II asks for dependencies declared completely and exactly. A lockfile pins every transitive version, so the build tomorrow installs what was tested today.",
    remediation: "Commit the lockfile your package manager writes (package-lock.json, pnpm-lock.yaml, yarn.lock, poetry.lock, uv.lock, Pipfile.lock, go.sum, Gemfile.lock, Cargo.lock, composer.lock, gradle.lockfile) or compile requirements.txt with exact pins, and install from it.",
    run({ snapshot }) {
      const found = manifests(snapshot);
      if (found.length === 0) return skip(noManifest);
      const out = found.flatMap((m2) => lockFinding(snapshot, m2) ?? []);
      return out.length > 0 ? out : skip("manifests declare no dependencies to lock");
    }
  },
  {
    id: "dependencies/pinned-versions",
    factor: "dependencies",
    kind: "static",
    title: "Dependency versions do not float",
    rationale: "Factor II wants exact declarations. Specs like `*`, `latest`, unbounded `>=`, dynamic Gradle `+`, Maven ranges or git branches resolve to different code over time; without a lockfile every version range does.",
    remediation: "Pin versions (or commit a lockfile for ranges); replace `*`/`latest`/`+` with a version, give `>=` an upper bound, and point git dependencies at a commit or tag.",
    run({ snapshot }) {
      const found = manifests(snapshot);
      if (found.length === 0) return skip(noManifest);
      const out = [];
      let checked = 0;
      for (const m2 of found) {
        const locked = lockfileFor(snapshot, m2) !== void 0 || m2.selfLocked === true;
        const fullyPinnedReqs = m2.tool === "pip";
        for (const d of m2.dependencies) {
          checked++;
          const why = floatingSpec(d, m2.ecosystem);
          if (!why) continue;
          if (why === "range" && (locked || fullyPinnedReqs)) continue;
          if (locked && m2.ecosystem === "python" && why !== "range" && m2.tool !== "pip") continue;
          if (locked && m2.ecosystem === "ruby") continue;
          const severe = !locked || m2.ecosystem === "jvm";
          out.push({
            outcome: severe ? "fail" : "warn",
            message: `${d.name} "${d.spec || "(no version)"}" in ${m2.file}: ${why === "range" ? "a range with no lockfile to pin it" : why}${locked && !severe ? " (the lockfile pins it today; the next lock update jumps)" : ""}`,
            evidence: [fileEv(m2.file, d.line, `${d.name} ${d.spec}`.trim())]
          });
        }
      }
      if (out.length > 0) return out.slice(0, 50);
      if (checked === 0) return skip("manifests declare no dependencies");
      return [{ outcome: "pass", message: `${checked} declared dependencies resolve to exact or locked versions`, evidence: [...found.slice(0, 5).map((m2) => fileEv(m2.file)), countEv("floating dependency specs", 0, "dependencies", 0)] }];
    }
  },
  {
    id: "dependencies/base-image-pinned",
    factor: "dependencies",
    kind: "static",
    title: "Base images are tagged (not latest)",
    rationale: "The base image is a dependency too. `FROM node` or `FROM node:latest` silently changes the OS, runtime and libraries between two builds of the same commit.",
    remediation: "Use a specific tag (`FROM node:22.11-bookworm-slim`) or, better, a tag plus digest (`@sha256:\u2026`) kept current by Dependabot/Renovate.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const out = [];
      for (const s of df.stages) {
        const f = s.from;
        if (f.fromStage || f.image.toLowerCase() === "scratch") continue;
        if (f.unresolved && !f.tag) {
          out.push({ outcome: "warn", message: `FROM ${f.raw} depends on a build argument with no default; the base image is only known at build time`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        } else if (!f.tag && !f.digest) {
          out.push({ outcome: "fail", message: `FROM ${f.image} has no tag, so it means :latest`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        } else if (f.tag === "latest" && !f.digest) {
          out.push({ outcome: "fail", message: `FROM ${f.image} uses :latest`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        } else {
          out.push({ outcome: "pass", message: `FROM ${f.image} is ${f.digest ? "pinned by digest" : `tagged ${f.tag}`}`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        }
      }
      return out.length > 0 ? out : skip("the Dockerfile builds only from scratch or earlier stages");
    }
  },
  {
    id: "dependencies/no-curl-pipe-shell",
    factor: "dependencies",
    kind: "static",
    title: "No `curl | sh` installs",
    rationale: "Piping a downloaded script into a shell installs whatever the server returns that day: an undeclared, unpinned, unverified dependency that no manifest records.",
    remediation: "Install through the package manager with a pinned version, or download a versioned artifact and verify its checksum (`sha256sum -c`) before running it.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      const places = [];
      if (df) {
        for (const i of df.instructions) if (i.keyword === "RUN" && CURL_PIPE.test(commandText(i))) places.push({ file: df.file, line: i.line, text: i.args });
      }
      const scripts = snapshot.appFiles.filter((f) => /\.sh$/.test(f.path) && !/(^|\/)(test|tests|examples?|docs?)\//.test(f.path));
      for (const s of scripts) {
        snapshot.read(s.path)?.split("\n").forEach((l, i) => {
          if (!l.trim().startsWith("#") && CURL_PIPE.test(l)) places.push({ file: s.path, line: i + 1, text: l.trim() });
        });
      }
      if (places.length > 0) {
        return places.slice(0, MAX_EVIDENCE).map((p) => ({ outcome: "fail", message: `a downloaded script is piped into a shell at ${p.file}:${p.line}`, evidence: [fileEv(p.file, p.line, p.text.slice(0, 200))] }));
      }
      if (!df && scripts.length === 0) return skip("no Dockerfile or shell scripts to inspect");
      return [{ outcome: "pass", message: "no download is piped into a shell", evidence: [...df ? [fileEv(df.file)] : [], countEv("curl | sh installs", 0, "occurrences", 0)] }];
    }
  },
  {
    id: "dependencies/reproducible-install",
    factor: "dependencies",
    kind: "static",
    title: "The image installs from the lockfile",
    rationale: "A lockfile only helps when the build honours it. `npm install`, `yarn` without --frozen-lockfile, `composer update` and friends may re-resolve and produce an image that differs from what was tested.",
    remediation: "In the Dockerfile use `npm ci`, `yarn install --frozen-lockfile` (or `--immutable`), `pnpm install --frozen-lockfile`, `pipenv install --deploy`, `uv sync --locked`, `composer install`, `bundle install` with a frozen config, `cargo build --locked`.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
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
            out.push({ outcome: "warn", message: `${r.why} (${df.file}:${i.line})`, evidence: [fileEv(df.file, i.line, part.trim().slice(0, 200))] });
          }
        }
        if (/\b(?:npm\s+ci|yarn\s+install\s+--(?:frozen-lockfile|immutable)|pnpm\s+install\s+--frozen-lockfile|pip\s+install\b|poetry\s+install|uv\s+sync|bundle\s+install|composer\s+install|go\s+mod\s+download|go\s+build|mvn\b|gradle|cargo\s+build)/.test(text)) installs++;
      }
      if (out.length > 0) return out;
      if (installs === 0) return skip(`${df.file} installs no dependencies (nothing to judge)`);
      return [{ outcome: "pass", message: `${df.file} installs dependencies without re-resolving them`, evidence: [fileEv(df.file)] }];
    }
  },
  {
    id: "dependencies/update-automation",
    factor: "dependencies",
    kind: "static",
    title: "Dependency updates are automated",
    rationale: "Exact pins age. Dependabot or Renovate keeps pinned dependencies and base images moving through reviewed pull requests, so pinning does not turn into running old, vulnerable code.",
    remediation: "Add .github/dependabot.yml (one entry per ecosystem plus `docker`) or a renovate.json at the repository root.",
    run({ snapshot, config }) {
      const candidates = [".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json"];
      const found = candidates.find((c) => snapshot.has(c));
      if (found) return [{ outcome: "pass", message: `updates are automated by ${found.includes("dependabot") ? "Dependabot" : "Renovate"}`, evidence: [fileEv(found)] }];
      if (manifests(snapshot).length === 0 && !mainDockerfile(snapshot, config)) return skip(noManifest);
      const pkg = snapshot.read("package.json");
      if (pkg && /"renovate"\s*:/.test(pkg)) return [{ outcome: "pass", message: "Renovate is configured in package.json", evidence: [fileEv("package.json")] }];
      return [{ outcome: "warn", message: "no Dependabot or Renovate configuration at the repository root", evidence: [countEv("update automation configs", 0, "files", 1)] }];
    }
  }
];

// src/checks/static/dev-prod-parity.ts
var DRIVER_KIND = [
  [/^(?:pg|postgres|pg-promise|@prisma\/adapter-pg|psycopg2?(?:-binary)?|psycopg|asyncpg|github\.com\/lib\/pq|github\.com\/jackc\/pgx\S*|org\.postgresql:postgresql|pg_gem|tokio-postgres|diesel_postgres|sqlx-postgres|doctrine\/dbal-postgres)$/i, "postgres"],
  [/^(?:mysql2?|mysqlclient|pymysql|aiomysql|github\.com\/go-sql-driver\/mysql|com\.mysql:mysql-connector-j|mysql:mysql-connector-java|org\.mariadb\.jdbc:mariadb-java-client)$/i, "mysql"],
  [/^(?:redis|ioredis|github\.com\/redis\/go-redis\S*|github\.com\/go-redis\/redis\S*|redis-rb|predis\/predis|org\.springframework\.boot:spring-boot-starter-data-redis|io\.lettuce:lettuce-core)$/i, "redis"],
  [/^(?:mongodb|mongoose|pymongo|motor|go\.mongodb\.org\/mongo-driver|mongoid|mongodb\/mongodb|org\.mongodb:\S+)$/i, "mongodb"],
  [/^(?:amqplib|pika|aio-pika|github\.com\/rabbitmq\/amqp091-go|bunny|php-amqplib\/php-amqplib|lapin)$/i, "rabbitmq"],
  [/^(?:sqlite3|better-sqlite3|sqlite|aiosqlite|github\.com\/mattn\/go-sqlite3|sqlite3_gem|rusqlite|org\.xerial:sqlite-jdbc|com\.h2database:h2)$/i, "sqlite"]
];
var PROD_HINT = /\b(?:production|prod)\b/i;
function indirectGoModule(read, file, line) {
  if (baseName(file) !== "go.mod") return false;
  const text = read(file);
  return text !== void 0 && /\/\/\s*indirect\b/.test(text.split("\n", line)[line - 1] ?? "");
}
var devProdParityChecks = [
  {
    id: "dev-prod-parity/same-backing-services",
    factor: "dev-prod-parity",
    kind: "static",
    title: "Development uses the same kinds of backing service as production",
    rationale: "Factor X: the twelve-factor developer resists lightweight substitutes (SQLite for Postgres, an in-memory cache for Redis). Tiny incompatibilities between them make code that passed in development fail in production.",
    remediation: "Run the production kinds of service locally (compose: postgres, redis, \u2026) and drop SQLite/in-memory substitutes from development settings; make tests use the same engine.",
    run({ snapshot }) {
      const deps = manifests(snapshot).flatMap((m2) => m2.dependencies.map((d) => ({ m: m2, d, kind: DRIVER_KIND.find(([re]) => re.test(d.name))?.[1] })).filter((x) => x.kind));
      const prodKinds = new Set(deps.filter((x) => x.kind !== "sqlite" && !x.d.dev).map((x) => x.kind));
      const sqliteDeps = deps.filter((x) => x.kind === "sqlite" && !indirectGoModule((f) => snapshot.read(f), x.m.file, x.d.line));
      const sqliteSignals = signals(snapshot).of("sqlite");
      const out = [];
      if (prodKinds.size > 0 && (sqliteDeps.length > 0 || sqliteSignals.length > 0)) {
        const ev = [...sqliteDeps.slice(0, 3).map((x) => fileEv(x.m.file, x.d.line, x.d.name)), ...sqliteSignals.slice(0, 5).map((s) => fileEv(s.file, s.line, s.snippet))];
        out.push({ outcome: "fail", message: `SQLite is used next to ${[...prodKinds].join(", ")}: development and production run different databases`, evidence: ev });
      }
      const composes = composeFiles(snapshot);
      const composeKinds = /* @__PURE__ */ new Map();
      for (const c of composes) for (const s of c.services) {
        const k = s.image ? serviceKindOfImage(s.image) : void 0;
        if (k && !composeKinds.has(k)) composeKinds.set(k, { file: c.file, line: s.line });
      }
      if (composes.length > 0) {
        const missing = [...prodKinds].filter((k) => !composeKinds.has(k) && k !== "sqlite");
        if (missing.length > 0) {
          const ev = deps.filter((x) => missing.includes(x.kind)).slice(0, 5).map((x) => fileEv(x.m.file, x.d.line, x.d.name));
          out.push({ outcome: "warn", message: `the app talks to ${missing.join(", ")} but ${composes[0].file} runs no such service`, evidence: [...ev, fileEv(composes[0].file)] });
        }
        if (out.length === 0 && composeKinds.size > 0) {
          return [{ outcome: "pass", message: `compose runs ${[...composeKinds.keys()].join(", ")}, the kinds the app uses`, evidence: [...composeKinds.values()].slice(0, MAX_EVIDENCE).map((p) => fileEv(p.file, p.line)) }];
        }
      }
      if (out.length > 0) return out;
      if (prodKinds.size > 0 && composes.length === 0) return skip(`the app uses ${[...prodKinds].join(", ")} but no compose file describes the development services`);
      return skip("no backing-service drivers or development environment definition found");
    }
  },
  {
    id: "dev-prod-parity/single-dockerfile",
    factor: "dev-prod-parity",
    kind: "static",
    title: "One Dockerfile for every environment",
    rationale: "Separate Dockerfile.dev and Dockerfile.prod build different images for development and production, so what was tested is not what runs. Factor X keeps the gap small.",
    remediation: "Keep one Dockerfile; express development-only differences as a build target of it (`--target dev`) or as runtime config, not a second file.",
    run({ snapshot }) {
      const files = appDockerfiles(snapshot);
      if (files.length === 0) return skip("no Dockerfile in the audited path");
      const perEnv = files.filter((f) => /(?:^|[.-])(?:dev|development|prod|production|staging|local)(?:[.-]|$)/i.test(baseName(f)));
      if (perEnv.length > 0) return [{ outcome: "warn", message: `per-environment Dockerfiles: ${perEnv.join(", ")}`, evidence: perEnv.slice(0, MAX_EVIDENCE).map((f) => fileEv(f)) }];
      const sameDir = /* @__PURE__ */ new Map();
      for (const f of files) sameDir.set(f.slice(0, f.lastIndexOf("/") + 1), [...sameDir.get(f.slice(0, f.lastIndexOf("/") + 1)) ?? [], f]);
      const crowded = [...sameDir.values()].find((l) => l.length > 1 && l.some((f) => PROD_HINT.test(f)));
      if (crowded) return [{ outcome: "warn", message: `several Dockerfiles side by side: ${crowded.join(", ")}`, evidence: crowded.slice(0, MAX_EVIDENCE).map((f) => fileEv(f)) }];
      return [{ outcome: "pass", message: `one Dockerfile (${files[0]})${files.length > 1 ? ` and ${files.length - 1} for other components` : ""}`, evidence: files.slice(0, 3).map((f) => fileEv(f)) }];
    }
  }
];

// src/checks/static/disposability.ts
var SIGNAL_AWARE_SERVER = /\b(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|sidekiq|passenger|php-fpm|nginx|apache2-foreground|httpd-foreground|caddy|java\s+-jar|pm2-runtime|tini|dumb-init|celery)\b/;
var SIGNAL_AWARE_DEPS = /^(?:gunicorn|uvicorn|hypercorn|puma|unicorn|sidekiq|org\.springframework\.boot:spring-boot-starter-web\w*|org\.springframework\.boot:spring-boot-starter-webflux|@godaddy\/terminus|http-terminator|stoppable|actix-web|axum|fastify|@nestjs\/core)$/;
var FORWARDS_SIGNALS = /^\s*(?:exec\s|\/?(?:usr\/)?(?:s?bin\/)?(?:tini|dumb-init)\b)|(?:&&|;)\s*exec\s/;
var disposabilityChecks = [
  {
    id: "disposability/exec-form-cmd",
    factor: "disposability",
    kind: "static",
    title: "CMD/ENTRYPOINT use exec form",
    rationale: "Factor IX asks processes to shut down gracefully on SIGTERM. A shell-form CMD runs the app under /bin/sh -c, which does not forward SIGTERM, so the app is SIGKILLed after the grace period.",
    remediation: 'Write CMD ["node", "server.js"] (JSON array) instead of CMD node server.js, or `exec` the app from a shell form or entrypoint script.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const stage = finalStage(df, config.build.target);
      if (!stage) return skip(`${df.file} has no FROM`);
      const entry = lastInStage(df, stage, "ENTRYPOINT");
      const cmd = lastInStage(df, stage, "CMD");
      const main = entry ?? cmd;
      if (!main) return [{ outcome: "warn", message: `${df.file} sets no CMD or ENTRYPOINT (the base image's command runs)`, evidence: [fileEv(df.file, stage.from.line)] }];
      if (main.exec) {
        const first = main.exec[0] ?? "";
        if (/^(?:\/bin\/)?(?:ba)?sh$/.test(first) && main.exec[1] === "-c" && !FORWARDS_SIGNALS.test(main.exec[2] ?? "")) {
          return [{ outcome: "warn", message: `${main.keyword} is exec form but runs "${first} -c", which does not forward SIGTERM unless the command uses exec`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
        }
        return [{ outcome: "pass", message: `${main.keyword} uses exec form`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
      }
      if (FORWARDS_SIGNALS.test(main.body)) return [{ outcome: "pass", message: `${main.keyword} is shell form but execs the app`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
      return [{ outcome: "fail", message: `${main.keyword} uses shell form; SIGTERM goes to /bin/sh, not the app`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
    }
  },
  {
    id: "disposability/signal-handlers",
    factor: "disposability",
    kind: "static",
    title: "The app handles SIGTERM",
    rationale: "Factor IX: on SIGTERM a web process stops accepting requests, finishes the ones in flight and exits; a worker returns its job to the queue. Without a handler (or a server that installs one) in-flight work is cut off.",
    remediation: 'Handle SIGTERM: process.on("SIGTERM", () => server.close(\u2026)), signal.Notify + srv.Shutdown (Go), signal.signal (Python) or run under gunicorn/uvicorn, server.shutdown=graceful (Spring), trap("TERM") or puma, tokio::signal (Rust).',
    run({ snapshot, config }) {
      const idx = signals(snapshot);
      const handlers = idx.of("signal-handler");
      if (handlers.length > 0) return [{ outcome: "pass", message: `SIGTERM handled at ${handlers[0].file}:${handlers[0].line}`, evidence: placesOf(handlers).evidence }];
      const cmds = startCommands(snapshot, config);
      const server = cmds.find((c) => SIGNAL_AWARE_SERVER.test(c.text));
      if (server) return [{ outcome: "pass", message: `${server.origin} runs a server that shuts down gracefully on SIGTERM`, evidence: [fileEv(server.file, server.line, server.text.slice(0, 200))] }];
      const dep = manifests(snapshot).flatMap((m2) => m2.dependencies.filter((d) => !d.dev && SIGNAL_AWARE_DEPS.test(d.name)).map((d) => ({ m: m2, d })))[0];
      if (dep && cmds.length === 0) return [{ outcome: "pass", message: `${dep.d.name} handles SIGTERM for the app`, evidence: [fileEv(dep.m.file, dep.d.line, dep.d.name)] }];
      if (idx.sourceFiles.size === 0) return skip("no runtime source files in the audited path");
      return [{ outcome: "warn", message: "no SIGTERM handler found; in-flight work is dropped on shutdown (the runtime probe measures it)", evidence: [{ kind: "measurement", name: "signal handlers", value: 0, unit: "places", threshold: 1 }] }];
    }
  },
  {
    id: "disposability/stop-signal",
    factor: "disposability",
    kind: "static",
    title: "The stop signal lets the app shut down",
    rationale: "Docker stops a container with its STOPSIGNAL (SIGTERM by default). SIGKILL as stop signal, or a signal the app does not handle, turns every deploy into a crash.",
    remediation: "Leave STOPSIGNAL unset (SIGTERM) or set the signal your server drains on (SIGQUIT for nginx and php-fpm, SIGWINCH for Apache); never SIGKILL.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const stage = finalStage(df, config.build.target);
      if (!stage) return skip(`${df.file} has no FROM`);
      const stop = lastInStage(df, stage, "STOPSIGNAL");
      if (!stop) return [{ outcome: "pass", message: "no STOPSIGNAL: Docker sends SIGTERM", evidence: [fileEv(df.file, stage.from.line)] }];
      const sig = stop.body.trim().toUpperCase().replace(/^SIG/, "");
      if (sig === "KILL" || sig === "9") return [{ outcome: "fail", message: "STOPSIGNAL SIGKILL gives the app no chance to shut down", evidence: [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)] }];
      if (["TERM", "15", "INT", "2", "QUIT", "3", "WINCH", "28"].includes(sig)) return [{ outcome: "pass", message: `STOPSIGNAL ${stop.body}`, evidence: [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)] }];
      return [{ outcome: "warn", message: `unusual STOPSIGNAL ${stop.body}: make sure the app drains on it`, evidence: [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)] }];
    }
  },
  {
    id: "disposability/healthcheck",
    factor: "disposability",
    kind: "static",
    title: "A health check tells when the app is ready",
    rationale: "Fast startup only helps when the platform can tell the process is ready. A HEALTHCHECK (or compose healthcheck) lets rolling deploys wait for readiness and replace hung processes.",
    remediation: "Add `HEALTHCHECK CMD \u2026` probing a cheap endpoint (or a compose `healthcheck:`), or the platform's readiness probe.",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      const stage = df ? finalStage(df, config.build.target) : void 0;
      const hc = df && stage ? lastInStage(df, stage, "HEALTHCHECK") : void 0;
      if (hc && /^NONE\b/i.test(hc.body)) return [{ outcome: "warn", message: "HEALTHCHECK NONE disables the health check", evidence: [fileEv(df.file, hc.line)] }];
      if (hc) return [{ outcome: "pass", message: "the image declares a HEALTHCHECK", evidence: [fileEv(df.file, hc.line, hc.args.slice(0, 200))] }];
      const compose = composeFiles(snapshot).flatMap((c) => c.services.filter((s) => s.build !== void 0 && s.healthcheck).map((s) => ({ c, s })))[0];
      if (compose) return [{ outcome: "pass", message: `compose service ${compose.s.name} declares a healthcheck`, evidence: [fileEv(compose.c.file, compose.s.line)] }];
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const out = [{ outcome: "warn", message: "no HEALTHCHECK in the image or compose file", evidence: [fileEv(df.file, stage?.from.line)] }];
      return out;
    }
  }
];

// src/checks/static/logs.ts
var LOG_PATH = /(?:\/var\/log\/[\w./-]{1,200}|[\w./-]{1,200}\.log)\b/;
var TO_STDIO = /\/dev\/(?:stdout|stderr)|\/proc\/self\/fd\/[12]/;
var logsChecks = [
  {
    id: "logs/no-file-logging",
    factor: "logs",
    kind: "static",
    title: "Logs are not written to files",
    rationale: "Factor XI: an app never concerns itself with routing or storing its output stream. It writes events unbuffered to stdout; the platform collects them. File transports, handlers and appenders hide logs in a disk that disappears with the container.",
    remediation: 'Replace file transports/handlers/appenders with console/stdout ones: winston Console, logging.StreamHandler(sys.stdout), logback ConsoleAppender, Rails RAILS_LOG_TO_STDOUT, Monolog StreamHandler("php://stdout"), tracing-subscriber fmt to stdout.',
    run({ snapshot }) {
      const idx = signals(snapshot);
      if (idx.sourceFiles.size === 0 && idx.scannedFiles === 0) return skip("no runtime source or config files in the audited path");
      const hits = idx.of("file-logging").filter((s) => !TO_STDIO.test(s.snippet) && !/php:\/\/std(?:out|err)/.test(s.snippet));
      if (hits.length === 0) return [{ outcome: "pass", message: `no file log transport, handler or appender in ${idx.scannedFiles} scanned files`, evidence: [countEv("file log destinations", 0, "places", 0)] }];
      const { evidence, more } = placesOf(hits);
      return [{ outcome: "fail", message: `logs are written to files in ${hits.length} place(s)${more}`, evidence }];
    }
  },
  {
    id: "logs/log-file-paths",
    factor: "logs",
    kind: "static",
    title: "No log file paths in config, image or commands",
    rationale: "Log paths such as /var/log/app.log or --log-file in the image, start commands or config show the app writing an event stream to disk instead of stdout (factor XI).",
    remediation: "Point log options at stdout/stderr (`--access-logfile -`, `ln -sf /dev/stdout /var/log/nginx/access.log`) and remove log directories from the image and volumes.",
    run({ snapshot, config }) {
      const idx = signals(snapshot);
      const hits = idx.of("log-file-path").filter((s) => !TO_STDIO.test(s.snippet));
      const out = [];
      if (hits.length > 0) {
        const { evidence, more } = placesOf(hits);
        out.push({ outcome: "warn", message: `log files configured in ${hits.length} place(s)${more}`, evidence });
      }
      const df = mainDockerfile(snapshot, config);
      for (const i of df?.instructions ?? []) {
        const text = i.keyword === "RUN" || i.keyword === "CMD" || i.keyword === "ENTRYPOINT" ? commandText(i) : i.keyword === "VOLUME" || i.keyword === "ENV" ? i.body : "";
        if (!text || TO_STDIO.test(text)) continue;
        if (i.keyword === "VOLUME" && /\blogs?\b/.test(text) || i.keyword !== "RUN" && LOG_PATH.test(text) || i.keyword === "RUN" && /(?:--log-?file[= ]|>>?\s*\S+\.log\b)/.test(text)) {
          out.push({ outcome: "warn", message: `${i.keyword} at ${df.file}:${i.line} points logs at a file`, evidence: [fileEv(df.file, i.line, i.args.slice(0, 200))] });
        }
      }
      for (const c of composeFiles(snapshot)) for (const s of c.services) {
        if (s.build === void 0) continue;
        for (const v of s.volumes) if (/:\/(?:var\/log|app\/logs?|usr\/src\/app\/logs?)\b/.test(v.text)) out.push({ outcome: "warn", message: `compose service ${s.name} mounts a log directory`, evidence: [fileEv(c.file, v.line, v.text)] });
      }
      if (out.length > 0) return out.slice(0, 20);
      if (!df && idx.scannedFiles === 0) return skip("nothing to inspect");
      return [{ outcome: "pass", message: "no log file paths configured", evidence: [countEv("log file paths", 0, "places", 0)] }];
    }
  }
];

// src/checks/static/port-binding.ts
var PORT_IN_CMD = /\$\{?PORT\b/;
var LITERAL_PORT_IN_CMD = /(?:--port[= ]|-p\s+|--bind[= ](?:[\w.]+)?:|-b\s+(?:[\w.]+)?:|\b0\.0\.0\.0:|--listen[= ](?:[\w.]+)?:|runserver\s+(?:[\w.]+:)?)(\d{2,5})\b/;
var portBindingChecks = [
  {
    id: "port-binding/port-from-env",
    factor: "port-binding",
    kind: "static",
    title: "The listening port comes from $PORT",
    rationale: "Factor VII: the app is self-contained and exports its service by binding to a port given by the environment. The platform picks the port; an app that ignores $PORT cannot be routed to.",
    remediation: 'Listen on the value of PORT (process.env.PORT, os.environ["PORT"], os.Getenv("PORT"), server.port=${PORT:8080}, ENV.fetch("PORT"), \u2026), or pass $PORT to the server in the start command.',
    run({ snapshot, config }) {
      if (config.run.web === false) return skip("configured as a worker (run.web: false): no port to bind");
      const idx = signals(snapshot);
      const settingsFiles = new Set(idx.of("env-read").filter((s) => s.lang === "py" && /\bBaseSettings\b/.test(s.snippet)).map((s) => s.file));
      const fromEnv = idx.of("port-from-env").filter((s) => s.lang !== "py" || !/^(?:PORT|port)\s*:/.test(s.snippet) || settingsFiles.has(s.file));
      const cmds = startCommands(snapshot, config).filter((c) => PORT_IN_CMD.test(c.text));
      if (fromEnv.length > 0 || cmds.length > 0) {
        const ev = [...placesOf(fromEnv).evidence, ...cmds.slice(0, 3).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200)))].slice(0, 10);
        return [{ outcome: "pass", message: `PORT is read from the environment (${fromEnv.length + cmds.length} place(s))`, evidence: ev }];
      }
      const hard = idx.of("hardcoded-port");
      const overlay = hard.length > 0 && hard.every((s) => s.lang === "config") ? envOverlay(idx, snapshot) : void 0;
      if (overlay === "viper AutomaticEnv") return [{ outcome: "warn", message: `the port is set in a config file, which ${overlay} lets the environment override; PORT is not read by name`, evidence: placesOf(hard).evidence }];
      if (hard.length > 0) return [{ outcome: "fail", message: "the port is hardcoded and PORT is never read", evidence: placesOf(hard).evidence }];
      if (idx.sourceFiles.size === 0 && !mainDockerfile(snapshot, config)) return skip("no source or Dockerfile to read the port from");
      return [{ outcome: "warn", message: "no place reads PORT from the environment (a worker? set run.web: false)", evidence: [countEv("PORT reads", 0, "places", 1)] }];
    }
  },
  {
    id: "port-binding/hardcoded-port",
    factor: "port-binding",
    kind: "static",
    title: "No hardcoded listening port",
    rationale: "A literal `listen(3000)` or `--port 8000` binds the same port in every deploy, so the platform cannot assign one and two processes on a host collide.",
    remediation: "Replace the literal with the PORT variable (a default for local runs is fine when PORT wins: `process.env.PORT ?? 3000`).",
    run({ snapshot, config }) {
      if (config.run.web === false) return skip("configured as a worker (run.web: false): no port to bind");
      const idx = signals(snapshot);
      const hard = idx.of("hardcoded-port");
      const cmds = startCommands(snapshot, config).filter((c) => LITERAL_PORT_IN_CMD.test(c.text) && !PORT_IN_CMD.test(c.text));
      const pf = procfile(snapshot);
      const out = [];
      if (hard.length > 0) {
        const { evidence, more } = placesOf(hard);
        out.push({ outcome: "fail", message: `port hardcoded in ${hard.length} place(s)${more}`, evidence });
      }
      for (const c of cmds.slice(0, 5)) out.push({ outcome: "fail", message: `${c.origin} binds a literal port`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
      if (out.length > 0) return out;
      if (idx.scannedFiles === 0 && !pf && composeFiles(snapshot).length === 0 && !mainDockerfile(snapshot, config)) return skip("nothing to inspect");
      return [{ outcome: "pass", message: "no hardcoded listening port", evidence: [countEv("hardcoded listen ports", 0, "places", 0)] }];
    }
  }
];

// src/checks/static/processes.ts
function stateCheck(kind, none, found, outcome) {
  return ({ snapshot }) => {
    const idx = signals(snapshot);
    if (idx.sourceFiles.size === 0) return skip("no runtime source files in the audited path");
    const hits = idx.of(kind);
    if (hits.length === 0) return [{ outcome: "pass", message: none, evidence: [countEv(`${kind} sites`, 0, "places", 0)] }];
    const { evidence, more } = placesOf(hits);
    return [{ outcome, message: `${found(hits.length)}${more}`, evidence }];
  };
}
var processesChecks = [
  {
    id: "processes/local-database",
    factor: "processes",
    kind: "static",
    title: "No local database files (SQLite)",
    rationale: "Factor VI: processes are stateless and share nothing. A SQLite or H2 file on the container disk is lost on every deploy and restart and cannot be shared by a second process.",
    remediation: "Keep persistent data in a backing service (Postgres, MySQL \u2026) addressed by DATABASE_URL; keep SQLite for tests or in-memory use only.",
    run(ctx) {
      const { snapshot } = ctx;
      const committed = snapshot.appFiles.filter((f) => /\.(?:sqlite3?|db)$/.test(f.path) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
      const idx = signals(snapshot);
      const hits = idx.of("sqlite");
      const inCode = hits.filter((s) => s.lang !== "config");
      const inConfig = hits.filter((s) => s.lang === "config");
      const out = [];
      if (inCode.length > 0) out.push({ outcome: "fail", message: `a local file database is used in ${inCode.length} place(s)${placesOf(inCode).more}`, evidence: placesOf(inCode).evidence });
      if (inConfig.length > 0) out.push({ outcome: "warn", message: `a local file database is configured in ${inConfig.length} place(s) (perhaps for one environment only)${placesOf(inConfig).more}`, evidence: placesOf(inConfig).evidence });
      if (committed.length > 0) out.push({ outcome: "fail", message: `database files committed: ${committed.map((f) => f.path).slice(0, 5).join(", ")}`, evidence: committed.slice(0, 5).map((f) => fileEv(f.path)) });
      if (out.length > 0) return out;
      if (idx.sourceFiles.size === 0) return skip("no runtime source files in the audited path");
      return [{ outcome: "pass", message: "no SQLite or file database in the source", evidence: [countEv("sqlite sites", 0, "places", 0)] }];
    }
  },
  {
    id: "processes/local-uploads",
    factor: "processes",
    kind: "static",
    title: "Uploads are not kept on local disk",
    rationale: "Factor VI: a file written to local disk is only on that one process. The next request may land on another process, and the next deploy starts with an empty disk.",
    remediation: "Stream uploads to object storage (S3, GCS, Azure Blob) or a database, and keep only a scratch copy in a temp dir while processing.",
    run: stateCheck("upload-dir", "no uploads written to local directories", (n) => `uploads are written to local disk in ${n} place(s)`, "warn")
  },
  {
    id: "processes/memory-sessions",
    factor: "processes",
    kind: "static",
    title: "Sessions are not kept in process memory or local files",
    rationale: "Factor VI rules out sticky sessions: session state belongs in a datastore with expiry (Redis, Memcached, a database) or in signed cookies, so any process can serve any request.",
    remediation: "Configure a shared session store (connect-redis, django-redis, Rails cookie or cache store with Redis, a Redis save_handler for PHP) or use signed cookie sessions.",
    run(ctx) {
      const idx = signals(ctx.snapshot);
      if (idx.sourceFiles.size === 0) return skip("no runtime source files in the audited path");
      const hits = [...idx.of("memory-session")];
      hits.push(...idx.sessionsWithoutStore);
      if (hits.length === 0) return [{ outcome: "pass", message: "no in-memory or file session store found", evidence: [countEv("memory session stores", 0, "places", 0)] }];
      const { evidence, more } = placesOf(hits);
      return [{ outcome: "warn", message: `sessions kept in process memory or local files in ${hits.length} place(s)${more}`, evidence }];
    }
  },
  {
    id: "processes/dockerfile-volume",
    factor: "processes",
    kind: "static",
    title: "The image declares no VOLUME for app state",
    rationale: "A VOLUME in the image says the process expects data to survive on the host. Twelve-factor processes keep nothing they need after exit on local disk.",
    remediation: "Drop the VOLUME and move the data to a backing service; if the path is scratch space, leave it unmounted (or use tmpfs at run time).",
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const stage = finalStage(df, config.build.target);
      const vols = (stage?.instructions ?? []).filter((i) => i.keyword === "VOLUME");
      const compose = composeFiles(snapshot).flatMap((c) => c.services.filter((s) => s.build !== void 0).flatMap((s) => s.volumes.filter((v) => /^[\w.-]+:\/(?!tmp)/.test(v.text) && !v.text.startsWith("./")).map((v) => ({ c, v }))));
      const out = vols.map((v) => ({ outcome: "warn", message: `VOLUME ${v.body} keeps state on the host`, evidence: [fileEv(df.file, v.line, `VOLUME ${v.body}`)] }));
      for (const { c, v } of compose.slice(0, 5)) out.push({ outcome: "warn", message: `the app's compose service mounts a named volume (${v.text})`, evidence: [fileEv(c.file, v.line)] });
      if (out.length > 0) return out;
      return [{ outcome: "pass", message: `${df.file} declares no VOLUME`, evidence: [fileEv(df.file), countEv("VOLUME instructions", 0, "instructions", 0)] }];
    }
  }
];

// src/checks/static/index.ts
var STATIC_CHECKS = [
  ...codebaseChecks,
  ...dependenciesChecks,
  ...configChecks,
  ...backingServicesChecks,
  ...buildReleaseRunChecks,
  ...processesChecks,
  ...portBindingChecks,
  ...concurrencyChecks,
  ...disposabilityChecks,
  ...devProdParityChecks,
  ...logsChecks,
  ...adminProcessesChecks
];

// src/checks/index.ts
var ALL_CHECKS = [...STATIC_CHECKS, ...RUNTIME_CHECKS];
var CATALOGUE = ALL_CHECKS.map(({ id, factor, kind, title, rationale, remediation }) => ({
  id,
  factor,
  kind,
  title,
  rationale,
  remediation
})).sort((a, b) => (factorBySlug(a.factor)?.number ?? 0) - (factorBySlug(b.factor)?.number ?? 0) || a.id.localeCompare(b.id));
var byId = new Map(CATALOGUE.map((e) => [e.id, e]));
function catalogueEntry(id) {
  return byId.get(id);
}

// src/judge/lead-finding.ts
var RANK = { fail: 0, error: 1, warn: 2, pass: 3, skip: 4 };
function leadFinding(findings) {
  const weight = (f) => RANK[f.outcome] * 4 + (catalogueEntry(f.check)?.kind === "runtime" ? 0 : 2) + (f.evidence.some((e) => e.kind === "measurement") ? 0 : 1);
  let best;
  for (const f of findings) if (best === void 0 || weight(f) < weight(best)) best = f;
  return best;
}

// src/render/escape.ts
var ZWJ = "\u200D";
var CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function wellFormed(text) {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
}
function stripControls(text) {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_RE, "\uFFFD");
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
  let body = truncateText(stripControls(text).replace(/[\n\t]+/g, " "), opts.max ?? 200);
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  if (body.length === 0) return "` `";
  const fence = "`".repeat(longestRun(body, "`") + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, lang = "") {
  const body = stripControls(text).replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  return `${fence}${lang}
${body}
${fence}`;
}

// src/render/mermaid.ts
function renderLifecycle(runtime) {
  const lines = ["flowchart LR"];
  const node = (id, label, cls) => `  ${id}["${label}"]:::${cls}`;
  const { boot, shutdown } = runtime;
  lines.push(node("build", `build<br/>image ${safe(shortId(runtime.imageId))}`, "ok"));
  lines.push(node("boot", `boot<br/>PORT=${boot.port ?? "none"}`, "ok"));
  lines.push("  build --> boot");
  let last = "boot";
  switch (boot.outcome) {
    case "ready":
      lines.push(node("ready", `ready<br/>${boot.httpStatus ? `HTTP ${boot.httpStatus}` : "TCP accept"}`, "ok"));
      lines.push(`  boot -->|${ms(boot.readyMs)}| ready`);
      last = "ready";
      break;
    case "timeout":
      lines.push(node("ready", `not ready<br/>timeout ${ms(boot.timeoutMs)}`, "bad"));
      lines.push(`  boot -->|${ms(boot.timeoutMs)}| ready`);
      last = "ready";
      break;
    case "exited":
      lines.push(node("ready", `exited before ready<br/>code ${boot.exitCode ?? "?"}`, "bad"));
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
  const exitCls = shutdown.classification === "graceful" ? "ok" : shutdown.classification === "signal-default" ? "warn" : "bad";
  const exitLabel = shutdown.killed ? `SIGKILL<br/>after grace ${ms(shutdown.graceMs)}` : shutdown.classification === "not-running" ? "already exited" : `exit ${shutdown.exitCode ?? "?"}<br/>${safe(shutdown.classification)}`;
  lines.push(node("exit", exitLabel, exitCls));
  lines.push(`  stop -->|${ms(shutdown.elapsedMs)}| exit`);
  return finish(lines);
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
  const base = report2.repository.path === "." ? "" : `${report2.repository.path.replace(/\/+$/, "")}/`;
  const fallback = opts.fallbackFile ?? `${base}Dockerfile`;
  const rules = CATALOGUE.map((e) => ({
    id: e.id,
    name: e.id.replace(/[/-](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: e.title },
    fullDescription: { text: e.rationale },
    help: { text: e.remediation, markdown: `${e.rationale}

**Fix:** ${e.remediation}` },
    helpUri: `${DOCS_URL}#${anchorFor(e.id)}`,
    defaultConfiguration: { level: "error" },
    properties: { tags: ["12-factor", `factor-${factorBySlug(e.factor)?.id ?? e.factor}`, e.kind] }
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const rank = { fail: 0, error: 1, warn: 2 };
  const findings = report2.factors.flatMap((f) => f.findings).filter((f) => f.outcome in rank).sort((a, b) => rank[a.outcome] - rank[b.outcome]);
  const results = findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
    const file = f.evidence.find((e) => e.kind === "file" && repoRelative(e.file));
    const measurement = f.evidence.find((e) => e.kind === "measurement");
    const text = measurement ? `${f.message} (${measurement.name}: ${measurement.value} ${measurement.unit}${measurement.threshold !== void 0 ? `, limit ${measurement.threshold}` : ""})` : f.message;
    return {
      ruleId: f.check,
      ...ruleIndex.has(f.check) ? { ruleIndex: ruleIndex.get(f.check) } : {},
      level: f.outcome === "warn" ? "warning" : "error",
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
  return `${JSON.stringify(sarif, null, 2)}
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
  skip: "\u23ED\uFE0F",
  "not-verified": "\u2754"
};
var VERDICT_WORD = {
  pass: "pass",
  warn: "warn",
  fail: "fail",
  error: "error",
  skip: "skipped",
  "not-verified": "not verified"
};
var RANK2 = { fail: 0, error: 1, warn: 2, pass: 3, skip: 4 };
var VERDICT_RANK = { fail: 0, error: 1, warn: 2, "not-verified": 3, pass: 4, skip: 5 };
var MAX_CLAIMS = 20;
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
  head.push(renderTable(report2));
  const apps = renderApps(report2);
  if (apps) head.push(apps);
  if (report2.runtime) head.push("### Container lifecycle", codeBlock(renderLifecycle(report2.runtime), "mermaid"));
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
  const diagnostics = renderDiagnostics(report2);
  if (diagnostics) blocks.push({ order: 100, rank: 6, text: diagnostics });
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
function headline(report2) {
  const count = (v) => report2.factors.filter((f) => f.verdict === v).length;
  const parts = [];
  parts.push(`${count("pass")} passing`);
  if (count("warn")) parts.push(`${count("warn")} warning${count("warn") === 1 ? "" : "s"}`);
  if (count("fail")) parts.push(`${count("fail")} failing`);
  if (count("error")) parts.push(`${count("error")} could not be checked`);
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
  return line;
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
function encodeUrlPath(path9) {
  return path9.split("/").map((s) => encodeURIComponent(wellFormed(s)).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function fileLink(links, file, line, endLine) {
  const label = inlineCode(line ? `${file}:${line}` : file, { max: 120 });
  if (!links.blob) return label;
  const anchor = line ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ""}` : "";
  return `[${label}](${links.blob}/${encodeUrlPath(file)}${anchor})`;
}
function renderClaims(report2, links) {
  const contradicted = contradictedClaims(report2);
  if (contradicted.length === 0) return void 0;
  const lines = ["### \u2757 README claims contradicted by the evidence", ""];
  for (const claim of contradicted.slice(0, MAX_CLAIMS)) lines.push(...renderClaim(claim, links));
  if (contradicted.length > MAX_CLAIMS) lines.push(`- \u2026 and ${contradicted.length - MAX_CLAIMS} more in the full report`);
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
    const m2 = /^:(\d{1,9}) claims /.exec(reason.slice(file.length));
    if (m2) return `${fileLink(links, file, Number(m2[1]))} claims ${inlineText(reason.slice(file.length + m2[0].length), 300)}`;
  }
  const at = fileLink(links, file, line ?? claim.source.line);
  return `${at} \u201C${inlineText(text, 160)}\u201D: ${inlineText(reason, 300)}`;
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
  const lead = leadFinding(factor.findings);
  if (!lead) return factor.verdict === "skip" ? "all checks ignored by config" : "no check applied";
  const measurement = lead.evidence.find((e) => e.kind === "measurement");
  let text = inlineText(lead.message, 140);
  if (measurement) text += ` (${measurementText(measurement, 60)})`;
  const others = factor.findings.length - 1;
  if (others > 0) text += ` \xB7 +${others} more`;
  return text;
}
function measurementText(m2, max = 80) {
  const value = `${formatNumber(m2.value)} ${m2.unit}`;
  const threshold = m2.threshold !== void 0 ? `, threshold ${formatNumber(m2.threshold)} ${m2.unit}` : "";
  return inlineText(`${m2.name}: ${value}${threshold}`, max);
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
  const entry = (icon, e) => `- ${icon} ${inlineCode(e.check, { max: 80 })}: ${e.from} \u2192 ${e.to}: ${inlineText(e.message, 200)}`;
  for (const r of b.regressions.slice(0, MAX_BASELINE_ENTRIES)) lines.push(entry("\u{1F53B} regression", r));
  if (b.regressions.length > MAX_BASELINE_ENTRIES) lines.push(`- \u2026 and ${b.regressions.length - MAX_BASELINE_ENTRIES} more regressions`);
  for (const f of b.fixes.slice(0, MAX_BASELINE_ENTRIES)) lines.push(entry("\u{1F53A} fixed", f));
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
  const evaluated = factor.findings.filter((f) => f.outcome !== "skip").sort((a, b) => RANK2[a.outcome] - RANK2[b.outcome]);
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
    parts.push(`Not applicable here:

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
function renderDiagnostics(report2) {
  const parts = [];
  if (report2.diagnostics.length > 0) {
    const list = report2.diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => {
      const where2 = d.file ? `${inlineCode(d.line ? `${d.file}:${d.line}` : d.file, { max: 120 })}: ` : "";
      return `- ${d.severity}: ${where2}${inlineText(d.message, 300)}`;
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
  const where2 = artifactHint ? `the full report artifact (${artifactLink(artifactHint)})` : "the full report artifact";
  const what = [
    sections > 0 ? `${sections} detail section${sections === 1 ? "" : "s"}` : "",
    findings > 0 ? `${findings} finding${findings === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  return `> [!NOTE]
> Truncated to stay under GitHub's 65,536-character limit: ${what.join(" and ") || "some detail"} left out. See ${where2}.`;
}

// src/pipeline/commands.ts
import path8 from "node:path";

// src/config/load.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

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
function nearest(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
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
    const file = path2.resolve(dir, explicit);
    if (!existsSync3(file)) throw new ConfigError([{ file: explicit, line: 1, column: 1, message: "config file not found" }]);
    return { config: parseConfig(readFileSync2(file, "utf8"), explicit), file };
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = path2.join(dir, name);
    if (existsSync3(file)) return { config: parseConfig(readFileSync2(file, "utf8"), name), file };
  }
  return { config: ConfigSchema.parse({}) };
}
function parseConfig(text, file = ".twelve-factor.yml") {
  if (text.length > MAX_CONFIG_BYTES) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `config is ${text.length} bytes; the limit is ${MAX_CONFIG_BYTES}` }]);
  }
  const lineCounter = new import_yaml3.LineCounter();
  let doc;
  let errors;
  try {
    doc = (0, import_yaml3.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
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
  const where2 = keyPath.length > 0 ? keyPath.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    const parent = keyPath.length > 0 ? doc.getIn(keyPath, true) : doc.contents;
    const allowed = allowedKeysAt(keyPath);
    const key = issue.keys[0] ?? "";
    const keyNode = (0, import_yaml3.isMap)(parent) ? parent.items.find((it) => (0, import_yaml3.isScalar)(it.key) && it.key.value === key)?.key : void 0;
    const pos2 = position(keyNode, lc) ?? position(parent, lc);
    const suggestion = nearest(key, allowed);
    const scope = keyPath.length > 0 ? ` in "${where2}"` : "";
    const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed.length ? `; expected one of: ${allowed.join(", ")}` : "";
    return { file, ...pos2 ?? { line: 1, column: 1 }, message: `unknown key "${key}"${scope}${hint}` };
  }
  const node = doc.getIn(keyPath, true);
  const pos = position(node, lc) ?? position(doc.getIn(keyPath.slice(0, -1), true), lc);
  const missing = /expected (\w+), received undefined/.exec(issue.message);
  const message = missing ? `required key is missing (expected ${missing[1]})` : issue.message.replace(/^Invalid input: /, "");
  return { file, ...pos ?? { line: 1, column: 1 }, message: `${where2}: ${message}` };
}
function firstNonScalarKey(doc) {
  let found;
  (0, import_yaml3.visit)(doc, {
    Pair(_, pair) {
      if (pair.key !== null && pair.key !== void 0 && !(0, import_yaml3.isScalar)(pair.key)) {
        found = pair.key;
        return import_yaml3.visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
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
  const found = [];
  (0, import_yaml3.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const item of map.items) {
        if (!(0, import_yaml3.isScalar)(item.key)) continue;
        if (seen.has(item.key.value)) found.push({ offset: item.key.range?.[0] ?? 0, message: "Map keys must be unique" });
        seen.add(item.key.value);
      }
    }
  });
  return found;
}
function firstLine(s) {
  return s.split("\n")[0] ?? s;
}

// src/pipeline/audit.ts
import path3 from "node:path";

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
function isMarkdown(path9) {
  return /\.(?:md|markdown|mdown|mkd|mdx)$/i.test(path9);
}
function classify(path9) {
  if (SKIP_DIR.test(path9)) return void 0;
  const name = basename(path9);
  const textual = TEXT_EXT.test(name) || !name.includes(".");
  if (!textual) return void 0;
  if (README.test(stem(name))) return "readme";
  if (NAMED2.test(name)) return "named";
  if (/(?:^|\/)docs?\//i.test(path9) && TEXT_EXT.test(name)) return "docs";
  return void 0;
}
function claimDocuments(files, appPath = ".") {
  const base = appPath === "." || appPath === "" ? "" : `${appPath.replace(/\/+$/, "")}/`;
  const ranked = [];
  for (const f of files) {
    if (base && !f.path.startsWith(base)) continue;
    const rel = f.path.slice(base.length);
    const role = classify(rel);
    if (!role) continue;
    const depth = rel.split("/").length;
    const rank = role === "readme" ? depth === 1 ? 0 : 3 : role === "named" ? 1 : 2;
    ranked.push({ doc: { path: f.path, role, markdown: isMarkdown(f.path) }, rank, depth });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.depth - b.depth || a.doc.path.localeCompare(b.doc.path));
  return ranked.slice(0, MAX_DOCUMENTS).map((r) => r.doc);
}
function isNamedForMethodology(path9) {
  return NAMED2.test(basename(path9));
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
  let m2 = re.exec(text);
  while (m2 && out.length < limit) {
    out.push({ w: m2[0].toLowerCase(), start: m2.index, end: m2.index + m2[0].length });
    m2 = re.exec(text);
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
var MAX_LINES2 = 5e4;
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
  const raws = text.split(/\r\n|\r|\n/, MAX_LINES2);
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
  const m2 = STATUS_FIELD.exec(line);
  if (!m2) return void 0;
  const rest = m2[1] ?? "";
  return markStatus(rest) ?? wordStatus(rest, "field");
}
function inlineStatus(text) {
  const mark = markStatus(text);
  if (mark) return mark;
  const segments = [];
  for (const re of [/\[([^\]\n]{1,60})\]/g, /\(([^)\n]{1,60})\)/g, /\*\*([^*\n]{1,60})\*\*/g, /\b([A-Z][A-Z -]{2,40}[A-Z])\b/g]) {
    for (const m2 of text.matchAll(re)) segments.push(m2[1]);
  }
  const dash = /\s[-–—|]\s+([^-–—|]{1,40})$/.exec(text);
  if (dash) segments.push(dash[1]);
  for (const s of segments) {
    const st = wordStatus(s, "inline");
    if (st) return st;
  }
  return void 0;
}

// src/evidence/repo/claims/topics.ts
var TOPICS = [
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
    ],
    checks: ["disposability/sigterm-shutdown", "disposability/exec-form-cmd", "disposability/signal-handlers", "disposability/stop-signal"]
  },
  {
    id: "fast-startup",
    label: "fast startup",
    patterns: [
      /\bfast[\s-]+(?:start[\s-]?up|boot|starts?)\b/i,
      /\bstarts?[\s-]+(?:up[\s-]+)?(?:quickly|fast|in[\s-]+(?:under[\s-]+)?\d)/i,
      /\bquick[\s-]+(?:start[\s-]?up|boot)\b/i,
      /\bstart[\s-]?up[\s-]+time\b/i
    ],
    checks: ["disposability/startup-time"]
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
    ],
    checks: ["logs/stdout-output", "logs/no-log-files", "logs/no-file-logging", "logs/log-file-paths"]
  },
  {
    id: "binds-port",
    label: "binds a configurable PORT",
    patterns: [
      /\bPORT\b/,
      /\bport[\s-]+binding\b/i,
      /\bbinds?[\s-]+(?:to[\s-]+)?(?:a[\s-]+|the[\s-]+|its[\s-]+own[\s-]+)?(?:configurable[\s-]+|given[\s-]+)?port\b/i,
      /\blisten(?:s|ing)?[\s-]+on\b/i,
      /\bself[\s-]+contained\b/i,
      /\bembedded[\s-]+(?:web[\s-]+|http[\s-]+)?server\b/i,
      /\bexports?[\s-]+(?:http|services?)\b/i,
      /\bport[\s-]+(?:from|via|in)[\s-]+(?:the[\s-]+)?env/i,
      /\bconfigurable[\s-]+port\b/i
    ],
    checks: ["port-binding/binds-port", "config/honours-env", "port-binding/port-from-env", "port-binding/hardcoded-port"]
  },
  {
    id: "multi-stage-dockerfile",
    label: "multi-stage Dockerfile",
    patterns: [/\bmulti[\s-]?stage\b/i],
    checks: ["build-release-run/multi-stage"]
  },
  {
    id: "container-build",
    label: "a container image built from a Dockerfile",
    patterns: [/\bdocker(?:file|[\s-]+images?|i[sz]ed)?\b(?![\s-]*compose)/i, /\bcontaineri[sz](?:ed|ation)\b/i, /\bcontainer[\s-]+images?\b/i, /\bbuildpacks?\b/i],
    checks: ["build-release-run/build-definition", "build-release-run/dockerignore"]
  },
  {
    id: "separate-stages",
    label: "separate build, release and run stages",
    patterns: [
      /\bci\s*\/\s*cd\b/i,
      /\bpipelines?\b/i,
      /\bimmutable[\s-]+(?:releases?|images?|artifacts?|builds?)\b/i,
      /\bseparate[ds]?[\s-]+(?:build|stages)\b/i,
      /\brelease[\s-]+(?:stage|step|ids?|tags?)\b/i,
      /\bbuild[\s-]+once\b/i
    ],
    checks: ["build-release-run/released-image", "build-release-run/no-build-at-start"]
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
      /\bpinned\b/i,
      /\bpin(?:s|ning)?[\s-]+(?:exact[\s-]+)?(?:versions?|dependencies)\b/i,
      /\bexact[\s-]+versions?\b/i,
      /\bnpm[\s-]+ci\b/i,
      /\blocked[\s-]+(?:versions?|dependencies)\b/i
    ],
    checks: ["dependencies/lockfile", "dependencies/pinned-versions", "dependencies/reproducible-install", "dependencies/base-image-pinned"]
  },
  {
    id: "dependency-manifest",
    label: "dependencies declared in a manifest",
    patterns: [
      /\bpackage\.json\b/i,
      /\brequirements(?:\.txt|\.in)\b/i,
      /\bpyproject\.toml\b/i,
      /\bgo\.mod\b/i,
      /\bgemfile\b/i,
      /\bpom\.xml\b/i,
      /\bbuild\.gradle(?:\.kts)?\b/i,
      /\bcargo\.toml\b/i,
      /\bcomposer\.json\b/i,
      /\b(?:maven|gradle|pip|poetry|bundler|go[\s-]+modules)\b/i,
      /\bnpm\b(?![\s-]+run)/i,
      /\bexplicitly[\s-]+declared\b/i
    ],
    checks: ["dependencies/manifest"]
  },
  {
    id: "update-automation",
    label: "Dependabot/Renovate",
    patterns: [/\bdependabot\b/i, /\brenovate(?:bot)?\b/i],
    checks: ["dependencies/update-automation"]
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
      /\bexternali[sz]ed[\s-]+(?:state|storage|sessions?)\b/i
    ],
    checks: ["processes/no-local-writes", "processes/local-database", "processes/local-uploads", "processes/memory-sessions", "processes/dockerfile-volume"]
  },
  {
    id: "config-from-env",
    label: "configuration via environment variables / .env",
    patterns: [
      /\benv(?:ironment)?[\s-]+var(?:iable)?s?\b/i,
      /(?:^|[\s(`'"])\.env\b/i,
      /\bprocess\.env\b/i,
      /\bos\.(?:environ|getenv)\b/i,
      /\bgetenv\b/i,
      /\bdotenv\b/i,
      /\bconfig(?:uration)?[\s-]+(?:is[\s-]+)?(?:read[\s-]+|loaded[\s-]+|stored[\s-]+)?(?:from|in|via|through)[\s-]+(?:the[\s-]+)?env/i
    ],
    checks: ["config/honours-env", "config/reads-env", "config/dotenv-committed", "config/per-environment-files"]
  },
  {
    id: "no-committed-secrets",
    label: "no secrets in the code",
    patterns: [
      /\bno[\s-]+(?:hard[\s-]?coded[\s-]+)?(?:secrets|credentials|passwords|api[\s-]+keys)\b/i,
      /\bsecrets?[\s-]+(?:are[\s-]+)?(?:never|not)[\s-]+(?:committed|stored|checked|in)\b/i,
      /\bexternali[sz]ed[\s-]+(?:config(?:uration)?|secrets)\b/i,
      /\bsecrets?[\s-]+manag/i
    ],
    checks: ["config/committed-secrets", "config/hardcoded-credentials", "config/dockerfile-secrets", "config/dotenv-committed"]
  },
  {
    id: "env-validation",
    label: "validated configuration",
    patterns: [
      /\bvalidat(?:e|es|ed|ion|ing)\b[^.\n]{0,40}\b(?:env|config|configuration|environment|settings)\b/i,
      /\b(?:zod|pydantic[\s-]?settings|envconfig|envalid|convict|joi)\b/i
    ],
    checks: ["config/env-validation"]
  },
  {
    id: "backing-services-by-url",
    label: "backing services configured by URL",
    patterns: [
      /\b[A-Z][A-Z0-9]*_(?:URL|URI|DSN)\b/,
      /\bconnection[\s-]+strings?\b/i,
      /\b(?:postgres(?:ql)?|redis|mysql|mariadb|mongo(?:db)?|rabbitmq|amqp|kafka|memcached|elasticsearch|s3|smtp|database|db)\b[^.\n]{0,40}\b(?:urls?|uris?|env(?:ironment)?|configured|attached|swappable|resources?)\b/i,
      /\battached[\s-]+resources?\b/i
    ],
    checks: ["backing-services/services-reachable", "backing-services/urls-from-env", "backing-services/hardcoded-hosts"]
  },
  {
    id: "compose-for-dev",
    label: "Docker Compose for dev",
    patterns: [/\bdocker[\s-]?compose\b/i, /\bcompose\.ya?ml\b/i],
    checks: ["dev-prod-parity/same-backing-services"]
  },
  {
    id: "same-services-everywhere",
    label: "the same backing services in dev and prod",
    patterns: [
      /\bsame[\s-]+(?:database|db|backing[\s-]+services?|services|stack|image|dockerfile|containers?)\b/i,
      /\bone[\s-]+dockerfile\b/i,
      /\bidentical[\s-]+(?:environments?|stacks?|images?)\b/i
    ],
    checks: ["dev-prod-parity/same-backing-services", "dev-prod-parity/single-dockerfile"]
  },
  {
    id: "admin-tasks",
    label: "admin tasks via Makefile/GitHub Actions",
    patterns: [
      /\bmakefile\b/i,
      /\bmake[\s-]+[a-z][\w:-]*/,
      /\bgithub[\s-]+actions?\b/i,
      /\bone[\s-]?off\b/i,
      /\bmigrations?\b/i,
      /\bmanage\.py\b/i,
      /\brake[\s-]+[a-z]/i,
      /\bartisan\b/i,
      /\bnpm[\s-]+run[\s-]+[a-z]/i,
      /\badmin[\s-]+(?:tasks?|commands?|scripts?)\b/i,
      /\brelease[\s-]+phase\b/i
    ],
    checks: ["admin-processes/admin-commands", "admin-processes/declared-tasks", "admin-processes/no-migrate-on-start"]
  },
  {
    id: "process-types",
    label: "declared process types that scale out",
    patterns: [
      /\bprocfile\b/i,
      /\bprocess[\s-]+(?:types?|model|formation)\b/i,
      /\bhorizontal(?:ly)?[\s-]+scal/i,
      /\bscal(?:e|es|ed|ing)[\s-]+(?:out|horizontally)\b/i,
      /\breplicas?\b/i,
      /\bmultiple[\s-]+(?:instances|processes|replicas)\b/i
    ],
    checks: ["concurrency/replicas", "concurrency/process-types", "concurrency/no-daemonizing", "concurrency/no-process-supervisor"]
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
    ],
    checks: ["codebase/version-control", "codebase/image-revision", "codebase/one-app-per-path"]
  },
  {
    id: "health-check",
    label: "a health check",
    patterns: [/\bhealth[\s-]?checks?\b/i, /\/healthz?\b/i, /\breadiness\b/i, /\bliveness\b/i],
    checks: ["disposability/healthcheck"]
  }
];
var byId2 = new Map(TOPICS.map((t) => [t.id, t]));
function topicById(id) {
  return byId2.get(id);
}
function topicsOf(text) {
  const t = text.length > 1e3 ? text.slice(0, 1e3) : text;
  return TOPICS.filter((topic) => topic.patterns.some((p) => p.test(t)));
}

// src/evidence/repo/claims/parse.ts
var MENTION = /(?<![.\w/-])(?:(?:twelve|12)[\s_-]*factors?\b|12factor|xii[\s-]+factors?\b|twelve\b[^.\n]{0,10}\bfactors?\b)/i;
var CLAIM_CONTEXT = /\b(?:complian(?:ce|t)|conform(?:s|ance|ing)?|adher(?:e|es|ence|ing)|follows|following the|implements|implemented|implementation|we|our|this (?:app|application|project|service|repo|repository|codebase|template|api|server|tool|system|bot|library|platform|stack|boilerplate|starter|microservice)|built (?:with|on|to|according|following)|designed (?:to|with|according|around)|status|checklist|audit|scorecard|assessment|fulfils|fulfills|satisfies|respects|meets)\b/i;
var DESCRIPTION_CONTEXT = /\b(?:notes?|methodology|introduction|what is|what are|overview|principles?|cheat ?sheet|reference|explained|learn(?:ing)?|tutorial|definitions?)\b|\bthe (?:twelve|12|xii)\b[^.\n]{0,8}\bfactors\b/i;
var FIRST_PERSON = /\b(?:we|our|us|this (?:app|application|project|service|repo|repository|codebase|template|api|server|tool|system|bot|library|platform|stack|boilerplate|starter|microservice))\b/i;
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
        const found = tableRef(cells);
        if (found) add(idx, line, "table", found.ref, currentGroup(0), cells.filter((_, k) => k !== found.at));
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
function contextText(path9, lines, c, marks) {
  const parts = [basename2(path9), ...c.ancestry];
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
    const m2 = markStatus(cell);
    if (m2) return m2;
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
    const topics = topicsOf(text);
    const status = p.status ?? fallback;
    if (topics.length === 0) {
      if (!isGenericText(text)) out.push({ text, line: p.line, status });
      continue;
    }
    for (const t of topics) out.push({ text, topic: t.id, line: p.line, status });
  }
  return out;
}
function occurrence(path9, lines, c, marks, end) {
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
  let status;
  let rank;
  if (explicit) {
    status = explicit;
    rank = 3;
  } else if (c.group) {
    status = c.group;
    rank = 2;
  } else {
    rank = 1;
    const ctx = contextText(path9, lines, c, marks);
    if (CLAIM_CONTEXT.test(ctx) || FIRST_PERSON.test(content2)) status = "claimed";
    else if (c.unanchored || DESCRIPTION_CONTEXT.test(ctx) || isGenericText(content2.replace(/[✅✔☑✓]/g, ""))) status = "described";
    else status = "claimed";
  }
  return {
    factor: c.ref.factor,
    line: c.line.no,
    text: itemText(c),
    status,
    rank,
    subClaims: subClaimsOf(body.pieces, status)
  };
}
function parseClaimDocument(path9, text, opts) {
  const lines = splitLines(repairMojibake(text).text, opts.markdown);
  const cands = findCandidates(lines);
  accept(lines, cands, opts.named);
  const accepted = cands.filter((c) => c.accepted).slice(0, MAX_ITEMS);
  const marks = landmarks(lines, cands);
  const byFactor = /* @__PURE__ */ new Map();
  const subs = /* @__PURE__ */ new Map();
  accepted.forEach((c, k) => {
    const end = bodyEnd(lines, c, accepted[k + 1]?.idx ?? lines.length);
    const occ = occurrence(path9, lines, c, marks, end);
    const prev = byFactor.get(occ.factor);
    if (!prev || occ.rank >= prev.rank) byFactor.set(occ.factor, occ);
    const list = subs.get(occ.factor) ?? [];
    for (const s of occ.subClaims) {
      if (list.length >= MAX_SUBCLAIMS) break;
      if (!list.some((x) => x.text === s.text && x.topic === s.topic)) list.push(s);
    }
    subs.set(occ.factor, list);
  });
  return [...byFactor.values()].map((o) => ({
    factor: o.factor,
    status: o.status,
    source: { file: path9, line: o.line },
    text: o.text,
    subClaims: subs.get(o.factor) ?? []
  }));
}

// src/evidence/repo/claims/index.ts
var MAX_TOTAL_CHARS = 8 * 1024 * 1024;
function findClaims(snapshot) {
  const claims = [];
  let budget = MAX_TOTAL_CHARS;
  for (const doc of claimDocuments(snapshot.files, snapshot.appPath)) {
    if (budget <= 0) break;
    try {
      const text = snapshot.read(doc.path);
      if (text === void 0) continue;
      budget -= text.length;
      claims.push(...sortByFactor(parseClaimDocument(doc.path, text, { markdown: doc.markdown, named: isNamedForMethodology(doc.path) })));
    } catch {
    }
  }
  return claims;
}
var ORDER = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
function sortByFactor(claims) {
  return claims.sort((a, b) => ORDER.indexOf(a.factor) - ORDER.indexOf(b.factor));
}

// src/judge/claims.ts
var RUNTIME_NOT_RUN = "runtime not run";
function seconds2(ms2) {
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
      if (sd.killed || sd.classification === "killed") return `SIGKILL after ${seconds2(sd.graceMs)}`;
      if (sd.classification === "signal-default") return `killed by ${sd.signal}'s default action after ${seconds2(sd.elapsedMs)}, no handler`;
      if (sd.classification === "error-exit") return `exit code ${sd.exitCode} ${seconds2(sd.elapsedMs)} after ${sd.signal}`;
      if (sd.classification === "graceful") return `exited 0 ${seconds2(sd.elapsedMs)} after ${sd.signal}`;
      return void 0;
    }
    case "disposability/startup-time":
      if (b.outcome === "ready" && b.readyMs !== void 0) return `ready after ${seconds2(b.readyMs)}`;
      if (b.outcome === "timeout") return `not ready within ${seconds2(b.timeoutMs)}`;
      return void 0;
    case "port-binding/binds-port":
    case "config/honours-env": {
      if (b.outcome === "ready" && b.port !== null) return `listening on PORT=${b.port}`;
      const wrong = (b.listeningPorts ?? []).filter((p) => p !== b.port);
      if (wrong.length > 0 && b.port !== null) return `listening on ${wrong.join(", ")}, not PORT=${b.port}`;
      if (b.outcome === "timeout" && b.port !== null) return `nothing listening on PORT=${b.port} within ${seconds2(b.timeoutMs)}`;
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
function where(f) {
  const file = f.evidence.find((e) => e.kind === "file");
  return file && file.kind === "file" ? ` (${file.file}${file.line ? `:${file.line}` : ""})` : "";
}
function measurementOf(f) {
  const m2 = f.evidence.find((e) => e.kind === "measurement");
  if (m2?.kind !== "measurement") return void 0;
  return `${m2.name} ${m2.value} ${m2.unit}${m2.threshold !== void 0 ? ` (threshold ${m2.threshold})` : ""}`;
}
function oneLine(s, max = 240) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
function evidenceText(f, ctx) {
  if (ctx.kinds.get(f.check) === "runtime") {
    return `measured: ${oneLine(measuredText(f.check, ctx.runtime) ?? (f.message || measurementOf(f) || f.outcome))}`;
  }
  return `found: ${oneLine(f.message)}${where(f)}`;
}
function isRuntimeNotRun(f, ctx) {
  if (f.outcome !== "skip" && f.outcome !== "error") return false;
  return ctx.kinds.get(f.check) === "runtime" && !ctx.runtime || /^runtime not run/i.test(f.message);
}
function byDecisiveness(ctx) {
  return (a, b) => (ctx.kinds.get(a.check) === "runtime" ? 0 : 1) - (ctx.kinds.get(b.check) === "runtime" ? 0 : 1);
}
function src(claim, line) {
  return `${claim.source.file}:${line ?? claim.source.line}`;
}
function judgeFindings(findings, ctx, claimed, listed) {
  const sorted = [...findings].sort(byDecisiveness(ctx));
  const fails = sorted.filter((f) => f.outcome === "fail");
  if (fails.length > 0) {
    return { result: "contradicted", reason: `${claimed}; ${evidenceText(fails[0], ctx)}`, checks: uniq(fails.map((f) => f.check)) };
  }
  const notRun = sorted.filter((f) => isRuntimeNotRun(f, ctx));
  const evaluated = sorted.filter((f) => f.outcome === "pass" || f.outcome === "warn");
  const warns = evaluated.filter((f) => f.outcome === "warn");
  if (notRun.length > 0) {
    const stat = evaluated.length > 0 ? `; static evidence: ${oneLine(evaluated[0].message, 120)}` : "";
    return { result: "unverified", reason: `${RUNTIME_NOT_RUN}: ${notRun.map((f) => f.check).join(", ")} need a run${stat}`, checks: uniq(notRun.map((f) => f.check)) };
  }
  if (warns.length > 0) {
    return { result: "unverified", reason: `evidence is mixed: ${evidenceText(warns[0], ctx)}`, checks: uniq(warns.map((f) => f.check)) };
  }
  if (evaluated.length > 0) {
    return { result: "confirmed", reason: evidenceText(evaluated[0], ctx), checks: uniq(evaluated.map((f) => f.check)) };
  }
  const errors = sorted.filter((f) => f.outcome === "error");
  if (errors.length > 0) {
    return { result: "unverified", reason: `could not evaluate: ${oneLine(errors[0].message)}`, checks: uniq(errors.map((f) => f.check)) };
  }
  if (sorted.length > 0) {
    return { result: "unverified", reason: `checks skipped: ${oneLine(sorted[0].message)}`, checks: uniq(sorted.map((f) => f.check)) };
  }
  return { result: "unverified", reason: `no finding from ${listed.join(", ")}`, checks: [] };
}
function uniq(xs) {
  return [...new Set(xs)];
}
function judgeSubClaim(claim, sub, ctx) {
  const topic = sub.topic ? topicById(sub.topic) : void 0;
  if (!topic) return { result: "unverified", reason: "no check for this promise", checks: [] };
  const known = topic.checks.filter((c) => ctx.kinds.has(c) || ctx.findings.has(c));
  if (known.length === 0) return { result: "unverified", reason: `no check for ${topic.label} yet`, checks: [] };
  const findings = topic.checks.flatMap((c) => ctx.findings.get(c) ?? []);
  if (findings.length === 0) {
    const runtimeOnly = known.every((c) => ctx.kinds.get(c) === "runtime");
    return {
      result: "unverified",
      reason: runtimeOnly && !ctx.runtime ? `${RUNTIME_NOT_RUN}: ${known.join(", ")} need a run` : `no finding from ${known.join(", ")} (ignored or not run)`,
      checks: []
    };
  }
  return judgeFindings(findings, ctx, `${src(claim, sub.line)} claims ${topic.label}`, known);
}
function hasChecks(sub, ctx) {
  const topic = sub.topic ? topicById(sub.topic) : void 0;
  return !!topic && topic.checks.some((c) => ctx.kinds.has(c) || ctx.findings.has(c));
}
var NOT_DONE = {
  "in-progress": "in progress",
  planned: "planned",
  described: "described, not claimed",
  "not-claimed": "stated as not met"
};
function factorLabel(claim) {
  const f = FACTORS.find((x) => x.id === claim.factor);
  return `${f.id} ${f.title}`;
}
function judgeClaim(claim, report2, ctx) {
  const claimDone = claim.status === "claimed";
  const judgeable = claimDone || claim.status === "in-progress";
  const subClaims = claim.subClaims.map((sub) => {
    const status = sub.status ?? claim.status;
    if (!judgeable || status !== "claimed") {
      return { ...sub, judgement: { result: "unverified", reason: `${NOT_DONE[status === "claimed" ? claim.status : status]}: not judged`, checks: [] } };
    }
    return { ...sub, judgement: judgeSubClaim(claim, sub, ctx) };
  });
  const contradictedSubs = subClaims.filter((s) => s.judgement?.result === "contradicted");
  const verdictNote = report2 ? ` (factor verdict: ${report2.verdict})` : "";
  if (!judgeable) {
    return { ...claim, subClaims, judgement: { result: "unverified", reason: `${NOT_DONE[claim.status]}: not judged${verdictNote}`, checks: [] } };
  }
  const factorFindings = report2?.findings ?? [];
  const fails = factorFindings.filter((f) => f.outcome === "fail").sort(byDecisiveness(ctx));
  if (contradictedSubs.length > 0 || claimDone && fails.length > 0) {
    const first = contradictedSubs[0]?.judgement;
    const reason = first ? first.reason : `${src(claim)} claims ${factorLabel(claim)}; ${evidenceText(fails[0], ctx)}`;
    return {
      ...claim,
      subClaims,
      judgement: { result: "contradicted", reason, checks: uniq([...contradictedSubs.flatMap((s) => s.judgement?.checks ?? []), ...fails.map((f) => f.check)]) }
    };
  }
  if (!claimDone) {
    return { ...claim, subClaims, judgement: { result: "unverified", reason: `in progress: not claimed as done${verdictNote}`, checks: [] } };
  }
  const topical = subClaims.filter((s) => s.topic && (s.status ?? claim.status) === "claimed");
  const openSub = topical.find((s) => s.judgement?.result !== "confirmed" && hasChecks(s, ctx));
  switch (report2?.verdict) {
    case "pass": {
      if (openSub) {
        return { ...claim, subClaims, judgement: { result: "unverified", reason: `factor passes, but ${topicById(openSub.topic)?.label ?? openSub.text}: ${openSub.judgement?.reason}`, checks: openSub.judgement?.checks ?? [] } };
      }
      const passes = factorFindings.filter((f) => f.outcome === "pass").sort(byDecisiveness(ctx));
      const kept = topical.find((s) => s.judgement?.result === "confirmed")?.judgement?.reason;
      return {
        ...claim,
        subClaims,
        judgement: {
          result: "confirmed",
          reason: `${factorLabel(claim)} passes: ${kept ?? evidenceText(passes[0], ctx)}`,
          checks: uniq([...topical.flatMap((s) => s.judgement?.checks ?? []), ...passes.map((f) => f.check)])
        }
      };
    }
    case "warn": {
      const warn = factorFindings.find((f) => f.outcome === "warn");
      return { ...claim, subClaims, judgement: { result: "unverified", reason: `evidence is mixed: ${evidenceText(warn, ctx)}`, checks: [warn.check] } };
    }
    case "error": {
      const err = factorFindings.find((f) => f.outcome === "error");
      return { ...claim, subClaims, judgement: { result: "unverified", reason: `could not evaluate: ${oneLine(err.message)}`, checks: [err.check] } };
    }
    case "skip":
      return { ...claim, subClaims, judgement: { result: "unverified", reason: "the factor's checks are ignored by configuration", checks: [] } };
    default: {
      const notRun = factorFindings.filter((f) => isRuntimeNotRun(f, ctx));
      if (factorFindings.length === 0) {
        return { ...claim, subClaims, judgement: { result: "unverified", reason: `no check for ${factorLabel(claim)} produced a finding`, checks: [] } };
      }
      if (notRun.length > 0 && notRun.length === factorFindings.length) {
        return { ...claim, subClaims, judgement: { result: "unverified", reason: `${RUNTIME_NOT_RUN}: ${uniq(notRun.map((f) => f.check)).join(", ")} need a run`, checks: uniq(notRun.map((f) => f.check)) } };
      }
      const skipped = factorFindings.find((f) => !isRuntimeNotRun(f, ctx)) ?? factorFindings[0];
      return { ...claim, subClaims, judgement: { result: "unverified", reason: `not verified: ${oneLine(skipped.message)}`, checks: uniq(factorFindings.map((f) => f.check)) } };
    }
  }
}
function judgeClaimList(claims, factors, runtime, options) {
  const findings = /* @__PURE__ */ new Map();
  for (const fr of factors) {
    for (const f of fr.findings) {
      const list = findings.get(f.check);
      if (list) list.push(f);
      else findings.set(f.check, [f]);
    }
  }
  const kinds = new Map((options.catalogue ?? CATALOGUE).map((e) => [e.id, e.kind]));
  const ctx = { findings, kinds, ...runtime ? { runtime } : {} };
  return claims.map((claim) => {
    try {
      return judgeClaim(claim, factors.find((f) => f.id === claim.factor), ctx);
    } catch (e) {
      return { ...claim, judgement: { result: "unverified", reason: `could not judge: ${e.message}`, checks: [] } };
    }
  });
}
function judgeClaims(claims, factors, runtime, options = {}) {
  return judgeClaimList(claims, factors, runtime, options);
}

// src/judge/verdicts.ts
function buildReport(input) {
  const ignoreReasons = new Map(input.config.ignore.map((i) => [i.check, i.reason]));
  const kept = [];
  const ignoredCounts = /* @__PURE__ */ new Map();
  for (const f of input.findings) {
    if (ignoreReasons.has(f.check)) ignoredCounts.set(f.check, (ignoredCounts.get(f.check) ?? 0) + 1);
    else kept.push(f);
  }
  const ignored = [...ignoreReasons].map(([check, reason]) => ({ check, reason, findings: ignoredCounts.get(check) ?? 0 }));
  const factors = FACTORS.map((factor) => {
    const findings = kept.filter((f) => f.check.startsWith(`${factor.slug}/`));
    const factorChecksIgnored = findings.length === 0 && input.findings.some((f) => f.check.startsWith(`${factor.slug}/`));
    return {
      id: factor.id,
      slug: factor.slug,
      title: factor.title,
      verdict: factorVerdict(
        findings.map((f) => f.outcome),
        { allIgnored: factorChecksIgnored }
      ),
      findings
    };
  });
  const summary = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0, notVerified: 0 };
  for (const f of factors) {
    if (f.verdict === "not-verified") summary.notVerified++;
    else summary[f.verdict]++;
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: (input.now ?? /* @__PURE__ */ new Date()).toISOString(),
    repository: input.repository,
    verdict: overallVerdict(factors.map((f) => f.verdict)),
    summary,
    factors,
    claims: input.claims ?? [],
    ...input.runtime ? { runtime: input.runtime } : {},
    apps: input.apps ?? [],
    stages: input.stages ?? [],
    ignored,
    diagnostics: input.diagnostics ?? [],
    ...input.baseline ? { baseline: input.baseline } : {}
  };
}
function overallVerdict(verdicts) {
  const evaluated = verdicts.filter((v) => v !== "not-verified" && v !== "skip");
  return worstOutcome(evaluated) ?? "not-verified";
}

// src/pipeline/run-checks.ts
function stamp(check, drafts) {
  return drafts.map((d) => ({
    check: check.id,
    outcome: d.outcome,
    message: d.message,
    evidence: d.evidence ?? [],
    ...d.details && d.details.length > 0 ? { details: d.details } : {}
  }));
}
function guarded(check, fn) {
  try {
    const drafts = fn();
    const findings = stamp(check, drafts);
    return findings.map(
      (f) => f.outcome === "pass" && f.evidence.length === 0 ? { ...f, outcome: "error", message: `check passed without evidence (bug in ${check.id}): ${f.message}` } : f
    );
  } catch (e) {
    return [{ check: check.id, outcome: "error", message: `check crashed: ${e.message ?? String(e)}`, evidence: [] }];
  }
}
function runStaticChecks(ctx) {
  return ALL_CHECKS.flatMap((c) => c.kind === "static" ? guarded(c, () => c.run(ctx)) : []);
}
function runRuntimeChecks(ctx, whyAbsent) {
  const anyStage = ctx.runtime !== void 0 || ctx.build !== void 0 || ctx.release !== void 0;
  return ALL_CHECKS.flatMap((c) => {
    if (c.kind !== "runtime") return [];
    if (!anyStage) return [{ check: c.id, outcome: "skip", message: whyAbsent, evidence: [] }];
    return guarded(c, () => c.judge(ctx));
  });
}

// src/pipeline/audit.ts
function audit(input) {
  const snapshot = scanRepository(input.repoRoot, input.config.path, { contentWorkers: true, exclude: insideRepo(input.repoRoot, input.ownPaths ?? []) });
  const facts = input.runtime?.facts;
  const findings = [
    ...runStaticChecks({ snapshot, config: input.config }),
    ...runRuntimeChecks(
      { runtime: facts, build: input.build, release: input.release, config: input.config, snapshot, ...input.stages ? { stages: input.stages } : {} },
      input.runtimeAbsentReason ?? "runtime not run: static-only audit (use `all` or the run stage to verify at runtime)"
    )
  ];
  const commit = headCommit(input.repoRoot);
  const draft = buildReport({
    repository: { path: input.config.path, ...commit ? { commit } : {}, ...repoSlugFromEnv() },
    config: input.config,
    findings,
    apps: detectApps(input.repoRoot, snapshot),
    runtime: facts,
    stages: input.stages ?? [{ stage: "static", status: "ok" }],
    diagnostics: [...input.diagnostics ?? [], ...snapshot.diagnostics]
  });
  const claims = judgeClaims(findClaims(snapshot), draft.factors, facts);
  return { report: { ...draft, claims }, snapshot };
}
function insideRepo(repoRoot, paths) {
  return paths.map((p) => path3.relative(path3.resolve(repoRoot), path3.resolve(p))).filter((rel) => rel !== "" && !rel.startsWith("..") && !path3.isAbsolute(rel)).map((rel) => rel.split(path3.sep).join("/"));
}
function repoSlugFromEnv() {
  const slug = process.env.GITHUB_REPOSITORY;
  const server = process.env.GITHUB_SERVER_URL;
  return { ...slug ? { slug } : {}, ...server ? { serverUrl: server } : {} };
}

// src/pipeline/stages/apps-report.ts
import { existsSync as existsSync4, readdirSync as readdirSync2 } from "node:fs";
import path4 from "node:path";
var STAGE_FILES = Object.values(STAGE_FILE_NAMES);
var hasStageFile = (dir) => STAGE_FILES.some((f) => existsSync4(path4.join(dir, f)));
function appArtifactDirs(dir) {
  if (!existsSync4(dir) || hasStageFile(dir)) return void 0;
  const dirs = readdirSync2(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => path4.join(dir, e.name)).filter(hasStageFile).sort();
  return dirs.length > 0 ? dirs : void 0;
}
function appPathOf(appDir) {
  try {
    const s = readStageFileIfPresent(appDir, "static");
    if (s) return s.repository.path;
  } catch {
  }
  return path4.basename(appDir);
}
var MERGE_RANK = { skip: 0, pass: 1, "not-verified": 2, warn: 3, error: 4, fail: 5 };
function mergeAppReports(parts) {
  if (parts.length === 1) return parts[0].report;
  const { runtime: _oneAppsRuntime, ...first } = parts[0].report;
  const factors = first.factors.map((factor, i) => {
    const perApp = parts.map((p) => p.report.factors[i]);
    const verdict = perApp.map((f) => f.verdict).reduce((a, b) => MERGE_RANK[b] > MERGE_RANK[a] ? b : a, "skip");
    return {
      ...factor,
      verdict,
      findings: parts.flatMap((p, j) => perApp[j].findings.map((f) => ({ ...f, message: `${p.path}: ${f.message}` })))
    };
  });
  const summary = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0, notVerified: 0 };
  for (const f of factors) {
    if (f.verdict === "not-verified") summary.notVerified++;
    else summary[f.verdict]++;
  }
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
  return {
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
  };
}

// src/pipeline/stages/discover.ts
import { existsSync as existsSync5, statSync } from "node:fs";
import path5 from "node:path";
var MAX_APPS = 64;
function discoverApps(repoRoot, config) {
  const root = path5.resolve(repoRoot);
  const found = /* @__PURE__ */ new Map();
  for (const app of detectApps(root)) {
    const sources = [];
    if (app.kind === "container") sources.push("dockerfile");
    if (app.kind === "procfile" || existsSync5(path5.join(root, app.path, "Procfile"))) sources.push("procfile");
    if (sources.length === 0) continue;
    found.set(app.path, { path: app.path, sources, ecosystems: app.ecosystems, processTypes: app.processTypes });
  }
  for (const p of config.apps) {
    const rel = path5.posix.normalize(p.replace(/\\/g, "/")).replace(/\/+$/, "") || ".";
    const abs = path5.resolve(root, rel);
    if (abs !== root && !abs.startsWith(root + path5.sep)) continue;
    if (!existsSync5(abs) || !statSync(abs).isDirectory()) continue;
    const key = path5.relative(root, abs).split(path5.sep).join("/") || ".";
    const known = found.get(key);
    if (known) known.sources.push("config");
    else found.set(key, { path: key, sources: ["config"], ecosystems: [], processTypes: [] });
  }
  const ids = /* @__PURE__ */ new Set();
  return [...found.values()].sort((a, b) => a.path === "." ? -1 : b.path === "." ? 1 : a.path.localeCompare(b.path)).slice(0, MAX_APPS).map((a) => ({ id: uniqueId(appId(a.path), ids), ...a, sources: [...new Set(a.sources)].sort() }));
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
  const build = readStageFile(ctx.artifactsDir, "build");
  if (build.status !== "ok" || !build.imageId) {
    throw new StageFileError(
      displayPath(stageFilePath(ctx.artifactsDir, "build")),
      'a successful build (status "ok" with an imageId) to release',
      `records a failed build${build.error ? ` (${build.error.message})` : ""}`
    );
  }
  rmSync(stageFilePath(ctx.artifactsDir, "run"), { force: true });
  const hash = configHash(ctx.config);
  const releaseId = deriveReleaseId(build.imageId, hash);
  const envNames = envNamesOf(ctx.config);
  const release = {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: "release",
    releaseId,
    imageId: build.imageId,
    configHash: hash,
    envNames,
    ...build.revision ? { revision: build.revision } : {},
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    digest: releaseDigest({ releaseId, imageId: build.imageId, configHash: hash, envNames })
  };
  const file = writeStageFile(ctx.artifactsDir, "release", release);
  ctx.progress?.(`release ${releaseId}: image ${build.imageId}, config ${hash}`);
  return { release, file };
}

// src/pipeline/stages/report.ts
import { existsSync as existsSync6, readdirSync as readdirSync3 } from "node:fs";
import path6 from "node:path";

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
  let build;
  let buildStatus;
  if (b.problem) buildStatus = problem("build", b.problem);
  else if (!b.file) buildStatus = { stage: "build", status: "absent", reason: absent("build") };
  else {
    build = b.file;
    buildStatus = b.file.status === "ok" ? { stage: "build", status: "ok" } : { stage: "build", status: "failed", reason: buildFailure(b.file) };
  }
  const r = tryRead(dir, "release");
  let release;
  let releaseStatus;
  if (r.problem) releaseStatus = problem("release", r.problem);
  else if (!r.file) releaseStatus = upstreamOrAbsent("release", buildStatus, absent("release"));
  else {
    const why = releaseInconsistency(r.file, build, displayPath(stageFilePath(dir, "release")));
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
    ...build ? { build } : {},
    ...release ? { release } : {},
    ...runtime ? { runtime } : {},
    stages,
    diagnostics,
    ...firstGap ? { runtimeAbsentReason: `not verified at runtime: ${firstGap.stage} stage ${firstGap.status}${firstGap.reason ? ` (${firstGap.reason})` : ""}` } : {}
  };
}
function buildFailure(build) {
  if (!build.error) return "build.json records a failed build without a reason";
  const step = build.error.step ? ` at ${build.error.step}` : "";
  return `build failed${step}: ${build.error.message}`;
}
function upstreamOrAbsent(stage, upstream, absentReason) {
  if (upstream.status === "ok") return { stage, status: "absent", reason: absentReason };
  const what = { failed: "failed", skipped: "was skipped", absent: "did not run" }[upstream.status];
  return { stage, status: "skipped", reason: `not run because the ${upstream.stage} stage ${what}` };
}
function releaseInconsistency(release, build, shown) {
  try {
    verifyRelease(release, shown);
  } catch (e) {
    return e.message;
  }
  if (build?.imageId && build.imageId !== release.imageId) {
    return `${shown}: names image ${release.imageId}, but build.json built ${build.imageId}; expected the release of the image this build produced`;
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
var REDACTED = "[redacted]";
var redactValues = (record) => Object.fromEntries(Object.keys(record).map((k) => [k, REDACTED]));
function redactConfig(config) {
  return {
    ...config,
    build: { ...config.build, args: redactValues(config.build.args) },
    run: { ...config.run, env: redactValues(config.run.env) },
    services: config.services.map((s) => ({ ...s, env: redactValues(s.env), "service-env": redactValues(s["service-env"]) }))
  };
}
var STATIC_CHECK_IDS = new Set(CATALOGUE.filter((e) => e.kind === "static").map((e) => e.id));
function staticFileOf(report2, snapshot, config) {
  return {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: "static",
    repository: report2.repository,
    config: redactConfig(config),
    findings: report2.factors.flatMap((f) => f.findings).filter((f) => STATIC_CHECK_IDS.has(f.check)),
    claims: findClaims(snapshot),
    diagnostics: report2.diagnostics,
    apps: report2.apps,
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
  const { report: report2, snapshot } = audit({
    repoRoot: ctx.repoRoot,
    config: ctx.config,
    diagnostics: loaded.diagnostics,
    ...stageFilesOf(loaded),
    stages: [{ stage: "static", status: "ok" }, ...loaded.stages],
    ...loaded.runtimeAbsentReason ? { runtimeAbsentReason: loaded.runtimeAbsentReason } : {},
    ownPaths: ownPathsOf(ctx)
  });
  return { report: report2, config: ctx.config, snapshot };
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
  const dir = path6.resolve(repoRoot, appPath);
  if (!existsSync6(dir)) return false;
  try {
    return readdirSync3(dir).some((name) => name !== ".twelve-factor" && name !== ".git");
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
  return { report: { ...draft, claims: judgeClaims(file.claims, draft.factors, facts) }, config };
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

// src/pipeline/stages/report-files.ts
import { readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import path7 from "node:path";

// src/render/json.ts
function renderJson(report2) {
  return `${JSON.stringify(report2, null, 2)}
`;
}

// src/judge/baseline.ts
var BADNESS = { skip: 0, pass: 0, warn: 1, error: 2, fail: 3 };
function stateByCheck(report2) {
  const byCheck = /* @__PURE__ */ new Map();
  for (const factor of report2.factors) {
    for (const f of factor.findings) {
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
function compareWithBaseline(current, base, source = "base branch report") {
  const now = stateByCheck(current);
  const before = stateByCheck(base);
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
      const entry = {
        check,
        from: a.worst,
        to: b.worst,
        message: `${b.count} ${b.worst} finding${b.count === 1 ? "" : "s"} (base had ${a.count}): ${b.count > a.count ? b.message : a.message}`
      };
      (b.count > a.count ? regressions : fixes).push(entry);
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

// src/pipeline/stages/report-files.ts
function writeReportFiles(report2, dir) {
  return {
    json: writeTextAtomic(path7.join(dir, REPORT_FILES.json), renderJson(report2)),
    markdown: writeTextAtomic(path7.join(dir, REPORT_FILES.markdown), renderMarkdown(report2)),
    sarif: writeTextAtomic(path7.join(dir, REPORT_FILES.sarif), renderSarif(report2))
  };
}
var MAX_BASELINE_BYTES = 32 * 1024 * 1024;
function withBaseline(report2, baselineFile) {
  if (!baselineFile) return report2;
  try {
    const size = statSync2(baselineFile).size;
    if (size > MAX_BASELINE_BYTES) throw new Error(`${baselineFile}: ${size} bytes; the limit is ${MAX_BASELINE_BYTES}`);
    const base = parseReport(readFileSync3(baselineFile, "utf8"), baselineFile);
    return { ...report2, baseline: compareWithBaseline(report2, base, path7.basename(baselineFile)) };
  } catch (e) {
    const message = `baseline not compared: ${e.message}`;
    return { ...report2, diagnostics: [...report2.diagnostics, { severity: "warning", message }] };
  }
}

// src/pipeline/commands.ts
var buildStage = async (ctx) => (await import("./build-2VAHPZVP.js")).buildStage(ctx);
var runStage = async (ctx) => (await import("./run-2SYNL37Y.js")).runStage(ctx);
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
var DOCKERFILE_ENV = "TWELVE_FACTOR_DOCKERFILE";
var CONTEXT_ENV = "TWELVE_FACTOR_CONTEXT";
function resolveConfig(opts) {
  const loaded = loadConfig(opts.repoRoot, opts.configFile);
  const config = opts.appPath ? { ...loaded.config, path: opts.appPath } : { ...loaded.config };
  if (opts.failOn) config["fail-on"] = opts.failOn;
  const dockerfile = opts.dockerfile ?? process.env[DOCKERFILE_ENV];
  const context = opts.context ?? process.env[CONTEXT_ENV];
  if (dockerfile) config.dockerfile = dockerfile;
  if (context) config.context = context;
  return { config, ...loaded.file ? { file: loaded.file } : {} };
}
function artifactsDirOf(opts, config) {
  return path8.resolve(opts.repoRoot, opts.artifacts ?? path8.join(config.path, ".twelve-factor"));
}
async function runCommand(opts) {
  const { config, file: configFile } = resolveConfig(opts);
  const artifactsDir = artifactsDirOf(opts, config);
  const ctx = {
    repoRoot: opts.repoRoot,
    config,
    artifactsDir,
    ...configFile ? { configFile } : {},
    ...opts.runId ? { runId: opts.runId } : {},
    ...opts.progress ? { progress: opts.progress } : {},
    ...opts.signal ? { signal: opts.signal } : {},
    ...opts.contextExcludes ? { contextExcludes: opts.contextExcludes } : {}
  };
  if ((opts.command === "release" || opts.command === "run") && opts.skipAfterFailedBuild) {
    const failed = recordedBuildFailure(artifactsDir);
    if (failed) return { data: { skipped: `the build failed (${failed}); nothing to ${opts.command}, the report says why` }, config, artifactsDir };
  }
  switch (opts.command) {
    case "audit": {
      const result = await timed(opts.onStage, "static audit", () => audit({ repoRoot: opts.repoRoot, config, ownPaths: ownPathsOf(ctx) }));
      const report2 = withBaseline(result.report, opts.baseline);
      if (opts.writeArtifacts !== false) {
        writeStageFile(artifactsDir, "static", staticFileOf(result.report, result.snapshot, config));
        writeReportFiles(report2, artifactsDir);
      }
      return { report: report2, config, artifactsDir };
    }
    case "build": {
      const { build, file } = await timed(opts.onStage, "build", () => buildStage(ctx));
      return { data: { "image-id": build.imageId, file, tarball: build.tarball, builder: build.builder }, config, artifactsDir };
    }
    case "release": {
      const { release, file } = await timed(opts.onStage, "release", () => releaseStage(ctx));
      return { data: { "release-id": release.releaseId, "image-id": release.imageId, configHash: release.configHash, file }, config, artifactsDir };
    }
    case "run": {
      const { runtime, file } = await timed(opts.onStage, "run", () => runStage(ctx));
      return {
        data: { "image-id": runtime.imageId, "release-id": runtime.releaseId, boot: runtime.facts?.boot.outcome, file },
        config,
        artifactsDir
      };
    }
    case "report":
      return timed(opts.onStage, "report", () => report(ctx, opts));
    case "all":
      return all(ctx, opts);
    case "discover":
      return { data: { apps: discoverApps(opts.repoRoot, config) }, config, artifactsDir };
  }
}
function recordedBuildFailure(dir) {
  try {
    const build = readStageFileIfPresent(dir, "build");
    return build && build.status !== "ok" ? build.error?.message ?? "status failed" : void 0;
  } catch {
    return void 0;
  }
}
function report(ctx, opts) {
  const appDirs = appArtifactDirs(ctx.artifactsDir);
  const parts = (appDirs ?? [ctx.artifactsDir]).map((dir) => {
    const appPath = appDirs ? appPathOf(dir) : ctx.config.path;
    const result = reportStage({ ...ctx, artifactsDir: dir, config: { ...ctx.config, path: appPath } });
    if (result.snapshot) writeStageFile(dir, "static", staticFileOf(result.report, result.snapshot, result.config));
    if (appDirs) writeReportFiles(result.report, dir);
    return { path: appPath, ...result };
  });
  const first = parts[0];
  const config = opts.failOn ? { ...first.config, "fail-on": opts.failOn } : first.config;
  const merged = withBaseline(mergeAppReports(parts), opts.baseline);
  writeReportFiles(merged, ctx.artifactsDir);
  return { report: merged, config, artifactsDir: ctx.artifactsDir };
}
async function all(ctx, opts) {
  const { newRunId, sweep } = await import("./container-GU72BBLQ.js");
  const runCtx = { ...ctx, runId: ctx.runId ?? newRunId() };
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
    return await timed(opts.onStage, "report", () => report(runCtx, opts));
  } finally {
    if (!opts.runId) await sweep({ runId: runCtx.runId }).catch(() => void 0);
  }
}

export {
  nearest,
  catalogueEntry,
  renderJson,
  leadFinding,
  exitCodeFor,
  isAllClear,
  contradictedClaims,
  stripControls,
  truncateText,
  renderSarif,
  DEFAULT_MAX_LENGTH,
  commentMarker,
  renderMarkdown,
  COMMANDS,
  runCommand
};
