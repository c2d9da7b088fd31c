import { optionalBoolean, optionalString, optionalStructure, type Fields } from '../../http/fields.js';

/**
 * Members of CreateStateMachine and UpdateStateMachine that Durastep accepts without using them
 * (logging, tracing, encryption and versions are AWS features it does not have): still, a value of
 * the wrong type is a ValidationException, as on AWS, not silently taken.
 */
export function checkUnusedMembers(req: Fields): void {
  for (const key of ['loggingConfiguration', 'tracingConfiguration', 'encryptionConfiguration'])
    optionalStructure(req, key);
  optionalBoolean(req, 'publish');
  optionalString(req, 'versionDescription', 256);
}
