import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { EMPTY_FILTERS } from '../audit-view';
import { AuditFiltersBar } from './audit-filters-bar';

/**
 * Types into a field one key every `msPerKey` on the fake clock. (user-event waits on real timers between its
 * steps, which a fake clock never fires; fireEvent is synchronous.)
 */
function typeSlowly(field: HTMLElement, text: string, msPerKey: number) {
  for (let i = 1; i <= text.length; i += 1) {
    fireEvent.change(field, { target: { value: text.slice(0, i) } });
    act(() => {
      vi.advanceTimersByTime(msPerKey);
    });
  }
}

describe('AuditFiltersBar', () => {
  // When a filter applies is the subject: a fake clock makes "while typing" and "after a pause" exact.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('When an ID is typed, then the filter applies once typing pauses, with the whole ID', () => {
    const onChange = vi.fn();
    renderWithProviders(<AuditFiltersBar filters={EMPTY_FILTERS} onChange={onChange} />);

    typeSlowly(screen.getByRole('textbox', { name: 'User ID' }), '9223372036854775807', 150);
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1000);
    });

    expect(onChange.mock.calls).toEqual([[{ ...EMPTY_FILTERS, userId: '9223372036854775807' }]]);
  });

  it('When an ID filter is not an ID, then it is flagged and never applied', () => {
    const onChange = vi.fn();
    renderWithProviders(<AuditFiltersBar filters={EMPTY_FILTERS} onChange={onChange} />);

    typeSlowly(screen.getByRole('textbox', { name: 'Conversation ID' }), '12ab', 150);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });

    const field = screen.getByRole('textbox', { name: 'Conversation ID' });
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription('ID must be a decimal integer from 1 to 9223372036854775807');
    expect(onChange).not.toHaveBeenCalled();
  });
});
