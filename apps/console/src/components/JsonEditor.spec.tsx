// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticsList } from './DiagnosticsList';
import { JsonEditor, type EditorDiagnostic } from './JsonEditor';

afterEach(cleanup);

const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "B" }\n  }\n}\n';
const start = text.indexOf('"Next"');
const diagnostic: EditorDiagnostic = {
  severity: 'ERROR',
  code: 'MISSING_TRANSITION_TARGET',
  message: "Missing 'Next' target: B",
  location: '/States/A/Next',
  start,
  end: start + '"Next": "B"'.length,
};

describe('JsonEditor', () => {
  it('marks a diagnostic at its range and flags its line in the gutter', () => {
    const { container } = render(
      <JsonEditor id="d" label="Definition" value={text} onChange={() => {}} diagnostics={[diagnostic]} />,
    );
    expect(container.querySelector('pre.mirror mark')?.textContent).toBe('"Next": "B"');
    const flagged = container.querySelector('.gutter .err');
    expect(flagged?.textContent).toBe('4');
    expect(flagged?.getAttribute('title')).toBe("Missing 'Next' target: B");
    expect(screen.getByLabelText('Definition').getAttribute('aria-invalid')).toBe('true');
  });

  it('reports edits', () => {
    const onChange = vi.fn();
    render(<JsonEditor id="d" label="Definition" value="{}" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Definition'), { target: { value: '{"a": 1}' } });
    expect(onChange).toHaveBeenCalledWith('{"a": 1}');
  });
});

describe('DiagnosticsList', () => {
  it('lists diagnostics with line:column, and reveals one on click', () => {
    const onReveal = vi.fn();
    render(<DiagnosticsList text={text} diagnostics={[diagnostic]} onReveal={onReveal} />);
    const item = screen.getByRole('button', { name: /MISSING_TRANSITION_TARGET/ });
    expect(item.textContent).toContain('4:28');
    fireEvent.click(item);
    expect(onReveal).toHaveBeenCalledWith(diagnostic);
  });
});
