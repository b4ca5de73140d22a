import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderElement } from '@/testing/test-utils';
import { MoneyInput } from './money-input';

function Harness() {
  const [value, setValue] = useState<number | string>('');
  return (
    <>
      <MoneyInput label="Số tiền" value={value} onChange={setValue} />
      <output data-testid="value">{String(value)}</output>
    </>
  );
}

describe('MoneyInput', () => {
  it('groups thousands with dots and keeps whole VND', async () => {
    renderElement(<Harness />);
    const input = screen.getByLabelText('Số tiền');
    await userEvent.type(input, '1500000');
    expect(input).toHaveValue('1.500.000 ₫');
    expect(screen.getByTestId('value')).toHaveTextContent('1500000');
  });

  it('refuses a minus sign', async () => {
    renderElement(<Harness />);
    const input = screen.getByLabelText('Số tiền');
    await userEvent.type(input, '-250');
    expect(screen.getByTestId('value')).toHaveTextContent(/^250$/);
  });
});
