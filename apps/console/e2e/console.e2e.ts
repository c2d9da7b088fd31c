// End-to-end flows of the console against the real service (API + workers on PostgreSQL) in
// Debian's Chromium. Run by e2e/run-e2e.mjs, which starts everything and passes a context. The flows
// run in order and share state (the workflow created first is run, failed, redriven…).
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

export type E2EContext = {
  page: Page;
  baseUrl: string;
  /** The Lambda function server: `fail` makes the `charge` function fail. */
  lambda: { fail: boolean; calls: { name: string; input: unknown }[] };
  /** Saves a screenshot of the page as test-results/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
  /** Calls the REST API directly (setup that is not what a test is about). */
  api: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  /** Shared between flows. */
  state: Record<string, string>;
};

export type E2ETest = { name: string; run: (ctx: E2EContext) => Promise<void> };

const WORKFLOW = 'e2e-orders';
const LIVE_TIMEOUT = 30_000;

const definition = (chargeNext: string) => ({
  Comment: 'Orders: validate, wait for the warehouse, charge the card, ship',
  StartAt: 'Validate',
  States: {
    Validate: {
      Type: 'Pass',
      Parameters: { 'orderId.$': '$.orderId', 'amount.$': '$.amount' },
      Next: 'Pause',
    },
    Pause: { Type: 'Wait', Seconds: 2, Next: 'Charge' },
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge',
      Retry: [{ ErrorEquals: ['PaymentDeclined'], MaxAttempts: 1, IntervalSeconds: 1 }],
      Catch: [{ ErrorEquals: ['OutOfStock'], ResultPath: '$.error', Next: 'Refund' }],
      ResultPath: '$.payment',
      Next: chargeNext,
    },
    'Big order?': {
      Type: 'Choice',
      Choices: [{ Variable: '$.amount', NumericGreaterThan: 500, Next: 'Ship express' }],
      Default: 'Ship',
    },
    'Ship express': { Type: 'Pass', Result: 'express', ResultPath: '$.shipping', Next: 'Done' },
    Ship: { Type: 'Pass', Result: 'standard', ResultPath: '$.shipping', Next: 'Done' },
    Refund: { Type: 'Fail', Error: 'OutOfStock', Cause: 'refunded' },
    Done: { Type: 'Succeed' },
  },
});

// --- helpers -------------------------------------------------------------------------------

async function visible(l: Locator, timeout = 10_000): Promise<Locator> {
  await l.first().waitFor({ state: 'visible', timeout });
  return l.first();
}

const statusBadge = (page: Page, status: string) =>
  page.locator(`[data-testid="execution-status"] [data-status="${status}"]`);

const node = (page: Page, name: string) =>
  page.locator(`[data-testid="workflow-graph"] [data-state="${name}"]`);

async function nodeStatus(page: Page, name: string, status: string, timeout = LIVE_TIMEOUT): Promise<void> {
  await visible(
    page.locator(`[data-testid="workflow-graph"] [data-state="${name}"][data-status="${status}"]`),
    timeout,
  );
}

async function graphReady(page: Page): Promise<void> {
  await visible(
    page.locator('[data-testid="workflow-graph"][data-ready="true"] .react-flow__node').first(),
    15_000,
  );
  await page.waitForTimeout(400); // fitView animation
}

function executionIdFromUrl(page: Page): string {
  const m = /#\/executions\/(\d+)/.exec(page.url());
  assert.ok(m, `not on an execution page: ${page.url()}`);
  return m[1];
}

