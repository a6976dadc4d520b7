import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { memberRow } from '../../../testing/participant';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { ParticipantRow } from '../build-rows';
import { FilteredParticipants } from './filtered-participants';

const member = memberRow;

const rows: ParticipantRow[] = [
  member('9223372036854775807', { role: 1 }),
  member('9007199254740993', { mutedUntil: Math.floor(Date.now() / 1000) + 3600 }),
  member('7300000000000000014', { status: 1 }),
  { id: '7300000000000000099', kind: 'not-member' },
  { id: '7300000000000000098', kind: 'not-member' },
];

/** Stands in for the grid: lists the IDs it is given. */
const ShownIds = (shown: ParticipantRow[]) => (
  <ul aria-label="Shown">
    {shown.map((row) => (
      <li key={row.id}>{row.id}</li>
    ))}
  </ul>
);

const shownIds = () =>
  within(screen.getByRole('list', { name: 'Shown' }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);

describe('Quick filter chips', () => {
  it('When a chip is pressed, then the grid gets only its rows and the chip says it is pressed', async () => {
    const { user } = renderWithProviders(
      <FilteredParticipants rows={rows} appId="100001" conversationId="7101234567890123456">
        {ShownIds}
      </FilteredParticipants>,
    );
    const filters = screen.getByRole('group', { name: 'Quick filters' });
    expect(within(filters).getByRole('button', { name: 'All 5' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(filters).getByRole('button', { name: 'Members 3' })).toBeInTheDocument();
    expect(within(filters).getByRole('button', { name: 'Owner & admins 1' })).toBeInTheDocument();
    expect(within(filters).getByRole('button', { name: 'Muted now 1' })).toBeInTheDocument();
    expect(within(filters).getByRole('button', { name: 'Left 1' })).toBeInTheDocument();

    const notMember = within(filters).getByRole('button', { name: 'Not a member 2' });
    await user.click(notMember);

    expect(notMember).toHaveAttribute('aria-pressed', 'true');
    expect(shownIds()).toEqual(['7300000000000000099', '7300000000000000098']);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 rows shown');

    await user.click(notMember);

    expect(notMember).toHaveAttribute('aria-pressed', 'false');
    expect(shownIds()).toHaveLength(5);
  });

  it('When more rows stream in, then the counts follow and the active filter keeps applying', async () => {
    const { user } = renderWithProviders(<Streaming />);
    await user.click(screen.getByRole('button', { name: 'Not a member 0' }));
    expect(shownIds()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Next page lands' }));

    expect(screen.getByRole('button', { name: 'Not a member 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(shownIds()).toEqual(['7300000000000000099', '7300000000000000098']);
  });
});

/** A job whose rows arrive in two pages, the second one at a click. */
function Streaming() {
  const [landed, setLanded] = useState(rows.slice(0, 2));
  return (
    <>
      <button type="button" onClick={() => setLanded(rows)}>
        Next page lands
      </button>
      <FilteredParticipants rows={landed} appId="100001" conversationId="1">
        {ShownIds}
      </FilteredParticipants>
    </>
  );
}
