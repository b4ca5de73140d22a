import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderElement } from '@/testing/test-utils';
import { ConfirmActionModal } from './confirm-action-modal';

type Thing = { id: string; name: string };
const thing: Thing = { id: 't-1', name: 'Alpha' };

function Harness({ remove, onDone }: { remove: (id: string) => Promise<Thing>; onDone: (removed: Thing) => void }) {
  const [subject, setSubject] = useState<Thing | null>(null);
  const mutation = useMutation({ mutationFn: remove });
  return (
    <>
      <Button onClick={() => setSubject(thing)}>Remove Alpha</Button>
      <ConfirmActionModal
        subject={subject}
        title="Remove thing"
        message={(s) => `${s.name} goes away.`}
        note="It cannot be undone."
        confirmLabel="Remove"
        failedTitle="Could not remove"
        mutation={mutation}
        variables={(s) => s.id}
        onClose={() => setSubject(null)}
        onDone={(removed) => {
          setSubject(null);
          onDone(removed);
        }}
      />
    </>
  );
}

describe('ConfirmActionModal', () => {
  it('runs the action on the subject only once confirmed', async () => {
    const remove = vi.fn(async (id: string) => ({ id, name: 'Alpha' }));
    const onDone = vi.fn();
    renderElement(<Harness remove={remove} onDone={onDone} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove thing' });
    expect(dialog).toHaveTextContent('Alpha goes away.');
    expect(dialog).toHaveTextContent('It cannot be undone.');
    expect(remove).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ id: 't-1', name: 'Alpha' }));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove.mock.calls[0][0]).toBe('t-1');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a failure in the dialog and forgets it once the dialog is cancelled', async () => {
    const remove = vi.fn(async () => {
      throw new Error('The server is down.');
    });
    const onDone = vi.fn();
    renderElement(<Harness remove={remove} onDone={onDone} />);

    await userEvent.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    let dialog = await screen.findByRole('dialog', { name: 'Remove thing' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not remove');
    expect(alert).toHaveTextContent('The server is down.');
    expect(onDone).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    dialog = await screen.findByRole('dialog', { name: 'Remove thing' });
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
