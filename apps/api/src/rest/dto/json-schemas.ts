import type { ApiPropertyOptions } from '@nestjs/swagger';

/*
 * Properties that are not one type. Without emitDecoratorMetadata every @ApiProperty names its type;
 * `type: Array` with a schema combinator is how @nestjs/swagger writes a property with the combinator
 * alone (no `type`). The OpenAPI test pins the result.
 */

/** Any JSON value. */
export const ANY_JSON: ApiPropertyOptions = {
  type: Array,
  anyOf: [
    { type: 'object' },
    { type: 'array', items: {} },
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
  ],
  description: 'any JSON value',
};

/** An Amazon States Language definition: the object, or its JSON text. */
export const ASL_DEFINITION: ApiPropertyOptions = {
  type: Array,
  oneOf: [{ type: 'object' }, { type: 'string' }],
  description: 'Amazon States Language definition: the object or its JSON text',
};
