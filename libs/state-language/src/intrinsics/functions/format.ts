import { States, StatesError } from '../../errors/states-errors.js';
import { check, stringArg, type IntrinsicFunction } from '../call.js';
import { evaluationPrefix } from '../failure.js';
import { javaString } from '../java-repr.js';
import { parseFormatTemplate } from './format-template.js';

/**
 * States.Format(template, v...): each `{}` replaced by the next argument, rendered as AWS's Java
 * does (`null`, `1.1`, `{a=1, b=[]}`). A template from a literal may escape braces (`\{`, `\}`).
 */
export const statesFormat: IntrinsicFunction = {
  minArgs: 1,
  maxArgs: Infinity,
  evaluate(call) {
    const template = stringArg(call, 0);
    const node = call.node.args[0];
    const parsed = parseFormatTemplate(template, new Set(node.kind === 'string' ? node.literalBraces : []));
    if (!parsed.ok) {
      const cause = `${evaluationPrefix(call.node.source)} Invalid template in ${call.node.name}: ${parsed.message}`;
      throw new StatesError(States.Runtime, cause);
    }
    const values = call.args.slice(1);
    check(call, parsed.chunks.length - 1 === values.length);
    return parsed.chunks.reduce((out, chunk, i) => out + javaString(values[i - 1]) + chunk);
  },
};
