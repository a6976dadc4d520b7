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
});
