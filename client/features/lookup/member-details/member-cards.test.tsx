import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../contract/lookup';
import { renderWithProviders } from '../../../testing/render-with-providers';
import type { ParticipantRow } from '../build-rows';
import { MemberCards } from './member-cards';
import { MemberDetailsProvider } from './member-details-context';

const member = (userId: string, ext: Record<string, string> = {}): ParticipantRow => {
  const participant: Participant = {
    conversationId: '7101234567890123456',
    userId,
    role: 2,
    level: 7,
    nickname: `Nick ${userId.slice(-3)}`,
    status: 0,
    operator: null,
    joinedAt: null,
    mutedUntil: 0,
    ext,
    avatarUrl: null,
  };
  return { id: userId, kind: 'member', participant };
};

const renderCards = (rows: ParticipantRow[]) =>
  renderWithProviders(
    <MemberDetailsProvider>
      <MemberCards rows={rows} label="Members" />
    </MemberDetailsProvider>,
  );

describe('MemberCards', () => {
  it("When a card's Details button is pressed, then the drawer shows the member and filters its Ext", async () => {
    const { user } = renderCards([
      member('9223372036854775807', { team: 'support', 's:from': 'biz', locale: 'zh' }),
      { id: '7300000000000000099', kind: 'not-member' },
    ]);

    const card = screen.getByRole('article', { name: 'Member 9223372036854775807' });
    expect(card).toHaveTextContent('Nick 807');
    expect(screen.getByRole('article', { name: 'Member 7300000000000000099' })).toHaveTextContent('Not a member');

    const details = screen.getByRole('button', { name: 'Details for 9223372036854775807' });
    await user.click(details);
    const drawer = await screen.findByRole('dialog', { name: 'Member details 9223372036854775807' });
    // The label, then the code Volcengine sent.
    expect(within(drawer).getByText('Role').nextElementSibling).toHaveTextContent('Admin · code 2');
    const table = within(drawer).getByRole('table', { name: 'Ext · 3 entries' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await user.type(within(drawer).getByRole('searchbox', { name: 'Search Ext' }), 'BI');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(table).getByRole('cell', { name: 'biz' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(details).toHaveFocus();
  });

  it('When there are more rows than a page of cards, then "Show more" adds the next ones', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => member(`73000000000000${String(index).padStart(5, '0')}`));
    const { user } = renderCards(rows);

    expect(screen.getAllByRole('article')).toHaveLength(50);
    expect(screen.getByText('50 of 60 shown')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show 10 more' }));

    expect(screen.getAllByRole('article')).toHaveLength(60);
    expect(screen.queryByRole('button', { name: /Show .* more/ })).not.toBeInTheDocument();
  });
});
