import { isJsonObject, type Json } from '../json.js';
import { areSegmentsDefinite, isSegmentDefinite, type Segment } from './path-ast.js';
import { acceptsFilter } from './evaluate-filter.js';
import { JSON_PROVIDER_CLASS, javaClassName, javaToString, renderSegments } from './render-path.js';

/** Nothing at the path, or the path cannot step through the value: carries Jayway's message. */
export class PathNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathNotFoundError';
  }
}

type Walk = {
  readonly segments: readonly Segment[];
  /** The document `$` refers to inside filters. */
  readonly root: Json;
  readonly out: Json[];
};

/**
 * Applies path segments to a document with Jayway JsonPath's semantics (what AWS uses). In a
 * definite path a missing intermediate property or a step into the wrong type throws
 * PathNotFoundError with Jayway's message (a missing last property just yields no match). An
 * indefinite path never throws: as on AWS, whatever cannot be reached is skipped, so
 * `$.items[*]` on `{}` matches nothing. Returns every match in document order.
 */
export function evaluateSegments(doc: Json, segments: readonly Segment[]): Json[] {
  const walk: Walk = { segments, root: doc, out: [] };
  step(walk, 0, doc, '$', areSegmentsDefinite(segments));
  return walk.out;
}

function step(w: Walk, i: number, model: Json, path: string, upstreamDefinite: boolean): void {
  if (i === w.segments.length) {
    w.out.push(model);
    return;
  }
  const seg = w.segments[i];
  const leaf = i === w.segments.length - 1;
  const definite = upstreamDefinite && isSegmentDefinite(seg, leaf);
  const next = (value: Json, at: string) => step(w, i + 1, value, at, definite);
  switch (seg.kind) {
    case 'property':
      return stepProperty(seg.names, model, path, { leaf, upstreamDefinite, definite }, next);
    case 'wildcard':
      if (Array.isArray(model)) model.forEach((v, k) => next(v, `${path}[${k}]`));
      else if (isJsonObject(model)) for (const [k, v] of Object.entries(model)) next(v, `${path}['${k}']`);
      return;
    case 'index':
      if (!checkArray(w, i, model, path, upstreamDefinite)) return;
      for (const index of seg.indexes) stepIndex(model, index, path, next);
      return;
    case 'slice':
      if (!checkArray(w, i, model, path, upstreamDefinite)) return;
      for (const index of sliceIndexes(seg.start, seg.end, model.length)) stepIndex(model, index, path, next);
      return;
    case 'filter':
      // A filter tests each element of an array, or an object itself; it never fails.
      if (Array.isArray(model)) {
        model.forEach((v, k) => {
          if (acceptsFilter(seg.expr, v, w.root)) next(v, `${path}[${k}]`);
        });
      } else if (isJsonObject(model) && acceptsFilter(seg.expr, model, w.root)) {
        next(model, path);
      }
      return;
    case 'scan':
      return scan(w, i, model, path);
  }
}

type PropertyFlags = { leaf: boolean; upstreamDefinite: boolean; definite: boolean };

function stepProperty(
  names: readonly string[],
  model: Json,
  path: string,
  flags: PropertyFlags,
  next: (value: Json, at: string) => void,
): void {
  const fragment = `[${names.map((n) => `'${n}'`).join(',')}]`;
  if (!isJsonObject(model)) {
    if (!flags.upstreamDefinite) return;
    throw new PathNotFoundError(
      `Expected to find an object with property ${fragment} in path ${path} but found '${javaClassName(model)}'. ` +
        `This is not a json object according to the JsonProvider: '${JSON_PROVIDER_CLASS}'.`,
    );
  }
  if (names.length > 1 && flags.leaf) {
    // Jayway merges `['a','b']` at the end of a path into one object of the keys present.
    const merged: Record<string, Json> = {};
    for (const n of names) {
      if (!Object.prototype.hasOwnProperty.call(model, n)) continue;
      Object.defineProperty(merged, n, {
        value: model[n],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    next(merged, `${path}${fragment}`);
    return;
  }
  for (const name of names) {
    const at = `${path}['${name}']`;
    if (Object.prototype.hasOwnProperty.call(model, name)) next(model[name], at);
    else if (!flags.leaf && flags.definite) throw new PathNotFoundError(`Missing property in path ${at}`);
  }
}

function checkArray(
  w: Walk,
  i: number,
  model: Json,
  path: string,
  upstreamDefinite: boolean,
): model is Json[] {
  if (Array.isArray(model)) return true;
  if (!upstreamDefinite) return false;
  if (model === null) throw new PathNotFoundError(`The path ${path} is null`);
  const rest = renderSegments(w.segments.slice(i)).slice(1);
  throw new PathNotFoundError(
    `Filter: ${rest} can only be applied to arrays. Current context is: ${javaToString(model)}`,
  );
}

function stepIndex(
  model: Json[],
  index: number,
  path: string,
  next: (value: Json, at: string) => void,
): void {
  const effective = index < 0 ? model.length + index : index;
  if (effective >= 0 && effective < model.length) next(model[effective], `${path}[${index}]`);
}

/** Jayway's slice rules: `[a:]`, `[:b]`, `[a:b]`; negative bounds count from the end. */
export function sliceIndexes(start: number | undefined, end: number | undefined, length: number): number[] {
  const out: number[] = [];
  if (length === 0) return out;
  if (end === undefined) {
    const from = Math.max(0, (start as number) < 0 ? length + (start as number) : (start as number));
    for (let k = from; k < length; k++) out.push(k);
  } else if (start === undefined) {
    const to = Math.min(length, end < 0 ? length + end : end);
    for (let k = 0; k < to; k++) out.push(k);
  } else {
    // As Jayway, every k from start counts, a negative one from the end; those below -length select
    // nothing, so the loop starts there (a start of -1e9 would otherwise loop, and store, for ever).
    const to = Math.min(length, end);
    for (let k = Math.max(start, -length); k < to; k++) out.push(k);
  }
  return out;
}

/** `..`: applies the next segment to the node and to every descendant, parents first. */
function scan(w: Walk, i: number, model: Json, path: string): void {
  const target = w.segments[i + 1];
  if (target === undefined) return;
  const visit = (node: Json, at: string): void => {
    if (!Array.isArray(node) && !isJsonObject(node)) return;
    if (target.kind !== 'filter') step(w, i + 1, node, at, false);
    else if (isJsonObject(node) && acceptsFilter(target.expr, node, w.root)) step(w, i + 2, node, at, false);
    if (Array.isArray(node)) node.forEach((v, k) => visit(v, `${at}[${k}]`));
    else for (const [k, v] of Object.entries(node)) visit(v, `${at}['${k}']`);
  };
  visit(model, path);
}
