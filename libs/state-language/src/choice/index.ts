export { evaluateChoiceRule } from './evaluate-rule.js';
export { selectChoice, NO_CHOICE_MATCHED_CAUSE, type ChoiceSelection } from './select-choice.js';
export { matchesWildcard } from './string-matches.js';
export { compareInstants, isTimestamp, parseTimestamp, type Instant } from './timestamp.js';
