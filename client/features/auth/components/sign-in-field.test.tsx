import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SignInField } from './sign-in-field';

function Field({ error }: { error?: string }) {
  const [value, setValue] = useState('');
  return (
    <SignInField
      label="Password"
      name="password"
      type="password"
      value={value}
      onChange={setValue}
      required
      error={error}
    />
  );
}

describe('SignInField', () => {
  it('When it renders, then the input is named by its label alone, required and valid', () => {
    render(<Field />);

    const input = screen.getByLabelText(/^Password/);
    // The asterisk is hidden from assistive technology, as in MUI's TextField.
    expect(input).toHaveAccessibleName('Password');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('When the operator types, then the value reaches the form', async () => {
    render(<Field />);

    await userEvent.type(screen.getByLabelText(/^Password/), 'hunter2');

    expect(screen.getByLabelText(/^Password/)).toHaveValue('hunter2');
  });

  it('When it carries an error, then the input is invalid and described by the message', () => {
    render(<Field error="Enter your password" />);

    const input = screen.getByLabelText(/^Password/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter your password');
  });
});