async function startFromDialog(page: Page, input: unknown): Promise<string> {
  const dialog = await visible(page.getByRole('dialog'));
  await dialog.locator('#execution-input').fill(JSON.stringify(input, null, 2));
  await dialog.getByRole('button', { name: 'Start execution' }).click();
  await page.waitForURL(/#\/executions\/\d+/);
  return executionIdFromUrl(page);
}

// --- flows ---------------------------------------------------------------------------------

export const tests: E2ETest[] = [
  {
    name: 'the workflows page says clearly that there are none yet',
    async run({ page, baseUrl, shot }) {
      await page.goto(`${baseUrl}/#/workflows`);
      await visible(page.getByRole('heading', { name: 'No workflows yet' }));
      await shot('01-workflows-empty');
    },
  },
  {
    name: 'create a workflow from the editor: diagnostics at their location, live graph preview',
    async run({ page, baseUrl, shot }) {
      await page.goto(`${baseUrl}/#/workflows/new`);
      await page.getByLabel('Name', { exact: true }).fill(WORKFLOW);
      // A typo in a transition: the service's diagnostic is drawn on the `Next` that is wrong.
      const broken = JSON.stringify(definition('Big ordr?'), null, 2);
      await page.locator('#definition').fill(broken);
      const problem = await visible(
        page.getByTestId('diagnostics').locator('li', { hasText: 'MISSING_TRANSITION_TARGET' }),
      );
      assert.match(await problem.innerText(), /Big ordr\?/);
      const mark = await visible(page.locator('.json-editor pre.mirror mark'));
      assert.equal(await mark.innerText(), '"Next": "Big ordr?"');
      const line = broken.split('\n').findIndex((l) => l.includes('"Next": "Big ordr?"')) + 1;
      assert.equal(await page.locator('.json-editor .gutter .err').first().innerText(), String(line));
      await visible(page.locator('[data-testid="validity"]', { hasText: /error/ }));
      assert.equal(await page.getByRole('button', { name: 'Create workflow' }).isDisabled(), true);
      // The preview draws the missing state as such.
      await visible(page.locator('.state-node.missing', { hasText: 'Big ordr?' }));
      await page.waitForTimeout(400);
      await shot('02-editor-diagnostics');

      // Broken JSON: flagged at once, here, without the service.
      await page.locator('#definition').fill(broken.replace('"Pause": {', '"Pause" {'));
      await visible(page.getByTestId('diagnostics').locator('li', { hasText: 'INVALID_JSON' }));

      await page.locator('#definition').fill(JSON.stringify(definition('Big order?'), null, 2));
      await visible(page.locator('[data-testid="validity"]', { hasText: /^Valid/ }));
      await graphReady(page);
      for (const s of ['Validate', 'Pause', 'Charge', 'Big order?', 'Ship', 'Ship express', 'Refund', 'Done'])
        await visible(node(page, s));
      await shot('03-editor-valid-preview');
      await page.getByRole('button', { name: 'Create workflow' }).click();
      await page.waitForURL(new RegExp(`#/workflows/${WORKFLOW}$`));
    },
  },
  {
    name: 'see the workflow graph: labelled edges, click (or Enter on) a state for its JSON',
    async run({ page, shot }) {
      await graphReady(page);
      await visible(page.locator('.edge-label', { hasText: '$.amount > 500' }));
      await visible(page.locator('.edge-label', { hasText: 'Default' }));
      await visible(page.locator('.edge-label', { hasText: 'Catch OutOfStock' }));
      await node(page, 'Charge').locator('button').click();
      await visible(page.getByTestId('selected-state').filter({ hasText: 'Charge' }));
      assert.match(await page.getByLabel('Charge JSON', { exact: true }).innerText(), /function:charge/);
      await shot('04-workflow-graph');
      // Keyboard: Escape closes the state, Enter on a focused state opens it.
      await page.getByLabel('Charge JSON', { exact: true }).press('Escape');
      await visible(page.getByRole('heading', { name: 'Definition' }));
      await node(page, 'Pause').locator('button').focus();
      await page.keyboard.press('Enter');
      await visible(page.getByTestId('selected-state').filter({ hasText: 'Pause' }));
      assert.match(page.url(), /state=Pause/);
    },
  },
  {
    name: 'start an execution with an input editor and watch it go green live',
    async run({ page, shot, state }) {
      await page.getByRole('button', { name: 'Start execution' }).first().click();
      state.okId = await startFromDialog(page, { orderId: 'A-1', amount: 42 });
      await visible(statusBadge(page, 'RUNNING'));
      await graphReady(page);
      await nodeStatus(page, 'Pause', 'running');
      await nodeStatus(page, 'Validate', 'succeeded');
      await nodeStatus(page, 'Charge', 'notReached', 1000);
      await shot('05-execution-running');
      // No reload: the page polls while the execution runs.
      await visible(statusBadge(page, 'SUCCEEDED'), LIVE_TIMEOUT);
      for (const s of ['Validate', 'Pause', 'Charge', 'Big order?', 'Ship', 'Done'])
        await nodeStatus(page, s, 'succeeded');
      await nodeStatus(page, 'Ship express', 'notReached');
      await visible(page.locator('[data-testid="graph-end"].reached'));
      await page.waitForTimeout(300);
      await shot('06-execution-succeeded');
    },
  },
  {
    name: 'open a failed execution from the list and read the failing state’s error and input',
    async run({ page, baseUrl, lambda, shot, state }) {
      lambda.fail = true;
      await page.goto(`${baseUrl}/#/executions?workflow=${WORKFLOW}`);
      await visible(page.getByTestId('execution-row'));
      await page.getByRole('button', { name: 'Start execution' }).click();
      state.failedId = await startFromDialog(page, { orderId: 'B-2', amount: 999 });
      await visible(statusBadge(page, 'FAILED'), LIVE_TIMEOUT);

      await page.goto(`${baseUrl}/#/executions?workflow=${WORKFLOW}&status=FAILED`);
      const row = await visible(page.getByTestId('execution-row'));
      assert.equal(await page.getByTestId('execution-row').count(), 1);
      assert.match(await row.innerText(), /PaymentDeclined/);
      await shot('07-executions-list-failed');
      await row.getByRole('link').first().click();
      await page.waitForURL(new RegExp(`#/executions/${state.failedId}`));
      await graphReady(page);
      const banner = await visible(page.getByTestId('failure-banner'));
      assert.match(await banner.innerText(), /PaymentDeclined/);
      await nodeStatus(page, 'Charge', 'failed');
      await nodeStatus(page, 'Ship', 'notReached');
      assert.equal(await node(page, 'Charge').getByTestId('retry-count').innerText(), '↻1');

      await node(page, 'Charge').locator('button').click();
      const panel = await visible(page.getByTestId('state-panel'));
      const error = await visible(panel.getByTestId('state-error'));
      assert.match(await error.innerText(), /PaymentDeclined/);
      assert.match(await error.innerText(), /card declined for order B-2/);
      const input = JSON.parse(await panel.getByLabel('State input', { exact: true }).innerText());
      assert.deepEqual(input, { orderId: 'B-2', amount: 999 });
      assert.match(await panel.getByTestId('data-flow').innerText(), /After Parameters \(task input\)/);
      await page.waitForTimeout(300);
      await shot('08-execution-failed-state');
    },
  },
  {
    name: 'the history table filters and expands events; the timeline shows the retries',
    async run({ page, shot }) {
      await page.getByRole('tab', { name: /Event history/ }).click();
      await visible(page.getByTestId('history-row'));
      // Only the selected state's events at first (Charge), then failures only.
      const types = async () =>
        page.getByTestId('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type')));
      assert.ok(
        (await types()).every((t) => /^(TaskState|LambdaFunction)/.test(t ?? '')),
        String(await types()),
      );
      await page.getByRole('combobox', { name: 'Events' }).selectOption('errors');
      await page.waitForTimeout(300);
      assert.deepEqual(await types(), ['LambdaFunctionFailed', 'LambdaFunctionFailed']);
      await page.getByTestId('history-row').first().locator('button.cells').press('Enter');
      const json = await visible(page.getByLabel(/^Event \d+ JSON$/));
      assert.match(await json.innerText(), /card declined for order B-2/);
      await shot('09-execution-history');
      await page.getByRole('combobox', { name: 'Events' }).selectOption('all');
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await visible(page.getByTestId('timeline').locator('button', { hasText: 'Charge (1 retry)' }));
      await shot('10-execution-timeline');
    },
  },
  {
    name: 'redrive the failed execution after fixing the function, and see it succeed',
    async run({ page, lambda, shot }) {
      lambda.fail = false;
      await page.getByRole('button', { name: 'Redrive' }).click();
      await visible(statusBadge(page, 'SUCCEEDED'), LIVE_TIMEOUT);
      await nodeStatus(page, 'Charge', 'succeeded');
      await nodeStatus(page, 'Ship express', 'succeeded');
      await nodeStatus(page, 'Done', 'succeeded');
      await visible(page.getByText(/Redriven/));
      assert.equal(await page.getByTestId('failure-banner').count(), 0);
      await page.waitForTimeout(300);
      await shot('11-execution-redriven');
    },
  },
  {
    name: 're-run an execution: a new execution with the same input, linked to the old one',
    async run({ page, baseUrl, shot, state }) {
      await page.goto(`${baseUrl}/#/executions/${state.failedId}`);
      await graphReady(page);
      await page.getByRole('button', { name: 'Re-run' }).click();
      const dialog = await visible(page.getByRole('dialog'));
      assert.deepEqual(JSON.parse(await dialog.locator('#execution-input').inputValue()), {
        orderId: 'B-2',
        amount: 999,
      });
      await dialog.getByRole('button', { name: 'Start execution' }).click();
      await page.waitForURL(new RegExp(`#/executions/\\d+\\?from=${state.failedId}`));
      assert.notEqual(executionIdFromUrl(page), state.failedId);
      await visible(
        page.getByTestId('rerun-note').filter({ hasText: `Re-run of execution #${state.failedId}` }),
      );
      await visible(statusBadge(page, 'SUCCEEDED'), LIVE_TIMEOUT);
      await shot('12-execution-rerun');
      // The old execution lists its re-run.
      const rerunId = executionIdFromUrl(page);
      await page.goto(`${baseUrl}/#/executions/${state.failedId}`);
      await visible(page.getByTestId('rerun-note').getByRole('link', { name: new RegExp(`#${rerunId}`) }));
    },
  },
  {
    name: 'the workflows list shows the last execution and counts by status; search filters it',
    async run({ page, baseUrl, shot }) {
      await page.goto(`${baseUrl}/#/workflows`);
      const row = await visible(page.getByTestId(`workflow-row-${WORKFLOW}`));
      await visible(row.getByTestId('count-SUCCEEDED'));
      assert.match(await row.getByTestId('count-SUCCEEDED').innerText(), /^3 succeeded/);
      await shot('13-workflows-list');
      await page.getByLabel('Search').fill('no-such-workflow');
      await visible(page.getByRole('heading', { name: 'No workflow matches' }));
      assert.match(page.url(), /q=no-such-workflow/);
    },
  },
  {
    name: 'a 1,000-item Map stays responsive: virtualised history, folded iterations',
    async run({ page, baseUrl, api, shot }) {
      await api('POST', '/api/workflows', {
        name: 'e2e-big-map',
        definition: {
          StartAt: 'Fan out',
          States: {
            'Fan out': {
              Type: 'Map',
              ItemsPath: '$.items',
              ItemProcessor: {
                StartAt: 'Double',
                States: { Double: { Type: 'Pass', Parameters: { 'n.$': '$' }, End: true } },
              },
              ResultPath: null,
              End: true,
            },
          },
        },
      });
      const started = await api<{ id: string }>('POST', '/api/workflows/e2e-big-map/executions', {
        input: { items: Array.from({ length: 1000 }, (_, i) => i) },
      });
      for (let i = 0; i < 120; i++) {
        const e = await api<{ status: string }>('GET', `/api/executions/${started.id}`);
        if (e.status !== 'RUNNING') break;
        await new Promise((r) => setTimeout(r, 500));
      }
      const t0 = Date.now();
      await page.goto(`${baseUrl}/#/executions/${started.id}?tab=history`);
      await visible(statusBadge(page, 'SUCCEEDED'), LIVE_TIMEOUT);
      await visible(page.getByTestId('history-row'));
      const loaded = Date.now() - t0;
      const count = await page.getByText(/of \d+ events/).innerText();
      const total = Number(/of (\d+) events/.exec(count)![1]);
      assert.ok(total >= 4000, count);
      const rendered = await page.getByTestId('history-row').count();
      assert.ok(rendered < 120, `${rendered} rows in the DOM for ${total} events`);
      // Scrolling to the end renders the last events, still only a window of them.
      await page.getByRole('list', { name: 'Events' }).evaluate((el) => (el.scrollTop = el.scrollHeight));
      await visible(page.locator('[data-type="ExecutionSucceeded"]'));
      assert.ok((await page.getByTestId('history-row').count()) < 120);
      await nodeStatus(page, 'Double', 'succeeded');
      assert.match(await node(page, 'Double').innerText(), /×1000/);
      await shot('14-big-map-history');
      await page.getByRole('tab', { name: 'Timeline' }).click();
      const mapRow = await visible(page.getByRole('button', { name: /Unfold Fan out \(1000\)/ }));
      assert.ok((await page.getByTestId('timeline-row').count()) < 5);
      await mapRow.click();
      await visible(
        page
          .getByTestId('timeline-row')
          .filter({ hasText: 'Fan out #999' })
          .or(page.getByTestId('timeline-row').filter({ hasText: 'Fan out #1' })),
      );
      await shot('15-big-map-timeline');
      console.log(`    (${total} events, page ready in ${loaded} ms, ${rendered} rows rendered)`);
    },
  },
  {
    name: 'the functions registry: register a function and see it listed',
    async run({ page, baseUrl, shot }) {
      await page.goto(`${baseUrl}/#/functions`);
      await visible(page.getByRole('heading', { name: 'No functions registered' }));
      await page.getByRole('button', { name: 'Register function' }).click();
      const dialog = await visible(page.getByRole('dialog'));
      await dialog.getByLabel('Name').fill('resize-image');
      await dialog.getByLabel('URL').fill('http://127.0.0.1:9/resize');
      await dialog.getByLabel('Timeout (seconds)').fill('12');
      await dialog.getByRole('button', { name: 'Register' }).click();
      const row = await visible(page.getByRole('row', { name: /resize-image/ }));
      assert.match(await row.innerText(), /12 s/);
      await shot('16-functions');
    },
  },
  {
    name: 'dark theme, deep links and clear not-found states',
    async run({ page, baseUrl, shot, state }) {
      await page.goto(`${baseUrl}/#/executions/${state.failedId}?state=Charge&tab=timeline`);
      await graphReady(page);
      await visible(page.getByTestId('selected-state').filter({ hasText: 'Charge' }));
      await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
      await page.waitForTimeout(300);
      await shot('17-execution-dark');
      await page.getByRole('button', { name: 'Switch to light theme' }).click();
      await page.goto(`${baseUrl}/#/executions/999999`);
      await visible(page.getByRole('alert').filter({ hasText: 'ExecutionDoesNotExist' }));
      await page.goto(`${baseUrl}/#/no/such/page`);
      await visible(page.getByRole('heading', { name: 'There is no such page' }));
    },
  },
];
