import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { OutcomeChip } from './outcome-chip';

describe('OutcomeChip', () => {
  it('When a started record is listed on its own, then it says no final record came, marked unfinished', () => {
    renderWithProviders(<OutcomeChip outcome="started" />);

    expect(screen.getByText('Started — no final record')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Unfinished' })).toBeTruthy();
  });

  it('When a job ended ok or failed, then the icon names which', () => {
    renderWithProviders(
      <>
        <OutcomeChip outcome="ok" />
        <OutcomeChip outcome="cancelled" />
      </>,
    );

    expect(screen.getByRole('img', { name: 'Succeeded' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Failed' })).toBeTruthy();
    expect(screen.getByText('Cancelled')).toBeTruthy();
  });

  it('When a job was cancelled midway, then the chip says after how many of its calls', () => {
    renderWithProviders(
      <>
        <OutcomeChip outcome="cancelled" details={{ calls: { done: 12, total: 500 } }} />
        <OutcomeChip outcome="partial" details={{ calls: { done: 3, total: null } }} />
        <OutcomeChip outcome="ok" details={{ calls: { done: 5, total: 5 } }} />
      </>,
    );

    expect(screen.getByText('after 12 of 500 calls')).toBeTruthy();
    expect(screen.getByText('after 3 calls')).toBeTruthy();
    expect(screen.queryByText('after 5 of 5 calls')).toBeNull();
  });
});
