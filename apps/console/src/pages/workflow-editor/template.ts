/** What a new workflow starts from. */
export const TEMPLATE = `{
  "Comment": "A new workflow",
  "StartAt": "Hello",
  "States": {
    "Hello": {
      "Type": "Pass",
      "Result": { "greeting": "hello" },
      "ResultPath": "$.hello",
      "Next": "Done"
    },
    "Done": {
      "Type": "Succeed"
    }
  }
}
`;
